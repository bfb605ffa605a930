#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package, end to end (bin/edges-test runs it): packaging/build-deb builds
# php8.2-edges (lintian errors fail it), dpkg installs it on this machine, then the installed
# files are checked from outside the source tree — `php -m` and `php --ri` (the module enabled
# for the CLI only), /usr/bin/edges running /usr/share/edges/demo/helloworld.php (curl), `edges
# serve` with the installed runtime — and dpkg --purge removes it without a trace in PHP's
# configuration. Prints one line per check ("ok ..." or "FAIL ..."); exit 0 when all passed,
# 77 when it cannot run here (not root, or php8.2-edges installed by someone else).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ "$(id -u)" = 0 ] || { echo "skip: installing a package needs root"; exit 77; }
if dpkg-query -W -f='${Status}' php8.2-edges 2>/dev/null | grep -q 'ok installed'; then
  echo "skip: php8.2-edges is installed on this machine already: left alone"
  exit 77
fi
failed=0
check() {  # check DESCRIPTION COMMAND...: runs it, says ok or FAIL
  local what=$1; shift
  if "$@"; then echo "ok $what"; else echo "FAIL $what"; failed=1; fi
}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in ${pids[@]+"${pids[@]}"}; do kill "$p" 2>/dev/null; done
  dpkg --purge php8.2-edges >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# No -dbgsym package and no build-time tests: the test checks the package itself (saves time).
if ! DEB_BUILD_OPTIONS="noddebs nocheck" "$ROOT/packaging/build-deb" "$work/out" >"$work/build.log" 2>&1; then
  tail -40 "$work/build.log"
  echo "FAIL packaging/build-deb"
  exit 1
fi
echo "ok packaging/build-deb (dpkg-buildpackage, lintian without errors)"
deb=$(ls "$work"/out/php8.2-edges_*_amd64.deb)
check "dpkg -i $(basename "$deb")" sh -c 'dpkg -i "$1" >"$2" 2>&1 || { cat "$2"; exit 1; }' sh "$deb" "$work/dpkg.log"

cd "$work"  # nothing of the source tree from here on
check "php -m lists edges" sh -c 'php -m | grep -qx edges'
check "php --ri edges gives the version and libevent's backend" \
  sh -c 'php --ri edges | grep -q "^Version => " && php --ri edges | grep -q "^libevent backend => epoll"'
check "enabled for the CLI only" sh -c '[ -e /etc/php/8.2/cli/conf.d/40-edges.ini ] && ! ls /etc/php/8.2/fpm/conf.d/*edges* >/dev/null 2>&1'
check "/usr/bin/edges is the installed launcher" sh -c '[ "$(readlink -f /usr/bin/edges)" = /usr/share/edges/bin/edges ]'

# Reads "... http://127.0.0.1:PORT..." from a server's output file; waits for it (bounded).
port_of() {
  local i
  for i in $(seq 1 300); do
    grep -o 'http://127.0.0.1:[0-9]*' "$1" 2>/dev/null | head -1 | sed 's/.*://' | grep . && return 0
    sleep 0.1
  done
  return 1
}
edges /usr/share/edges/demo/helloworld.php 0 >"$work/hello.log" 2>&1 &
pids+=($!)
port=$(port_of "$work/hello.log")
check "edges /usr/share/edges/demo/helloworld.php answers curl" \
  sh -c "[ \"\$(curl -s --max-time 10 http://127.0.0.1:$port/)\" = 'Hello World' ]"

printf '<?php\necho "served ", $_GET["n"] ?? "", " by ", PHP_SAPI, "\\n";\n' >"$work/index.php"
edges serve --workers 1 --listen 127.0.0.1:0 "$work/index.php" >"$work/serve.log" 2>&1 &
pids+=($!)
port=$(port_of "$work/serve.log")
check "edges serve with the installed runtime answers curl" \
  sh -c "[ \"\$(curl -s --max-time 10 'http://127.0.0.1:$port/?n=1')\" = 'served 1 by cli' ]"
for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
pids=()

check "dpkg --purge php8.2-edges" sh -c 'dpkg --purge php8.2-edges >/dev/null 2>&1'
check "removed: php -m without edges, no ini left" \
  sh -c '! php -m | grep -qx edges && ! ls /etc/php/8.2/*/conf.d/*edges* /etc/php/8.2/mods-available/edges.ini >/dev/null 2>&1 && [ ! -e /usr/bin/edges ]'
exit $failed
