#!/bin/sh
# Installs every Debian package that building, running and testing BizKitHub Contact needs, and
# nothing when all of them are already there. Debian 12 (bookworm) or newer.
# Runs apt-get as root, or through sudo for anyone else.
set -eu

packages="
  cmake g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libgl-dev
  libphonenumber-dev libprotobuf-dev libidn2-dev libqrencode-dev libxcb-damage0-dev
  libfontconfig-dev
  qt6-declarative-dev qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel qml6-module-qtqml-workerscript
  qml6-module-qtquick-layouts qml6-module-qtquick-window
  openssl clang-format
  xvfb xauth openbox xdotool imagemagick zbar-tools poppler-utils systemd prometheus
  dpkg-dev rpm lintian desktop-file-utils appstream
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "Missing packages:$missing; run this script as root (or install sudo)." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split into words
$as_root apt-get install -y -qq $missing
