#!/usr/bin/env bash
# End-to-end: a new person completes the interview with the keyboard alone, in one
# interface language (issue 12). Starts the real binary under Xvfb at 1024×600 with a
# fresh home, creates a new case, and with keys only (xdotool key/type, never a
# click): chooses the decision type, answers the decision's questions (Space chooses
# an option and moves on, Enter goes on, Tab and Shift+Tab move), types whole
# paragraphs in the interface language into the long answers (word wraps and all),
# walks every step to the documents with Alt+→, quits with Ctrl+Shift+Q, and reads
# the saved .appeal back: every answer, every paragraph exactly as typed.
#
# Usage: e2e/interview_keyboard.sh BINARY
#   E2E_OUT=DIR        screenshots of every step (default: a temp dir)
#   E2E_LANG_PRESSES=N press Ctrl+Shift+L N times on the home screen first
#                      (0 English, 1 Russian, 2 Serbian Cyrillic, 3 Serbian Latin)
#   E2E_TYPE=T         temporary-residence-termination (default) or return-decision
#   E2E_THEME=dark     FYNE_THEME for the run (light by default)
#   E2E_TYPE_DELAY=MS  between typed characters (default 40)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: interview_keyboard.sh BINARY}")
TYPE=${E2E_TYPE:-temporary-residence-termination}
PRESSES=${E2E_LANG_PRESSES:-0}
DELAY=${E2E_TYPE_DELAY:-40}
OUT=${E2E_OUT:-$(mktemp -d)}
OUT=$OUT/interview-$TYPE-$PRESSES-${E2E_THEME:-light}; mkdir -p "$OUT"
trap 'stop_x; [ -n "${APP:-}" ] && kill $APP 2>/dev/null || true' EXIT

# What the person types, in the interface language: a story with a line break, the
# activity, work; names and places as a person from Russia in Serbia writes them.
case "$PRESSES" in
  0) STORY="On 12 November 2026 the officer at the office for foreigners in Belgrade handed me a decision that ends my temporary residence for reasons of national security. No reasons were given and nobody asked me anything before.
I have lived and worked here since 2022 and have never broken any law."
     ACTIVITY="I signed an open letter against the war and took part in two peaceful gatherings in Belgrade in 2023, which are allowed by the Constitution."
     WORK="Software developer at a company in Novi Sad, with a work permit, since 2022." ;;
  1) STORY="12 ноября 2026 года в управлении по делам иностранцев в Белграде мне вручили решение о прекращении временного пребывания по соображениям национальной безопасности. Причин не назвали, меня ни о чём не спрашивали.
Я живу и работаю здесь с 2022 года и никогда не нарушал закон."
     ACTIVITY="Я подписал открытое письмо против войны и участвовал в двух мирных собраниях в Белграде в 2023 году, которые разрешены Конституцией."
     WORK="Программист в компании в Нови-Саде, с разрешением на работу, с 2022 года." ;;
  2) STORY="Дана 12. новембра 2026. године у Управи за странце у Београду уручено ми је решење о престанку привременог боравка из разлога безбедности. Разлози нису наведени и нико ме ништа није питао.
Овде живим и радим од 2022. године и никада нисам прекршио закон."
     ACTIVITY="Потписао сам отворено писмо против рата и учествовао на два мирна скупа у Београду 2023. године, што Устав дозвољава."
     WORK="Програмер у фирми у Новом Саду, са дозволом за рад, од 2022. године." ;;
  3) STORY="Dana 12. novembra 2026. godine u Upravi za strance u Beogradu uručeno mi je rešenje o prestanku privremenog boravka iz razloga bezbednosti. Razlozi nisu navedeni i niko me ništa nije pitao.
Ovde živim i radim od 2022. godine i nikada nisam prekršio zakon."
     ACTIVITY="Potpisao sam otvoreno pismo protiv rata i učestvovao na dva mirna skupa u Beogradu 2023. godine, što Ustav dozvoljava."
     WORK="Programer u firmi u Novom Sadu, sa dozvolom za rad, od 2022. godine." ;;
  *) fail "E2E_LANG_PRESSES must be 0–3" ;;
esac
KBD=$(case "$PRESSES" in 0) echo us ;; 1) echo ru ;; 2) echo rs ;; 3) echo "rs latin" ;; esac)

# start_x picks a display no lock file claims; when another test takes the same number
# at the same moment our Xvfb exits at once. Only a server of our own will do.
for _ in 1 2 3 4 5; do
  E2E_SCREEN=1024x600x24 start_x
  sleep 0.5
  kill -0 "$XVFB_PID" 2>/dev/null && break
done
kill -0 "$XVFB_PID" 2>/dev/null || fail "could not start an X server of our own"
# Text is typed with the layout of its language alone (ru, rs, rs latin, us): every
# letter, digit and stop of it is then on a key of the one group, and xdotool neither
# switches groups nor remaps keycodes between letters (both lose and swap letters
# when the machine is busy: the window reads a key after the layout changed again).
setxkbmap -layout us || fail "setxkbmap does not work"
fresh_home
export FYNE_THEME=${E2E_THEME:-light}
# The app sees an English system; xdotool needs a UTF-8 locale that exists here to
# type Cyrillic (en_US.UTF-8 may not be generated), so it gets C.UTF-8.
LANG=en_US.UTF-8 LC_ALL= LANGUAGE= LC_MESSAGES= "$BIN" 2>"$OUT/stderr.txt" & APP=$!
export LANG=C.UTF-8 LC_ALL=C.UTF-8
win=$(wait_window "Appeal Desk" 60) || fail "the window did not appear within 60 s"
sleep 1
for _ in $(seq 1 20); do
  xdotool windowsize "$win" 1024 600
  sleep 0.3
  xdotool getwindowgeometry "$win" | grep -q 'Geometry: 1024x600' && break
