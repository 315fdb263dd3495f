#!/usr/bin/env bash
# End-to-end test of the real binary in a real X window (issue 2):
#  1. LANG=C, fresh home: the window appears, is not blank, and nothing is printed about the locale;
#  2. Ctrl+Shift+L switches the language: the window changes;
#  3. the choice is remembered: a restart opens in the new language;
# then the other end-to-end scripts in this folder.
# Usage: e2e/run.sh ./appealdesk   (screenshots go to $E2E_OUT, default a temp dir)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: run.sh BINARY}")
OUT=${E2E_OUT:-$(mktemp -d)}; mkdir -p "$OUT"
trap 'stop_x; [ -n "${APP:-}" ] && kill $APP 2>/dev/null || true' EXIT

start_x
fresh_home
export LANG=C LC_ALL= LANGUAGE= LC_MESSAGES=

"$BIN" 2>"$OUT/stderr-1.txt" & APP=$!
win=$(wait_window "Appeal Desk" 60) || fail "the window did not appear within 60 s"
sleep 1.5
shot "$OUT/home-en.png"
n=$(colours "$OUT/home-en.png")
[ "$n" -gt 30 ] || fail "the window looks blank ($n colours) — see $OUT/home-en.png"
if grep -i 'locale' "$OUT/stderr-1.txt"; then fail "an error about the locale was printed for LANG=C"; fi

xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
xdotool key --window "$win" ctrl+shift+l
sleep 1.5
shot "$OUT/home-ru.png"
d=$(differing_pixels "$OUT/home-en.png" "$OUT/home-ru.png")
[ "$d" -gt 1000 ] || fail "Ctrl+Shift+L did not change the window ($d pixels differ)"

kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
prefs=$(find "$HOME" -name preferences.json | head -1)
[ -n "$prefs" ] && grep -q '"language":"ru"' "$prefs" || fail "the language choice was not saved (prefs: ${prefs:-none})"

"$BIN" 2>"$OUT/stderr-2.txt" & APP=$!
wait_window "Appeal Desk" 60 >/dev/null || fail "the window did not reappear"
sleep 1.5
shot "$OUT/home-ru-restart.png"
d=$(differing_pixels "$OUT/home-ru.png" "$OUT/home-ru-restart.png")
[ "$d" -lt 2000 ] || fail "after a restart the window is not in the remembered language ($d pixels differ)"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
stop_x

echo "e2e: window, language switch and remembered choice OK (screenshots in $OUT)"

for script in "$here"/interview_keyboard.sh "$here"/evidence_export.sh "$here"/offline.sh; do
  [ -x "$script" ] || continue
  echo "e2e: $(basename "$script")"
  E2E_OUT="$OUT" "$script" "$BIN"
done
echo "e2e: all passed"
