# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this file
# bench/common.sh — shell code shared by bench/run.sh, bench/hugo.sh and bench/limits.sh (sourced).
#
# Sets ROOT (the repository), B (the build folder: BUILD_DIR, default build, relative to ROOT),
# GONGKAI, PY (Debian's Python, under which python3-jieba imports), SEED, MIN_KB and MAX_KB.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-build}
case $BUILD_DIR in /*) B=$BUILD_DIR ;; *) B=$ROOT/$BUILD_DIR ;; esac
GONGKAI=$B/gongkai
PY=/usr/bin/python3
SEED=${SEED:-1}
MIN_KB=${MIN_KB:-1}
MAX_KB=${MAX_KB:-10}

# bench_packages PKG... — installs the Debian packages that are not installed, with apt-get
# (sudo only when not root; apt-get update only when the first try fails).
bench_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; }
}

# bench_corpus N — the generated catalogue of N documents in $B/bench/site-N (sets SITE): reused
# while its stamp says it was made with the same N, SEED, MIN_KB, MAX_KB and generator, else
# generated (JOBS: generator processes, default all cores).
bench_corpus() {
  local n=$1
  SITE=$B/bench/site-$n
  local stamp=$SITE.stamp
  mkdir -p "$B/bench"
  local want
  want="documents=$n seed=$SEED min_kb=$MIN_KB max_kb=$MAX_KB generator=$(sha256sum "$ROOT/bench/make_catalogue.py" | cut -c1-16)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$SITE/site.toml" ]; then
    echo "Corpus: reusing $SITE ($want)"
  else
    rm -f "$stamp"
    echo "Corpus: generating $n documents into $SITE"
    local gen_args=("$SITE" --documents "$n" --seed "$SEED" --min-kb "$MIN_KB" --max-kb "$MAX_KB")
    if [ -n "${JOBS:-}" ]; then gen_args+=(--jobs "$JOBS"); fi
    "$PY" "$ROOT/bench/make_catalogue.py" "${gen_args[@]}" || return 1
    echo "$want" >"$stamp"
  fi
  find "$SITE/content" -name '*.md' -printf '%s\n' \
    | awk '{ n++; b += $1 } END { printf "Corpus: %d documents, %.1f MB of Markdown\n", n, b / 1e6 }'
}

# bench_gongkai — configures the build folder when needed and builds the gongkai target.
bench_gongkai() {
  if [ ! -f "$B/CMakeCache.txt" ]; then cmake -S "$ROOT" -B "$B" || return 1; fi
  cmake --build "$B" --target gongkai -j "$(nproc 2>/dev/null || echo 2)"
}

# to_seconds "h:mm:ss" | "m:ss.ss" — /usr/bin/time's elapsed time in seconds.
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

# time_field FILE NAME — one field of /usr/bin/time -v's report ("Maximum resident set size (kbytes)").
time_field() { sed -n "s/.*$2: //p" "$1"; }

bench_machine() {
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
