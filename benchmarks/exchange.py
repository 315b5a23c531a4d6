"""Benchmark: import and export rosters of 1,000 / 10,000 / 50,000 members.

For each size it builds a demo league file, exports the full roster (.xlsx, 28 columns), then
imports that file into an empty league file (read + clean + check + write, one transaction),
and compares with LibreOffice headless merely converting the same .xlsx to CSV (imports and
conversions alternated ``--repeat`` times, medians reported). It also times
the candidate readers alone (python-calamine, openpyxl read-only, xlrd on an .xls copy) and
measures what planning holds in Python objects (tracemalloc), to tell the reader's share of
the peak from the plan's.
Every measurement runs in a fresh process so peak memory (ru_maxrss above the process's
starting point) belongs to that step alone.

    python benchmarks/exchange.py                      # 1000,10000,50000
    python benchmarks/exchange.py --sizes 1000,10000 --no-libreoffice

Installs libreoffice-calc-nogui with apt-get when soffice is missing (not needed by the tests).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- steps, each run in a child process ------------------------------------------------------


def step_demo(db: Path, rows: int) -> dict[str, float]:
    from leaguedesk.services import demo
    from leaguedesk.storage import leaguefile

    with leaguefile.create(db) as league:
        demo.generate(league, branches=1, members=rows, seed=11)
    return {}


def step_export(db: Path, out: Path) -> dict[str, float]:
    from leaguedesk.exchange.export import export_roster
    from leaguedesk.storage import leaguefile

    base = _peak_mb()
    start = time.perf_counter()
    with leaguefile.open_league(db, readonly=True) as league:
        count = export_roster(league, out)
    return {"seconds": time.perf_counter() - start, "rows": count, "mem": _peak_mb() - base}


def step_import(source: Path, db: Path) -> dict[str, float]:
    from leaguedesk.exchange.importing import apply_import, plan_import
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    with leaguefile.create(db) as league:
        branch = org.create_branch(league, org.BranchFields(name="2023级1班团支部"))
    base = _peak_mb()
    start = time.perf_counter()
    with leaguefile.open_league(db) as league:
        plan = plan_import(league, source, branch_id=branch.id)
        planned = time.perf_counter()
        if plan.has_errors:
            raise SystemExit(f"unexpected errors: {next(iter(plan.problems()))}")
        result = apply_import(league, plan)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "plan": planned - start,
        "apply": end - planned,
        "rows": result.created,
        "mem": _peak_mb() - base,
    }


def step_reimport(source: Path, db: Path, copy: Path, on_duplicate: str) -> dict[str, float]:
    """The roster checked again against the file it came from (every row already there):
    planning only, as the preview does before the user decides."""
    from leaguedesk.exchange.importing import plan_import
    from leaguedesk.storage import leaguefile

    shutil.copyfile(db, copy)
    base = _peak_mb()
    start = time.perf_counter()
    with leaguefile.open_league(copy) as league:
        branch_id = league.db.execute("SELECT min(id) FROM branches").fetchone()[0]
        plan = plan_import(league, source, branch_id=branch_id, on_duplicate=on_duplicate)
    seconds = time.perf_counter() - start
    copy.unlink()
    return {"seconds": seconds, "rows": len(plan.rows), "mem": _peak_mb() - base}


def step_plan_memory(source: Path, db: Path) -> dict[str, float]:
    """Python memory of planning alone (tracemalloc: calamine's own buffers are not counted):
    the peak while checking and what the finished plan keeps for the preview."""
    import tracemalloc

    from leaguedesk.core import pinyin
    from leaguedesk.exchange.importing import plan_import
    from leaguedesk.services import organisation as org
    from leaguedesk.storage import leaguefile

    db.unlink(missing_ok=True)
    with leaguefile.create(db) as league:
        branch = org.create_branch(league, org.BranchFields(name="2023级1班团支部"))
    base = _peak_mb()
    pinyin.sort_key("张三")  # pypinyin's dictionaries: loaded once, whatever the size
    dictionaries = _peak_mb() - base
    with leaguefile.open_league(db) as league:
        tracemalloc.start()
        plan = plan_import(league, source, branch_id=branch.id)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows = len(plan.rows)
    return {
        "rows": rows,
        "held": current / 2**20,
        "peak": peak / 2**20,
        "per_row": current / max(rows, 1),
        "pinyin": dictionaries,
    }


def step_read(reader: str, source: Path) -> dict[str, float]:
    base = _peak_mb()
    start = time.perf_counter()
    count = 0
    if reader == "calamine":
        import python_calamine as pc

        sheet = pc.CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0)
        for _ in sheet.iter_rows():
            count += 1
    elif reader == "openpyxl":
        import openpyxl

        wb = openpyxl.load_workbook(source, read_only=True, data_only=True)
        for _ in wb.worksheets[0].iter_rows(values_only=True):
            count += 1
        wb.close()
    elif reader == "xlrd":
        import xlrd

        book = xlrd.open_workbook(str(source), on_demand=True)
        sheet = book.sheet_by_index(0)
        for i in range(sheet.nrows):
            sheet.row_values(i)
            count += 1
    return {"seconds": time.perf_counter() - start, "rows": count, "mem": _peak_mb() - base}


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- LibreOffice -----------------------------------------------------------------------------


def soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if shutil.which("apt-get") is None:
        return None
    print("soffice not found: installing libreoffice-calc-nogui …", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(
        [
            *sudo,
            "apt-get",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "libreoffice-calc-nogui",
        ],
        check=False,
        env=env,
    )
    return shutil.which("soffice")


def libreoffice_convert(binary: str, source: Path, target_ext: str, work: Path) -> dict:
    """Seconds and peak memory of a headless conversion (profile warmed up beforehand), run
    from a child process so that its peak is LibreOffice's alone."""
    return run_child("libreoffice", binary, str(source), target_ext, str(work))


def step_libreoffice(binary: str, source: Path, target_ext: str, work: Path) -> dict:
    profile = work / "lo-profile"
    out = work / f"lo-{target_ext}"
    out.mkdir(exist_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target_ext,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "mem": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


# --- the table -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="imports and conversions per size, alternated; medians reported",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="leaguedesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    binary = None if args.no_libreoffice else soffice()
    if binary:  # the first start creates the profile: keep it out of the timings
        warm = work / "warm.csv"
        warm.write_text("a\n")
        libreoffice_convert(binary, warm, "xlsx", work)

    results = []
    for size in sizes:
        db = work / f"demo-{size}.leaguedb"
        xlsx = work / f"roster-{size}.xlsx"
        if not db.exists():
            run_child("demo", str(db), str(size))
        export = run_child("export", str(db), str(xlsx))
        target = work / f"import-{size}.leaguedb"
        imports, conversions = [], []
        for _ in range(max(1, args.repeat)):  # alternated, so both see the same machine
            target.unlink(missing_ok=True)
            imports.append(run_child("import", str(xlsx), str(target)))
            if binary:
                conversions.append(libreoffice_convert(binary, xlsx, "csv", work))
        target.unlink(missing_ok=True)
        planned = run_child("plan_memory", str(xlsx), str(target))
        reads = {name: run_child("read", name, str(xlsx)) for name in ("calamine", "openpyxl")}
        reimports = {
            mode: run_child("reimport", str(xlsx), str(db), str(target), mode)
            for mode in ("update", "skip")
        }
        row = {
            "size": size,
            "export": export,
            "import": _median(imports),
            "reads": reads,
            "plan": planned,
            "runs": len(imports),
            "reimport": reimports,
        }
        if binary:
            row["lo_csv"] = _median(conversions)
            if size < 65536:
                libreoffice_convert(binary, xlsx, "xls", work)
                xls = work / "lo-xls" / xlsx.with_suffix(".xls").name
                row["reads"]["xlrd (.xls)"] = run_child("read", "xlrd", str(xls))
                row["reads"]["calamine (.xls)"] = run_child("read", "calamine", str(xls))
        results.append(row)
        _print_row(row)
    _print_table(results)


def _median(runs: list[dict]) -> dict:
    """The run with the median time (its other figures with it), and the spread of times."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["spread"] = (ordered[0]["seconds"], ordered[-1]["seconds"])
    return chosen


def _rate(rows: float, seconds: float) -> str:
    return f"{rows / seconds:,.0f}/s" if seconds else "-"


def _print_row(row: dict) -> None:
    print(f"… {row['size']} rows done", flush=True)


def _print_table(results: list[dict]) -> None:
    print()
    runs = results[0]["runs"] if results else 0
    print(
        f"import and LibreOffice: median of {runs} alternated runs (fastest–slowest), "
        "peak memory of that run; export: one run"
    )
    print()
    print(
        "rows    | export .xlsx            | import (plan+apply)                          | "
        "LibreOffice xlsx→csv             | import ÷ LO"
    )
    print(
        "--------|-------------------------|----------------------------------------------|"
        "----------------------------------|------------"
    )
    for r in results:
        e, i = r["export"], r["import"]
        lo = r.get("lo_csv")
        print(
            f"{r['size']:>7} | {e['seconds']:6.2f} s {_rate(e['rows'], e['seconds']):>9} "
            f"{e['mem']:4.0f} MB | {i['seconds']:6.2f} s ({i['plan']:.2f}+{i['apply']:.2f}) "
            f"[{i['spread'][0]:.2f}–{i['spread'][1]:.2f}] "
            f"{_rate(i['rows'], i['seconds']):>9} {i['mem']:4.0f} MB | "
            + (
                f"{lo['seconds']:6.2f} s [{lo['spread'][0]:.2f}–{lo['spread'][1]:.2f}] "
                f"{_rate(r['size'], lo['seconds']):>9} {lo['mem']:4.0f} MB"
                if lo
                else "   (not measured)                 "
            )
            + (f" | {i['seconds'] / lo['seconds']:5.2f}x" if lo else " |")
        )
    print()
    print(
        "planning, Python objects only (tracemalloc; calamine's sheet buffer and the pypinyin "
        "dictionaries loaded beforehand are not included):"
    )
    for r in results:
        m = r["plan"]
        print(
            f"{r['size']:>7} | peak {m['peak']:6.1f} MB | plan kept {m['held']:6.1f} MB "
            f"({m['per_row']:,.0f} bytes/row) | pypinyin dictionaries {m['pinyin']:.0f} MB RSS"
        )
    print()
    print("checking the same roster again against the file it came from (plan only, one run):")
    for r in results:
        parts = [
            f"{mode} {m['seconds']:.2f} s ({_rate(m['rows'], m['seconds'])})"
            for mode, m in r["reimport"].items()
        ]
        print(
            f"{r['size']:>7} | "
            + " | ".join(parts)
            + f" | first import's plan {r['import']['plan']:.2f} s"
        )
    print()
    print("readers alone (iterate every row):")
    for r in results:
        parts = [
            f"{name} {m['seconds']:.2f} s / {m['mem']:.0f} MB" for name, m in r["reads"].items()
        ]
        print(f"{r['size']:>7} | " + " | ".join(parts))


def child(argv: list[str]) -> None:
    step, *rest = argv
    if step == "demo":
        result = step_demo(Path(rest[0]), int(rest[1]))
    elif step == "export":
        result = step_export(Path(rest[0]), Path(rest[1]))
    elif step == "import":
        result = step_import(Path(rest[0]), Path(rest[1]))
    elif step == "reimport":
        result = step_reimport(Path(rest[0]), Path(rest[1]), Path(rest[2]), rest[3])
    elif step == "plan_memory":
        result = step_plan_memory(Path(rest[0]), Path(rest[1]))
    elif step == "libreoffice":
        result = step_libreoffice(rest[0], Path(rest[1]), rest[2], Path(rest[3]))
    else:
        result = step_read(rest[0], Path(rest[1]))
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
