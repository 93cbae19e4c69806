#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/, one after another (each uses one core), each for
# FUZZ_SECONDS (default 60). Usage: scripts/fuzz.sh BUILD_DIR [TARGET...]
#   TARGET: front_matter site_toml markdown links build_site (default: all)
# Seeds come from tests/fixtures and content/; what a target learns stays in
# BUILD_DIR/corpus/TARGET for the next run, and a crashing input is written to
# BUILD_DIR/crashes/TARGET/ (keep each one as a regression test under tests/).
# Exits 1 when any target found something.
set -uo pipefail

build=${1:?usage: scripts/fuzz.sh BUILD_DIR [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(front_matter site_toml markdown links build_site)
seconds=${FUZZ_SECONDS:-60}
root=$(cd "$(dirname "$0")/.." && pwd)

# Seeds: every document of the fixtures and the sample site; every site.toml for site_toml.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/documents" "$seeds/site_toml"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1)); cp "$f" "$seeds/documents/$n.md"
done < <(find "$root/tests/fixtures" "$root/content" -name '*.md' -type f -print0)
while IFS= read -r -d '' f; do
  n=$((n + 1)); cp "$f" "$seeds/site_toml/$n.toml"
done < <(find "$root/tests/fixtures" "$root" -maxdepth 4 -name 'site.toml' -type f -not -path '*/build*' -print0)

status=0
mkdir -p "$build/logs"
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "no fuzz target $bin" >&2; exit 2; }
  seed=$seeds/documents
  [ "$t" = site_toml ] && seed=$seeds/site_toml
  mkdir -p "$build/corpus/$t" "$build/crashes/$t"
  log=$build/logs/$t.log
  echo "fuzz_$t: ${seconds}s (log: $log)"
  # -timeout: SPEC §9 bounds the time of any body; an input this small that takes 10 s is a finding.
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$bin" "$build/corpus/$t" "$seed" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/crashes/$t/" >"$log" 2>&1
  rc=$?
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/  /"
  if [ $rc -ne 0 ]; then
    status=1
    echo "  FOUND something (exit $rc):"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5 | sed "s/^/  /"
  fi
done
exit $status
