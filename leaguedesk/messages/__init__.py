"""Words for the codes the Qt-free layers raise, shared by the window and the command line.

Source texts are Simplified Chinese (the default language); ``i18n/*.ts`` translate them. This
module words league-file and branch problems; each area has its own module beside it
(``members``, ``recruitment``, ``printing``), imported only where that area is used.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from leaguedesk.core.organisation import BranchError, BranchProblem
from leaguedesk.storage.errors import LeagueFileError, Problem

_CONTEXT = "Messages"


class Facts(dict):
    """Format facts where a missing one shows as "?" instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"


_FILE_PROBLEMS: dict[Problem, str] = {
    Problem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到团务文件“{path}”。请检查路径，或新建一个团务文件。"
    ),
    Problem.EMPTY: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”是一个空文件，不是团务文件。文件未作任何改动。请打开其他文件或从备份恢复。",
    ),
    Problem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”不是团务文件（可能是文本或其他类型的文件）。文件未作任何改动。"
    ),
    Problem.FOREIGN_SQLITE: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”是其他软件的数据库，不是团务文件。文件未作任何改动。"
    ),
    Problem.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”由更新版本的团务通保存（文件格式 {version}，本程序只认识到 {known}）。"
        "请升级团务通后再打开。文件未作任何改动。",
    ),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”已损坏（完整性检查未通过），为防止数据进一步丢失已拒绝打开。文件未作任何改动。"
        "请通过“文件 → 恢复备份”恢复最近的备份。",
    ),
    Problem.IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}”正在被使用（计算机：{host}，用户：{user}，自 {since} 起）。"
        "请先在那里关闭团务通，或打开其他文件。",
    ),
    Problem.BUSY: QT_TRANSLATE_NOOP("Messages", "“{path}”暂时被其他程序锁定，请稍后再试。"),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "无法写入“{path}”：文件或所在文件夹是只读的（如写保护的U盘）。请复制到可写的位置后再打开。",
    ),
    Problem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "磁盘已满，无法保存到“{path}”。请清理磁盘空间后重试，已保存的数据未受影响。"
    ),
    Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "无法打开“{path}”：{detail}。请检查文件是否存在以及是否有访问权限。"
    ),
    Problem.ALREADY_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "“{path}”已经存在。请换一个文件名，或直接打开它。"
    ),
    Problem.BACKUP_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "找不到备份文件“{path}”。"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def file_error(error: LeagueFileError) -> str:
    """The sentence a user reads for a league-file problem."""
    facts = {"host": "?", "user": "?", "since": "?", "detail": "", "version": "?", "known": "?"}
    facts.update({k: v for k, v in error.facts.items() if v not in (None, "")})
    return tr(_FILE_PROBLEMS[error.problem]).format(path=error.path, **facts)


_BRANCH_PROBLEMS: dict[BranchProblem, str] = {
    BranchProblem.NAME_EMPTY: QT_TRANSLATE_NOOP("Messages", "支部名称不能为空。"),
    BranchProblem.NAME_TAKEN: QT_TRANSLATE_NOOP(
        "Messages", "已有名为“{name}”的支部，请换一个名称。"
    ),
    BranchProblem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "找不到支部“{name}”。可用 leaguedesk info 查看本文件中的支部。"
    ),
}


def branch_error(error: BranchError) -> str:
    return tr(_BRANCH_PROBLEMS[error.problem]).format(name=error.name)
