#!/usr/bin/env bash
# Installs what Go.Sdk's tests and samples need on Debian 12 (bookworm). Idempotent: safe to run again.
#
# Go toolchains come from Debian, never from go.dev (which the CI machines cannot reach):
#   bookworm-backports: golang-1.21-go, golang-1.22-go, golang-1.23-go  -> /usr/lib/go-1.2x
#   trixie (pinned low, so nothing else upgrades): golang-1.24-go       -> /usr/lib/go-1.24
# plus the C toolchains the CGO and cross-compile tests use.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive

sources=/etc/apt/sources.list.d/gosdk-extra-suites.sources
if [ ! -f "$sources" ]; then
  $SUDO tee "$sources" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  # trixie only for the packages named below; never as an upgrade source.
  $SUDO tee /etc/apt/preferences.d/gosdk-trixie >/dev/null <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
fi

packages=(
  golang-1.21-go golang-1.22-go golang-1.23-go
  gcc libc6-dev musl-tools gcc-mingw-w64-x86-64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user wine64
  curl ca-certificates git
)

missing=()
for p in "${packages[@]}" golang-1.24-go; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  for p in "${missing[@]}"; do
    case "$p" in
      golang-1.2[123]-go) $SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports "$p" ;;
      golang-1.24-go)     $SUDO apt-get install -y -q --no-install-recommends -t trixie "$p" ;;
      *)                  $SUDO apt-get install -y -q --no-install-recommends "$p" ;;
    esac
  done
fi

for v in 1.21 1.22 1.23 1.24; do
  test -x "/usr/lib/go-$v/bin/go" || { echo "install-prerequisites: /usr/lib/go-$v/bin/go is missing" >&2; exit 1; }
done
echo "install-prerequisites: ok ($(for v in 1.21 1.22 1.23 1.24; do head -n1 /usr/lib/go-$v/VERSION; done | tr '\n' ' '))"
