"""A bound on the time one article may take: a pathological text becomes a failure in place, never a hang.

The limit is a real-time timer (``SIGALRM``), so it works where signals are delivered: the main thread of
a process (the command line and its worker processes). In other threads (a web server's, a Dask
worker's) no timer is set and the text runs to its end; cleaning already masks the known worst cases.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Seconds one article may take by default; a news story takes well under one.
DEFAULT_SECONDS = 60.0


class TimeLimitExceeded(Exception):
    """The work under ``time_limit`` did not finish in time."""


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` inside the block once ``seconds`` have passed (``None`` or 0: no limit)."""
    if not seconds or seconds <= 0 or not _can_time():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
