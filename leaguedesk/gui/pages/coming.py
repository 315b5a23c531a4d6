"""The page shown for an area still being built: says so plainly, shows nothing fake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        text = QLabel(description + "\n\n" + self.tr("这部分功能正在开发中，将在后续版本中提供。"))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text.setStyleSheet("font-size: 12pt; color: #555;")
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(text)
        layout.addStretch(1)
