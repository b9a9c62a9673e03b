#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and runs each for a bounded
# time, two at a time, starting from its seed corpus in tests/fuzz/corpus/<target>. Fails on any
# crash, broken invariant, leak, undefined behaviour, timeout or out-of-memory.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   SECONDS_PER_TARGET  default 60; TARGET default: all (tests/fuzz/fuzz_*.cpp)
#   FUZZ_JOBS=N         targets run at once (default 2)
# New inputs that reach new code go to build/fuzz/corpus/<target> (kept between runs); a failing
# input is saved as build/fuzz/artifacts/<target>-crash-…; replay it with the fuzzer binary, or
# with build/dev/bin/calldata-fuzz-replay <target> FILE in a normal build.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
jobs=${FUZZ_JOBS:-2}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2; }

export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
command -v ccache >/dev/null 2>&1 || unset CMAKE_CXX_COMPILER_LAUNCHER
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

build=build/fuzz
if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp | sed 's/^fuzz_//')"); done
fi
mkdir -p "$build/logs" "$build/artifacts"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
# No leak suppressions: nothing of ours or of Qt leaks in these targets (checked after each input).
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# The file targets write each input to a temporary file: in memory that is 30 times faster.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi

run_target() {
    local name=$1 corpus=$build/corpus/$1 status=0 dict
    mkdir -p "$corpus"
    # Tokens of the input format, which the fuzzer cannot learn inside Qt's (uninstrumented) parsers.
    case $name in
        file_delimited | paste) dict=delimited ;;
        address) dict=address ;;
        http1) dict=http1 ;;
        *) dict=json ;;
    esac
    # The first folder receives new inputs; the seeds in the repository are only read.
    "$build/bin/fuzz_$name" "$corpus" "tests/fuzz/corpus/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="tests/fuzz/$dict.dict" \
        -artifact_prefix="$build/artifacts/$name-" >"$build/logs/$name.log" 2>&1 || status=$?
    echo "$status" >"$build/logs/$name.status"
}

echo "==> fuzzing ${#targets[@]} targets for ${seconds}s each, $jobs at a time"
failed=()
running=0
for name in "${targets[@]}"; do
    [ -x "$build/bin/fuzz_$name" ] || { echo "no fuzz target $name" >&2; exit 2; }
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    rm -f "$build/logs/$name.status"
    run_target "$name" &
    running=$((running + 1))
done

wait
for name in "${targets[@]}"; do
    if [ "$(cat "$build/logs/$name.status" 2>/dev/null)" = 0 ]; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$name.log")
        echo "ok   $name: ${runs:-?} inputs"
    else
        failed+=("$name")
        echo "FAIL $name (log: $build/logs/$name.log)"
        grep -E "ERROR: |runtime error|invariant broken|SUMMARY|Test unit written" "$build/logs/$name.log" | head -n 8 | sed 's/^/     /'
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "==> fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "==> fuzzing: no crash, leak or undefined behaviour in ${#targets[@]} targets"
