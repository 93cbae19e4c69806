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
SEED=${SEED:-1}
MIN_KB=${MIN_KB:-1}
MAX_KB=${MAX_KB:-10}
case $N in ''|*[!0-9]*|0) echo "usage: bench/run.sh [N]  (N: number of documents, default 10000)" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-build}
case $BUILD_DIR in /*) B=$BUILD_DIR ;; *) B=$ROOT/$BUILD_DIR ;; esac
SITE=$B/bench/site-$N
STAMP=$B/bench/site-$N.stamp
OUT=$B/bench/public-$N
GONGKAI=$B/gongkai
PY=/usr/bin/python3   # Debian's Python: python3-jieba imports only there

# --- packages ----------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
installed python3-jieba || missing+=(python3-jieba)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; }
fi

# --- corpus --------------------------------------------------------------------
mkdir -p "$B/bench"
want="documents=$N seed=$SEED min_kb=$MIN_KB max_kb=$MAX_KB generator=$(sha256sum "$ROOT/bench/make_catalogue.py" | cut -c1-16)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -f "$SITE/site.toml" ]; then
  echo "Corpus: reusing $SITE ($want)"
else
  rm -f "$STAMP"
  echo "Corpus: generating $N documents into $SITE"
  gen_args=("$SITE" --documents "$N" --seed "$SEED" --min-kb "$MIN_KB" --max-kb "$MAX_KB")
  if [ -n "${JOBS:-}" ]; then gen_args+=(--jobs "$JOBS"); fi
  "$PY" "$ROOT/bench/make_catalogue.py" "${gen_args[@]}"
  echo "$want" >"$STAMP"
fi
find "$SITE/content" -name '*.md' -printf '%s\n' \
  | awk '{ n++; b += $1 } END { printf "Corpus: %d documents, %.1f MB of Markdown\n", n, b / 1e6 }'

# --- gongkai -------------------------------------------------------------------
if [ ! -f "$B/CMakeCache.txt" ]; then cmake -S "$ROOT" -B "$B"; fi
cmake --build "$B" --target gongkai -j "$(nproc 2>/dev/null || echo 2)"
echo "gongkai: $("$GONGKAI" --version 2>/dev/null || echo "$GONGKAI")"
if command -v hugo >/dev/null 2>&1; then
  echo "hugo is installed ($(hugo version 2>/dev/null | head -n1)); comparing with it is left to a later issue."
fi
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory"

# --- measurements ----------------------------------------------------------------
tmp=$(mktemp -d)
doc=$(find "$SITE/content" -name '*.md' | LC_ALL=C sort | xargs grep -L '^draft = true' | tail -n 1)  # a published one
cp -p "$doc" "$tmp/doc.md"
cleanup() { cmp -s "$tmp/doc.md" "$doc" || cp -p "$tmp/doc.md" "$doc"; rm -rf "$tmp"; }
trap cleanup EXIT

summary=()
# seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss"
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

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
