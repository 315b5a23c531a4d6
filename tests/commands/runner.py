"""Running ``leaguedesk`` in-process the way a shell would: argv set, ``cli.main()`` exits."""

import sys

import pytest

from leaguedesk import cli


def run(monkeypatch, capsys, *args):
    """(exit code, stdout, stderr) of ``leaguedesk *args``."""
    monkeypatch.setattr(sys, "argv", ["leaguedesk", *map(str, args)])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out, err = capsys.readouterr()
    return exited.value.code, out, err
