#!/usr/bin/env bash
# Launch test of the built products (run by Maven in the integration-test phase):
#  1. the vre command answers --version;
#  2. vre-server starts, answers /api/ping, refuses a taken port clearly, stops cleanly on SIGTERM,
#     with every bundle resolved and no error in its logs;
#  3. the desktop product opens its first window under X (Xvfb if there is no display) with every bundle
#     resolved and no error in the workspace log; the cold start time is printed;
#  4. p2: the SDK feature is installed from the update site into a copy of the desktop product with the
#     p2 director, its bundles are registered there, and the product starts again cleanly.
set -euo pipefail

target=$(cd "$1" && pwd)
products=$target/products
server=$products/org.vre.server.product/linux/gtk/x86_64/vre-server
desktop_built=$products/org.vre.workbench.product/linux/gtk/x86_64/vre-workbench
work=$target/launch-test
rm -rf "$work" && mkdir -p "$work/home"
# Everything the products write goes under $work: Java takes user.home from the password file, not $HOME.
export HOME=$work/home VRE_LAKE=$work/lake
export VRE_JAVA_OPTS="-Duser.home=$HOME" VRE_SERVER_JAVA_OPTS="-Xmx1g -Duser.home=$HOME" \
  VRE_WORKBENCH_JAVA_OPTS="-Xmx2g -Duser.home=$HOME"

fail() { echo "launch test FAILED: $*" >&2; exit 1; }
step() { echo "launch test: $*"; }

# Waits (event-driven, bounded) until a line matching $2 appears in file $1.
await_line() {
  timeout "${3:-120}" grep -q -m1 -- "$2" <(tail -n +1 -F "$1" 2>/dev/null) || fail "no '$2' in $1 within ${3:-120}s: $(tail -n 20 "$1")"
}
error_entries() { # Eclipse log entries of severity ERROR (4)
  [ -f "$1" ] && grep -E '^!ENTRY [^ ]+ 4 ' "$1" || true
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

step "vre --version"
"$server/vre" --version | grep -q '^vre [0-9]' || fail "vre --version"

step "vre-server"
port=$(free_port)
"$server/vre-server" --address "127.0.0.1:$port" --log "$work/server.log" -consoleLog > "$work/server.out" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
await_line "$work/server.out" "listening on 127.0.0.1:$port"
ping=$(curl -fsS "http://127.0.0.1:$port/api/ping")
echo "$ping" | grep -q '"status":"ok"' || fail "ping answered $ping"
echo "$ping" | grep -q '"version":"' || fail "ping has no version: $ping"
if "$server/vre-server" --address "127.0.0.1:$port" --log "$work/server2.log" > "$work/server2.out" 2>&1; then
  fail "a second server on a taken port started"
fi
grep -q "already in use" "$work/server2.out" || fail "taken port not explained: $(cat "$work/server2.out")"
kill -TERM "$server_pid"
wait "$server_pid" || true
trap - EXIT
grep -q "server stopped" "$work/server.log" || fail "no clean stop in the log: $(cat "$work/server.log")"
grep -q "SEVERE" "$work/server.log" && fail "errors in the server log: $(grep SEVERE "$work/server.log")"
errors=$(error_entries "$HOME/.vre/server/instance/.metadata/.log")
[ -z "$errors" ] || fail "errors in the server's OSGi log: $errors"

run_desktop() { # $1 product dir, $2 report file
  local display_wrapper=()
  [ -n "${DISPLAY:-}" ] || display_wrapper=(xvfb-run -a -s "-screen 0 1280x1024x24")
  VRE_LAUNCH_CHECK=$2 timeout 300 "${display_wrapper[@]}" "$1/vre-workbench" -data "$work/workspace" -consoleLog \
    > "$2.out" 2>&1 || fail "the desktop product failed: $(tail -n 30 "$2.out")"
  [ -s "$2" ] || fail "the desktop product did not report its first window: $(tail -n 30 "$2.out")"
  grep -q '"unresolved":\[\]' "$2" || fail "unresolved bundles: $(cat "$2")"
  errors=$(error_entries "$work/workspace/.metadata/.log")
  [ -z "$errors" ] || fail "errors in the workbench log: $(cat "$work/workspace/.metadata/.log")"
}

step "desktop product (first window)"
cp -a "$desktop_built" "$work/desktop"
run_desktop "$work/desktop" "$work/desktop-report.json"
step "cold start to first window: $(grep -o '"firstWindowMillis":[0-9]*' "$work/desktop-report.json" | cut -d: -f2) ms"

step "p2: install the SDK feature from the update site"
launcher=$(ls "$work"/desktop/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
java -jar "$launcher" -install "$work/desktop" -application org.eclipse.equinox.p2.director -nosplash -consoleLog \
  -repository "file:$target/repository" -installIU org.vre.headless.feature.source.feature.group \
  > "$work/p2.out" 2>&1 || fail "p2 director: $(tail -n 30 "$work/p2.out")"
grep -q "Operation completed" "$work/p2.out" || fail "p2 director did not complete: $(tail -n 30 "$work/p2.out")"
# Source bundles are registered for the IDE (source.info), not started: check they arrived, then start again.
grep -q '^org.vre.core.source,' "$work/desktop/configuration/org.eclipse.equinox.source/source.info" \
  || fail "the SDK feature's bundles are not registered: $(cat "$work/desktop/configuration/org.eclipse.equinox.source/source.info")"
ls "$work"/desktop/plugins/org.vre.core.source_*.jar > /dev/null || fail "the SDK feature's bundles are not in plugins/"
run_desktop "$work/desktop" "$work/desktop-after-install.json"
step "all products started"
