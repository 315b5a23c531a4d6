"""What the window is working on: the open league file and the chosen branch, with change signals.

Pages receive the session when built and refresh when it says the file, branch or data changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from leaguedesk.core.organisation import Branch, OrganisationKind
from leaguedesk.gui.tasks import TaskRunner
from leaguedesk.services import organisation as org
from leaguedesk.storage.leaguefile import LeagueFile


class Session(QObject):
    file_changed = Signal()  # another league file (or none) is open
    branch_changed = Signal()  # another branch is chosen
    data_changed = Signal()  # records changed: lists must be read again

    def __init__(self, settings: QSettings, tasks: TaskRunner):
        super().__init__()
        self.settings = settings
        self.tasks = tasks
        self.league: LeagueFile | None = None
        self.branch_id: int | None = None  # None: every branch (an office's view)

    def set_league(self, league: LeagueFile | None) -> None:
        if self.league is not None and self.league is not league:
            self.league.close()
        self.league = league
        self.branch_id = None
        if league is not None:
            branches = org.list_branches(league)
            remembered = self.settings.value(f"branch/{league.path.resolve()}", None)
            ids = [b.id for b in branches]
            if remembered is not None and int(remembered) in ids:
                self.branch_id = int(remembered)
            elif len(branches) == 1 or (branches and not self.is_office()):
                self.branch_id = branches[0].id
        self.file_changed.emit()

    def set_branch(self, branch_id: int | None) -> None:
        if branch_id == self.branch_id:
            return
        self.branch_id = branch_id
        if self.league is not None:
            self.settings.setValue(f"branch/{self.league.path.resolve()}", branch_id)
        self.branch_changed.emit()

    def branches(self) -> list[Branch]:
        return org.list_branches(self.league) if self.league is not None else []

    def branch(self) -> Branch | None:
        if self.league is None or self.branch_id is None:
            return None
        return org.get_branch(self.league, self.branch_id)

    def is_office(self) -> bool:
        """A 团委/团总支 file (many branches), as opposed to one branch's own file."""
        if self.league is None:
            return False
        kind = org.organisation(self.league).kind
        return kind is not OrganisationKind.BRANCH or len(org.list_branches(self.league)) > 1

    def notify_data_changed(self) -> None:
        self.data_changed.emit()

    def close(self) -> None:
        self.set_league(None)
