#!/usr/bin/env bash
# End-to-end test of the documents step, "Send to a lawyer…" with its save dialog, and
# "Open a package…" (issue 11), with the real binary in a real X window, keyboard only:
#  1. a case stands at the documents step; "Create documents" writes the PDFs;
#  2. "Send to a lawyer…": the passphrase twice, then the save dialog. The name of a
#     package already there and the path of the case file itself are refused (Save does
#     nothing, both files stay as they were); a new name writes the package;
#  3. on the lawyer's side (a fresh home), "Open a package…": the path typed, the
#     passphrase, and the case opens; its evidence is the copy in the store, and
#     `appealdesk verify` finds it unchanged.
# Usage: e2e/lawyer_package.sh BINARY   (screenshots go to $E2E_OUT, default a temp dir)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: lawyer_package.sh BINARY}")
OUT=${E2E_OUT:-$(mktemp -d)}/lawyer; mkdir -p "$OUT"
command -v xdotool >/dev/null || fail "xdotool is needed"
trap '[ -n "${APP:-}" ] && stop_app "$APP"; stop_x' EXIT
PASS='blue tractor drives 42 times'   # ASCII: xdotool types it on any layout

start_x
fresh_home
export LANG=C LC_ALL= LANGUAGE= LC_MESSAGES=
store="$XDG_CONFIG_HOME/fyne/org.appealdesk.app/cases"
mkdir -p "$store"
printf 'Potvrda o zaposlenju — Потврда о запослењу\n' >"$HOME/potvrda.txt"
sum=$(sha256sum "$HOME/potvrda.txt" | cut -d' ' -f1); size=$(stat -c %s "$HOME/potvrda.txt")
case_file="$store/case-00e2e00e2e.appeal"
cat >"$case_file" <<JSON
{"format":"appealdesk-case","version":1,"title":"E2E package","step":"documents",
 "decision":{"type":"return-decision","issued":"2026-11-02","service":"personal","received":"2026-11-03"},
 "person":{"full_name":"Ivan Ivanov"},
 "evidence":[{"title":"Potvrda","language":"sr","file":{"name":"potvrda.txt","path":"$HOME/potvrda.txt","size":$size,"sha256":"$sum"}}]}
JSON
# The person's documents folder: the documents go there, and the save dialog starts there.
mydocs="$HOME/Documents"; mkdir -p "$mydocs"
printf 'an older package, not to be touched\n' >"$mydocs/older.appealpack"
older_sum=$(sha256sum "$mydocs/older.appealpack")

k() { xdotool key --delay 60 "$@"; sleep 0.4; }
typ() { xdotool type --delay 150 -- "$1"; sleep 0.5; }   # slowly: a dropped key in a hidden passphrase cannot be seen
wait_for() { # wait_for SECONDS TEST… : until the test holds
  local limit=$1; shift
  for _ in $(seq 1 $((limit * 10))); do "$@" && return 0; sleep 0.1; done
  return 1
}
# launch LOG ARGS… starts the app and waits for its window (APP, win). On the shared
# machine the X server sometimes goes away or GLFW finds no display: then it is tried
# once more on a fresh X server.
launch() {
  local log=$1; shift
  for _ in 1 2; do
    xdpyinfo >/dev/null 2>&1 || { stop_x; start_x; }
    "$BIN" "$@" 2>>"$log" & APP=$!
    if win=$(wait_window "Appeal Desk" 60); then return 0; fi
    stop_app "$APP"; APP=
    grep -q PlatformUnavailable "$log" || return 1
    stop_x; start_x
  done
  return 1
}

# settle waits until the window stops changing (a dialog has appeared and drawn), so
# no key goes to a field that is not there yet.
settle() {
  local prev="" h
  for _ in $(seq 1 100); do
    h=$(import -window root png:- 2>/dev/null | md5sum)
    [ "$h" = "$prev" ] && return 0
    prev=$h; sleep 0.3
  done
}

launch "$OUT/person-stderr.txt" open "$case_file" || fail "the window did not appear within 60 s"
sleep 1.5
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5
shot "$OUT/01-documents.png"

