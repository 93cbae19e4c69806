#!/usr/bin/env bash
# Installs the Debian packages gongkai needs to build and test, only those missing.
# Uses sudo only when not root. Usage: scripts/install-deps.sh [build|serve|test|browser|fuzz]
#   build: what compiles gongkai; serve: that and python3 (make serve's http.server);
#   test: that and what the tests run (linkchecker, python3-jieba for the generated catalogue),
#         browser's included
#   browser: build's and what the browser test runs (tests/browser/): Chromium, CJK fonts, zbar,
#         Java, Node.js and npm; then `npm ci` in tests/browser/ for the versions its
#         package-lock.json pins (playwright-core, axe-core, vnu-jar), when they are not there yet
#   fuzz: build's and clang with libFuzzer (`make fuzz`)
# Quick when everything is there: no apt-get, no npm. `make site` never needs Node.js.
set -euo pipefail

build_packages=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libtomlplusplus-dev
  libboost-filesystem-dev libqrcodegencpp-dev libcli11-dev
  libxxhash-dev libmimalloc-dev
)
serve_packages=(python3)
test_packages=(libgtest-dev util-linux clang-format python3 python3-jieba linkchecker)
browser_packages=(chromium fonts-noto-cjk zbar-tools default-jre-headless python3)
# Debian's nodejs and npm, unless a Node.js with its own npm is there already (nodesource's
# nodejs conflicts with Debian's npm package).
if ! command -v npm >/dev/null 2>&1; then browser_packages+=(nodejs npm); fi
fuzz_packages=(clang libclang-rt-14-dev)

packages=("${build_packages[@]}")
case "${1:-build}" in
  build) ;;
  serve) packages+=("${serve_packages[@]}") ;;
  test) packages+=("${test_packages[@]}" "${browser_packages[@]}") ;;
  browser) packages+=("${browser_packages[@]}") ;;
  fuzz) packages+=("${fuzz_packages[@]}") ;;
  *) echo "usage: scripts/install-deps.sh [build|serve|test|browser|fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser test's npm packages, exactly as tests/browser/package-lock.json pins them, as the
# user running this (not root through sudo). Skipped when node_modules was installed from this
# very lock file (its hash is kept in node_modules/.gongkai-lock.sha256). --ignore-scripts:
# vnu-jar's install script would fetch a Java from GitHub when it finds none; Debian's is used.
case "${1:-build}" in
  test | browser)
    browser_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
    lock_hash=$(sha256sum "$browser_dir/package-lock.json" | cut -d' ' -f1)
    stamp="$browser_dir/node_modules/.gongkai-lock.sha256"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
      echo "Installing the browser test's npm packages (npm ci in $browser_dir)"
      (cd "$browser_dir" && npm ci --ignore-scripts --no-audit --no-fund)
      echo "$lock_hash" >"$stamp"
    fi
    ;;
esac
