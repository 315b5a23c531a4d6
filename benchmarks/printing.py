"""Time and size of a printed 会议签到表 for 50, 1,000 and 10,000 names, and of a branch's
year of 组织生活台账 (PDF and .xlsx) for a branch of 50.

Usage: python benchmarks/printing.py [--runs 5] [--sizes 50,1000,10000]

Names come from a temporary demo league file (services/demo.py) through the same query the app
uses (services/attendees.py), then the sheet is rendered ``--runs`` times per size; the median
is reported. Goals: 1,000 names under 1 s, 10,000 under 3 s, file size growing with the rows
(a fixed cost for the font subset plus a steady amount per 1,000 rows), not with the font.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from leaguedesk.printing.fonts import register_cjk_font
from leaguedesk.printing.signin import SigninSpec, render_signin
from leaguedesk.services import demo
from leaguedesk.services.attendees import expected_attendees
from leaguedesk.storage import leaguefile

GOALS = {1000: 1.0, 10000: 3.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="50,1000,10000")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        started = time.perf_counter()
        with leaguefile.create(work / "bench.leaguedb") as league:
            # ~4% of demo members have left; ask for enough to keep the largest size whole.
            demo.generate(
                league, branches=1, members=int(sizes[-1] * 1.08) + 10, seed=5, meetings=False
            )
        generated = time.perf_counter() - started
        with leaguefile.open_league(work / "bench.leaguedb", readonly=True) as league:
            started = time.perf_counter()
            everyone = expected_attendees(league, 1, "支部大会")
            queried = time.perf_counter() - started
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}"
            if hasattr(os, "getloadavg")
            else ""
        )
        print(
            f"demo league: {len(everyone)} active members, generated in {generated:.1f} s; "
            f"attendee query {queried * 1000:.0f} ms"
        )

        started = time.perf_counter()
        register_cjk_font()
        print(f"font registration (once per process): {time.perf_counter() - started:.2f} s")

        spec = SigninSpec(
            "示范大学2026级1班团支部",
            "支部大会",
            dt.date(2026, 12, 1),
            "19:00",
            topic="学习贯彻团的二十大精神",
            place="教学楼A301",
            chair="张伟",
            recorder="李娜",
        )
        print(
            f"\n{'names':>7} {'pages':>6} {'median s':>9} {'min s':>7} {'max s':>7} "
            f"{'cpu s':>7} {'size KB':>8}  goal (median wall time)"
        )
        results: list[tuple[int, float, int]] = []
        for size in sizes:
            people = everyone[:size]
            out = work / f"signin-{size}.pdf"
            times = []
            cpu = []
            pages = 0
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                pages = render_signin(spec, people, out).pages
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            median = statistics.median(times)
            kb = out.stat().st_size / 1024
            results.append((len(people), median, out.stat().st_size))
            goal = GOALS.get(size)
            verdict = (
                ""
                if goal is None
                else (f"< {goal:.0f} s ok" if median < goal else f"< {goal:.0f} s MISSED")
            )
            print(
                f"{len(people):>7} {pages:>6} {median:>9.3f} {min(times):>7.3f} "
                f"{max(times):>7.3f} {statistics.median(cpu):>7.3f} {kb:>8.1f}  {verdict}"
            )

        if len(results) >= 2:
            print()
            for (n1, _, b1), (n2, _, b2) in itertools.pairwise(results):
                per_k = (b2 - b1) / 1024 / ((n2 - n1) / 1000)
                print(f"size growth {n1} → {n2} names: {per_k:.1f} KB per 1,000 rows")
            n_small, _, b_small = results[0]
            n_big, _, b_big = results[-1]
            slope = (b_big - b_small) / (n_big - n_small)
            fixed = b_small - slope * n_small
            print(
                f"fitted: {fixed / 1024:.0f} KB fixed (font subset, header) "
                f"+ {slope * 1000 / 1024:.1f} KB per 1,000 rows"
            )
        ledger(work, args.runs)
    return 0


def ledger(work: Path, runs: int) -> None:
    """A full year (1 January to 31 December) of demo meetings of one branch of 50."""
    from leaguedesk.exchange.ledger_xlsx import write_ledger
    from leaguedesk.printing.ledger import render_ledger
    from leaguedesk.services import meeting_stats

    path = work / "ledger.leaguedb"
    year_end = dt.date(dt.date.today().year, 12, 31)
    with leaguefile.create(path) as league:
        demo.generate(league, branches=1, members=52, seed=9, today=year_end)
    with leaguefile.open_league(path, readonly=True) as league:
        active = len(expected_attendees(league, 1, "支部大会"))
        started = time.perf_counter()
        year = meeting_stats.year_calendar(league, 1, year_end.year, today=year_end)
        read = time.perf_counter() - started
    print(
        f"\n组织生活台账: branch of {active} active members, {len(year.meetings)} meetings "
        f"in {year_end.year}; calendar read in {read * 1000:.0f} ms"
    )
    print(f"{'output':>7} {'pages':>6} {'median s':>9} {'min s':>7} {'max s':>7} {'size KB':>8}")
    for kind in ("pdf", "xlsx"):
        out = work / f"ledger.{kind}"
        times = []
        pages = 0
        for _ in range(runs):
            started = time.perf_counter()
            if kind == "pdf":
                pages = render_ledger(year, "示范大学2026级1班团支部", out).pages
            else:
                write_ledger(out, year, "示范大学2026级1班团支部")
            times.append(time.perf_counter() - started)
        print(
            f"{kind:>7} {pages or '':>6} {statistics.median(times):>9.3f} {min(times):>7.3f} "
            f"{max(times):>7.3f} {out.stat().st_size / 1024:>8.1f}"
        )


if __name__ == "__main__":
    sys.exit(main())
