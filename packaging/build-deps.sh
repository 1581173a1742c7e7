#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package Inkan's build, tests, fuzzers and demo need.
# Idempotent: packages already present are skipped; uses sudo only when not root.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache clang libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-image-formats-plugins libgl-dev
  # crypto, QR, keychain
  libsecp256k1-dev libssl-dev libsodium-dev libqrcodegencpp-dev libzxing-dev qtkeychain-qt6-dev
  # running the GUI headless and looking at it
  xvfb xauth imagemagick
  # `make package`: dpkg-shlibdeps (dpkg-dev) and file for the DEB's dependencies; the tests
  # validate the .desktop file and the AppStream metainfo
  dpkg-dev file desktop-file-utils appstream
  # the keychain test: a private D-Bus session with gnome-keyring, QtKeychain's libsecret
  # backend, secret-tool to check the entry from outside; script(1) for the CLI's terminal tests
  dbus dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools bsdutils
  # Japanese text in the GUI and its screenshots; lintian checks the package; man(1) and groff
  # check the manual pages (tests/packaging, with perl for reading roff back)
  fonts-noto-cjk lintian man-db groff-base perl
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "build-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "build-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
