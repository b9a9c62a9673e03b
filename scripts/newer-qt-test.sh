#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Proves the newer-Qt path instead of assuming it: builds the whole tree and runs every test in a
# Debian 13 (trixie) chroot with its Qt 6.8, next to the Debian 12 / Qt 6.4.2 builds of
# scripts/test.sh. Needs root (debootstrap, chroot, mount).
#
# The chroot with the build dependencies is made once with debootstrap and kept under
# /var/cache/calldata-editor/ (CALLDATA_CHROOT_CACHE), so later runs only copy the source and build.
# It is remade when the package list below changes. clang-format is left out on purpose: trixie's
# formats differently from the one .clang-format is checked with in scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD

if [ "$(id -u)" -ne 0 ]; then
    echo "error: $0 needs root for debootstrap, chroot and mount" >&2
    exit 1
fi
scripts/install-deps.sh debootstrap

suite=trixie
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/* *$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
mirror=${mirror:-http://deb.debian.org/debian}
packages="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev
    qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    desktop-file-utils appstream fonts-dejavu-core ca-certificates"
cache=${CALLDATA_CHROOT_CACHE:-/var/cache/calldata-editor}
root=$cache/$suite-build-root
stamp=$(echo "$suite $packages" | sha256sum | cut -c1-16)

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_in_root() { # type-or-bind source target
    mkdir -p "$root/$3"
    if [ "$1" = bind ]; then mount --bind "$2" "$root/$3"; else mount -t "$1" "$2" "$root/$3"; fi
    mounted+=("$root/$3")
}

started=$(date +%s)
if [ "$(cat "$root/.calldata-stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "==> making the $suite chroot in $root (once; cached for later runs)"
    rm -rf "$root"
    mkdir -p "$cache"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$cache/$suite-debootstrap.log" 2>&1 ||
        { tail -n 20 "$cache/$suite-debootstrap.log" >&2; exit 1; }
    chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
        sh -c "apt-get update -q && apt-get install -y -q --no-install-recommends $(echo $packages) && apt-get clean" \
        >"$cache/$suite-apt.log" 2>&1 || { tail -n 20 "$cache/$suite-apt.log" >&2; exit 1; }
    echo "$stamp" >"$root/.calldata-stamp"
fi
echo "==> $suite chroot ready after $(($(date +%s) - started)) s: Qt $(chroot "$root" dpkg-query -W -f='${Version}' qt6-base-dev)"

# A fresh copy of the tracked and new source files (no build trees), built inside the chroot.
rm -rf "$root/src" && mkdir -p "$root/src"
git -C "$source" ls-files -z --cached --others --exclude-standard |
    (cd "$source" && tar --null -T - -cf -) | tar -xf - -C "$root/src"
rm -rf "$root/tmp" && mkdir -m 1777 "$root/tmp"
mount_in_root proc proc proc
mount_in_root bind /dev dev
mount_in_root bind /dev/pts dev/pts
mount_in_root tmpfs tmpfs dev/shm

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp LANG=C.UTF-8 \
    sh -c "cd /src && cmake --preset dev >/dev/null && cmake --build --preset dev -j $(nproc) && ctest --preset dev -j $(nproc)"
echo "==> all tests passed with Qt $(chroot "$root" dpkg-query -W -f='${Version}' qt6-base-dev) in $(($(date +%s) - started)) s"
