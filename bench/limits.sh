#!/usr/bin/env bash
# bench/limits.sh [--full] — check gongkai against SPEC §9's limits:
#
#   "A 50 MB document builds in under a minute within 2 GB of memory; 100,000 documents
#    build on a 2-core, 24 GB machine; deeply nested Markdown and a front matter of
#    10,000 keys fail or build in bounded time, never crash."
#
# Each case is a small site under BUILD_DIR/bench/limits/<case>, built once with
# `gongkai build` under `/usr/bin/time -f '%e %M'` and `timeout`, and printed as one line:
#
#   case  exit  wall s  max RSS MB  PASS|FAIL  note
#
#   doc-50mb      one document of 50 MiB of body (bench/make_catalogue.py --single-document-mb 50):
#                 PASS = exit 0, under 60 s, under 2048 MB
#   md-*, fm-*    hostile input (written here): PASS = exit 0 or 1, no signal, within the timeout
#   docs-100000   (--full only) the 100,000-document corpus of bench/run.sh (build/bench/site-100000,
#                 generated when missing): PASS = exit 0, within FULL_TIMEOUT, under the machine's memory
#
# Exits 1 when any case FAILs. Environment: BUILD_DIR (build), TIMEOUT (120 s per case),
# FULL_TIMEOUT (3600 s for the 100,000 documents), SEED (1). Core dumps are switched off;
# a case that dies of a signal is reported with the signal's name: rerun it under
# `gdb -batch -ex run -ex bt --args build/gongkai build --source SITE --output OUT` for a backtrace
# (the note prints the command).
set -uo pipefail

FULL=0
for arg in "$@"; do
  case $arg in
    --full) FULL=1 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: bench/limits.sh [--full]" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
WORK=$B/bench/limits
TIMEOUT=${TIMEOUT:-120}
FULL_TIMEOUT=${FULL_TIMEOUT:-3600}

bench_packages python3-jieba time

# --- gongkai (built only when missing: `make limits` builds it first) ----------------
if [ ! -x "$GONGKAI" ]; then bench_gongkai || exit 1; fi
ulimit -c 0  # a crash is reported, not dumped
mkdir -p "$WORK"
echo "gongkai: $("$GONGKAI" --version 2>/dev/null) ($GONGKAI, $(date -r "$GONGKAI" '+%Y-%m-%d %H:%M'))"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) memory, stack limit $(ulimit -s) KB; timeout $TIMEOUT s per case"

# --- inputs ----------------------------------------------------------------------------
# The 50 MB document, kept and reused while the seed and the generator are unchanged.
gen_single() {
  local site=$WORK/doc-50mb
  local want
  want="single_document_mb=50 seed=$SEED generator=$(sha256sum "$ROOT/bench/make_catalogue.py" | cut -c1-16)"
  if [ -f "$site.stamp" ] && [ "$(cat "$site.stamp")" = "$want" ] && [ -f "$site/site.toml" ]; then
    echo "Input: reusing $site ($want)"
  else
    rm -f "$site.stamp"
    "$PY" "$ROOT/bench/make_catalogue.py" "$site" --single-document-mb 50 --seed "$SEED" || exit 1
    echo "$want" >"$site.stamp"
  fi
}

# The hostile sites: a valid site.toml and one document, hostile in its body or front matter.
gen_hostile() {
  "$PY" - "$WORK" <<'EOF'
import os, shutil, sys

work = sys.argv[1]
SITE = 'base_url = "https://www.example.gov.cn/gongkai/"\ntitle = "极限测试"\n'
FRONT = ['title = "极限测试"', 'index_number = "629900014/2024-00001"', 'issuer = "示例市人民政府"',
         'disclosure = "主动公开"', "date = 2024-01-02"]

def site(name, body="正文。\n", extra_front=(), site_extra=""):
    root = os.path.join(work, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "content", "szf"))
    with open(os.path.join(root, "site.toml"), "w", encoding="utf-8") as f:
        f.write(SITE + site_extra)
    with open(os.path.join(root, "content", "szf", "00001.md"), "w", encoding="utf-8") as f:
        f.write("+++\n" + "\n".join(FRONT + list(extra_front)) + "\n+++\n\n" + body)

