#!/usr/bin/env bash
# CPU time of command-line calls (docs/BENCHMARKS.md): Appeal Desk's verbs, with the
# window build and the command-line-only build (-tags nowindow), against a Go hello
# world and a program that links Fyne and exits (e2e/fynefloor), all built here the
# same way in this run. Each command runs RUNS times (default 41); e2e/cpuclock prints
# the median and fastest CPU time (user + system) and the median wall time.
# With BASE=<commit>, that commit's window build is measured too (built from a git
# archive of it), for a before/after in the same run.
# Usage: [BASE=commit] e2e/cli_speed.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-41}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$root"
tags=no_emoji,migrated_fynedo
go build -trimpath -o "$tmp/cpuclock" ./e2e/cpuclock
go build -trimpath -o "$tmp/hello" ./e2e/hello
go build -tags "$tags" -trimpath -o "$tmp/fynefloor" ./e2e/fynefloor
go build -tags "$tags" -trimpath -o "$tmp/appealdesk" .
CGO_ENABLED=0 go build -tags nowindow -trimpath -o "$tmp/appealdesk-cli" .
bins="appealdesk appealdesk-cli"
if [ -n "${BASE:-}" ]; then
  mkdir "$tmp/base-src"; git archive "$BASE" | tar -x -C "$tmp/base-src"
  (cd "$tmp/base-src" && go build -tags "$tags" -trimpath -o "$tmp/appealdesk-base" .)
  bins="appealdesk-base $bins"
fi
"$tmp/appealdesk" example >"$tmp/case.appeal"
export LANG=en_US.UTF-8 LANGUAGE= LC_ALL= LC_MESSAGES=
m() { "$tmp/cpuclock" -n "$RUNS" -- "$@" | sed "s#$tmp/##g"; }
m "$tmp/hello"
m "$tmp/fynefloor"
for bin in $bins; do
  m "$tmp/$bin" version
  m "$tmp/$bin" help
  m "$tmp/$bin" calendar 2026
  m "$tmp/$bin" deadlines "$tmp/case.appeal" --today 2026-11-20
  m "$tmp/$bin" deadlines "$tmp/case.appeal" --today 2026-11-20 --lang sr-Latn
  m "$tmp/$bin" check "$tmp/case.appeal"
done
# The slowest package initialisers of each program (they run in every process).
for f in fynefloor $bins; do
  echo "$f: slowest initialisers: $(GODEBUG=inittrace=1 "$tmp/$f" version 2>&1 >/dev/null | sort -k5 -n -r | head -3 | awk '{printf "%s %s ms; ", $2, $5}')"
done
for f in hello fynefloor $bins; do
  strip -o "$tmp/$f.stripped" "$tmp/$f" 2>/dev/null || cp "$tmp/$f" "$tmp/$f.stripped"
  printf '%-16s %10d bytes, stripped %10d bytes\n' "$f" "$(stat -c %s "$tmp/$f")" "$(stat -c %s "$tmp/$f.stripped")"
done
