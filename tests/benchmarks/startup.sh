#!/bin/sh
# Start-up benchmark: the app in desk mode and in kiosk mode (with its on-screen keyboard)
# against a bare Qt Widgets window of the same nine fields, started in turn under a virtual X
# server of their own, seven rounds unless told; the desk once more with the outbox a busy desk
# has after a month (6,000 tickets delivered); and the bare window with Qt Virtual Keyboard, the
# least any window with the kiosk's keyboard costs. Prints the medians, their ratios to the floor
# and the peak memory of each, and the kiosk against the bare window with the keyboard; then,
# with --trace, where the time of each goes before its first frame (medians of as many rounds,
# the floor traced with the same steps).
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
cmake --build "$build" --target bench-startup bench-startup-floor bench-startup-floor-keyboard \
    bench-fill-outbox bizkithub-contact bizkithub_keyboard >/dev/null

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
"$bin/bench-startup" --runs "$runs" --pair kiosk:keyboard-floor \
    "floor=$bin/bench-startup-floor" \
    "desk=$bin/bizkithub-contact" \
    "kiosk=$bin/bizkithub-contact --kiosk" \
    "desk-month=env XDG_DATA_HOME=$month $bin/bizkithub-contact" \
    "keyboard-floor=$bin/bench-startup-floor-keyboard"

if [ "$trace" = yes ]; then
    # Each program is told when it was started, so that its steps count from its exec; a round
    # starts each in turn, as above, and ends it once it has drawn its first frame and made
    # what it makes just after (the kiosk's keys).
    : >"$work/steps"
    round=0
    while [ "$round" -le "$runs" ]; do
        for mode in floor desk kiosk desk-month keyboard-floor; do
            data="$XDG_DATA_HOME"
            case "$mode" in
                floor) set -- "$bin/bench-startup-floor" ;;
                keyboard-floor) set -- "$bin/bench-startup-floor-keyboard" ;;
                kiosk) set -- "$bin/bizkithub-contact" --kiosk ;;
                desk-month) set -- "$bin/bizkithub-contact"; data="$month" ;;
                *) set -- "$bin/bizkithub-contact" ;;
            esac
            XDG_DATA_HOME="$data" BIZKITHUB_STARTUP_TRACE=$(date +%s%N) timeout -s TERM 2 \
                "$@" >"$work/trace" 2>&1 || true
            # The first round is not counted, as above.
            [ "$round" -eq 0 ] || grep 'start-up:' "$work/trace" |
                sed "s/^.*start-up: */$mode /" >>"$work/steps"
        done
        round=$((round + 1))
    done
    # Medians per program and step, in the order the steps came.
    awk '
        { mode = $1; ms = $2; $1 = $2 = $3 = ""; step = substr($0, 4)
          key = mode SUBSEP step
          if (!(key in count)) { order[++steps] = key }
          values[key, ++count[key]] = ms }
        function median(key,    n, i, j, t, v) {
            n = count[key]
            for (i = 1; i <= n; i++) v[i] = values[key, i] + 0
            for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) {
                t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
            return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
        END {
            for (i = 1; i <= steps; i++) {
                split(order[i], part, SUBSEP)
                if (part[1] != shown) {
                    printf "\n%s: milliseconds since exec, medians of %d rounds\n", part[1], count[order[i]]
                    shown = part[1]; before = 0 }
                m = median(order[i])
                printf "%8.1f  (+%5.1f)  %s\n", m, m - before, part[2]
                before = m
            }
        }' "$work/steps"
fi
