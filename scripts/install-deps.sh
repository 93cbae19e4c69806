#!/usr/bin/env bash
# Installs the Debian packages gongkai needs to build and test, only those missing.
# Uses sudo only when not root. Usage: scripts/install-deps.sh [build|serve|test|fuzz]
#   build: what compiles gongkai; serve: that and python3 (make serve's http.server);
#   test: that and what the tests run (linkchecker, python3-jieba for the generated catalogue)
#   fuzz: build's and clang with libFuzzer (`make fuzz`)
set -euo pipefail

build_packages=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libtomlplusplus-dev
  libboost-filesystem-dev libqrcodegencpp-dev libcli11-dev
)
serve_packages=(python3)
test_packages=(libgtest-dev util-linux clang-format python3 python3-jieba linkchecker)
fuzz_packages=(clang libclang-rt-14-dev)

packages=("${build_packages[@]}")
case "${1:-build}" in
  build) ;;
  serve) packages+=("${serve_packages[@]}") ;;
  test) packages+=("${test_packages[@]}") ;;
  fuzz) packages+=("${fuzz_packages[@]}") ;;
  *) echo "usage: scripts/install-deps.sh [build|serve|test|fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
