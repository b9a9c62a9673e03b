#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# Builds Call Data Editor, starts the bundled ICWS simulator on loopback and opens the window
# against it with server and user prefilled (password: demo). Installs missing build dependencies.
# Without a display it sends a demo correction with calldata-cli instead and prints the result.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target calldata-editor calldata-cli icws-sim

bin=build/dev/bin
workdir=$(mktemp -d)
cleanup() {
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null || true
    rm -rf "$workdir"
}
trap cleanup EXIT

"$bin/icws-sim" --bind 127.0.0.1 --port 0 --port-file "$workdir/port" --demo-calls "$@" >"$workdir/sim.out" 2>"$workdir/sim.log" &
sim_pid=$!
for _ in $(seq 1 100); do
    [ -s "$workdir/port" ] && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$workdir/sim.log" >&2; exit 1; }
    sleep 0.1
done
port=$(cat "$workdir/port")
scheme=http
grep -q "https://" "$workdir/sim.out" && scheme=https
server="$scheme://127.0.0.1:$port"
echo "icws-sim is listening on $server (user: supervisor, password: demo)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # The demo calls move on the queues of agent1-agent3 and two workgroups: the Live calls panel
    # (View menu) watches them after the login; "Use this call" fills Campaign ID and Call ID.
    "$bin/calldata-editor" --server "$server" --user supervisor --agents agent1,agent2 --workgroups Collections \
        --set "customer_name=Jane Doe" --set "callback_number=+1 317 555 0100"
else
    echo "No display found, so instead of the window here are the live calls and a correction, by calldata-cli:"
    trust=()
    [ "$scheme" = https ] && trust=(--ca-file tests/certs/ca.pem) # the simulator's test CA
    printf 'demo\n' | "$bin/calldata-cli" calls --server "$server" --user supervisor --password-stdin "${trust[@]}" \
        --agent agent1 --agent agent2 --workgroup Collections
    printf 'demo\n' | "$bin/calldata-cli" update --server "$server" --user supervisor --password-stdin "${trust[@]}" \
        --campaign 7F3A2C10-5B1E-4C7D-9A21-3E8F6B0D4A52 --call 1000012345 --set "customer_name=Jane Doe" --set "callback_number=+1 317 555 0100"
fi
