#!/usr/bin/env bash
# End-to-end test of the evidence step and the lawyer package (issues 5 and 6) with the
# real binary in a real X window:
#  1. a case stands at the evidence step; `appealdesk open FILE` opens it there, with
#     the keyboard in the step's path field;
#  2. three files are added in the app by typing each path into the evidence step's
#     path field and pressing Enter (the file dialog is Fyne-drawn and has no name
#     field for opening); each is fingerprinted in the background;
#  3. screenshots of the evidence step in all four languages (Ctrl+Shift+L);
#  4. quick exit (Ctrl+Shift+Q) flushes the autosave; the saved case must list the
#     three files with the SHA-256 that sha256sum computes;
#  5. export with the command line, import into a fresh folder with
#     --passphrase-file, and verify the imported case.
# Usage: e2e/evidence_export.sh BINARY   (screenshots go to $E2E_OUT, default a temp dir)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BIN=$(realpath "${1:?usage: evidence_export.sh BINARY}")
OUT=${E2E_OUT:-$(mktemp -d)}; mkdir -p "$OUT"
command -v xdotool >/dev/null || fail "xdotool is needed"
trap '[ -n "${APP:-}" ] && stop_app "$APP"; stop_x' EXIT

start_x
fresh_home
export LANG=C LC_ALL= LANGUAGE= LC_MESSAGES=

work=$(mktemp -d)
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n' >"$work/resenje.pdf"
printf 'Потврда о запослењу — Potvrda o zaposlenju\n' >"$work/potvrda.txt"
printf 'Open letter against the war, signed.\n' >"$work/open-letter.txt"

# The store of a fresh home (app ID org.appealdesk.app, Fyne's storage root).
store="$XDG_CONFIG_HOME/fyne/org.appealdesk.app/cases"
mkdir -p "$store"
case_file="$store/e2e-case.appeal"
cat >"$case_file" <<'JSON'
{"format":"appealdesk-case","version":1,"title":"E2E evidence","step":"evidence",
 "decision":{"type":"return-decision","issued":"2026-11-02","service":"personal","received":"2026-11-03"},
 "person":{"full_name":"Ivan Ivanov"}}
JSON

"$BIN" open "$case_file" 2>"$OUT/evidence-stderr.txt" & APP=$!
win=$(wait_window "Appeal Desk" 60) || fail "the window did not appear within 60 s"
sleep 1.5
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
sleep 0.5
shot "$OUT/evidence-opened.png"

for f in resenje.pdf potvrda.txt open-letter.txt; do
  xdotool type --window "$win" --delay 5 "$work/$f"
  xdotool key --window "$win" Return
  sleep 1
done
sleep 1
for l in en ru sr sr-Latn; do
  shot "$OUT/evidence-xvfb-$l.png"
  xdotool key --window "$win" ctrl+shift+l
  sleep 1
done

xdotool key --window "$win" ctrl+shift+q 2>/dev/null || true  # the window may be gone before xdotool returns
for _ in $(seq 1 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.05; done
stop_app "$APP"; APP=

# The saved case lists the three files with their real fingerprints.
for f in resenje.pdf potvrda.txt open-letter.txt; do
  sum=$(sha256sum "$work/$f" | cut -d' ' -f1)
  grep -q "\"sha256\": *\"$sum\"" "$case_file" ||
    fail "the case does not list $f with SHA-256 $sum — screenshots in $OUT, case: $(cat "$case_file")"
done
n=$(grep -o '"sha256"' "$case_file" | wc -l)
[ "$n" -eq 3 ] || fail "the case lists $n files, want 3"
grep -q '"pages": *1' "$case_file" || fail "the PDF's page count was not read"

printf 'синий трактор едет 42 раза\n' >"$work/pass"
"$BIN" export "$case_file" --out "$work/case.appealpack" --passphrase-file "$work/pass" >"$OUT/export.txt" 2>&1 ||
  fail "export failed: $(cat "$OUT/export.txt")"
"$BIN" import "$work/case.appealpack" --out "$work/imported" --passphrase-file "$work/pass" >"$OUT/import.txt" 2>&1 ||
  fail "import failed: $(cat "$OUT/import.txt")"
imported=$(ls "$work"/imported/*.appeal | head -1)
"$BIN" verify "$imported" >"$OUT/verify.txt" 2>&1 || fail "verify of the imported case failed: $(cat "$OUT/verify.txt")"
[ "$(ls "$work"/imported/evidence | wc -l)" -eq 3 ] || fail "the package did not carry three evidence files"
printf 'wrong passphrase here\n' >"$work/wrong"
if "$BIN" import "$work/case.appealpack" --out "$work/wrong-import" --passphrase-file "$work/wrong" >/dev/null 2>&1; then
  fail "a wrong passphrase was accepted"
fi
[ ! -e "$work/wrong-import" ] || fail "a failed import left files behind"
echo "e2e: evidence added in the app (3 files fingerprinted), exported, imported and verified (screenshots in $OUT)"
