# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# Thin wrapper for the README's commands. Everything real lives in CMake.
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 20

.PHONY: all deps build test fuzz bench demo demo-sandbox screenshots package clean

all: build

deps:
	bash packaging/build-deps.sh

build: deps
	cmake --preset dev
	cmake --build --preset dev -j $(JOBS)

# The whole suite: sanitizer build + every Qt Test through ctest, then each fuzzer for a bounded time.
test: deps
	cmake --preset ci
	cmake --build --preset ci -j $(JOBS)
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --test-dir build/fuzz --output-on-failure -j $(JOBS)
	ctest --preset ci -j $(JOBS)

bench: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)
	ctest --test-dir build/release -L bench --verbose

# A Debian package of the release build: build/release/inkan_<version>_<arch>.deb.
package: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)
	cd build/release && cpack -G DEB

# The app on a demo server of its own: <data dir>/demo, never the user's own accounts.
demo: build
	build/dev/app/inkan --demo

# Every main page of the demo (light and dark), then the organization and scanner pages as
# their GUI tests drive them, as PNG files in build/screenshots/.
screenshots: build
	cmake --build --preset dev --target screenshots-staff

# Only the demo server, for inkan-cli or another client.
demo-sandbox: build
	./build/dev/app/inkan-sandbox --data "$${INKAN_DEMO_DIR:-$$HOME/.local/share/Inkan/sandbox}" --port 0 --demo

clean:
	rm -rf build
