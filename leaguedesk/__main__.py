"""Entry point for ``python -m leaguedesk``: the same as the ``leaguedesk`` command."""

from leaguedesk.cli import main

if __name__ == "__main__":
    main()
