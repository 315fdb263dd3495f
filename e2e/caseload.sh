#!/usr/bin/env bash
# The home screen with 200 cases in the real window: cold start to the visible window
# with an empty home and with 200 generated cases, each RUNS times in turn under Xvfb
# at 1024×600; prints the medians and the difference (what listing 200 cases costs at
# start: reading them, building the screen and its first layout).
# Beside the wall time it reports the CPU time the program used (user + system, from
# /proc/PID/stat, 10 ms ticks) until its window was visible and 1.5 s later (the
# first frames drawn): on a shared machine wall time mostly measures the other jobs.
# Usage: e2e/caseload.sh BINARY [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: caseload.sh BINARY [RUNS]}")
RUNS=${2:-11}
tmp=$(mktemp -d)
E2E_SCREEN=1024x600x24 start_x; trap stop_x EXIT

# One home with 200 cases, copied afresh before each run (so no run reuses another's
# preferences or caches); generated around today so their dates are live. The
# generator is built before the home changes (Go's caches live under the real one).
(cd "$root" && go build -o "$tmp/caseload" ./e2e/caseload)
fresh_home; seed=$HOME
"$tmp/caseload" -n 200 -dir "$seed/.config/fyne/org.appealdesk.app/cases" >/dev/null

measure() { # CASES(0|200) → "wall-ms cpu-ms-at-window cpu-ms-after-1.5s"
  fresh_home; export LANG=en_US.UTF-8
  [ "$1" = 200 ] && cp -a "$seed/.config/fyne" "$HOME/.config/"
  local t0 t1 pid c1 c2
  t0=$(date +%s%N)
  "$BIN" >/dev/null 2>"$tmp/stderr.txt" & pid=$!
  if ! wait_window "Appeal Desk" 60 >/dev/null; then
    cp "$tmp/stderr.txt" /tmp/caseload-failed-stderr.txt
    fail "the window did not appear (its stderr: /tmp/caseload-failed-stderr.txt)"
  fi
  t1=$(date +%s%N)
  c1=$(cpu_ms $pid); sleep 1.5; c2=$(cpu_ms $pid)
  stop_app $pid
  echo "$(( (t1 - t0) / 1000000 )) $c1 $c2"
}
# cpu_ms PID: user + system CPU time of the process so far, in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# ensure_x restarts the X server if it went away (on the shared machine it sometimes
# does between runs; the program then cannot start: "GLFW ... no supported platform").
ensure_x() { xdpyinfo >/dev/null 2>&1 || { stop_x; E2E_SCREEN=1024x600x24 start_x; }; }
# try CASES: one measurement; a start that fails for want of a display is tried once
# more on a fresh server.
try() {
  local out
  ensure_x
  out=$( (measure "$1") 2>/dev/null ) || { stop_x; E2E_SCREEN=1024x600x24 start_x; out=$(measure "$1"); }
  echo "$out"
}
for _ in $(seq 1 "$RUNS"); do
  try 0 >>"$tmp/0.txt"
  try 200 >>"$tmp/200.txt"
done
col() { awk -v c="$1" '{print $c}' "$2" | median; }
for c in 1 2 3; do
  name=$(echo "wall time to the window|CPU until the window|CPU until 1.5 s later" | cut -d'|' -f$c)
  a=$(col $c "$tmp/0.txt"); b=$(col $c "$tmp/200.txt")
  echo "$name: no case ${a} ms, 200 cases ${b} ms, difference $(awk -v a="$a" -v b="$b" 'BEGIN{print b-a}') ms"
done
echo "runs (wall cpu cpu+1.5s), no case:   $(tr '\n' ';' <"$tmp/0.txt")"
echo "runs (wall cpu cpu+1.5s), 200 cases: $(tr '\n' ';' <"$tmp/200.txt")"
