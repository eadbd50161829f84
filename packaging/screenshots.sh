#!/bin/sh
# Renders the main window (empty, with problems at the fields, after a delivered ticket) in
# English and Czech, and the kiosk (its keyboard up, its thanks) in German and English, under a
# virtual X server of the most common laptop size (1366 x 768) into
# resources/screenshots/, the window sized as a first start sizes it.
#
#   packaging/screenshots.sh [build directory, default build/release]
#
# The renderer also takes --dark (a dark palette, as a dark desktop gives) for checking by eye.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
renderer=$build/bin/render-screenshots
if [ ! -x "$renderer" ]; then
    cmake --build "$build" --target render-screenshots
fi
mkdir -p resources/screenshots
for language in en cs; do
    # A clean environment: no user settings, no system language, one known font size.
    env -u LANGUAGE LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
        XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_DIRS=/nonexistent \
        xvfb-run -a -s "-screen 0 1366x768x24" \
        "$renderer" --language "$language" --out resources/screenshots
done
# The kiosk, with its on-screen keyboard up and its thanks, in German and English.
for language in de en; do
    env -u LANGUAGE LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
        XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_DIRS=/nonexistent \
        xvfb-run -a -s "-screen 0 1366x768x24" \
        "$renderer" --kiosk --language "$language" --out resources/screenshots
done
ls -1 resources/screenshots
