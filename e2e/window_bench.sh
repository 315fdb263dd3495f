#!/usr/bin/env bash
# The window's speed, measured from outside in a real window under Xvfb (software
# OpenGL), side by side with the minimal Fyne window (e2e/minimal) in the same run:
#   idle    CPU per second while a text field has the keyboard and nothing happens
#           (Appeal Desk on the person step against "minimal entry")
#   step    key press (Alt+→ / Alt+←) → the next step drawn, one key every GAP ms;
#           and the CPU used in the 3 s after the last key (a backlog shows there)
#   lang    Ctrl+Shift+L on the review step → the step drawn in the next language
#   open    `appealdesk open FILE` → the window shows content, against the minimal
#           window (start → content drawn)
#   memory  resident memory on the review step before and after 50 language switches
# Usage: e2e/window_bench.sh [ROUNDS]   (WINBENCH_DISPLAY=:13 to use a running X
# server instead of starting one; BIN and MINIMAL to skip building; ONLY="step open"
# to run only those sections)
# Prints every figure; docs/BENCHMARKS.md records them with this command.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
. "$here/lib.sh"
ROUNDS=${1:-5}
ONLY=${ONLY:-idle step lang open memory}
want() { case " $ONLY " in *" $1 "*) return 0 ;; esac; return 1; }
GAP=${GAP:-500}
tmp=$(mktemp -d)
# The app's tags (Makefile TAGS); the minimal window is built with the same tags, and
# once more with Fyne's defaults (its caret blinks) for the idle comparison.
TAGS=${TAGS:-no_emoji,migrated_fynedo,no_animations}
if [ -z "${BIN:-}" ]; then
  (cd "$root" && go build -tags "$TAGS" -trimpath -o "$tmp/appealdesk" .)
  BIN=$tmp/appealdesk
fi
if [ -z "${MINIMAL:-}" ]; then
  (cd "$root" && go build -tags "$TAGS" -trimpath -o "$tmp/minimal" ./e2e/minimal)
  MINIMAL=$tmp/minimal
fi
if [ -z "${MINIMAL_BLINK:-}" ]; then
  (cd "$root" && go build -tags no_emoji,migrated_fynedo -trimpath -o "$tmp/minimal-blink" ./e2e/minimal)
  MINIMAL_BLINK=$tmp/minimal-blink
fi
cc -O2 -o "$tmp/winbench" "$here/winbench.c" -lX11 -lXtst || fail "winbench did not build (needs libx11-dev libxtst-dev)"
WB=$tmp/winbench
if [ -n "${WINBENCH_DISPLAY:-}" ]; then
  export DISPLAY=$WINBENCH_DISPLAY
else
  E2E_SCREEN=1024x600x24 start_x; trap stop_x EXIT
fi
export LANG=en_US.UTF-8 LC_ALL= LANGUAGE=

hz=$(getconf CLK_TCK)
cpu_ms() { # PID → CPU milliseconds used so far (user + system)
  awk -v hz="$hz" '{print ($14 + $15) * 1000 / hz}' "/proc/$1/stat"
}
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spread() { sort -n | awk '{a[NR]=$1} END {printf "%s–%s", a[1], a[NR]}'; }

# case_at STEP writes the example case standing at STEP into a fresh home.
case_at() {
  fresh_home
  "$BIN" example | jq --arg s "$1" '.step = $s' >"$HOME/case.appeal"
  echo "$HOME/case.appeal"
}

# start PROGRAM ARGS… starts it, waits until its window shows content, and sets PID and WIN.
start() {
  "$@" >/dev/null 2>"$tmp/stderr.txt" &
  PID=$!
  local title="Appeal Desk"
  [ "$1" = "$MINIMAL" ] || [ "$1" = "$MINIMAL_BLINK" ] && title="Minimal Window"
  read -r WIN _ < <("$WB" shown "$title" 60) || fail "$title did not show"
  [ "$WIN" != timeout ] || { cat "$tmp/stderr.txt" >&2; fail "$title did not show"; }
  xdotool windowsize "$WIN" 1024 600 2>/dev/null || true
  xdotool windowactivate --sync "$WIN" 2>/dev/null || xdotool windowfocus --sync "$WIN" 2>/dev/null || true
  sleep 2 # settle: first frames, fonts, caches
}
# stop ends the program and waits until its window is gone, so the next start is not
# timed by a window of the last one.
stop() {
  stop_app "$PID"
  for _ in $(seq 1 100); do
    xdotool search --name '^(Appeal Desk|Minimal Window)$' >/dev/null 2>&1 || return 0
    sleep 0.05
  done
}

idle() { # → CPU ms per second over 10 s
  local a b
  a=$(cpu_ms "$PID"); sleep 10; b=$(cpu_ms "$PID")
  awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1f", (b - a) / 10}'
}

if want idle; then
echo "== idle: CPU while a text field has the keyboard (ms of CPU per second, 10 s each)"
: >"$tmp/idle-app"; : >"$tmp/idle-min"; : >"$tmp/idle-blink"
for r in $(seq 1 "$ROUNDS"); do
  start "$MINIMAL_BLINK" entry; idle >>"$tmp/idle-blink"; echo >>"$tmp/idle-blink"; stop
  start "$MINIMAL" entry; idle >>"$tmp/idle-min"; echo >>"$tmp/idle-min"; stop
  start "$BIN" open "$(case_at person)"; idle >>"$tmp/idle-app"; echo >>"$tmp/idle-app"; stop
