#!/usr/bin/env bash
# tests/e2e/linkcheck.sh GONGKAI ROOT — Debian's linkchecker finds no broken link in the
# sample catalogue (ROOT/site.toml, ROOT/content/) served over http under a sub-path.
#
# Serves TMP/www with python3's http.server (folder listings off) on a free port of 127.0.0.1,
# builds the site into TMP/www/gongkai with base_url http://127.0.0.1:PORT/gongkai/, and has
# linkchecker follow every link from there to that server, inside the sub-path or not (other
# sites are not checked: no network needed). Warnings do not fail; any error does (exit 1).
# The server and TMP are removed however the script ends (serve_sample.sh).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 GONGKAI ROOT" >&2
  exit 2
fi
gongkai=$(realpath "$1")
root=$(realpath "$2")
for tool in linkchecker python3; do
  command -v "$tool" >/dev/null || { echo "linkcheck: $tool is missing (scripts/install-deps.sh test)" >&2; exit 1; }
done

# shellcheck source=serve_sample.sh
. "$(dirname "$0")/serve_sample.sh"
serve_sample_init linkcheck
serve_sample_start 300
serve_sample_build "$gongkai" "$root" gongkai
documents=$(grep -c '"path": ' "$out/catalogue.json" || true)

# Every URL of the server is checked, not only those under the start URL (linkchecker's
# default): a link that climbs out of the sub-path finds nothing there and fails. The
# "LinkChecker" header of the server lets it go at the pace set here.
cat >"$tmp/linkcheckerrc" <<EOF
[checking]
maxrequestspersecond=200
[filtering]
internlinks=^http://127\\.0\\.0\\.1:$port/
EOF

# A local server needs no proxy; linkchecker's own settings stay out of the run.
status=0
serve_sample_run env -u http_proxy -u HTTP_PROXY -u https_proxy -u HTTPS_PROXY -u all_proxy -u ALL_PROXY \
  NO_PROXY='*' no_proxy='*' XDG_CONFIG_HOME="$tmp/xdg" XDG_DATA_HOME="$tmp/xdg" \
  linkchecker --config "$tmp/linkcheckerrc" --no-status --no-warnings --threads 4 --timeout 20 \
  "$base" >"$tmp/linkchecker.out" 2>&1 || status=$?
cat "$tmp/linkchecker.out"

# "That's it. 1250 links in 160 URLs checked. 0 warnings found. 0 errors found."
urls=$(sed -n "s/^That's it\. [0-9]* links\{0,1\} in \([0-9]*\) URLs\{0,1\} checked\..*/\1/p" \
  "$tmp/linkchecker.out")
if [ "$status" -ne 0 ]; then
  echo "linkcheck: linkchecker reported errors (exit status $status: 1 broken links, 2 its own)" >&2
  exit 1
fi
# Guard against a vacuous pass (a start page that links nowhere, a proxy answering for all).
if [ -z "$urls" ] || [ "$urls" -le "$documents" ]; then
  echo "linkcheck: linkchecker checked ${urls:-no} URLs, fewer than the $documents documents" >&2
  exit 1
fi
echo "linkcheck: no broken link in $urls URLs under $base ($documents documents)"
