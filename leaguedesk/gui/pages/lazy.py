"""The main window's pages, each built the first time it is shown or asked for.

Starting the window then costs only the page it opens on (and its imports); the others follow
when the secretary goes to them. ``pages["meetings"]`` builds that page if needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages(Mapping[str, QWidget]):
    def __init__(self, stack: QStackedWidget, factories: dict[str, Callable[[], QWidget]]):
        self._stack = stack
        self._factories = factories
        self._keys = list(factories)
        self._built: dict[str, QWidget] = {}
        for _key in self._keys:
            stack.addWidget(QWidget())  # a stand-in until the page is built

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()  # KeyError for an unknown page, as a dict would
            index = self._keys.index(key)
            current = self._stack.currentIndex()
            stand_in = self._stack.widget(index)
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> list[str]:
        return list(self._built)

    def show_index(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self[self._keys[index]]
            self._stack.setCurrentIndex(index)
