#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
"""Times a Qt window from process start to its top-level window being mapped on an X server, then
reads its idle memory. Needs DISPLAY (Xvfb) and python3-xlib. Prints one JSON object per run:
{"startMs", "rssKiB", "pssKiB", "width", "height"}.

Usage: window_startup.py --runs N [--idle-seconds S] -- COMMAND [ARG]...
The window is watched from outside (MapNotify on the root window), so the program under test needs
no hook and a bare window is timed exactly like the real one."""
import argparse
import json
import os
import select
import subprocess
import sys
import time

from Xlib import X, display


def memory_kib(pid):
    rss = pss = None
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def one_run(command, idle_seconds, timeout_seconds=30):
    screen = display.Display()
    root = screen.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    screen.sync()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mapped = None
    try:
        deadline = started + timeout_seconds
        while mapped is None:
            while screen.pending_events() == 0:
                left = deadline - time.perf_counter()
                if left <= 0 or process.poll() is not None:
                    raise RuntimeError(f"no window was mapped by {command[0]}")
                select.select([screen.fileno()], [], [], min(left, 0.5))
                screen.pending_events()  # reads what arrived
            event = screen.next_event()
            if event.type == X.MapNotify and not event.override:
                mapped = time.perf_counter()
                geometry = event.window.get_geometry()
        time.sleep(idle_seconds)  # let start-up work that follows the first frame settle
        rss, pss = memory_kib(process.pid)
        return {"startMs": round((mapped - started) * 1000.0, 1), "rssKiB": rss, "pssKiB": pss,
                "width": geometry.width, "height": geometry.height}
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        screen.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle-seconds", type=float, default=1.5)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("a command to start is required after --")
    for _ in range(args.runs):
        print(json.dumps(one_run(command, args.idle_seconds)), flush=True)


if __name__ == "__main__":
    sys.exit(main())
