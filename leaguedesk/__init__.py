"""LeagueDesk (团务通): offline record keeping for grassroots Youth League branches."""

__version__ = "0.1.0"
APP_NAME = "LeagueDesk"
