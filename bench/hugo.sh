#!/usr/bin/env bash
# bench/hugo.sh [N] — gongkai against Debian's hugo on the same generated catalogue of N documents
# (default 10000).
#
# Generates (or reuses) the corpus as bench/run.sh does (BUILD_DIR/bench/site-N), turns it into
# an equivalent Hugo site with bench/hugo_site.py (BUILD_DIR/bench/hugo-N: the same taxonomies,
# page size and outputs; layouts from bench/hugo/layouts, no theme download), builds gongkai,
# then alternates clean builds, RUNS rounds (default 3) in the order gongkai, hugo, hugo,
# gongkai, … (each side goes first in every other round):
#   gongkai   a new output folder, no .gongkai/ cache:  gongkai build --source SITE --output OUT
#   hugo      a new destination, a fresh --cacheDir:  hugo --source HUGO_SITE --destination OUT
# each after a `sync`, under /usr/bin/time -v. Prints every run, the medians of wall time,
# CPU time (user + system) and maximum RSS for each side, the ratios gongkai / hugo, the files
# each side wrote, and a Markdown table row for bench/README.md.
# Environment: RUNS (3), SEED (1), MIN_KB (1), MAX_KB (10), BUILD_DIR (build), JOBS (generator
# processes). Installs python3-jieba, time and hugo with apt-get when missing (sudo only when
# not root).
set -euo pipefail

N=${1:-10000}
RUNS=${RUNS:-3}
case $N in ''|*[!0-9]*|0) echo "usage: bench/hugo.sh [N]  (N: number of documents, default 10000)" >&2; exit 2 ;; esac
case $RUNS in ''|*[!0-9]*|0) echo "bench/hugo.sh: RUNS must be a positive number" >&2; exit 2 ;; esac
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bench_packages python3-jieba time hugo
bench_corpus "$N"
bench_gongkai

# --- the Hugo site -------------------------------------------------------------------------
HSITE=$B/bench/hugo-$N
hstamp="corpus=$(cat "$SITE.stamp") site=$( (cat "$ROOT/bench/hugo_site.py"; find "$ROOT/bench/hugo" -type f | LC_ALL=C sort | xargs cat) | sha256sum | cut -c1-16)"
if [ -f "$HSITE.stamp" ] && [ "$(cat "$HSITE.stamp")" = "$hstamp" ] && [ -f "$HSITE/hugo.toml" ]; then
  echo "Hugo site: reusing $HSITE"
else
  rm -f "$HSITE.stamp"
  "$PY" "$ROOT/bench/hugo_site.py" "$SITE" "$HSITE"
  echo "$hstamp" >"$HSITE.stamp"
fi

echo "gongkai: $("$GONGKAI" --version 2>/dev/null || echo "$GONGKAI") ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "no git")$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo "+changes"))"
echo "hugo: $(hugo version | head -n1)"
bench_machine

# --- runs ----------------------------------------------------------------------------------
# Each clean build writes into a folder of its own (gongkai-ROUND, hugo-ROUND), and no output is
# deleted until the last build has run: ext4 does not give out again, for 60 seconds after a
# deletion (300 while the inode table is not yet written), the inode numbers it freed, and an
# allocation after 150,000 files were deleted walks past all of them (recently_deleted() in
# fs/ext4/ialloc.c: 35-40% of the CPU time of a clean 50,000-document build made right after
# the previous output was removed, whichever generator makes it). The outputs of an earlier run
# are deleted first, and the clean builds wait until the freed numbers are given out again; at
# the end, all but the last output of each side are deleted (at 50,000 documents, deleting six
# outputs took this machine's disk 14 minutes).
WORK=$B/bench/vs-hugo-$N
HCACHE=$WORK/hugo-cache
if [ -d "$WORK" ] && [ -n "$(ls -A "$WORK")" ]; then
  echo "Deleting the outputs of an earlier run in $WORK, then waiting 65 s (see above)"
  rm -rf "$WORK"
  sync
  sleep 65
