#!/usr/bin/env bash
# How long the real window takes to open each case at the limits forms accepts
# (forms/limits.go), beside the example case: CPU of the app's process and wall time
# until the window stops changing, and the peak memory (docs/RELIABILITY.md).
# Not part of run.sh: it measures, it does not test (no time is asserted).
# Usage: e2e/maxcase.sh BINARY [RUNS]   (best of RUNS, default 3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: maxcase.sh BINARY [RUNS]}"); RUNS=${2:-3}
cases=$(mktemp -d)
(cd "$root" && APPEALDESK_MAXCASES="$cases" go test -tags ci -count=1 -run TestMaxCasesLoad ./forms/ >/dev/null)
"$BIN" example >"$cases/example.appeal"
start_x; trap stop_x EXIT
measure() { # FILE → "wall_ms cpu_ms rss_mib"
  fresh_home; export LANG=en_US.UTF-8
  local t0 t1 pid prev="" h tck
  t0=$(date +%s%N)
  "$BIN" open "$1" >/dev/null 2>&1 & pid=$!
  wait_window "Appeal Desk" 60 >/dev/null || fail "$1: no window"
  for _ in $(seq 1 600); do
    h=$(import -window root png:- 2>/dev/null | md5sum)
    [ "$h" = "$prev" ] && break
    prev=$h; sleep 0.1
  done
  t1=$(date +%s%N)
  tck=$(getconf CLK_TCK)
  echo "$(( (t1 - t0) / 1000000 )) $(awk -v t="$tck" '{print int(($14+$15)*1000/t)}' /proc/$pid/stat) $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)"
  stop_app $pid
}
printf '%-28s %10s %10s %10s\n' case "wall ms" "CPU ms" "peak MiB"
for f in "$cases"/*.appeal; do
  best=""
  for _ in $(seq 1 "$RUNS"); do
    r=$(measure "$f")
    if [ -z "$best" ] || [ "$(echo "$r" | cut -d' ' -f2)" -lt "$(echo "$best" | cut -d' ' -f2)" ]; then best=$r; fi
  done
  printf '%-28s %10s %10s %10s\n' "$(basename "$f" .appeal)" $best
done
