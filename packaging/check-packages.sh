#!/bin/sh
# Builds the .deb and the .rpm from a configured build directory and checks them as a
# distribution would: the desktop entry and the AppStream metainfo validate, lintian finds no
# errors, and the unpacked .deb holds the icons, translations and man pages and runs both
# programs from where it was unpacked. Each tool's check runs where the tool is installed.
#
#   packaging/check-packages.sh [build directory, default build/release]
#
# With BIZKITHUB_DISPOSABLE=1 (a throw-away machine or container only) it also installs the
# .deb with dpkg -i, runs the installed programs, and removes it with dpkg -r.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

cmake --build "$build" --target bizkithub-contact bizkithub-contact-cli bizkithub_packaging_files
(cd "$build" && rm -f ./*.deb ./*.rpm && cpack)
deb=$(ls "$build"/*.deb)
ok "built $(basename "$deb")"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
share=$scratch/root/usr/share

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/com.bizkithub.Contact.desktop" &&
        ok "desktop-file-validate" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share/metainfo/com.bizkithub.Contact.metainfo.xml" &&
        ok "appstreamcli validate" || fail "appstreamcli validate"
fi
if command -v lintian >/dev/null; then
    lintian --allow-root "$deb" > "$scratch/lintian.txt" 2>&1 || true
    cat "$scratch/lintian.txt"
    if grep -q '^E:' "$scratch/lintian.txt"; then fail "lintian reports errors"; else ok "lintian: no errors"; fi
fi

for file in \
    bin/bizkithub-contact bin/bizkithub-contact-cli \
    share/icons/hicolor/scalable/apps/com.bizkithub.Contact.svg \
    share/icons/hicolor/16x16/apps/com.bizkithub.Contact.png \
    share/icons/hicolor/48x48/apps/com.bizkithub.Contact.png \
    share/icons/hicolor/256x256/apps/com.bizkithub.Contact.png \
    share/man/man1/bizkithub-contact.1.gz share/man/man1/bizkithub-contact-cli.1.gz \
    share/bizkithub-contact/translations/bizkithub-contact_cs.qm \
    share/bizkithub-contact/translations/bizkithub-contact_sk.qm \
    share/bizkithub-contact/translations/bizkithub-contact_de.qm \
    share/doc/bizkithub-contact/copyright share/doc/bizkithub-contact/examples/Contact.conf \
    lib/bizkithub-contact/libbizkithub-keyboard.so lib/bizkithub-contact/libbizkithub-takeaway.so \
    lib/bizkithub-contact/libbizkithub-network.so \
    lib/systemd/user/bizkithub-contact-flush.service lib/systemd/user/bizkithub-contact-flush.timer \
    lib/systemd/user-preset/80-bizkithub-contact.preset; do
    [ -s "$scratch/root/usr/$file" ] && ok "has /usr/$file" || fail "missing /usr/$file"
done

# The delivery timer's service names the CLI where the package puts it, and the package applies
# the preset on installation.
grep -qx 'ExecStart=/usr/bin/bizkithub-contact-cli outbox flush --quiet' \
    "$scratch/root/usr/lib/systemd/user/bizkithub-contact-flush.service" &&
    ok "the service runs /usr/bin/bizkithub-contact-cli" || fail "the service's ExecStart"
dpkg-deb -e "$deb" "$scratch/control"
[ -x "$scratch/control/postinst" ] && grep -q 'systemctl --global preset' "$scratch/control/postinst" &&
    ok "postinst applies the timer's preset" || fail "postinst"
[ -x "$scratch/control/prerm" ] && ok "prerm disables the timer on removal" || fail "prerm"

# The kiosk's on-screen keyboard needs Qt Virtual Keyboard's input method and QML modules,
# and e-mail domains libidn2, which no binary names: the package says so itself.
depends=$(dpkg-deb -f "$deb" Depends)
for package in qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard \
    qml6-module-qt-labs-folderlistmodel libqt6quickwidgets6 libqrencode4 libqt6printsupport6 \
    libfontconfig1 libidn2-0 libqt6network6; do
    case "$depends" in *"$package"*) ok "depends on $package" ;; *) fail "no dependency on $package" ;; esac
done

# Both programs run from where the package was unpacked, with nobody's settings.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_DIRS="$scratch/none"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
out=$("$scratch/root/usr/bin/bizkithub-contact-cli" --version) || true
[ "$out" = "bizkithub-contact-cli $version" ] && ok "cli --version: $out" || fail "cli --version: $out"
out=$("$scratch/root/usr/bin/bizkithub-contact" --version) || true
[ "$out" = "bizkithub-contact $version" ] && ok "gui --version: $out" || fail "gui --version: $out"
out=$(LANG=cs_CZ.UTF-8 LC_ALL= "$scratch/root/usr/bin/bizkithub-contact-cli" --help) || true
case "$out" in *"Příkazy"*) ok "cli speaks Czech" ;; *) fail "cli --help in Czech: $out" ;; esac
# The window opens, then quits at once on SIGTERM, as at a logout.
"$scratch/root/usr/bin/bizkithub-contact" & pid=$!
sleep 3
if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    if wait "$pid"; then ok "gui opened and quit"; else fail "gui did not quit cleanly"; fi
else
    wait "$pid" || true
    fail "gui did not stay open"
fi

# A kiosk from the package finds its on-screen keyboard beside the programs.
"$scratch/root/usr/bin/bizkithub-contact" --kiosk 2> "$scratch/kiosk.txt" & pid=$!
sleep 4
kill -TERM "$pid" 2>/dev/null; wait "$pid" || true
if grep -q "on-screen keyboard" "$scratch/kiosk.txt"; then
    cat "$scratch/kiosk.txt"; fail "the kiosk's on-screen keyboard did not load"
else
    ok "kiosk loaded its on-screen keyboard"
fi

# The packaged (stripped) program sends through its network plugin, which takes the core's
# classes from the program: a ticket the CLI kept while BizKitHub could not be reached goes out
# once the window is up. Needs the test build's fake server.
server="$build/bin/fake-bizkithub-server"
if [ -x "$server" ]; then
    key=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE
    BIZKITHUB_BASE_URL=http://127.0.0.1:9 BIZKITHUB_API_KEY=$key \
        "$scratch/root/usr/bin/bizkithub-contact-cli" send --message "Kept by the package" \
        >/dev/null 2>&1 || true
    port=$(( 20000 + $$ % 20000 ))
    "$server" --port "$port" --key "$key" > "$scratch/server.txt" 2>&1 & server_pid=$!
    sleep 0.5
    BIZKITHUB_BASE_URL=http://127.0.0.1:$port BIZKITHUB_API_KEY=$key \
        "$scratch/root/usr/bin/bizkithub-contact" 2> "$scratch/send.txt" & pid=$!
    for _ in $(seq 50); do
        grep -q "Kept by the package" "$scratch/server.txt" && break
        sleep 0.2
    done
    kill -TERM "$pid" 2>/dev/null; wait "$pid" || true
    kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
    if grep -q '"message":"Kept by the package"' "$scratch/server.txt"; then
        ok "gui delivered a kept ticket through its network plugin"
    else
        cat "$scratch/send.txt"; fail "gui did not deliver the kept ticket"
    fi
fi

if command -v rpm >/dev/null && ls "$build"/*.rpm >/dev/null 2>&1; then
    rpm=$(ls "$build"/*.rpm)
    rpm -qpl "$rpm" | grep -q '^/usr/bin/bizkithub-contact$' && ok "rpm holds the programs" ||
        fail "rpm lacks the programs"
    rpm -qpl "$rpm" | grep -q 'com.bizkithub.Contact.desktop$' && ok "rpm holds the desktop entry" ||
        fail "rpm lacks the desktop entry"
fi

if [ "${BIZKITHUB_DISPOSABLE:-0}" = 1 ]; then
    dpkg -i "$deb" && ok "dpkg -i" || fail "dpkg -i"
    [ "$(bizkithub-contact-cli --version)" = "bizkithub-contact-cli $version" ] &&
        ok "installed cli runs" || fail "installed cli"
    [ -L /etc/systemd/user/timers.target.wants/bizkithub-contact-flush.timer ] &&
        ok "the timer is enabled for every user" || fail "the timer's preset was not applied"
    dpkg -r bizkithub-contact && ok "dpkg -r" || fail "dpkg -r"
    [ ! -e /etc/systemd/user/timers.target.wants/bizkithub-contact-flush.timer ] &&
        ok "the timer is disabled again" || fail "the timer is still enabled"
    [ ! -e /usr/bin/bizkithub-contact ] && [ ! -e /usr/share/applications/com.bizkithub.Contact.desktop ] &&
        ok "removed cleanly" || fail "files left after dpkg -r"
fi

[ "$failures" -eq 0 ] && echo "All package checks passed." || { echo "$failures check(s) failed." >&2; exit 1; }