fi
mkdir -p "$WORK"
GOUT= HOUT=  # the last clean build's output of each side
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One clean build of one side; appends "wall cpu rss_kb" to $tmp/SIDE.
run() {
  local side=$1 round=$2
  case $side in
    gongkai)
      GOUT=$WORK/gongkai-$round
      rm -rf "$SITE/.gongkai"
      set -- "$GONGKAI" build --source "$SITE" --output "$GOUT" ;;
    hugo)
      HOUT=$WORK/hugo-$round
      rm -rf "$HCACHE" "$HSITE/resources" "$HSITE/.hugo_build.lock"
      set -- hugo --source "$HSITE" --destination "$HOUT" --cacheDir "$HCACHE" --quiet ;;
  esac
  sync  # start without the previous build's writes still being flushed
  if ! /usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/log" 2>&1; then
    cat "$tmp/log" "$tmp/time" >&2
    echo "bench/hugo.sh: $side build failed (round $round)" >&2
    exit 1
  fi
  local wall user sys rss
  wall=$(to_seconds "$(time_field "$tmp/time" 'Elapsed (wall clock) time.*')")
  user=$(time_field "$tmp/time" 'User time (seconds)')
  sys=$(time_field "$tmp/time" 'System time (seconds)')
  rss=$(time_field "$tmp/time" 'Maximum resident set size (kbytes)')
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "$wall $cpu $rss" >>"$tmp/$side"
  printf '  round %d  %-7s  wall %7.2f s  CPU %7.2f s (user %s, system %s)  max RSS %6d MB\n' \
    "$round" "$side" "$wall" "$cpu" "$user" "$sys" "$((rss / 1024))"
}

echo
echo "Clean builds, $RUNS rounds ($SITE):"
for ((r = 1; r <= RUNS; r++)); do
  if ((r % 2)); then run gongkai "$r"; run hugo "$r"; else run hugo "$r"; run gongkai "$r"; fi
done

# --- gongkai again, incrementally, on the last clean build's output and cache ---------------------
# "nothing changed": the same sources again; "1 edited": one sentence appended to one published
# document (a different one each round, each put back when the script ends).
echo
echo "gongkai incremental builds, $RUNS rounds:"
mapfile -t edit_docs < <(find "$SITE/content" -name '*.md' | LC_ALL=C sort | xargs grep -L '^draft = true' | tail -n "$RUNS")
for doc in "${edit_docs[@]}"; do cp -p "$doc" "$tmp/$(echo "$doc" | md5sum | cut -c1-16).md"; done
restore_edits() {
  for doc in "${edit_docs[@]}"; do
    local saved="$tmp/$(echo "$doc" | md5sum | cut -c1-16).md"
    [ -f "$saved" ] && ! cmp -s "$saved" "$doc" && cp -p "$saved" "$doc"
  done
  return 0
}
trap 'restore_edits; rm -rf "$tmp"' EXIT
incremental() {
  local label=$1 round=$2
  sync
  if ! /usr/bin/time -v -o "$tmp/time" "$GONGKAI" build --source "$SITE" --output "$GOUT" --stats >"$tmp/log" 2>&1; then
    cat "$tmp/log" "$tmp/time" >&2
    echo "bench/hugo.sh: gongkai $label build failed" >&2
    exit 1
  fi
  local wall rss
  wall=$(to_seconds "$(time_field "$tmp/time" 'Elapsed (wall clock) time.*')")
  rss=$(time_field "$tmp/time" 'Maximum resident set size (kbytes)')
  echo "$wall 0 $rss" >>"$tmp/$label"
  printf '  round %d  %-15s wall %7.2f s  max RSS %6d MB  (%s)\n' "$round" "$label" "$wall" "$((rss / 1024))" \
    "$(grep -E '^(written|[0-9]+ files)' "$tmp/log" | paste -sd';' | sed 's/;/; /g')"
}
for ((r = 1; r <= RUNS; r++)); do
  incremental nothing-changed "$r"
  echo "修订说明：第 $r 轮增量构建测试追加此句。" >>"${edit_docs[$((r - 1))]}"
  incremental 1-edited "$r"
