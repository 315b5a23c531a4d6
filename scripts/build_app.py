"""Build the one-folder LeagueDesk program with PyInstaller, then prove it runs.

    python scripts/build_app.py            # pyinstaller build.spec --noconfirm, then smoke tests
    python scripts/build_app.py --no-build # smoke-test the program already in dist/

The built program runs ``--smoke-test --db <tmp>/x.leaguedb`` twice (the second run reuses the
file the first created) with QT_QPA_PLATFORM=offscreen, then once more with ``--lang en`` and,
on Linux, with the system's fonts hidden from fontconfig: the English window title can only come
from the bundled i18n/leaguedesk_en.qm and the Chinese font only from the bundled resources/.
The script prints the build time, the size of dist/leaguedesk/ and what the smoke tests said,
and exits non-zero when anything failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "leaguedesk"


def program() -> Path:
    """The console program in the bundle (the windowed one has no stdout on Windows)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return DIST / f"leaguedesk-cli{suffix}"


def build(clean: bool = False) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            *(["--clean"] if clean else []),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(
    db: Path, home: Path, *extra: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEAGUEDESK_HOME=str(home))
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree
    env.update(env_extra or {})
    return subprocess.run(
        [str(program()), "--smoke-test", "--db", str(db), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=db.parent,
    )


def no_system_fonts(folder: Path) -> dict[str, str]:
    """A fontconfig setup that lists no font folders: only fonts the program adds itself."""
    if not sys.platform.startswith("linux"):
        return {}
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(config)}


def report(
    title: str,
    result: subprocess.CompletedProcess[str],
    elapsed: float,
    expect: tuple[str, ...] = (),
) -> bool:
    """Print one smoke test's outcome; True when it passed and said what was expected."""
    output = result.stdout + result.stderr
    missing = [text for text in expect if text not in output]
    ok = result.returncode == 0 and not missing
    verdict = "ok" if ok else f"FAILED (exit {result.returncode}; missing {missing})"
    print(f"{title}: {verdict} in {elapsed:.2f} s")
    for line in output.strip().splitlines():
        print(f"    {line}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing dist/ only")
    parser.add_argument(
        "--clean",
        action="store_true",
        help="build from scratch (pyinstaller --clean: no cached analysis)",
    )
    args = parser.parse_args(argv)
    seconds = None if args.no_build else build(clean=args.clean)
    if not program().is_file():
        print(f"{program()} is missing: build first.", file=sys.stderr)
        return 1
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "x.leaguedb"
        home = Path(tmp) / "home"
        for run in (1, 2):
            started = time.perf_counter()
            result = smoke_test(db, home)
            title = f"smoke test {run} ({'creates' if run == 1 else 'reuses'} {db.name})"
            failed |= not report(title, result, time.perf_counter() - started)
            if run == 1 and not db.is_file():
                print("    the league file was not created")
                failed = True
        started = time.perf_counter()
        result = smoke_test(db, home, "--lang", "en", env_extra=no_system_fonts(Path(tmp)))
        failed |= not report(
            "smoke test 3 (--lang en, bundled font only)",
            result,
            time.perf_counter() - started,
            expect=("LeagueDesk", "界面语言：en", "WenQuanYi"),
        )
    if seconds is not None:
        print(f"build time: {seconds:.1f} s")
    print(f"dist folder: {DIST} = {folder_size(DIST) / 1024 / 1024:.1f} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
