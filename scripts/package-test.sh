#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb/.rpm/.tar.gz packages (release preset), checks them with lintian and rpmlint, then
# installs the .debs with apt in a minimal Debian 12 chroot and uses them as a user would:
# calldata-cli --version, calldata-editor --help without a display, the window under xvfb-run in
# German, a correction sent by calldata-cli to the packaged icws-sim over HTTPS; then purges them
# and checks that nothing is left behind under /usr and /etc.
#
# Needs root (debootstrap, chroot, mounts); re-runs itself through sudo otherwise. The bare chroot
# and the downloaded .debs are cached under /var/cache/calldata-editor, so only the first run
# downloads anything. Set CALLDATA_PACKAGE_TEST_MIRROR to use another Debian mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "package-test.sh: needs root (debootstrap, chroot)" >&2; exit 1; }
    exec sudo --preserve-env=CMAKE_CXX_COMPILER_LAUNCHER,CCACHE_BASEDIR,CCACHE_DIR "$0" "$@"
fi

scripts/install-deps.sh debootstrap lintian rpm rpmlint devscripts xvfb xauth xdotool

mirror=${CALLDATA_PACKAGE_TEST_MIRROR:-http://deb.debian.org/debian}
cache=/var/cache/calldata-editor
build=build/package
mkdir -p "$cache/apt-archives/partial"

step() { printf '==> [%3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() { echo "package-test.sh: FAILED: $*" >&2; exit 1; }

# --- build and lint ---------------------------------------------------------------------------
step "release build and cpack (tests not built: the dev and asan builds run them)"
cmake --preset release -B "$build" -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/*.deb "$build"/*.ddeb "$build"/*.rpm "$build"/*.tar.gz
(cd "$build" && cpack -G "DEB;RPM;TGZ" >/dev/null)
debs=("$build"/*.deb)
[ ${#debs[@]} -eq 3 ] || fail "expected 3 .deb files, got: ${debs[*]}"
ls -l "$build"/*.deb "$build"/*.ddeb "$build"/*.rpm "$build"/*.tar.gz

step "lintian (0 errors, 0 warnings)"
lintian --fail-on error,warning --info "${debs[@]}" || fail "lintian"
step "rpmlint (0 errors)"
rpmlint -c packaging/rpmlint.toml "$build"/*.rpm || fail "rpmlint"
step "hardening-check"
for deb in "${debs[@]}"; do
    unpacked=$(mktemp -d)
    dpkg-deb -x "$deb" "$unpacked"
    for binary in "$unpacked"/usr/bin/*; do
        # --nocfprotection: Debian 12's crt1.o lacks the IBT/SHSTK property, so no program linked
        # there gets it, although ours are built with -fcf-protection (Debian 13's dpkg-buildflags
        # turns branch protection on with a toolchain that carries it).
        hardening-check --nocfprotection "$binary" || fail "hardening of $(basename "$binary")"
    done
    rm -rf "$unpacked"
done
step "calldata-cli pulls no GUI library"
if dpkg-deb -I "$build"/calldata-cli_*.deb | grep -Ei '^ Depends:.*(libqt6gui|libqt6widgets|libgl|libx)'; then
    fail "calldata-cli depends on the GUI stack"
fi

# --- the chroot --------------------------------------------------------------------------------
# The cached base: debootstrap's minbase with its package lists and unsafe-but-fast dpkg writes.
# Each run sees it through an overlay (nothing to unpack, the cache stays pristine), or a copy
# where overlays cannot be mounted.
base="$cache/bookworm-minbase"
if [ ! -d "$base" ]; then
    step "creating the Debian 12 base chroot (first run only) from $mirror"
    rm -rf --one-file-system "$base.partial"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror"
    echo 'force-unsafe-io' >"$base.partial/etc/dpkg/dpkg.cfg.d/unsafe-io"
    printf 'Binary::apt::APT::Keep-Downloaded-Packages "true";\n' >"$base.partial/etc/apt/apt.conf.d/keep-debs"
    cp /etc/resolv.conf "$base.partial/etc/resolv.conf"
    chroot "$base.partial" apt-get update -q
    chroot "$base.partial" apt-get clean
    mv "$base.partial" "$base"
fi

work=$(mktemp -d /var/tmp/calldata-chroot.XXXXXX)
root="$work/root"
mkdir -p "$root" "$work/upper" "$work/overlay-work"
chmod 755 "$work" "$work/upper" # apt's _apt user reads the local .deb files
mounts=()
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true; done
    # Never delete through a mount that is still there.
    if ! grep -q " $work/" /proc/mounts; then rm -rf --one-file-system "$work"; fi
}
trap cleanup EXIT
bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounts+=("$root$2"); }

step "the chroot: the cached base plus an overlay"
if mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
    mounts+=("$root")
else
    cp -a "$base/." "$root/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind "$cache/apt-archives" /var/cache/apt/archives
mkdir -p "$root/tmp/packages" && cp "${debs[@]}" "$root/tmp/packages/"
in_chroot() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
apt_get() { in_chroot env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@"; }
snapshot() { in_chroot find /usr /etc -xdev \( -type f -o -type l \) ! -path /etc/ld.so.cache | sort; }
snapshot >"$root/tmp/before.txt"

apt_install() { # package names; their .deb files are in the chroot's /tmp/packages
    local files=()
    for package in "$@"; do files+=("/tmp/packages/$(basename "$build"/"${package}"_*.deb)"); done
    apt_get install --no-install-recommends "${files[@]}" >"$root/tmp/apt.log" 2>&1 || { cat "$root/tmp/apt.log" >&2; fail "apt-get install $*"; }
    grep -E '^([0-9]+ upgraded|Need to get|After this)' "$root/tmp/apt.log" || true
}
step "apt install calldata-cli alone (a headless machine)"
apt_install calldata-cli
if in_chroot dpkg-query -W -f '${Package}\n' | grep -E '^(libqt6gui6|libqt6widgets6|libx11-6|libgl1)$'; then
    fail "installing calldata-cli pulled GUI packages"
fi
step "apt install calldata-editor and icws-sim"
apt_install calldata-editor icws-sim

step "calldata-cli --version; calldata-editor --help and --version without a display"
in_chroot calldata-cli --version
in_chroot calldata-editor --help | grep -q -- '--server' || fail "calldata-editor --help"
in_chroot calldata-editor --version | grep -q "calldata-editor" || fail "calldata-editor --version"
for page in calldata-cli calldata-editor icws-sim; do
    test -s "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz not installed"
done

step "calldata-cli update against the packaged icws-sim (HTTPS, its test CA)"
in_chroot icws-sim --tls --port 0 --port-file /tmp/sim-port >"$root/tmp/sim.out" 2>"$root/tmp/sim.log" &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$root/tmp/sim-port" ] && break; sleep 0.1; done
[ -s "$root/tmp/sim-port" ] || { cat "$root/tmp/sim.log" >&2; fail "icws-sim did not start"; }
port=$(cat "$root/tmp/sim-port")
printf 'demo\n' | chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 calldata-cli update \
    --server "https://127.0.0.1:$port" --ca-file /usr/share/icws-sim/certs/ca.pem --user supervisor \
    --password-stdin --campaign DEMO-CAMPAIGN --call 1001 --set "customer_name=Jane Doe" \
    || fail "calldata-cli update against icws-sim"

step "the window under xvfb-run, in German"
bind /tmp/.X11-unix /tmp/.X11-unix
cat >"$root/tmp/show-window.sh" <<'EOF'
#!/bin/sh
# Runs on the host inside xvfb-run: starts the packaged window in the chroot, waits until it is mapped.
set -eu
root=$1
cp "$XAUTHORITY" "$root/tmp/xauthority"
chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/root DISPLAY="$DISPLAY" \
    XAUTHORITY=/tmp/xauthority calldata-editor --language de >"$root/tmp/editor.log" 2>&1 &
editor=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --class calldata-editor | head -n 1) || true
status=0
if [ -n "$window" ]; then
    echo "window $window mapped: \"$(xdotool getwindowname "$window")\", $(xwininfo -id "$window" | grep -E 'Width|Height' | tr -s ' ' | tr '\n' ' ')"
    grep -q "not available" "$root/tmp/editor.log" && { echo "German was not loaded" >&2; status=1; }
else
    echo "the window did not show up within 60 s" >&2
    status=1
fi
kill "$editor" 2>/dev/null || true
wait "$editor" 2>/dev/null || true
[ "$status" -eq 0 ] || cat "$root/tmp/editor.log" >&2
exit "$status"
EOF
chmod +x "$root/tmp/show-window.sh"
xvfb-run -a -s "-screen 0 1280x1024x24" "$root/tmp/show-window.sh" "$root" || fail "the window"

step "purge, then nothing of ours is left under /usr and /etc"
kill "${pids[@]}" 2>/dev/null || true
apt_get purge calldata-cli calldata-editor icws-sim >/dev/null 2>&1 || fail "apt-get purge"
# Everything our packages pulled in goes too, also what the base system merely recommends (apt
# recommends ca-certificates): the system must be as it was before.
apt_get autoremove --purge -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false >/dev/null 2>&1 || fail "apt-get autoremove"
snapshot >"$root/tmp/after.txt"
if ! diff "$root/tmp/before.txt" "$root/tmp/after.txt"; then
    fail "files left behind after purge (lines with > above)"
fi

step "package sizes"
for deb in "${debs[@]}"; do
    printf '%-40s %6s KiB file, Installed-Size %s KiB\n' "$(basename "$deb")" \
        "$(($(stat -c %s "$deb") / 1024))" "$(dpkg-deb -f "$deb" Installed-Size)"
done
echo "package-test.sh: all checks passed in $(($(date +%s) - started)) s"