done

# median COLUMN FILE
median() {
  cut -d' ' -f"$1" "$2" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

gw=$(median 1 "$tmp/gongkai"); gc=$(median 2 "$tmp/gongkai"); gm=$(median 3 "$tmp/gongkai")
hw=$(median 1 "$tmp/hugo"); hc=$(median 2 "$tmp/hugo"); hm=$(median 3 "$tmp/hugo")
gmb=$(awk -v k="$gm" 'BEGIN { printf "%.0f", k / 1024 }'); hmb=$(awk -v k="$hm" 'BEGIN { printf "%.0f", k / 1024 }')

# --- what each side wrote (the last round's outputs) -----------------------------------------
# Files by kind: document pages (under the issuer folders of content/), index pages (the
# taxonomies and the 目录 table; Hugo adds a …/page/1/ redirect to each paginated list), the rest.
sections=$(find "$SITE/content" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | LC_ALL=C sort | paste -sd'|')
count() {
  local out=$1
  (cd "$out" && find . -type f | sed 's|^\./||') | awk -v s="^($sections)/" '
    $0 ~ s { d++; next }
    /^(issuer|topic|genre|disclosure|year|validity|keywords|catalogue)\/(.*\/)?page\/1\/index\.html$/ { r++; next }
    /^(issuer|topic|genre|disclosure|year|validity|keywords|catalogue)\// { i++; if ($0 ~ /\/page\/[0-9]+\//) p++; next }
    { o++; others = others " " $0 }
    END { printf "%d files: %d document pages, %d index pages (%d of them page 2 and later), %d page/1/ redirects, %d others:%s\n", d + i + r + o, d, i, p, r, o, others }'
}
for out in "$WORK"/gongkai-* "$WORK"/hugo-*; do
  if [ "$out" != "$GOUT" ] && [ "$out" != "$HOUT" ]; then rm -rf "$out"; fi
done
gfiles=$(find "$GOUT" -type f | wc -l); hfiles=$(find "$HOUT" -type f | wc -l)
echo
echo "gongkai wrote $(count "$GOUT"), $(du -sm "$GOUT" | cut -f1) MB"
echo "hugo wrote    $(count "$HOUT"), $(du -sm "$HOUT" | cut -f1) MB"

echo
echo "Medians of $RUNS clean builds, $N documents:"
printf '%-8s %9s %9s %10s\n' "" wall CPU "max RSS"
printf '%-8s %7s s %7s s %7s MB\n' gongkai "$gw" "$gc" "$gmb" hugo "$hw" "$hc" "$hmb"
printf '%-8s %9s %9s %10s\n' ratio "$(ratio "$gw" "$hw")" "$(ratio "$gc" "$hc")" "$(ratio "$gm" "$hm")"
nw=$(median 1 "$tmp/nothing-changed"); ew=$(median 1 "$tmp/1-edited")
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }'; }
echo
echo "gongkai incremental builds (medians of $RUNS), against its clean build ($gw s):"
printf '  nothing changed  %7s s  %s of clean\n' "$nw" "$(pct "$nw" "$gw")"
printf '  1 edited         %7s s  %s of clean\n' "$ew" "$(pct "$ew" "$gw")"
echo
echo "Row for bench/README.md:"
echo "| documents | gongkai wall | hugo wall | wall ratio | gongkai CPU | hugo CPU | CPU ratio | gongkai peak | hugo peak | peak ratio | files (gongkai / hugo) | nothing changed | 1 edited |"
printf '| %s | %s s | %s s | %s | %s s | %s s | %s | %s MB | %s MB | %s | %s / %s | %s s (%s) | %s s (%s) |\n' \
  "$N" "$gw" "$hw" "$(ratio "$gw" "$hw")" "$gc" "$hc" "$(ratio "$gc" "$hc")" \
  "$gmb" "$hmb" "$(ratio "$gm" "$hm")" "$gfiles" "$hfiles" "$nw" "$(pct "$nw" "$gw")" "$ew" "$(pct "$ew" "$gw")"