# 1. Documents: the keyboard starts on the first field (the script); "Create documents"
#    comes after the step's 11 other fields and options, the 5 articles of the
#    Constitution the appeal pleads (a return decision with its suggested arguments:
#    foreigners, ratified treaties, legal remedy, expulsion, fair trial), "Another
#    folder…" and "Keep earlier documents" (the order of the documents step's focusables).
for _ in $(seq 1 19); do xdotool key Tab; sleep 0.1; done
k space
docs="$mydocs/Appeal Desk"
written() { ls "$docs"/*/spisak-dokaza.pdf >/dev/null 2>&1; }
wait_for 60 written || { shot "$OUT/01-no-pdfs.png"; fail "Create documents wrote no PDF (screenshots $OUT)"; }
shot "$OUT/02-documents-written.png"
pdftotext -enc UTF-8 "$(ls "$docs"/*/zalba.pdf | head -1)" "$OUT/zalba.txt" && grep -q 'ЖАЛБА' "$OUT/zalba.txt" || fail "the appeal PDF does not read ЖАЛБА"

# 2. Send to a lawyer, the button after "Create documents". The step was rebuilt when
#    the documents were written, so open the case afresh to start from its first field.
xdotool key --window "$win" ctrl+shift+q 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.05; done
stop_app "$APP"; APP=
launch "$OUT/person-stderr.txt" open "$case_file" || fail "the window did not reappear"
sleep 1.5
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5
for _ in $(seq 1 21); do xdotool key Tab; sleep 0.1; done   # after Create documents and Make the filing bundle
k Return   # not Space: its typed " " would land in the passphrase field that opens
settle
typ "$PASS"; k Return
typ "$PASS"; k Return
settle
shot "$OUT/03-save-dialog.png"
# The save dialog has the keyboard in its name field, with a neutral name.
k ctrl+a; typ "older"; k Return; settle
k ctrl+a; typ "$case_file"; k Return; settle
shot "$OUT/04-refused.png"
[ "$(sha256sum "$mydocs/older.appealpack")" = "$older_sum" ] || fail "the save dialog changed an existing package"
grep -q '"title": "E2E package"' "$case_file" || fail "the case file was damaged by the save dialog: $(head -c 200 "$case_file")"
ls "$mydocs"/*.appealpack | grep -qv older && fail "a package was written under a refused name: $(ls "$mydocs")"
k ctrl+a; typ "for the lawyer"; k Return
wait_for 90 test -s "$mydocs/for the lawyer.appealpack" || { shot "$OUT/05-no-package.png"; fail "no package was written (screenshots $OUT)"; }
sleep 1
shot "$OUT/05-sent.png"
k Return   # close the message
xdotool key --window "$win" ctrl+shift+q 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.05; done
stop_app "$APP"; APP=
grep -q '"title": "E2E package"' "$case_file" || fail "the case file lost its content: $(head -c 300 "$case_file")"
ls -a "$store" | grep -q '\.tmp-' && fail "temporary files left in the store: $(ls -a "$store")"

# 3. The lawyer's computer.
pkg="$mydocs/for the lawyer.appealpack"
fresh_home
lstore="$XDG_CONFIG_HOME/fyne/org.appealdesk.app/cases"
launch "$OUT/lawyer-stderr.txt" || fail "the lawyer's window did not appear"
sleep 1.5
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5
# Home: the keyboard starts on New case (with no case listed); then Open case file…,
# then Open a package….
k Tab; k Tab
k space    # a home button takes Space (its typed " " is trimmed from the path)
settle
shot "$OUT/06-open-package.png"
typ "$pkg"; k Return
typ "$PASS"; settle
shot "$OUT/06-open-package-filled.png"
k Return
imported() { ls "$lstore"/packages/*/evidence/* >/dev/null 2>&1 && ls "$lstore"/case-*.appeal >/dev/null 2>&1; }
wait_for 90 imported ||
  { shot "$OUT/07-not-imported.png"; fail "Open a package… imported nothing (screenshots $OUT)"; }
sleep 1.5
shot "$OUT/07-imported.png"
xdotool key --window "$win" ctrl+shift+q 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.05; done
stop_app "$APP"; APP=
imported=$(ls "$lstore"/case-*.appeal | head -1)
"$BIN" verify "$imported" >"$OUT/verify.txt" 2>&1 || fail "verify of the imported case failed: $(cat "$OUT/verify.txt")"
grep -q "$HOME" "$imported" && fail "the imported case stores absolute paths with the home folder"
echo "e2e: documents created, package sent through the save dialog (existing names refused), opened on the lawyer's side and verified (screenshots in $OUT)"
