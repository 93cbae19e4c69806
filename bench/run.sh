#!/usr/bin/env bash
# bench/run.sh [N] — time gongkai on a generated catalogue of N documents (default 10000).
#
# Generates the corpus with bench/make_catalogue.py into BUILD_DIR/bench/site-N (kept and
# reused while N, SEED, MIN_KB, MAX_KB and the generator are unchanged), builds gongkai,
# then times four builds into BUILD_DIR/bench/public-N with /usr/bin/time -v:
#   cold   empty output (and no .gongkai/ cache)
#   warm   nothing changed
#   touch  one document's modification time bumped (bytes unchanged)
#   edit   one sentence appended to one document (undone when the script ends)
# Environment: SEED (1), MIN_KB (1), MAX_KB (10), BUILD_DIR (build), JOBS (generator processes).
# Installs python3-jieba and time with apt-get when missing (sudo only when not root).
set -euo pipefail

N=${1:-10000}
case $N in ''|*[!0-9]*|0) echo "usage: bench/run.sh [N]  (N: number of documents, default 10000)" >&2; exit 2 ;; esac
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
OUT=$B/bench/public-$N

bench_packages python3-jieba time
bench_corpus "$N"
bench_gongkai
echo "gongkai: $("$GONGKAI" --version 2>/dev/null || echo "$GONGKAI")"
if command -v hugo >/dev/null 2>&1; then
  echo "hugo is installed ($(hugo version 2>/dev/null | head -n1)): bench/hugo.sh $N compares the two."
fi
bench_machine

# --- measurements ----------------------------------------------------------------
tmp=$(mktemp -d)
doc=$(find "$SITE/content" -name '*.md' | LC_ALL=C sort | xargs grep -L '^draft = true' | tail -n 1)  # a published one
cp -p "$doc" "$tmp/doc.md"
cleanup() { cmp -s "$tmp/doc.md" "$doc" || cp -p "$tmp/doc.md" "$doc"; rm -rf "$tmp"; }
trap cleanup EXIT

summary=()

measure() {
  local label=$1 what=$2
  echo
  echo "== $label: $what"
  sync  # start each build without the previous one's writes still being flushed
  if ! /usr/bin/time -v -o "$tmp/time" "$GONGKAI" build --source "$SITE" --output "$OUT" --stats >"$tmp/log" 2>&1; then
    cat "$tmp/log" "$tmp/time" >&2
    echo "bench: gongkai build failed ($label)" >&2
    exit 1
  fi
  local wall rss_kb docs_s
  wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$tmp/time")")
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
  docs_s=$(awk -v n="$N" -v s="$wall" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  sed 's/^/    /' "$tmp/log"
  printf '  wall %s s, max RSS %s MB, %s docs/s (user %s s, system %s s)\n' "$wall" "$((rss_kb / 1024))" "$docs_s" \
    "$(sed -n 's/.*User time (seconds): //p' "$tmp/time")" "$(sed -n 's/.*System time (seconds): //p' "$tmp/time")"
  summary+=("$(printf '%-6s %9s s %9s MB %9s' "$label" "$wall" "$((rss_kb / 1024))" "$docs_s")")
}

rm -rf "$OUT" "$(dirname "$OUT")/.$(basename "$OUT").staging" "$SITE/.gongkai"
measure cold "empty output"
measure warm "nothing changed"
touch "$doc"
measure touch "touched ${doc#"$SITE"/} (bytes unchanged)"
printf '\n本文件自印发之日起施行。\n' >>"$doc"
measure edit "appended a sentence to ${doc#"$SITE"/}"
cp -p "$tmp/doc.md" "$doc"

echo
echo "Summary: $N documents ($SITE -> $OUT)"
printf '%-6s %11s %12s %9s\n' build wall "max RSS" "docs/s"
printf '%s\n' "${summary[@]}"
