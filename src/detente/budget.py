"""Per-document time budgets: stop work on one document that runs too long.

spaCy and our own extraction cannot be interrupted cooperatively (there is no "check the
clock" inside a parse), so :class:`Deadline` raises :class:`DocumentTimeout` *into* the
thread that does the work, from a watchdog thread (:class:`Watchdog`), with CPython's
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
import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

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


def _quiet_swallowed_timeouts() -> None:
    """Keep a timeout that lands in a ``__del__`` off stderr. Python cannot raise out of a
    finaliser and prints the exception as "Exception ignored in …" with a traceback; the work
    then simply runs on to its end. Every other unraisable exception goes to the hook that was
    there before (installed once per process, on the first timeout)."""
    previous = sys.unraisablehook
    if getattr(previous, "quiets_timeouts", False):
        return

    def hook(args: UnraisableHookArgs) -> None:
        if args.exc_type is not DocumentTimeout:
            previous(args)

    hook.quiets_timeouts = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


POLL = 0.25  # longest a watchdog sleeps: a deadline is enforced at most this late
IDLE_EXIT = 10.0  # a watchdog thread with nothing to watch for this long ends (restarts on use)


class Watchdog:
    """One thread that enforces the deadlines of any number of threads.

    Arming and disarming only take a lock (a few microseconds), so a coder can give every
    document its own deadline; the thread sleeps at most :data:`POLL` seconds at a time, starts
    on first use and ends after :data:`IDLE_EXIT` idle seconds.
    """

    def __init__(self, idle_exit: float = IDLE_EXIT) -> None:
        self.idle_exit = idle_exit
        self._lock = threading.Lock()
        self._armed: dict[int, tuple[float, Deadline]] = {}  # id(deadline) → (due, deadline)
        self._thread: threading.Thread | None = None

    def arm(self, deadline: Deadline) -> None:
        with self._lock:
            self._armed[id(deadline)] = (time.monotonic() + deadline.seconds, deadline)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="detente-watchdog", daemon=True
                )
                self._thread.start()

    def disarm(self, deadline: Deadline) -> None:
        """Stop watching ``deadline``; withdraw its timeout if raised but not yet delivered."""
        with self._lock:
            self._armed.pop(id(deadline), None)
            if deadline.fired:
                _raise_in(deadline.thread_id, None)

    def _run(self) -> None:
        idle_since = time.monotonic()
        while True:
            now = time.monotonic()
            with self._lock:
                for key, (due, deadline) in list(self._armed.items()):
                    if due <= now:
                        del self._armed[key]
                        deadline.fired = True
                        _quiet_swallowed_timeouts()
                        _raise_in(deadline.thread_id, DocumentTimeout)
                if self._armed:
                    idle_since = now
                    wait = min(POLL, min(due for due, _ in self._armed.values()) - now)
                elif now - idle_since >= self.idle_exit:
                    self._thread = None
                    return
                else:
                    wait = POLL
            time.sleep(max(wait, 0.001))


class Deadline:
    """``with Deadline(2.5): work()`` raises :class:`DocumentTimeout` in ``work`` after 2.5 s.

    ``seconds <= 0`` means no deadline. ``watchdog`` shares one watching thread among many
    deadlines (a coder passes its own); without one, the deadline has a private watchdog
    whose thread ends soon after the block. On
    leaving the block the deadline is disarmed and a timeout still pending for this thread is
    withdrawn, so it can never surface later, in unrelated code.
    """

    def __init__(self, seconds: float, watchdog: Watchdog | None = None) -> None:
        self.seconds = seconds
        self.fired = False
        self.thread_id = 0
        self._watchdog = watchdog
        self._active = False

    def __enter__(self) -> Deadline:
        if self.seconds > 0:
            self.thread_id = threading.get_ident()
            if self._watchdog is None:
                self._watchdog = Watchdog(idle_exit=0.0)
            self._active = True
            self._watchdog.arm(self)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if not self._active or self._watchdog is None:
            return False
        while True:  # a timeout may land while we disarm: disarm again until it is quiet
            try:
                self._watchdog.disarm(self)
                break
            except DocumentTimeout:
                self.fired = True
        self._active = False
        return False
