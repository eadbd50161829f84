#!/bin/sh
# Start-up benchmark: the app in desk mode and in kiosk mode (with its on-screen keyboard)
# against a bare Qt Widgets window of the same nine fields, started in turn under a virtual X
# server of their own, seven rounds unless told; and the desk once more with the outbox a busy
# desk has after a month (6,000 tickets delivered). Prints the medians, their ratios to the floor
# and the peak memory of each; then, with --trace, where the app's time goes before its first
# frame.
#
#   tests/benchmarks/startup.sh [--runs N] [--trace] [BUILD_DIR]
#
# BUILD_DIR is build/testing unless given; it is configured with the testing preset if it is
# not there yet, and the programs measured are built in it first.
set -eu

runs=7
trace=no
build=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --trace) trace=yes; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) build="$1"; shift ;;
    esac
done
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "$build" ]; then
    build="$source_dir/build/testing"
    [ -f "$build/CMakeCache.txt" ] || cmake --preset testing -S "$source_dir" >/dev/null
fi
cmake --build "$build" --target bench-startup bench-startup-floor bench-fill-outbox \
    bizkithub-contact bizkithub_keyboard >/dev/null

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# A display of its own, with nothing else on it (no window manager either: the time is the
# programs' own), at the size of the laptops the desk window is made for.
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
read -r display <"$work/display"
export DISPLAY=":$display"
export QT_QPA_PLATFORM=xcb

# A first start on a configured machine with an empty outbox, the same for every round.
export HOME="$work/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_CONFIG_HOME/BizKitHub" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cat >"$XDG_CONFIG_HOME/BizKitHub/Contact.conf" <<EOF
[api]
baseUrl=http://127.0.0.1:9
key=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE
EOF
unset BIZKITHUB_BASE_URL BIZKITHUB_API_KEY QT_IM_MODULE

bin="$build/bin"
# The same settings, another data folder: 200 tickets a day for 29 days (inside the 30 days a
# sent ticket's text is kept, so that no run changes it). Started through env(1), which costs
# the desk-month about half a millisecond more.
month="$work/month"
mkdir -p "$month/BizKitHub/Contact"
"$bin/bench-fill-outbox" "$month/BizKitHub/Contact/outbox.sqlite" 6000
"$bin/bench-startup" --runs "$runs" \
    "floor=$bin/bench-startup-floor" \
    "desk=$bin/bizkithub-contact" \
    "kiosk=$bin/bizkithub-contact --kiosk" \
    "desk-month=env XDG_DATA_HOME=$month $bin/bizkithub-contact"

if [ "$trace" = yes ]; then
    for mode in desk kiosk desk-month; do
        echo
        echo "$mode: milliseconds since exec"
        arguments=""
        [ "$mode" != kiosk ] || arguments="--kiosk"
        data="$XDG_DATA_HOME"
        [ "$mode" != desk-month ] || data="$month"
        # The app is told when it was started, so the trace counts from its exec.
        # shellcheck disable=SC2086 # no arguments or one
        XDG_DATA_HOME="$data" BIZKITHUB_STARTUP_TRACE=$(date +%s%N) timeout -s TERM 3 \
            "$bin/bizkithub-contact" $arguments >"$work/trace" 2>&1 || true
        grep 'start-up:' "$work/trace" | sed 's/^.*start-up: *//'
    done
fi
