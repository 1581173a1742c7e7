#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# install_test.sh BUILD_DIR WORK_DIR VERSION
# Builds the .deb of BUILD_DIR with cpack (whatever the build type: the ci tree's package holds
# sanitizer builds, the release tree's the real thing), extracts it with dpkg -x into a throwaway
# root under WORK_DIR, and runs the programs from there with a temporary HOME and data folder:
# inkan-cli --version, inkan-sandbox --help, inkan --quit-when-ready (offscreen). Then checks that
# the desktop entry's Exec and TryExec name a shipped program, that the manual pages and the
# Debian documents are there, and that the package has no maintainer scripts and no file outside
# /usr, so removing it cannot touch the user's data folder. Runs lintian when it is installed.
set -eu
build=$1
work=$2
version=$3

for tool in dpkg-deb cpack; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed; the install test needs dpkg (Debian) and CPack"
        exit 77
    fi
done

fail() {
    echo "FAIL: $*"
    exit 1
}

rm -rf "$work"
mkdir -p "$work/cpack" "$work/home" "$work/data"
echo "building the package of $build …"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack could not build the package"
fi
deb=$(ls "$work"/cpack/inkan_"$version"-*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "cpack wrote no inkan_${version}-*.deb"; }
echo "package: $(basename "$deb")"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"

# Nothing runs at install or removal time, and every file is under /usr: removing the package
# takes away only its own files, never the data folder (~/.local/share/Inkan).
for script in preinst postinst prerm postrm config; do
    [ ! -e "$work/control/$script" ] || fail "the package has a maintainer script: $script"
done
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./$' | grep -v '^\./usr/' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

bin="$root/usr/bin"
for program in inkan inkan-cli inkan-sandbox; do
    [ -x "$bin/$program" ] || fail "usr/bin/$program is missing or not executable"
    [ -f "$root/usr/share/man/man1/$program.1.gz" ] || fail "the manual page $program(1) is missing"
done
for doc in copyright changelog.Debian.gz; do
    [ -f "$root/usr/share/doc/inkan/$doc" ] || fail "usr/share/doc/inkan/$doc is missing"
done
[ -f "$root/usr/share/metainfo/jp.inkan.Inkan.metainfo.xml" ] || fail "the AppStream metainfo is missing"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/jp.inkan.Inkan.svg" ] || fail "the icon is missing"

# The programs, run from the extracted root with a throwaway HOME (nothing of the user's is read
# or written).
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS || true

out=$("$bin/inkan-cli" --version) || fail "inkan-cli --version failed"
printf '%s\n' "$out"
printf '%s\n' "$out" | head -n 1 | grep -qx "inkan-cli $version" || fail "inkan-cli --version does not start with 'inkan-cli $version'"
for library in "Built from commit" Qt OpenSSL libsecp256k1 ZXing-C++ libsodium; do
    printf '%s\n' "$out" | grep -q "^$library" || fail "inkan-cli --version does not name $library"
done

out=$("$bin/inkan-sandbox" --help) || fail "inkan-sandbox --help failed"
printf '%s\n' "$out" | grep -q -- "--data <DIR>" || fail "inkan-sandbox --help does not list --data"
"$bin/inkan-sandbox" --version | head -n 1 | grep -qx "inkan-sandbox $version" || fail "inkan-sandbox --version"
"$bin/inkan" --version | head -n 1 | grep -qx "inkan $version" || fail "inkan --version"

if ! QT_QPA_PLATFORM=offscreen timeout 300 "$bin/inkan" --quit-when-ready --data-dir "$work/data"; then
    fail "inkan --quit-when-ready did not exit 0"
fi
echo "inkan --quit-when-ready: ok"
[ -z "$(ls -A "$work/home/.local/share/Inkan" 2>/dev/null)" ] || fail "inkan wrote to the default data folder although --data-dir was given"

# The desktop entry starts a shipped program.
desktop="$root/usr/share/applications/jp.inkan.Inkan.desktop"
[ -f "$desktop" ] || fail "the desktop entry is missing"
for key in Exec TryExec; do
    command=$(sed -n "s/^$key=//p" "$desktop" | head -n 1 | cut -d' ' -f1)
    [ -n "$command" ] || fail "the desktop entry has no $key"
    case "$command" in
        /*) target="$root$command" ;;
        *) target="$bin/$command" ;;
    esac
    [ -x "$target" ] || fail "the desktop entry's $key=$command is not a program in the package"
done
echo "desktop entry: Exec and TryExec resolve to usr/bin/$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)"

if command -v lintian >/dev/null 2>&1; then
    echo "lintian $(basename "$deb") …"
    lintian --fail-on error,warning "$deb" || fail "lintian reports errors or warnings"
    echo "lintian: no errors, no warnings"
else
    echo "lintian is not installed: not run"
fi
# The package and its extracted root are large in a sanitizer build: kept only when a check fails.
rm -rf "$work"
echo "PASS"