N = 10000
# Deeply nested Markdown.
site("md-blockquote-50k", ">" * 50000 + " 引文。\n")                          # 50,000 nested block quotes
site("md-brackets-100k", "[" * 100000 + "\n")                                # 100,000 link openers
site("md-list-20k", "- " * 20000 + "事项。\n")                                # 20,000 nested list items
site("md-emphasis-open-10k", "*_" * (N // 2) + "文字。\n")                    # 10,000 unclosed * and _ openers
site("md-emphasis-nested-10k", "*_" * (N // 2) + "文字" + "_*" * (N // 2) + "。\n")  # closed: 10,000 deep
site("md-quote-list-20k", "> - " * N + "事项。\n")                             # block quote and list, 20,000 deep
site("md-list-codespans", "- " * 20000 + "`a` " * 100000 + "\n")              # issue 14: a minute in cmark-gfm before the nesting limit
site("md-indent-700", "".join(" " * (2 * i) + "- 事项\n" for i in range(700)))  # 700 levels by indentation alone
site("md-indent-100-lazy", "".join(" " * (2 * i) + "- 事项\n" for i in range(100)) + "续\n" * 250000)  # at the limit, then 1 MB of lazy lines
site("md-image-nested-10k", "![" * N + "图" + "](https://www.example.gov.cn/a.png)" * N + "\n")          # images in image descriptions
site("md-raw-html-safe-10k", "<sup>" * N + "注" + "</sup>" * N + "\n\n" + "<table><tr><td>" * N + "\n",
     site_extra='raw_html = "safe"\n')                                      # the allow-list filter, 10,000 deep
# Front matter of 10,000 keys.
site("fm-keys-10k", extra_front=[f"key_{i:05d} = \"值{i}\"" for i in range(N)])  # distinct unknown keys
site("fm-dup-unknown-10k", extra_front=['isuer = "示例市人民政府"'] * N)       # one unknown near-miss key, 10,000 times
site("fm-array-10k", extra_front=["a = " + "[" * N + "]" * N])                # a = [[[[…]]]]
site("fm-inline-table-10k", extra_front=["a = " + "{ b = " * N + "1" + " }" * N])  # a = { b = { b = … } }
site("fm-dotted-key-10k", extra_front=[".".join(["a"] * N) + " = 1"])          # a.a.a.…a = 1
site("site-array-10k", site_extra="a = " + "[" * N + "]" * N + "\n")         # the same nesting in site.toml
EOF
}

# The 100,000 documents of `bench/run.sh 100000`: its corpus, or the same one generated with its stamp.
SITE_100K=$B/bench/site-100000
gen_full() {
  if [ -f "$SITE_100K/site.toml" ]; then
    echo "Input: reusing $SITE_100K ($(cat "$SITE_100K.stamp" 2>/dev/null || echo "no stamp"))"
  else
    echo "Input: generating 100000 documents into $SITE_100K"
    "$PY" "$ROOT/bench/make_catalogue.py" "$SITE_100K" --documents 100000 --seed "$SEED" --min-kb 1 --max-kb 10 \
      || exit 1
    echo "documents=100000 seed=$SEED min_kb=1 max_kb=10 generator=$(sha256sum "$ROOT/bench/make_catalogue.py" | cut -c1-16)" \
      >"$SITE_100K.stamp"
  fi
}

echo "Input: writing the hostile sites into $WORK"
gen_hostile || exit 1
gen_single
if [ "$FULL" -eq 1 ]; then gen_full; fi

# --- running -----------------------------------------------------------------------------
signal_name() { kill -l "$1" 2>/dev/null || echo "?"; }
failures=0
lines=()
printf '\n%-24s %5s %9s %12s  %-4s  %s\n' case exit "wall s" "max RSS MB" "" note
# run CASE SITE TIMEOUT KIND: KIND is big (exit 0, < 60 s, < 2048 MB), hostile (exit 0 or 1) or full
run_case() {
  local name=$1 site=$2 limit=$3 kind=$4
  local out=$WORK/out/$name tmp=$WORK/log/$name
  mkdir -p "$WORK/out" "$WORK/log"
  rm -rf "$out" "$WORK/out/.$name.staging" "$site/.gongkai"
  sync
  /usr/bin/time -o "$tmp.time" -f '%e %M' \
    timeout -k 10 "$limit" "$GONGKAI" build --source "$site" --output "$out" --stats >"$tmp.out" 2>"$tmp.err"
  local status=$? wall rss_kb rss_mb sig="" verdict=PASS note
  read -r wall rss_kb < <(tail -n 1 "$tmp.time")
  wall=${wall:-?}; case ${rss_kb:-} in ""|*[!0-9]*) rss_kb=0 ;; esac
  rss_mb=$(( ${rss_kb:-0} / 1024 ))
  if grep -q 'terminated by signal' "$tmp.time"; then
    sig=$(sed -n 's/.*terminated by signal \([0-9]*\).*/\1/p' "$tmp.time")
  elif [ "$status" -gt 128 ] && [ "$status" -ne 124 ]; then
    sig=$((status - 128))
  fi
  local diags first
  diags=$(grep -c ': error: ' "$tmp.err")
  first=$(grep -m1 -v '^ ' "$tmp.err" | cut -c1-110)
  if [ -n "$sig" ]; then
    verdict=FAIL
    note="killed by SIG$(signal_name "$sig") ($sig); gdb -batch -ex run -ex bt --args $GONGKAI build --source $site --output $out"
    status="sig$sig"
  elif [ "$status" -eq 124 ]; then
    verdict=FAIL
    note="timed out after $limit s"
  else
    case $kind in
      big)
        if [ "$status" -ne 0 ]; then verdict=FAIL; fi
        if awk -v w="$wall" 'BEGIN { exit !(w >= 60) }'; then verdict=FAIL; fi
        if [ "$rss_kb" -ge $((2048 * 1024)) ]; then verdict=FAIL; fi
        note="limit: exit 0, < 60 s, < 2048 MB"
        ;;
      hostile)
        if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then verdict=FAIL; fi
        note="limit: exit 0|1 within $limit s"
        ;;
      full)
        local mem_kb
        mem_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
        if [ "$status" -ne 0 ] || [ "$rss_kb" -ge "$mem_kb" ]; then verdict=FAIL; fi
        note="limit: exit 0 within $limit s on $(nproc) cores, $((mem_kb / 1048576)) GB"
        ;;
    esac
    if [ "$status" -ne 0 ] && [ -n "$first" ]; then note="$note; $diags errors, first: $first"; fi
    if [ "$kind" != hostile ] && [ "$status" -eq 0 ]; then  # gongkai --stats: the phases, in seconds
      note="$note; $(awk '$1 ~ /^(load|render|write)$/ && $3 == "ms" { printf "%s%s %.1f s", sep, $1, $2 / 1000; sep = ", " }' "$tmp.out")"
    fi
  fi
  [ "$verdict" = PASS ] || failures=$((failures + 1))
  local line
  line=$(printf '%-24s %5s %9s %12s  %-4s  %s' "$name" "$status" "$wall" "$rss_mb" "$verdict" "$note")
  echo "$line"
  lines+=("$line")
}

run_case doc-50mb "$WORK/doc-50mb" "$TIMEOUT" big
for name in md-blockquote-50k md-brackets-100k md-list-20k md-emphasis-open-10k md-emphasis-nested-10k \
            md-quote-list-20k md-list-codespans md-indent-700 md-indent-100-lazy md-image-nested-10k md-raw-html-safe-10k fm-keys-10k fm-dup-unknown-10k fm-array-10k fm-inline-table-10k \
            fm-dotted-key-10k site-array-10k; do
  run_case "$name" "$WORK/$name" "$TIMEOUT" hostile
done

if [ "$FULL" -eq 1 ]; then
  run_case docs-100000 "$SITE_100K" "$FULL_TIMEOUT" full
  rm -rf "$WORK/out/docs-100000"  # 1.9 GB
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "limits: $failures case(s) FAIL (outputs in $WORK/out, logs in $WORK/log)"
  exit 1
fi
echo "limits: all cases PASS"
