#!/usr/bin/env bash
# tests/e2e/linkcheck.sh GONGKAI ROOT — Debian's linkchecker finds no broken link in the
# sample catalogue (ROOT/site.toml, ROOT/content/) served over http under a sub-path.
#
# Serves TMP/www with python3's http.server (folder listings off) on a free port of 127.0.0.1,
# builds the site into TMP/www/gongkai with base_url http://127.0.0.1:PORT/gongkai/, and has
# linkchecker follow every link from there to that server, inside the sub-path or not (other
# sites are not checked: no network needed). Warnings do not fail; any error does (exit 1).
# The server and TMP are removed however the script ends.
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

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-linkcheck.XXXXXX")
children=()  # the server and linkchecker, ended with the script
cleanup() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${children[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The sample site, copied so that the build touches nothing in the checkout.
mkdir -p "$tmp/site" "$tmp/www"
cp -R "$root/site.toml" "$root/content" "$tmp/site/"

# python3's http.server on port 0: the kernel picks a free port and the server says which (no
# race with another test picking the same one). Two changes to it: no folder listings, as on
# most static hosts (a listing would answer a PATH/ link whose index.html is missing, and the
# folder above the sub-path); and a "LinkChecker" header on every response, linkchecker's sign
# that a server allows more than its default pace of about three requests a second (over a
# minute for the sample site; the linkcheckerrc below sets the pace). timeout: the server goes
# away on its own even if this script is killed with SIGKILL.
cat >"$tmp/serve.py" <<'PY'
import functools, http.server, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "local test server: no need to slow down")
        super().end_headers()

    def list_directory(self, path):
        self.send_error(404, "No index.html here (folder listings are off)")
        return None

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(
    ("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print("Serving HTTP on 127.0.0.1 port", server.server_address[1], flush=True)
server.serve_forever()
PY
timeout 300 python3 "$tmp/serve.py" "$tmp/www" >"$tmp/server.log" 2>&1 &
server=$!
children+=("$server")
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/^Serving HTTP on 127\.0\.0\.1 port \([0-9]*\).*/\1/p' "$tmp/server.log")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "linkcheck: the http server did not start:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
base="http://127.0.0.1:$port/gongkai/"
# Every URL of the server is checked, not only those under the start URL (linkchecker's
# default): a link that climbs out of the sub-path finds nothing there and fails.
cat >"$tmp/linkcheckerrc" <<EOF
[checking]
maxrequestspersecond=200
[filtering]
internlinks=^http://127\\.0\\.0\\.1:$port/
EOF

if ! "$gongkai" build --source "$tmp/site" --output "$tmp/www/gongkai" --base-url "$base"; then
  echo "linkcheck: gongkai build of the sample site failed" >&2
  exit 1
fi
documents=$(grep -c '"path": ' "$tmp/www/gongkai/catalogue.json" || true)

# A local server needs no proxy; linkchecker's own settings stay out of the run. In the
# background, so that a TERM (ctest's timeout) reaches the trap at once.
env -u http_proxy -u HTTP_PROXY -u https_proxy -u HTTPS_PROXY -u all_proxy -u ALL_PROXY \
  NO_PROXY='*' no_proxy='*' XDG_CONFIG_HOME="$tmp/xdg" XDG_DATA_HOME="$tmp/xdg" \
  linkchecker --config "$tmp/linkcheckerrc" --no-status --no-warnings --threads 4 --timeout 20 \
  "$base" >"$tmp/linkchecker.out" 2>&1 &
children+=("$!")
status=0
wait "$!" || status=$?
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
