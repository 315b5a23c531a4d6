"""The translations: both .ts files complete and in step with the code, .qm files built from
them, placeholders kept, and the window really speaking English when asked to."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from leaguedesk import cli
from leaguedesk.core.organisation import BRANCH_FIELDS, OrganisationKind
from leaguedesk.gui import app as gui_app
from leaguedesk.gui import i18n, labels
from leaguedesk.gui.main_window import MainWindow
from leaguedesk.gui.session import Session
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.storage.backup import Reason

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tools = _load_script()


@pytest.fixture(scope="module")
def code_keys() -> set[tuple[str, str, str]]:
    """What lupdate finds in the code today, extracted into a scratch .ts."""
    return tools.code_keys()


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_ts_has_no_unfinished_or_vanished_entries(language: str) -> None:
    problems = tools.translation_problems(language, tools.read_ts(tools.ts_path(language)))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_every_text_in_the_code_is_in_the_ts(
    language: str, code_keys: set[tuple[str, str, str]]
) -> None:
    assert len(code_keys) > 100
    problems = tools.coverage_problems(code_keys, language, tools.read_ts(tools.ts_path(language)))
    assert problems == [], "\n".join(problems)


def test_every_text_has_a_context(code_keys: set[tuple[str, str, str]]) -> None:
    """A text outside a class is looked up under another context at run time: never shown."""
    problems = tools.context_problems(code_keys)
    assert problems == [], "\n".join(problems)


def test_chinese_translations_are_the_sources() -> None:
    for entry in tools.read_ts(tools.ts_path("zh_CN")):
        assert entry.translations == (entry.source,), entry


def test_english_keeps_every_placeholder() -> None:
    entries = tools.read_ts(tools.ts_path("en"))
    with_fields = [e for e in entries if "{" in e.source]
    assert len(with_fields) >= 20
    for entry in with_fields:
        for text in entry.translations:
            assert tools.placeholders(text) == tools.placeholders(entry.source), entry


def test_check_flags_a_chinese_copy_as_untranslated() -> None:
    """An English "translation" that is the Chinese source (or has no English in it) counts as
    unfinished; an English text may still quote a Chinese form name."""
    copied = tools.Entry(
        context="Page", source="名册", comment="", translations=("名册",), state="", numerus=False
    )
    assert tools.translation_problems("en", [copied])
    assert tools.translation_problems("zh_CN", [copied]) == []
    quoting = tools.Entry(
        context="Page",
        source="打印入团志愿书",
        comment="",
        translations=("Print the 入团志愿书 (application form)",),
        state="",
        numerus=False,
    )
    assert tools.translation_problems("en", [quoting]) == []


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_committed_qm_is_built_from_the_ts(language: str) -> None:
    assert tools.stale_qm(language) is None


def test_labels_cover_the_domain_values_the_window_shows() -> None:
    values = set(labels.VALUES)
    assert {kind.value for kind in OrganisationKind} <= values
    assert set(BRANCH_FIELDS) <= values
    assert set(labels.BACKUP_REASONS) == {reason.value for reason in Reason}


# The script itself, on a package of its own -------------------------------------------------


def test_script_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New texts arrive unfinished, --fill-en finishes them, --release builds, --check agrees;
    a changed text is flagged again and a removed one leaves the .ts."""
    package = tmp_path / "pkg"
    package.mkdir()
    source = package / "page.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class Page(QWidget):\n"
        "    def build(self, n):\n"
        "        self.tr('团员名册')\n"
        "        return self.tr('共 {n} 人').format(n=n)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(tools, "PACKAGE", package)
    monkeypatch.setattr(tools, "I18N", tmp_path / "i18n")

    assert tools.main([]) == 0
    zh = tools.read_ts(tools.ts_path("zh_CN"))
    assert [(e.source, e.translations, e.finished) for e in zh] == [
        ("团员名册", ("团员名册",), True),
        ("共 {n} 人", ("共 {n} 人",), True),
    ]
    assert [e.state for e in tools.read_ts(tools.ts_path("en"))] == ["unfinished"] * 2
    assert tools.main(["--check"]) == 1

    english = tmp_path / "en.json"
    english.write_text(
        json.dumps({"团员名册": "Member roster", "共 {n} 人": "{n} in all"}), encoding="utf-8"
    )
    assert tools.main(["--fill-en", str(english), "--release"]) == 0
    assert tools.check() == []
    assert tools.qm_path("en").is_file()

    exported = tmp_path / "out.json"
    assert tools.main(["--export-en", str(exported)]) == 0
    assert json.loads(exported.read_text(encoding="utf-8")) == {
        "团员名册": "Member roster",
        "共 {n} 人": "{n} in all",
    }

    source.write_text(
        source.read_text(encoding="utf-8").replace("团员名册", "团员花名册"), encoding="utf-8"
    )
    problems = tools.check()
    assert any("missing" in p and "团员花名册" in p for p in problems)
    assert tools.main([]) == 0
    entries = {e.source: e for e in tools.read_ts(tools.ts_path("en"))}
    assert set(entries) == {"团员花名册", "共 {n} 人"}
    assert not entries["团员花名册"].finished
    assert entries["共 {n} 人"].translations == ("{n} in all",)
    assert any("out of date" in p for p in tools.check())  # the .qm predates the change


