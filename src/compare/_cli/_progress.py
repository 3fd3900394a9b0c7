"""Progress on a terminal: which step of a command is running and for how long, on standard error.

A long report takes a while (a 5 MB text: about a minute to compare and as long again for its HTML), and a command
that prints nothing for a minute looks hung. The steps (reading, comparing, writing each output) are shown as a tqdm
bar, only when standard error is a terminal, and only once a run has taken :data:`DELAY` seconds, so that the
everyday run of a second or two prints nothing but its one line. The bar's clock ticks each second while a step
runs; lines the command prints meanwhile (``wrote report.pdf ...``) go above the bar.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO

__all__ = ["DELAY", "Steps"]

DELAY = 2.0  # seconds before a bar appears
_TICK = 0.5  # seconds between redraws of the bar's clock


class Steps:
    """A command's steps, as a bar on a terminal.

    Args:
        total: How many steps the command takes.
        stream: Where the bar goes; nothing is shown unless it is a terminal.
        delay: Seconds the run must have taken before the bar appears.
    """

    def __init__(self, total: int, *, stream: TextIO | None = None, delay: float = DELAY) -> None:
        self._stream = sys.stderr if stream is None else stream
        self._total = total
        self._delay = delay
        self._started = time.monotonic()
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._bar: Any = None
        self._shown = False
        self._ticker: threading.Thread | None = None
        isatty = getattr(self._stream, "isatty", None)
        if isatty is not None and isatty():
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                file=self._stream,
                bar_format="{desc} {n_fmt}/{total_fmt} steps [{elapsed}]",
                delay=float("inf"),  # drawn by _tick only, once DELAY has passed
                leave=False,
                dynamic_ncols=True,
            )
            self._ticker = threading.Thread(target=self._tick, name="compare-progress", daemon=True)
            self._ticker.start()

    def step(self, what: str) -> None:
        """Begin a step, ending the one before (``"comparing"``, ``"writing the PDF"``)."""
        with self._lock:
            if self._bar is None:
                return
            if self._bar.desc:
                self._bar.update(1)
            self._bar.set_description_str(what, refresh=False)
            self._draw()

    def note(self, line: str) -> None:
        """Print a line on the stream, above the bar."""
        with self._lock:
            if self._shown:
                self._bar.clear()
            print(line, file=self._stream, flush=True)
            self._draw()

    def close(self) -> None:
        """Remove the bar."""
        self._done.set()
        if self._ticker is not None:
            self._ticker.join()
        with self._lock:
            if self._bar is not None:
                if self._shown:
                    self._bar.clear()
                self._bar.close()
                self._bar = None

    def __enter__(self) -> Steps:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _tick(self) -> None:
        while not self._done.wait(_TICK):
            with self._lock:
                self._draw()

    def _draw(self) -> None:
        """Draw the bar if the run has taken long enough (the caller holds the lock)."""
        if self._bar is not None and time.monotonic() - self._started >= self._delay:
            self._bar.refresh()
            self._shown = True
