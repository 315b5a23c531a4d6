"""Roster speed at office scale: 100,000 members in 500 branches, as medians over several runs.

Run from the repository root: ``python benchmarks/roster.py [--runs 7]``. The demo file is built
once with ``python -m leaguedesk demo`` and kept in benchmarks/out/ (git-ignored), migrated to
the current format on first open. Goals on a 2-core machine: page open <= 0.5 s, one search
keystroke <= 50 ms, pinyin sort <= 0.3 s, peak memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))
os.environ["LEAGUEDESK_HOME"] = str(OUT / "home")  # backups and settings stay in out/

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from leaguedesk.gui import fonts  # noqa: E402
from leaguedesk.gui.dialogs.member_form import MemberForm  # noqa: E402
from leaguedesk.gui.pages.roster import RosterPage  # noqa: E402
from leaguedesk.gui.session import Session  # noqa: E402
from leaguedesk.gui.tasks import TaskRunner  # noqa: E402
from leaguedesk.storage import leaguefile, roster  # noqa: E402

GOALS = {"page open": 0.5, "search keystroke": 0.05, "pinyin sort": 0.3}


def demo_file(branches: int, members: int) -> Path:
    path = OUT / f"roster-{branches}b-{members}m.leaguedb"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"building {path.name} (once) …", flush=True)
        started = time.perf_counter()
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
            check=True,
            env=os.environ.copy(),
        )
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


CPU: dict[str, list[float]] = {}  # CPU seconds of this process, per measurement name


def timed(action: Callable[[], object], key: str | None = None) -> float:
    """Wall time of ``action``; with ``key``, its CPU time is kept too (CPU[key]).

    On a shared machine the wall time includes waiting for a CPU; the process CPU time shows
    what the work itself costs.
    """
    started, cpu = time.perf_counter(), time.process_time()
    action()
    if key is not None:
        CPU.setdefault(key, []).append(time.process_time() - cpu)
    return time.perf_counter() - started


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--branches", type=int, default=500)
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    runs = max(5, args.runs)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.install_cjk_font(app)
    path = demo_file(args.branches, args.members)
    started = time.perf_counter()
    league = leaguefile.open_league(path)  # migrates (once) and takes the daily backup
    print(
        f"file opened in {time.perf_counter() - started:.2f} s ({path.stat().st_size / 1e6:.0f} MB)"
    )
    settings = QSettings(str(OUT / "home" / "bench-settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    session = Session(settings, TaskRunner(synchronous=True))
    session.set_league(league)
    assert session.branch_id is None, "an office file opens on all branches"

    results: dict[str, list[float]] = {
        k: []
        for k in (
            "page open",
            "page open + alerts",
            "search keystroke",
            "search keystroke + repaint",
            "search 'zs'",
            "search ID tail",
            "pinyin sort",
            "sort by age",
            "member detail open",
            "alerts",
        )
    }

    # Page open: build the page, query every member id, show it and paint the first rows.
    page = None
    for _ in range(runs):
        if page is not None:
            page.close()
            page.deleteLater()
            settle()

        def open_page() -> None:
            nonlocal page
            page = RosterPage(session)
            page.resize(1280, 760)
            page.show()
            page.table.viewport().repaint()

        results["page open"].append(timed(open_page, "page open"))
        results["page open + alerts"].append(results["page open"][-1] + timed(settle))
    assert page is not None
    rows = page.model.rowCount()
    print(
        f"roster: {rows} members shown, {page.model.columnCount()} columns, "
        f"{len(session.branches())} branches"
    )

    # One keystroke: "zh" is on screen, the user types "a".
    for _ in range(runs):
        page.search.setText("zh")
        page.apply_filters()
        settle()

        def keystroke() -> None:
            page.search.setText("zha")
            page.apply_filters()  # what the 150 ms debounce timer calls

        results["search keystroke"].append(timed(keystroke, "search keystroke"))
        results["search keystroke + repaint"].append(
            results["search keystroke"][-1] + timed(page.table.viewport().repaint)
        )
    zha = page.model.rowCount()
    for text, key in (("zs", "search 'zs'"), ("1234", "search ID tail")):
        for _ in range(runs):
            page.search.setText("")
            page.apply_filters()
            results[key].append(
                timed(lambda t=text: (page.search.setText(t), page.apply_filters()), key)
            )
    page.clear_filters()

    # Pinyin sort: click 姓名 (descending, then ascending again), as the header does.
    name_column = page.model.columns.index("name")
    for run in range(runs * 2):
        order = Qt.SortOrder.DescendingOrder if run % 2 == 0 else Qt.SortOrder.AscendingOrder
        results["pinyin sort"].append(
            timed(
                lambda o=order: (page.model.sort(name_column, o), page.table.viewport().repaint()),
                "pinyin sort",
            )
        )
    age_column = page.model.columns.index("age")
    for _ in range(runs):
        results["sort by age"].append(timed(lambda: page.model.sort(age_column), "sort by age"))
        page.model.sort(name_column)

    # Member detail: the full form with live validation and history, for random members.
    rng = random.Random(7)
    ids = roster.member_ids(league, roster.RosterQuery())
    for _ in range(runs):
        member_id = rng.choice(ids)

        def open_form(member_id: int = member_id) -> MemberForm:
            form = MemberForm(league, member_id=member_id)
            form.show()
            QApplication.processEvents()
            return form

        form = None

        def keep_form() -> None:
            nonlocal form
            form = open_form()

        results["member detail open"].append(timed(keep_form, "member detail open"))
        assert form is not None
        form.done(0)
        form.deleteLater()
        settle()

    for _ in range(runs):
        results["alerts"].append(timed(page.update_alerts, "alerts"))

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nmedians over {runs} runs ({args.members:,} members, {args.branches} branches; "
        f"'zha' matched {zha:,}; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs)"
    )
    summary = {}
    for key, samples in results.items():
        goal = GOALS.get(key)
        verdict = ""
        if goal is not None:
            verdict = "  ok" if statistics.median(samples) <= goal else "  OVER GOAL"
            verdict += f" (goal {goal * 1000:.0f} ms)"
        cpu = f"  (CPU {median_ms(CPU[key]).strip()})" if key in CPU else ""
        print(f"  {key:28s}{median_ms(samples)}{cpu}{verdict}")
        summary[key] = round(statistics.median(samples) * 1000, 1)
        if key in CPU:
            summary[f"{key} (cpu)"] = round(statistics.median(CPU[key]) * 1000, 1)
    print(
        f"  {'peak memory (RSS)':28s}{peak_mb:8.0f} MB  "
        f"{'ok' if peak_mb <= 400 else 'OVER GOAL'} (goal 400 MB)"
    )
    summary["peak_rss_mb"] = round(peak_mb)
    (OUT / "roster-results.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    page.close()
    league.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
