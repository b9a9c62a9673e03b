#!/usr/bin/env bash
# Builds everything and runs every test twice: a normal debug build, then an
# AddressSanitizer + UndefinedBehaviorSanitizer build. Installs missing build dependencies first.
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
echo "==> all tests passed in the dev and asan builds"
