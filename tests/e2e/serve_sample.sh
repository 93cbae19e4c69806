# tests/e2e/serve_sample.sh — sourced (not run) by the end-to-end scripts that read the sample
# catalogue over http: tests/e2e/linkcheck.sh and tests/browser/run.sh.
#
#   serve_sample_init NAME         a temp folder $tmp (TMPDIR/gongkai-NAME.XXXXXX) and the traps
#                                  that end every child and remove $tmp however the script ends
#   serve_sample_start SECONDS     python3's http.server on a free port of 127.0.0.1 serving
#                                  $tmp/www for at most SECONDS; sets $port
#   serve_sample_build GONGKAI ROOT SUBPATH
#                                  builds ROOT's site.toml and content/ (copied, so the checkout
#                                  is untouched) into $tmp/www/SUBPATH with base_url
#                                  http://127.0.0.1:$port/SUBPATH/; sets $base and $out
#   serve_sample_run CMD...        runs CMD in the background and waits for it, so that a TERM
#                                  (ctest's timeout) reaches the trap at once; returns its status
#
# The scripts set `set -euo pipefail` themselves; messages start with $serve_sample_name.

serve_sample_children=()  # the server and the checkers, ended with the script

serve_sample_cleanup() {
  local pid
  for pid in "${serve_sample_children[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${serve_sample_children[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${tmp:-}" ]; then rm -rf "$tmp"; fi
}

serve_sample_init() {
  serve_sample_name=$1
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-$1.XXXXXX")
  trap serve_sample_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p "$tmp/www"
}

# python3's http.server on port 0: the kernel picks a free port and the server says which (no
# race with another test picking the same one). Two changes to it: no folder listings, as on
# most static hosts (a listing would answer a PATH/ link whose index.html is missing, and the
# folder above the sub-path); and a "LinkChecker" header on every response, linkchecker's sign
# that a server allows more than its default pace of about three requests a second (browsers
# ignore it). timeout: the server goes away on its own even if the script is killed with SIGKILL.
serve_sample_start() {
  local seconds=$1 server
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
  timeout "$seconds" python3 "$tmp/serve.py" "$tmp/www" >"$tmp/server.log" 2>&1 &
  server=$!
  serve_sample_children+=("$server")
  port=""
  for _ in $(seq 100); do
    port=$(sed -n 's/^Serving HTTP on 127\.0\.0\.1 port \([0-9]*\).*/\1/p' "$tmp/server.log")
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "$serve_sample_name: the http server did not start:" >&2
    cat "$tmp/server.log" >&2
    exit 1
  fi
}

serve_sample_build() {
  local gongkai=$1 root=$2 subpath=$3
  mkdir -p "$tmp/site"
  cp -R "$root/site.toml" "$root/content" "$tmp/site/"
  base="http://127.0.0.1:$port/$subpath/"
  out="$tmp/www/$subpath"
  if ! "$gongkai" build --source "$tmp/site" --output "$out" --base-url "$base"; then
    echo "$serve_sample_name: gongkai build of the sample site failed" >&2
    exit 1
  fi
}

serve_sample_run() {
  local status=0
  "$@" &
  serve_sample_children+=("$!")
  wait "$!" || status=$?
  return "$status"
}
