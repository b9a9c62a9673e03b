#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Benchmarks, side by side with the tools people use instead (not a test; never run by ctest or
# scripts/test.sh). Builds the release preset, then prints what BENCHMARKS.md records:
#   1. one correction from the command line: calldata-cli vs a curl script vs Postman's newman,
#      wall time and peak memory, against icws-sim on loopback;
#   2. the window from process start to mapped, and its idle memory, vs a bare Qt Widgets window
#      and vs that window with a menu bar, one line of text and Qt Network linked;
#   3-6. calldata-bench: the client core in-process (1,000 updates, 200 attributes, pasting 10,000
#      rows, one cell edit), each against a baseline measured in the same run.
# Usage: scripts/bench.sh [RUNS]   (default 15 runs of each command-line and window measure)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}

scripts/install-deps.sh xvfb xauth python3-xlib curl
command -v npm >/dev/null || scripts/install-deps.sh nodejs npm
export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-}
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" \
    --target calldata-cli calldata-editor icws-sim calldata-bench bench-bare-window bench-text-window
bin=$PWD/build/release/bin
bench=$PWD/tests/bench

# newman from the npm registry, kept in the build tree (never a global install).
node_dir=$PWD/build/bench-node
if [ ! -x "$node_dir/node_modules/.bin/newman" ]; then
    npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error newman@6 >/dev/null
fi
newman=$node_dir/node_modules/.bin/newman

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Median, min and max of a column of numbers on stdin.
summary() { /usr/bin/python3 -c '
import statistics, sys
values = [float(v) for v in sys.stdin.read().split()]
print(f"{statistics.median(values):.{sys.argv[1]}f} (min {min(values):.{sys.argv[1]}f}, max {max(values):.{sys.argv[1]}f}, n {len(values)})")' "$1"; }
median() { /usr/bin/python3 -c 'import statistics, sys; print(statistics.median(float(v) for v in sys.stdin.read().split()))'; }
ratio() { /usr/bin/python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$1" "$2"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
     "Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo '?'), $(date -u +%Y-%m-%dT%H:%MZ)"

"$bin/icws-sim" --port-file "$work/port" >/dev/null 2>&1 &
sim_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
base=http://127.0.0.1:$(cat "$work/port")
export ICWS_PASSWORD=demo

# --- 1. one correction from the command line ---------------------------------------------------
# Wall time (s) and peak resident size (KiB) of the largest process the command ran: wait4's
# rusage covers the child and the descendants it waited for (curl under the script's bash).
timed() { /usr/bin/python3 -c '
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
if status:
    sys.exit(f"failed: {sys.argv[1:]}")
print(f"{time.perf_counter() - started:.4f} {usage.ru_maxrss}")' "$@"; }
: >"$work/cli" ; : >"$work/curl" ; : >"$work/newman"
for _ in $(seq "$runs"); do
    timed "$bin/calldata-cli" update --server "$base" --user supervisor --campaign 4F1C2A --call 1001 \
        --set "customer_name=Jane Doe" --set zip=46204 --set note=benchmark >>"$work/cli"
    timed "$bench/curl-update.sh" "$base" supervisor 4F1C2A 1001 >>"$work/curl"
    timed "$newman" run "$bench/calldata.postman_collection.json" --bail --reporters cli \
        --env-var "baseUrl=$base" --env-var user=supervisor --env-var password=demo \
        --env-var campaignId=4F1C2A --env-var callId=1001 >>"$work/newman"
done
echo "== 1. one correction from the command line (login, update-call-data, logout), $runs runs each"
for tool in cli curl newman; do
    printf '   %-7s wall s: %s   peak RSS KiB: %s\n' "$tool" \
        "$(cut -d' ' -f1 "$work/$tool" | summary 3)" "$(cut -d' ' -f2 "$work/$tool" | summary 0)"
done
cli_wall=$(cut -d' ' -f1 "$work/cli" | median)
cli_rss=$(cut -d' ' -f2 "$work/cli" | median)
for tool in curl newman; do
    echo "   calldata-cli / $tool: wall $(ratio "$cli_wall" "$(cut -d' ' -f1 "$work/$tool" | median)")," \
         "peak RSS $(ratio "$cli_rss" "$(cut -d' ' -f2 "$work/$tool" | median)")"
done

# --- 2. the window: start to mapped, idle memory ---------------------------------------------
echo "== 2. window start to mapped and idle memory (Xvfb, no window manager), $runs runs each"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data # a first start, as on a new desktop
xvfb-run -a -s '-screen 0 1366x768x24 -noreset' \
    /usr/bin/python3 "$bench/window_startup.py" --runs "$runs" -- "$bin/calldata-editor" >"$work/editor.json"
size=$(/usr/bin/python3 -c 'import json, sys; r = json.loads(open(sys.argv[1]).readline()); print("%dx%d" % (r["width"], r["height"]))' "$work/editor.json")
xvfb-run -a -s '-screen 0 1366x768x24 -noreset' \
    /usr/bin/python3 "$bench/window_startup.py" --runs "$runs" -- "$bin/bench-bare-window" --size "$size" >"$work/bare.json"
# The second floor: the bare window plus a menu bar, one line of text and Qt Network linked.
xvfb-run -a -s '-screen 0 1366x768x24 -noreset' \
    /usr/bin/python3 "$bench/window_startup.py" --runs "$runs" -- "$bin/bench-text-window" --size "$size" >"$work/text.json"
field() { /usr/bin/python3 -c 'import json, sys; [print(json.loads(l)[sys.argv[1]]) for l in open(sys.argv[2])]' "$1" "$2"; }
for program in editor bare text; do
    printf '   %-7s %s  start ms: %s   idle RSS KiB: %s   PSS KiB: %s\n' "$program" "$size" \
        "$(field startMs "$work/$program.json" | summary 1)" "$(field rssKiB "$work/$program.json" | summary 0)" \
        "$(field pssKiB "$work/$program.json" | summary 0)"
done
for floor in bare text; do
    echo "   calldata-editor / $floor window: start $(ratio "$(field startMs "$work/editor.json" | median)" "$(field startMs "$work/$floor.json" | median)")," \
         "idle RSS $(ratio "$(field rssKiB "$work/editor.json" | median)" "$(field rssKiB "$work/$floor.json" | median)")"
done

# --- 3-6. the client core in-process ---------------------------------------------------------
echo "== 3-6. calldata-bench"
"$bin/calldata-bench"