done
xdotool getwindowgeometry "$win" | grep -q 'Geometry: 1024x600' || fail "the window cannot be made 1024×600"
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5

k() { xdotool key --delay 80 "$@"; sleep 0.35; }   # keys, then let the window redraw
# typ [LAYOUT] TEXT types TEXT with LAYOUT (default the interface language's), waits
# until the window has taken every key, and puts the US layout back for the keys.
typ() {
  local layout=$KBD
  if [ $# -eq 2 ]; then layout=$1; shift; fi
  # shellcheck disable=SC2086
  setxkbmap $layout
  local first=1 line
  while IFS= read -r line || [ -n "$line" ]; do
    [ $first = 1 ] || xdotool key Return   # a line break is the Enter key, as a person types it
    first=0
    xdotool type --delay "$DELAY" -- "$line"
  done <<<"$1"
  sleep 1.2
  setxkbmap us
  sleep 0.2
}
n=0
step_shot() { n=$((n + 1)); sleep 0.5; shot "$OUT/$(printf '%02d' $n)-$1.png"; }

# on_step STEP waits until the saved case says the interview is on STEP (the autosave
# writes within a second), so a key is never pressed on a screen not yet drawn.
on_step() {
  local got=
  for _ in $(seq 1 60); do
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

# 1. Which decision: the first card has the keyboard; Tab down to the type, Space
#    chooses it and the keyboard moves to Next; Enter goes on.
case "$TYPE" in
  temporary-residence-termination) ;;            # the first card
  return-decision) k Tab Tab ;;                   # the third card
  *) fail "E2E_TYPE $TYPE is not scripted" ;;
esac
k space
k Return
on_step decision
step_shot decision

# 2. The decision's details. Enter goes on from a field and a switch; Space (or Enter)
#    on an option chooses it and moves to the next question; Tab moves between the
#    options. Delivery and departure come first (they give the deadlines).
k space                                     # asked for asylum: no (the first option) → representative
k Tab; k space                              # a lawyer or a person to receive post: no → delivery
k space                                     # delivered: in person (the first option) → delivery date
typ us "12.11.2026."; k Return                 # delivered on, Serbian style → "I am outside Serbia"
k Return                                    # outside Serbia: no (Enter goes on) → "leave at once"
k Return                                    # leave at once: no → days to leave
typ us "30"; k Return                          # days to leave → entry ban
k space                                     # entry ban: on (its length appears below)
step_shot decision-ban
k Return; typ us "1"; k Return                 # for 1 year → issued by
typ rs "ПУ за град Београд"; k Return          # issued by
typ us "26-1234/26"; k Return                  # number
typ us "10.11.26"; k Return                    # the date on it, a two-digit year → remedy instruction
k space                                     # remedy instruction: yes (two questions appear below)
k Return                                    # days the instruction gives: left empty
k Return                                    # where it says to lodge: left empty
if [ "$TYPE" = temporary-residence-termination ]; then
  k Tab Tab; k space                        # "says the appeal does not stop it": don't know
fi
k space                                     # security grounds: yes → reasons given
k Tab; k space                              # reasons given: no → heard
k Tab; k space                              # heard: no → related cases
step_shot decision-filled
next_step deadlines

# 3. Deadlines (computed), then the person.
step_shot deadlines
next_step person
step_shot person
typ us "Ivan Petrov"; k Return                 # full name, as in the passport
typ rs "Иван Петров"; k Return                 # as Serbian documents write it
k Tab; k space                              # a woman or a man: a man (the second option) → born
typ us "17.04.88"; k Return                    # born: a two-digit year, 1988 the only one possible
typ ru "Санкт-Петербург"; k Return
typ us "Russia"; k Return                      # citizenship: a list one can type in; Enter goes on
k Return                                    # another citizenship: none
if [ "$TYPE" = temporary-residence-termination ]; then
  k Tab                                     # the ground of the residence (a list): left for later
fi
typ us "751234567"; k Return
k Return                                    # foreigner number: not known
typ rs "Булевар ослобођења 10"; k Return
typ us "Novi Sad"; k Return
k Return; k Return                          # phone, e-mail
typ us "01.09.2022"; k Return                  # in Serbia since → work (a long answer)
typ "$WORK"
k Tab                                       # Tab leaves the long answer
step_shot person-filled
next_step family
step_shot family
k Tab; k space                              # spouse: no
next_step story
step_shot story
typ "$STORY"                                # a whole paragraph, a line break, another
k Tab                                       # → may it go into the appeal: yes
k space                                     # yes → activity
k space                                     # activity: yes → its details (they appear)
typ "$ACTIVITY"
k Tab                                       # → risk on return
k Tab; k space                              # no
step_shot story-filled
next_step arguments
step_shot arguments
next_step evidence
step_shot evidence
next_step later                              # What happened next: nothing yet
step_shot later
next_step review
step_shot review
next_step documents
step_shot documents

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
check .person.gender male
check .person.birthplace "Санкт-Петербург"
check .person.passport 751234567
check .person.full_name_serbian "Иван Петров"
check .person.born 1988-04-17
check .person.city "Novi Sad"
check .person.in_serbia_since 2022-09-01
check .person.work "$WORK"
check .family.spouse no
check .story.what_happened "$STORY"
check .story.use_in_appeal yes
check .story.activity yes
check .story.activity_details "$ACTIVITY"
check .story.risk_on_return no
check .step documents
echo "e2e: interview by keyboard ($TYPE, language presses $PRESSES) OK — screenshots in $OUT"