done
bi=$(median <"$tmp/idle-blink"); mi=$(median <"$tmp/idle-min"); ai=$(median <"$tmp/idle-app")
echo "minimal entry, Fyne defaults (blinking caret): median $bi ms/s (runs $(tr '\n' ' ' <"$tmp/idle-blink"))"
echo "minimal entry, the app's tags (steady caret):  median $mi ms/s (runs $(tr '\n' ' ' <"$tmp/idle-min"))"
echo "Appeal Desk, person step:                       median $ai ms/s (runs $(tr '\n' ' ' <"$tmp/idle-app"))"
awk -v a="$ai" -v b="$bi" -v m="$mi" 'BEGIN {printf "ratio: %.2f× the default minimal window (goal ≤ 1.2×), %.2f× the same-tags one\n", a / b, a / m}'
fi

# The step title, top of the middle column, changes with every step and language.
REGION="250 55 470 60"
if want step; then
echo "== step: key press → next step drawn (ms), a key every $GAP ms"
: >"$tmp/step"; : >"$tmp/after"
for r in $(seq 1 "$ROUNDS"); do
  start "$BIN" open "$(case_at identify)"
  keys=(); for _ in 1 2 3 4 5 6 7 8 9; do keys+=(alt+Right); done; for _ in 1 2 3 4 5 6 7 8 9; do keys+=(alt+Left); done
  c0=$(cpu_ms "$PID")
  "$WB" keys "$WIN" $REGION 18 "$GAP" "${keys[@]}" >"$tmp/round"
  cat "$tmp/round" >>"$tmp/step"
  head -9 "$tmp/round" >>"$tmp/step-first"; tail -9 "$tmp/round" >>"$tmp/step-again"
  c1=$(cpu_ms "$PID"); sleep 3; c2=$(cpu_ms "$PID")
  awk -v a="$c0" -v b="$c1" 'BEGIN {printf "%.0f\n", (b - a) / 18}' >>"$tmp/cpu-step"
  awk -v a="$c1" -v b="$c2" 'BEGIN {printf "%.0f\n", b - a}' >>"$tmp/after"
  stop
done
grep -c timeout "$tmp/step" >/dev/null && echo "timeouts: $(grep -c timeout "$tmp/step")" || true
grep -v timeout "$tmp/step" >"$tmp/step-ok" || true
echo "key → next step drawn: median $(median <"$tmp/step-ok") ms, range $(spread <"$tmp/step-ok") ms over $(wc -l <"$tmp/step-ok") presses (goal ≤ 50 ms)"
echo "  Alt+→ to steps not yet seen: median $(grep -v timeout "$tmp/step-first" | median) ms; Alt+← back to steps seen: median $(grep -v timeout "$tmp/step-again" | median) ms"
echo "CPU per step: median $(median <"$tmp/cpu-step") ms; CPU in the 3 s after the last key: $(tr '\n' ' ' <"$tmp/after")ms"
fi

if want lang; then
echo "== lang: Ctrl+Shift+L on the review step → drawn in the next language (ms)"
: >"$tmp/lang"
for r in $(seq 1 "$ROUNDS"); do
  start "$BIN" open "$(case_at review)"
  "$WB" keys "$WIN" $REGION 8 "$GAP" ctrl+shift+l >>"$tmp/lang"
  stop
done
grep -v timeout "$tmp/lang" >"$tmp/lang-ok" || true
echo "  first switch to each language (its screen built): $(awk 'NR % 8 >= 1 && NR % 8 <= 3' "$tmp/lang" | tr '\n' ' ')ms; later switches: median $(awk 'NR % 8 == 0 || NR % 8 > 3' "$tmp/lang" | grep -v timeout | median) ms"
echo "language switch: median $(median <"$tmp/lang-ok") ms, range $(spread <"$tmp/lang-ok") ms over $(wc -l <"$tmp/lang-ok") switches (goal ≤ 100 ms)"
fi

if want open; then
echo "== open: start → first content drawn (ms)"
: >"$tmp/open-app"; : >"$tmp/open-min"
for r in $(seq 1 $((ROUNDS * 3))); do
  fresh_home
  "$WB" shown "Minimal Window" 60 >"$tmp/shown" & w=$!; "$MINIMAL" >/dev/null 2>&1 & PID=$!
  wait $w; awk '{print $2}' "$tmp/shown" >>"$tmp/open-min"; stop
  f=$(case_at person)
  "$WB" shown "Appeal Desk" 60 >"$tmp/shown" & w=$!; "$BIN" open "$f" >/dev/null 2>&1 & PID=$!
  wait $w; awk '{print $2}' "$tmp/shown" >>"$tmp/open-app"; stop
done
mo=$(median <"$tmp/open-min"); ao=$(median <"$tmp/open-app")
echo "minimal window:        median $mo ms (runs $(tr '\n' ' ' <"$tmp/open-min"))"
echo "appealdesk open FILE:  median $ao ms (runs $(tr '\n' ' ' <"$tmp/open-app"))"
awk -v a="$ao" -v m="$mo" 'BEGIN {printf "ratio: %.2f× (goal ≤ 1.2×)\n", a / m}'
fi

if want memory; then
echo "== memory: resident memory on the review step, before and after 50 language switches"
for r in $(seq 1 "$ROUNDS"); do
  start "$BIN" open "$(case_at review)"
  m0=$(rss_mib "$PID")
  "$WB" keys "$WIN" $REGION 50 150 ctrl+shift+l >/dev/null
  sleep 2; m1=$(rss_mib "$PID")
  awk -v a="$m0" -v b="$m1" 'BEGIN {printf "start %d MiB, after 50 switches %d MiB: %.2f×\n", a, b, b / a}'
  stop
done
fi