def test_check_flags_a_lost_placeholder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "page.py").write_text(
        "class Page:\n    def build(self):\n        return self.tr('文件：{path}')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(tools, "PACKAGE", package)
    monkeypatch.setattr(tools, "I18N", tmp_path / "i18n")
    tools.main([])
    english = tmp_path / "en.json"
    english.write_text(json.dumps({"文件：{path}": "File: {name}"}), encoding="utf-8")
    tools.main(["--fill-en", str(english), "--release"])
    assert any("placeholders" in p for p in tools.check())


def test_check_flags_texts_filed_under_a_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``page.tr("…")`` outside the page's class is filed by lupdate under "page" but looked up
    under the page's class at run time: never translated, so --check says so."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "class Page:\n    def build(self):\n        return self.tr('名册')\n\n\n"
        "def title(page):\n    return page.tr('撤销')\n\n\n"
        "def label():\n    return QCoreApplication.translate('Labels', '团委')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(tools, "PACKAGE", package)
    problems = tools.context_problems(tools.code_keys())
    assert len(problems) == 1 and "'page'" in problems[0] and "撤销" in problems[0]


# The window in English ----------------------------------------------------------------------


@pytest.fixture
def restore_chinese(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, i18n.DEFAULT_LANGUAGE)


def _settings(data_home: Path) -> QSettings:
    return QSettings(str(data_home / "settings.ini"), QSettings.Format.IniFormat)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_english_qm_turns_the_menus_english(
    qtbot, qapp: QApplication, data_home: Path, restore_chinese: None
) -> None:
    assert i18n.install(qapp, "en") == "en"
    window = MainWindow(Session(_settings(data_home), TaskRunner()))
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&File", "&Organisation", "&View", "&Help"]
    assert window.windowTitle() == "LeagueDesk"
    assert window.nav.item(0).text() == "Roster"


def test_chinese_is_the_default(
    qtbot, qapp: QApplication, data_home: Path, restore_chinese: None
) -> None:
    window = gui_app.build_window(_settings(data_home))
    qtbot.addWidget(window)
    assert i18n.current() == "zh_CN"
    assert _menu_titles(window) == ["文件(&F)", "组织(&O)", "视图(&V)", "帮助(&H)"]


def test_lang_option_is_remembered(
    qtbot, qapp: QApplication, data_home: Path, restore_chinese: None
) -> None:
    settings = _settings(data_home)
    window = gui_app.build_window(settings, lang="en")
    qtbot.addWidget(window)
    assert _menu_titles(window)[0] == "&File"
    assert settings.value("ui/language") == "en"
    # The next start without --lang keeps English.
    i18n.install(qapp, "zh_CN")
    again = gui_app.build_window(settings)
    qtbot.addWidget(again)
    assert _menu_titles(again)[0] == "&File"


def test_cli_passes_lang_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(gui_app, "run", fake_run)
    result = CliRunner().invoke(cli.cli, ["--lang", "en"])
    assert result.exit_code == 0
    assert seen["lang"] == "en"


def test_settings_page_stores_the_language(
    qtbot,
    qapp: QApplication,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_chinese: None,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    settings = _settings(data_home)
    window = gui_app.build_window(settings)
    qtbot.addWidget(window)
    page = window.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings.value("ui/language") == "en"
    assert told == ["界面语言将在重新启动团务通后生效。"]


def test_organisation_kinds_are_shown_in_english(
    qtbot, qapp: QApplication, data_home: Path, restore_chinese: None
) -> None:
    window = gui_app.build_window(_settings(data_home), lang="en")
    qtbot.addWidget(window)
    combo = window.pages["settings"].org_kind
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert shown == {
        "团支部": "League branch",
        "团总支": "General branch",
        "团委": "League committee",
    }


@pytest.mark.slow
def test_smoke_test_in_english(tmp_path: Path, data_home: Path) -> None:
    """``leaguedesk --lang en --smoke-test`` in a process of its own, as a user would run it."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "leaguedesk",
            "--lang",
            "en",
            "--smoke-test",
            "--db",
            str(tmp_path / "x.leaguedb"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "界面语言：en" in result.stdout
    assert "x.leaguedb — LeagueDesk" in result.stdout
