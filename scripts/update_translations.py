"""Keep LeagueDesk's translations in step with the code: i18n/*.ts sources and built .qm files.

    python scripts/update_translations.py                 # refresh both .ts from the code
    python scripts/update_translations.py --fill-en F     # ... and take English from F, finished
    python scripts/update_translations.py --export-en F   # ... and write English to F (JSON)
    python scripts/update_translations.py --release       # ... and build i18n/*.qm
    python scripts/update_translations.py --check         # change nothing; non-zero on problems

Source texts are Simplified Chinese. ``leaguedesk_zh_CN.ts`` is complete by construction (each
translation is its source). ``leaguedesk_en.ts`` keeps its translations; new texts stay
unfinished until a person translates them, through Qt Linguist or through ``--fill-en`` with a
JSON object ``{"中文原文": "English", ...}`` (a key ``"Context::中文原文"`` applies to one context
only), or another .ts file, e.g. the other side of a merge: its finished translations are taken.
``--export-en`` writes the current English as such a JSON object (untranslated texts map to ""),
ready to edit and feed back with ``--fill-en``.

After merging branches that both touched the .ts files: take either side's files, run this
script, then ``--fill-en`` with the other side's en.ts to recover its translations.
The .qm files are committed, so a fresh checkout runs without a build step.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leaguedesk"
I18N = ROOT / "i18n"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
# No source locations: line numbers would make every code change (and every merge) touch the
# .ts files; messages stay in code order within their context.
LUPDATE_OPTIONS = ("-locations", "none", "-silent")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%L?\d+")
ACCELERATOR = re.compile(r"&[^&\s]")
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def ts_path(language: str) -> Path:
    return I18N / f"leaguedesk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"leaguedesk_{language}.qm"


# Tools ------------------------------------------------------------------------------------


def _tool(name: str) -> str:
    """The Qt tool shipped inside the PySide6 wheel this interpreter uses (same Qt version)."""
    import PySide6  # the package only; no Qt library is loaded

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name}).")


def python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_files: list[Path], *, target_language: str, drop_obsolete: bool = True) -> None:
    """Extract every translatable text of the package into ``ts_files`` (created or merged)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in python_sources()) + "\n", encoding="utf-8")
        args = [
            _tool("lupdate"),
            f"@{listing}",
            *LUPDATE_OPTIONS,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            target_language,
        ]
        if drop_obsolete:
            args.append("-no-obsolete")
        args += ["-ts", *(str(p) for p in ts_files)]
        _run(args)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    _run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


