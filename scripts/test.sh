#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Builds everything and runs every test twice: a normal debug build, then an
# AddressSanitizer + UndefinedBehaviorSanitizer build; then every test again in a Debian 13
# chroot (newer Qt), every fuzz target for 50 s (scripts/fuzz.sh), and the packages built, linted
# and used in a Debian 12 chroot (scripts/package-test.sh). Installs missing build dependencies first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
jobs=$(nproc)

for preset in dev asan; do
    echo "==> ${preset}: configure, build, test"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
done

# The newer-Qt path, proven rather than assumed: every test again in a Debian 13 chroot (Qt 6.8).
echo "==> newer Qt: build and test in a Debian 13 chroot"
if [ "$(id -u)" -eq 0 ]; then
    scripts/newer-qt-test.sh
elif command -v sudo >/dev/null 2>&1; then
    sudo scripts/newer-qt-test.sh
else
    echo "error: the Debian 13 chroot needs root or sudo" >&2
    exit 1
fi

# Every parser of outside data under libFuzzer (tests/fuzz): 10 targets, two at a time, 50 s each.
scripts/fuzz.sh 50

echo "==> packages: build, lint, install and use in a Debian 12 chroot"
scripts/package-test.sh
echo "==> all tests passed: dev and asan builds with this machine's Qt, the Debian 13 build, fuzzing and the packages"
