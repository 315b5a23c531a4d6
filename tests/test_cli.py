"""The command line: info, backup, restore, demo, --version, --smoke-test, and errors without tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leaguedesk import __version__, paths
from leaguedesk.core import idcard
from leaguedesk.storage import backup, leaguefile


def run(*args: str, env_home: Path, input_text: str | None = None):
    env = dict(os.environ, LEAGUEDESK_HOME=str(env_home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "leaguedesk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=input_text,
        timeout=120,
    )


def test_version(data_home):
    result = run("--version", env_home=data_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"leaguedesk {__version__}"


def test_demo_then_info_json(tmp_path, data_home):
    db = tmp_path / "demo.leaguedb"
    made = run(
        "demo",
        "--db",
        str(db),
        "--branches",
        "4",
        "--members",
        "200",
        "--no-recruitment",
        env_home=data_home,
    )
    assert made.returncode == 0, made.stderr
    info = run("info", "--db", str(db), "--format", "json", env_home=data_home)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["members_total"] == 200
    with_recruits = tmp_path / "recruits.leaguedb"
    assert (
        run(
            "demo",
            "--db",
            str(with_recruits),
            "--branches",
            "2",
            "--members",
            "40",
            env_home=data_home,
        ).returncode
        == 0
    )
    listed = run(
        "recruits", "list", "--db", str(with_recruits), "--format", "json", env_home=data_home
    )
    stages = {row["stage"] for row in json.loads(listed.stdout)}
    assert len(stages) >= 4  # applicants at (nearly) every stage by default
    assert len(data["branches"]) == 4
    assert data["organisation"]["kind"] == "团委"


def test_info_table_is_in_chinese(demo_path, data_home):
    result = run("info", "--db", str(demo_path), env_home=data_home)
    assert result.returncode == 0
    assert "文件格式版本" in result.stdout and "在册" in result.stdout


@pytest.mark.parametrize("content", [b"", b"hello, not a league file\n"])
def test_bad_file_gives_chinese_error_and_no_traceback(tmp_path, data_home, content):
    bad = tmp_path / "bad.leaguedb"
    bad.write_bytes(content)
    for args in (
        ["info", "--db", str(bad)],
        ["--db", str(bad), "--smoke-test"],
        ["backup", "--db", str(bad)],
    ):
        result = run(*args, env_home=data_home)
        assert result.returncode != 0
        assert "错误" in result.stderr and "团务文件" in result.stderr
        assert "Traceback" not in result.stderr
        assert bad.read_bytes() == content


def test_unknown_command_exits_nonzero(data_home):
    result = run("frobnicate", env_home=data_home)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_smoke_test_creates_then_reuses_the_file(tmp_path, data_home):
    db = tmp_path / "x.leaguedb"
    first = run("--db", str(db), "--smoke-test", env_home=data_home)
    assert first.returncode == 0, first.stderr
    assert db.exists()
    leaguefile.inspect(db)
    size = db.stat().st_size
    second = run("--db", str(db), "--smoke-test", env_home=data_home)
    assert second.returncode == 0, second.stderr
    assert db.stat().st_size == size


def test_smoke_test_uses_the_default_file_in_the_data_folder(data_home):
    result = run("--smoke-test", env_home=data_home)
    assert result.returncode == 0, result.stderr
    assert (data_home / paths.DEFAULT_FILE_NAME).exists()


def test_backup_list_and_restore(demo_path, data_home):
    made = run("backup", "--db", str(demo_path), env_home=data_home)
    assert made.returncode == 0, made.stderr
    listed = run("backup", "--list", "--db", str(demo_path), env_home=data_home)
    assert "手动" in listed.stdout
    with leaguefile.open_league(demo_path) as league:
        league.db.execute("DELETE FROM members WHERE id > 10")
        league.db.conn.commit()
    refused = run(
        "restore", "--latest", "--db", str(demo_path), env_home=data_home, input_text="n\n"
    )
    assert refused.returncode != 0
    restored = run("restore", "--latest", "--yes", "--db", str(demo_path), env_home=data_home)
    assert restored.returncode == 0, restored.stderr
    with leaguefile.open_league(demo_path, readonly=True) as league:
        assert league.db.execute("SELECT count(*) FROM members").fetchone()[0] == 60
    reasons = [b.reason for b in backup.list_backups(backup.default_dir(demo_path))]
    assert "restore" in reasons


def test_restore_by_number_out_of_range(demo_path, data_home):
    result = run("restore", "7", "--yes", "--db", str(demo_path), env_home=data_home)
    assert result.returncode != 0
    assert "没有编号为 7 的备份" in result.stderr


def test_second_writer_is_refused_with_who_holds_it(demo_path, data_home):
    with leaguefile.open_league(demo_path):
        result = run("backup", "--db", str(demo_path), env_home=data_home)
    assert result.returncode == 2
    assert "正在被使用" in result.stderr and "计算机" in result.stderr


def test_demo_ids_are_valid_and_agree_with_birth_and_sex(demo_league):
    rows = demo_league.db.execute(
        "SELECT id_number, birth_date, sex, joined_on, development_no FROM members"
    ).fetchall()
    assert len(rows) == 60
    for number, birth, sex, joined, dev in rows:
        parsed = idcard.parse(number)
        assert parsed.birth_date.isoformat() == birth
        assert parsed.sex.value == sex
        if dev:
            assert len(dev) == 12 and dev[:4] == joined[:4]


def test_demo_refuses_to_overwrite(demo_path, data_home):
    before = demo_path.read_bytes()
    result = run("demo", "--db", str(demo_path), env_home=data_home)
    assert result.returncode == 2
    assert "已经存在" in result.stderr
    assert demo_path.read_bytes() == before