def _run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, errors="replace", check=False)
    if result.returncode != 0:
        raise SystemExit(
            f"{Path(args[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )


# Reading and writing .ts -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one text, or the plural forms
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == ""

    @property
    def live(self) -> bool:
        return self.state not in ("obsolete", "vanished")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _entry(context: str, message: ET.Element) -> Entry:
    translation = message.find("translation")
    assert translation is not None
    numerus = message.get("numerus") == "yes"
    if numerus:
        texts = tuple(form.text or "" for form in translation.iter("numerusform"))
    else:
        texts = (translation.text or "",)
    return Entry(
        context=context,
        source=message.findtext("source") or "",
        comment=message.findtext("comment") or "",
        translations=texts,
        state=translation.get("type", ""),
        numerus=numerus,
    )


def read_ts(path: Path) -> list[Entry]:
    return [_entry(context, message) for context, message in _messages(ET.parse(path))]


def _set_translation(message: ET.Element, texts: list[str], finished: bool) -> None:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        forms = list(translation.iter("numerusform")) or [ET.SubElement(translation, "numerusform")]
        while len(forms) < len(texts):
            forms.append(ET.SubElement(translation, "numerusform"))
        for form, text in zip(forms, texts + [texts[-1]] * len(forms), strict=False):
            form.text = text
    else:
        translation.text = texts[0]
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def _rewrite(path: Path, change) -> int:
    """Apply ``change(context, message) -> bool`` to every message; return how many changed."""
    tree = ET.parse(path)
    changed = sum(bool(change(context, message)) for context, message in _messages(tree))
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


# Steps --------------------------------------------------------------------------------------


def update() -> None:
    """Merge the code's texts into both .ts files; make every zh_CN entry its own translation."""
    I18N.mkdir(exist_ok=True)
    for language in LANGUAGES:
        lupdate([ts_path(language)], target_language=language)

    def identity(_context: str, message: ET.Element) -> bool:
        entry = _entry(_context, message)
        forms = [entry.source] * (len(entry.translations) if entry.numerus else 1)
        if entry.finished and list(entry.translations) == forms:
            return False
        _set_translation(message, forms, finished=True)
        return True

    if _rewrite(ts_path("zh_CN"), identity):
        lupdate([ts_path("zh_CN")], target_language="zh_CN")  # back to lupdate's own layout


def english_from(path: Path) -> dict[str, list[str]]:
    """{source: translation forms} from a JSON object or from another .ts (finished only)."""
    if path.suffix == ".ts":
        return {
            _qualified(e): list(e.translations)
            for e in read_ts(path)
            if e.live and e.finished and any(e.translations)
        }
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a JSON object {{source: English}}.")
    result: dict[str, list[str]] = {}
    for source, value in data.items():
        forms = [value] if isinstance(value, str) else list(value)
        if forms and all(isinstance(f, str) for f in forms) and any(f.strip() for f in forms):
            result[source] = forms
    return result


def fill_english(path: Path) -> int:
    """Take translations from ``path`` into en.ts, marked finished; return how many changed."""
    english = english_from(path)

    def fill(context: str, message: ET.Element) -> bool:
        entry = _entry(context, message)
        forms = english.get(_qualified(entry)) or english.get(entry.source)
        if not forms or not entry.live:
            return False
        if entry.finished and list(entry.translations)[: len(forms)] == forms:
            return False
        _set_translation(message, forms, finished=True)
        return True

    changed = _rewrite(ts_path("en"), fill)
    if changed:
        lupdate([ts_path("en")], target_language="en")
    return changed


def _qualified(entry: Entry) -> str:
    return f"{entry.context}::{entry.source}"


def export_english(path: Path) -> int:
    """Write {source: English}; a source translated differently in two contexts gets one key
    per context ("Context::source")."""
    entries = [e for e in read_ts(ts_path("en")) if e.live]
    texts: dict[str, set[tuple[str, ...]]] = {}
    for entry in entries:
        texts.setdefault(entry.source, set()).add(entry.translations if entry.finished else ("",))
    data: dict[str, str | list[str]] = {}
    for entry in entries:
        forms = list(entry.translations) if entry.finished else [""]
        key = entry.source if len(texts[entry.source]) == 1 else _qualified(entry)
        data[key] = forms if entry.numerus else forms[0]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(data)


def release() -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


# Checks -------------------------------------------------------------------------------------


def code_keys() -> set[tuple[str, str, str]]:
    """Every (context, source, comment) lupdate finds in the code, extracted into a scratch file."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch_en.ts"
        lupdate([scratch], target_language="en")
        return {e.key for e in read_ts(scratch)}


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(language: str, entries: list[Entry]) -> list[str]:
    """Unfinished, vanished and badly formed entries of one .ts file."""
    problems = []
    for e in entries:
        where = f"{ts_path(language).name} [{e.context or '(no context)'}] {e.source!r}"
        if not e.live:
            problems.append(f"{where}: {e.state} (no longer in the code; rerun the script)")
            continue
        if not e.finished or not all(t.strip() for t in e.translations):
            problems.append(f"{where}: unfinished")
            continue
        for text in e.translations:
            if placeholders(text) != placeholders(e.source):
                problems.append(
                    f"{where}: placeholders {placeholders(e.source)} "
                    f"but the translation has {placeholders(text)}: {text!r}"
                )
            if ACCELERATOR.search(e.source) and not ACCELERATOR.search(text):
                problems.append(
                    f"{where}: the source has a keyboard accelerator (&) "
                    f"but the translation has none: {text!r}"
                )
            if (
                language != SOURCE_LANGUAGE
                and CJK.search(e.source)
                and (text == e.source or not LATIN.search(text))
            ):
                problems.append(f"{where}: not translated (still Chinese): {text!r}")
    return problems


def coverage_problems(
    keys: set[tuple[str, str, str]], language: str, entries: list[Entry]
) -> list[str]:
    present = {e.key for e in entries if e.live}
    return [
        f"{ts_path(language).name}: missing [{c or '(no context)'}] {s!r} "
        "(rerun scripts/update_translations.py)"
        for c, s, _ in sorted(keys - present)
    ]


TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"}


def declared_contexts() -> set[str]:
    """The contexts texts are looked up under at run time: class names (``self.tr``) and the
    literal first arguments of ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP``."""
    names: set[str] = set()
    for path in python_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if (
                    called in TRANSLATE_CALLS
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    names.add(first.value)
    return names


def context_problems(keys: set[tuple[str, str, str]]) -> list[str]:
    """Texts lupdate filed under a context no class or translate() call has: a tr() helper
    outside a class, or ``other.tr()`` / ``self.page.tr()`` (filed under "other"/"self.page"
    but looked up under the object's class at run time). They would never be translated."""
    known = declared_contexts()
    return [
        f"context {c or '(none)'!r} for {s!r} is not a class: inside the class use "
        'self.tr("..."), elsewhere QCoreApplication.translate("ClassName", "...")'
        for c, s, _ in sorted(keys)
        if c not in known
    ]


def stale_qm(language: str) -> str | None:
    qm = qm_path(language)
    if not qm.is_file():
        return f"{qm.name}: missing (run scripts/update_translations.py --release)"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        lrelease(ts_path(language), fresh)
        if fresh.read_bytes() != qm.read_bytes():
            return f"{qm.name}: out of date with {ts_path(language).name} (run with --release)"
    return None


def check() -> list[str]:
    keys = code_keys()
    problems = context_problems(keys)
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.is_file():
            problems.append(f"{path.name}: missing (run scripts/update_translations.py)")
            continue
        entries = read_ts(path)
        problems += coverage_problems(keys, language, entries)
        problems += translation_problems(language, entries)
        if language == SOURCE_LANGUAGE:
            problems += [
                f"{path.name} [{e.context}] {e.source!r}: translation differs from the source"
                for e in entries
                if e.live and set(e.translations) != {e.source}
            ]
        stale = stale_qm(language)
        if stale:
            problems.append(stale)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fill-en",
        type=Path,
        metavar="FILE",
        help="take English translations from a JSON {source: English} or a .ts",
    )
    parser.add_argument(
        "--export-en",
        type=Path,
        metavar="FILE",
        help='write the English translations as JSON (untranslated: "")',
    )
    parser.add_argument("--release", action="store_true", help="build i18n/*.qm with lrelease")
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; list unfinished, vanished or missing entries and "
        "stale .qm files, exit 1 when there are any",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)." if problems else "Translations are complete.")
        return 1 if problems else 0
    update()
    if args.fill_en:
        print(f"{fill_english(args.fill_en)} English translation(s) filled in.")
    entries = read_ts(ts_path("en"))
    open_entries = [e for e in entries if e.live and not e.finished]
    print(f"{ts_path('en').name}: {len(entries)} texts, {len(open_entries)} unfinished.")
    if args.export_en:
        print(f"{export_english(args.export_en)} texts written to {args.export_en}.")
    if args.release:
        release()
        print("Built " + ", ".join(qm_path(lang).name for lang in LANGUAGES) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
