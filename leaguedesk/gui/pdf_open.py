"""Show a PDF LeagueDesk has just made (in its own preview) or a file (in the system's viewer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_file(parent: QWidget | None, path: Path | str) -> bool:
    """Open ``path`` with the program the system uses for it; say so when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PdfOpen", "打开文件"),
        QCoreApplication.translate(
            "PdfOpen", "没有找到可以打开此文件的程序。文件已保存在：\n{path}"
        ).format(path=path),
    )
    return False


def open_pdf(parent: QWidget | None, path: Path | str) -> bool:
    """Show a PDF LeagueDesk has just made in the preview window (print, save as); other files
    (a spreadsheet just exported) open in the program the system uses for them."""
    if Path(path).suffix.lower() != ".pdf":
        return open_file(parent, path)
    from leaguedesk.gui.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(path, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return True
