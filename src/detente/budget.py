"""Per-document time budgets: stop work on one document that runs too long.

spaCy and our own extraction cannot be interrupted cooperatively (there is no "check the
clock" inside a parse), so :class:`Deadline` raises :class:`DocumentTimeout` *into* the
thread that does the work, from a small watchdog thread, with CPython's
``PyThreadState_SetAsyncExc``. Unlike ``signal.alarm`` this works in any thread: the CLI's
main thread, a Dask worker's task thread, a web server's thread pool. The exception arrives
at the next Python bytecode of the watched thread: a pure-Python loop is stopped at once, a
long C call (one spaCy batch) when it returns.

``DocumentTimeout`` derives from ``BaseException`` (like ``KeyboardInterrupt``) so that a
library's ``except Exception`` cannot swallow it. The watchdog raises it once; leaving the block
disarms the watchdog and withdraws a timeout not yet delivered, so none can surface later in
unrelated code. What a raise cannot stop (a C call that never returns) needs a process to
kill; our stages are linear in the text, so the cases we have seen are Python loops.
"""

from __future__ import annotations

import ctypes
import threading
from types import TracebackType

WORDS_PER_UNIT = 1000


class DocumentTimeout(BaseException):
    """A document used up its time budget (internal control flow, caught by the coder)."""


def budget_for(text: str, seconds_per_1000_words: float) -> float:
    """The time budget of ``text``: ``seconds_per_1000_words`` per 1,000 words, and never less
    than one such unit (a headline gets as long as a 1,000-word article). 0 means none."""
    if seconds_per_1000_words <= 0:
        return 0.0
    words = len(text.split())
    return seconds_per_1000_words * max(1.0, words / WORDS_PER_UNIT)


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


class Deadline:
    """``with Deadline(2.5): work()`` raises :class:`DocumentTimeout` in ``work`` after 2.5 s.

    ``seconds <= 0`` means no deadline. On leaving the block the watchdog is stopped and any
    timeout still pending for this thread is withdrawn, so it can never surface later, in
    unrelated code.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._lock = threading.Lock()
        self._armed = False
        self._stop = threading.Event()
        self._thread_id = 0
        self._watchdog: threading.Thread | None = None

    def __enter__(self) -> Deadline:
        if self.seconds > 0:
            self._thread_id = threading.get_ident()
            self._armed = True
            self._watchdog = threading.Thread(
                target=self._watch, name="detente-deadline", daemon=True
            )
            self._watchdog.start()
        return self

    def _watch(self) -> None:
        if self._stop.wait(self.seconds):
            return
        with self._lock:
            if self._armed:
                self.fired = True
                _raise_in(self._thread_id, DocumentTimeout)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if self._watchdog is None:
            return False
        while True:  # a timeout may land while we disarm: disarm again until it is quiet
            try:
                with self._lock:
                    self._armed = False
                    if self.fired:
                        _raise_in(self._thread_id, None)
                self._stop.set()
                break
            except DocumentTimeout:
                self.fired = True
                continue
        return False
