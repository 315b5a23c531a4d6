"""Launch to main window shown: LeagueDesk on a 10,000-member file against a bare PySide6 window.

    python benchmarks/launch.py [--runs 5] [--members 10000] [--branches 20]

Each sample is a fresh process. The time "to window" is measured inside the process, from a
``time.perf_counter_ns()`` stamp taken here just before starting it (passed in
``LEAGUEDESK_LAUNCH_PROBE``) to the main window's first paint; "wall" is the whole process,
start to exit, measured here. Both programs run in the same benchmark run, alternately, with
QT_QPA_PLATFORM=offscreen. One discarded warm-up run each fills the disk cache. The goal is a
LeagueDesk median at most 3x the bare window's.

Two more rows help read the result: "leaguedesk, no numpy" hides numpy and pandas, which
sqlite-utils imports when they happen to be installed (they are no dependency of LeagueDesk, so
a clean install does not have them); "frozen" is the PyInstaller build in dist/leaguedesk/, when
one exists (build it with scripts/build_app.py; it must be current).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
BARE = ROOT / "benchmarks" / "bare_window.py"
PROBE = re.compile(r"launch-probe-ms: ([0-9.]+)")
# The console twin of the windowed program: same code, and its output reaches us on Windows too.
FROZEN = ROOT / "dist" / "leaguedesk" / f"leaguedesk-cli{'.exe' if sys.platform == 'win32' else ''}"
WITHOUT_NUMPY = (
    "import sys; sys.modules['numpy'] = sys.modules['pandas'] = None; "
    "from leaguedesk.cli import main; main()"
)
GOAL_RATIO = 3.0


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LEAGUEDESK_HOME"] = str(home)  # settings and backups stay out of the user's folder
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def demo_file(branches: int, members: int, env: dict[str, str]) -> Path:
    """The demo league file, generated once and reused by later runs."""
    path = OUT / f"launch-{members // 1000}k.leaguedb"
    if not path.exists():
        print(f"Generating {path.name} ({branches} branches, {members} members)...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "leaguedesk",
                "demo",
                "--db",
                str(path),
                "--branches",
                str(branches),
                "--members",
                str(members),
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
    return path


def sample(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to first paint, ms wall clock) for one fresh process."""
    started = time.perf_counter_ns()
    result = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "LEAGUEDESK_LAUNCH_PROBE": str(started)},
        check=False,
    )
    wall = (time.perf_counter_ns() - started) / 1e6
    found = PROBE.search(result.stdout)
    if result.returncode != 0 or not found:
        raise SystemExit(
            f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return float(found.group(1)), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--branches", type=int, default=20)
    parser.add_argument("--no-frozen", action="store_true", help="skip dist/leaguedesk/")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    env = environment(OUT / "home")
    league = demo_file(args.branches, args.members, env)
    programs = {
        "leaguedesk": [sys.executable, "-m", "leaguedesk", "--db", str(league)],
        "bare": [sys.executable, str(BARE)],
        "no numpy": [sys.executable, "-c", WITHOUT_NUMPY, "--db", str(league)],
    }
    if FROZEN.is_file() and not args.no_frozen:
        programs["frozen"] = [str(FROZEN), "--db", str(league)]
    for command in programs.values():  # warm-up, discarded
        sample(command, env)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            samples[name].append(sample(command, env))

    result: dict[str, object] = {
        "runs": args.runs,
        "members": args.members,
        "platform": sys.platform,
        "python": sys.version.split()[0],
    }
    for name, values in samples.items():
        shown = [v[0] for v in values]
        wall = [v[1] for v in values]
        result[name] = {
            "window_ms": shown,
            "wall_ms": wall,
            "window_median_ms": statistics.median(shown),
            "wall_median_ms": statistics.median(wall),
        }
        print(
            f"{name:>10}: to window shown median {statistics.median(shown):7.1f} ms "
            f"{[round(v) for v in shown]}; wall median {statistics.median(wall):7.1f} ms"
        )
    bare = result["bare"]
    assert isinstance(bare, dict)
    for name in programs:
        if name == "bare":
            continue
        app = result[name]
        assert isinstance(app, dict)
        app["ratio"] = ratio = app["window_median_ms"] / bare["window_median_ms"]
        app["wall_ratio"] = wall_ratio = app["wall_median_ms"] / bare["wall_median_ms"]
        verdict = "within" if ratio <= GOAL_RATIO else "ABOVE"
        print(
            f"{name:>10} / bare: {ratio:.2f}x to window shown ({verdict} the goal of "
            f"{GOAL_RATIO:g}x); {wall_ratio:.2f}x wall clock"
        )
    (OUT / "launch.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
