#!/usr/bin/env bash
# Cold start to first window: Appeal Desk against a minimal Fyne window built from the same
# Fyne version and tags, each started RUNS times under Xvfb; prints medians and the ratio.
# Usage: e2e/startup.sh [RUNS]   (builds both binaries into a temp dir first)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
. "$here/lib.sh"
RUNS=${1:-15}
tmp=$(mktemp -d)
(cd "$root" && go build -tags no_emoji,migrated_fynedo,no_animations -trimpath -o "$tmp/appealdesk" . && go build -tags no_emoji,migrated_fynedo,no_animations -trimpath -o "$tmp/minimal" ./e2e/minimal)
start_x; trap stop_x EXIT

measure() { # BIN TITLE → milliseconds from exec to visible window
  fresh_home; export LANG=en_US.UTF-8
  local t0 t1 pid
  t0=$(date +%s%N)
  "$1" >/dev/null 2>"$tmp/stderr.txt" & pid=$!
  wait_window "$2" 60 >/dev/null || { cat "$tmp/stderr.txt" >&2; fail "$2 did not appear"; }
  t1=$(date +%s%N)
  stop_app $pid
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for i in $(seq 1 "$RUNS"); do
  measure "$tmp/minimal" "Minimal Window" >>"$tmp/min.txt"
  measure "$tmp/appealdesk" "Appeal Desk" >>"$tmp/app.txt"
done
m=$(median <"$tmp/min.txt"); a=$(median <"$tmp/app.txt")
echo "minimal window: median ${m} ms  (runs: $(tr '\n' ' ' <"$tmp/min.txt"))"
echo "Appeal Desk:    median ${a} ms  (runs: $(tr '\n' ' ' <"$tmp/app.txt"))"
awk -v a="$a" -v m="$m" 'BEGIN {printf "ratio: %.2f× (target ≤ 1.20×)\n", a/m}'
