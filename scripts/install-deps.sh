#!/usr/bin/env bash
# Installs the Debian packages gongkai needs to build and test, only those missing.
# Uses sudo only when not root. Usage: scripts/install-deps.sh [build|test]
set -euo pipefail

build_packages=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libtomlplusplus-dev
  libboost-filesystem-dev libqrcodegencpp-dev libcli11-dev
)
test_packages=(libgtest-dev util-linux clang-format)

packages=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then packages+=("${test_packages[@]}"); fi

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
