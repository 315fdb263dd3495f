#!/usr/bin/env bash
# End-to-end: a new person completes the interview with the keyboard alone (issue 4).
# Starts the real binary under Xvfb with a fresh home, creates a new case, answers the
# decision's questions for a temporary-residence-termination (or, with
# E2E_TYPE=return-decision, a return decision) typing and pressing keys only (xdotool
# key/type, never a click), walks every step to the review with Alt+Right, quits with
# the quick exit (Ctrl+Shift+Q) and checks the saved .appeal file.
#
# Usage: e2e/interview_keyboard.sh BINARY
#   E2E_OUT=DIR        screenshots of every step (default: a temp dir)
#   E2E_LANG_PRESSES=N press Ctrl+Shift+L N times on the home screen first
#                      (0 English, 1 Russian, 2 Serbian Cyrillic, 3 Serbian Latin)
#   E2E_TYPE=T         temporary-residence-termination (default) or return-decision
#   E2E_THEME=dark     FYNE_THEME for the run (light by default)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: interview_keyboard.sh BINARY}")
TYPE=${E2E_TYPE:-temporary-residence-termination}
PRESSES=${E2E_LANG_PRESSES:-0}
OUT=${E2E_OUT:-$(mktemp -d)}
OUT=$OUT/interview-$TYPE-$PRESSES-${E2E_THEME:-light}; mkdir -p "$OUT"
trap 'stop_x; [ -n "${APP:-}" ] && kill $APP 2>/dev/null || true' EXIT

# start_x picks a display no lock file claims; when another test takes the same number
# at the same moment our Xvfb exits at once. Only a server of our own will do.
for _ in 1 2 3 4 5; do
  start_x
  sleep 0.5
  kill -0 "$XVFB_PID" 2>/dev/null && break
done
kill -0 "$XVFB_PID" 2>/dev/null || fail "could not start an X server of our own"
setxkbmap -layout us,ru,rs || fail "setxkbmap could not add the Russian and Serbian layouts"
fresh_home
export FYNE_THEME=${E2E_THEME:-light}
# The app sees an English system; xdotool needs a UTF-8 locale that exists here to
# type Cyrillic (en_US.UTF-8 may not be generated), so it gets C.UTF-8.
LANG=en_US.UTF-8 LC_ALL= LANGUAGE= LC_MESSAGES= "$BIN" 2>"$OUT/stderr.txt" & APP=$!
export LANG=C.UTF-8 LC_ALL=C.UTF-8
win=$(wait_window "Appeal Desk" 60) || fail "the window did not appear within 60 s"
sleep 1
# 1024×600, the smallest screen the app supports (the app may resize itself once it
# has drawn, so insist until the size holds).
for _ in $(seq 1 20); do
  xdotool windowsize "$win" 1024 600
  sleep 0.3
  xdotool getwindowgeometry "$win" | grep -q 'Geometry: 1024x600' && break
done
xdotool getwindowgeometry "$win" | grep -q 'Geometry: 1024x600' || fail "the window cannot be made 1024×600"
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5

k() { xdotool key --delay 60 "$@"; sleep 0.35; }   # keys, then let the window redraw
# typ TEXT types like a person. The keyboard has a Russian and a Serbian group besides
# US (set below), so xdotool finds every Cyrillic letter on a key and never remaps
# keycodes on the fly (which loses letters under load).
typ() { xdotool type --delay 200 -- "$1"; sleep 0.35; }
n=0
step_shot() { n=$((n + 1)); sleep 0.5; shot "$OUT/$(printf '%02d' $n)-$1.png"; }

# on_step STEP waits until the saved case says the interview is on STEP (the autosave
# writes within a second), so a key is never pressed on a screen not yet drawn.
on_step() {
  local got=
  for _ in $(seq 1 50); do
    got=$(jq -r .step "$file" 2>/dev/null || true)
    [ "$got" = "$1" ] && { sleep 0.3; return 0; }
    sleep 0.1
  done
  fail "the interview is on step \"$got\", want \"$1\" (screenshots $OUT)"
}
next_step() { k alt+Right; on_step "$1"; }

for _ in $(seq 1 "$PRESSES"); do k ctrl+shift+l; done
step_shot home

# Home: with no case yet the keyboard starts on "New case"; Enter presses it.
k Return
sleep 1
file=$(find "$HOME" -name '*.appeal' | head -1)
[ -n "$file" ] || fail "no case file was created by New case"
step_shot identify

# 1. Which decision: the first field has the keyboard; Tab down to the type, Enter
#    chooses it and moves to Next, Enter goes on.
case "$TYPE" in
  temporary-residence-termination) ;;            # the first card
  return-decision) k Tab Tab ;;                   # the third card
  *) fail "E2E_TYPE $TYPE is not scripted" ;;
esac
k Return
k Return
on_step decision
step_shot decision

# 2. The decision's details. Enter moves from field to field; Enter on an option
#    chooses it and moves on. Delivery and departure come first (they give the deadlines).
k Return                                    # asked for asylum: no (first option)
k Tab; k Return                             # a lawyer or a person to receive post: no
k Return                                    # delivered: in person (first option)
typ "12.11.2026."; k Return                 # delivered on (Serbian style)
k Tab                                       # "I am outside Serbia": no
k Tab                                       # "leave at once": no
typ "30"; k Return                          # days to leave
k space                                     # entry ban: on (a question appears)
k Tab; typ "1"; k Return                    # for 1 year
typ "ПУ за град Београд"; k Return          # issued by
typ "26-1234/26"; k Return                  # number
typ "10.11.2026"; k Return                  # date on the decision (typed, Russian style)
k Return                                    # remedy instruction: yes (two questions appear)
k Return                                    # days the instruction gives: left empty
k Return                                    # where it says to lodge: left empty
if [ "$TYPE" = temporary-residence-termination ]; then
  k Tab Tab; k Return                       # "says the appeal does not stop it": don't know
fi
k Return                                    # security grounds: yes
k Tab; k Return                             # reasons given: no
k Tab; k Return                             # heard: no
step_shot decision-filled
next_step deadlines

# 3. Deadlines (computed), then the person.
step_shot deadlines
next_step person
step_shot person
typ "Ivan Petrov"; k Return
next_step family
step_shot family
k Tab; k Return                             # spouse: no
next_step story
step_shot story
next_step arguments
step_shot arguments
next_step evidence
step_shot evidence
next_step later                              # What happened next: nothing yet
step_shot later
next_step review
step_shot review

# Quick exit: the save is flushed and the window closes at once.
k ctrl+shift+q
for _ in $(seq 1 50); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP" 2>/dev/null; then fail "the quick exit did not close the app"; fi
APP=

check() { # check JQ-EXPR EXPECTED
  local got; got=$(jq -r "$1" "$file")
  [ "$got" = "$2" ] || fail "$1 is \"$got\", want \"$2\" (file $file, screenshots $OUT)"
}
check .decision.type "$TYPE"
check .decision.asylum no
check .decision.has_representative no
check .decision.issuer "ПУ за град Београд"
check .decision.number "26-1234/26"
check .decision.issued 2026-11-10
check .decision.service personal
check .decision.received 2026-11-12
check .decision.departure_days 30
check .decision.entry_ban true
check .decision.entry_ban_years 1
check .decision.security_grounds yes
check .decision.gives_reasons no
check .decision.remedy_instruction yes
check .decision.heard no
check .person.full_name "Ivan Petrov"
check .family.spouse no
check .step review
echo "e2e: interview by keyboard ($TYPE, language presses $PRESSES) OK — screenshots in $OUT"
