#!/usr/bin/env bash
# tests/browser/run.sh GONGKAI ROOT SHOTS — the browser tests of issue 15 (ctest browser_pages).
#
# Builds the sample catalogue (ROOT/site.toml, ROOT/content/) with GONGKAI, serves it over http on
# 127.0.0.1 under a sub-path (tests/e2e/serve_sample.sh, as the link test does), then:
#   1. check_pages.mjs: one page of each kind in headless Chromium (Debian's /usr/bin/chromium,
#      driven by playwright-core), on a phone, a desktop, in print and without JavaScript, with
#      axe-core; screenshots and PDFs go to SHOTS (emptied first);
#   2. the Nu Html Checker (vnu.jar) on every page of the built site: no error.
# What they need comes from scripts/install-deps.sh test (Debian packages, then `npm ci` here).
# Exit status 0 when both pass, 1 otherwise; the server and the temp folder go however it ends.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 GONGKAI ROOT SHOTS" >&2
  exit 2
fi
gongkai=$(realpath "$1")
root=$(realpath "$2")
shots=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
for tool in node java zbarimg python3 /usr/bin/chromium; do
  command -v "$tool" >/dev/null || { echo "browser: $tool is missing (scripts/install-deps.sh test installs it)" >&2; exit 1; }
done
for module in playwright-core @axe-core/playwright; do
  [ -d "$here/node_modules/$module" ] || { echo "browser: $here/node_modules/$module is missing (scripts/install-deps.sh test runs npm ci)" >&2; exit 1; }
done
[ -f "$vnu" ] || { echo "browser: $vnu is missing (scripts/install-deps.sh test runs npm ci)" >&2; exit 1; }

# shellcheck source=../e2e/serve_sample.sh
. "$here/../e2e/serve_sample.sh"
serve_sample_init browser
serve_sample_start 600
serve_sample_build "$gongkai" "$root" gongkai

rm -rf "$shots"
mkdir -p "$shots"
failed=0

# The Nu Html Checker on every published page, in the background while Chromium works (Java
# and Chromium each leave a core idle much of the time); its report is grouped by message
# afterwards (vnu_report.mjs). A canary page with a known error (an img without alt) rides
# along: a run that does not report it checked nothing.
pages=$(find "$out" -name '*.html' | wc -l)
mkdir -p "$tmp/canary"
printf '<!DOCTYPE html>\n<html lang="zh-CN"><head><title>canary</title></head><body><img src="a.png"></body></html>\n' \
  >"$tmp/canary/vnu-canary.html"
java -jar "$vnu" --errors-only --skip-non-html --format json "$out" "$tmp/canary" 2>"$tmp/vnu.json" &
vnu_pid=$!
serve_sample_children+=("$vnu_pid")

serve_sample_run env NO_PROXY='*' no_proxy='*' \
  node "$here/check_pages.mjs" --base "$base" --out "$out" --shots "$shots" --chromium /usr/bin/chromium \
  || failed=1

wait "$vnu_pid" || true  # its exit status says nothing the report does not
echo "browser: the Nu Html Checker on the $pages pages of the sample site"
if node "$here/vnu_report.mjs" "$tmp/vnu.json" "$out" "$tmp/canary/vnu-canary.html"; then
  echo "browser: the Nu Html Checker found no error in $pages pages"
else
  echo "browser: the Nu Html Checker found errors (above)" >&2
  failed=1
fi
echo "browser: screenshots (phone, desktop, print) and print PDFs of each page kind: $shots"
exit "$failed"
