"""Many comparisons at once, on any :class:`concurrent.futures.Executor`: a local process pool or a cluster."""

from __future__ import annotations

import contextlib
import multiprocessing.context
import sys
import types
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from multiprocessing import popen_spawn_posix
from multiprocessing.process import BaseProcess
from typing import TypeVar

from ._compare import compare
from ._errors import CompareError
from ._inputs._report import Report
from ._model import Comparison
from ._settings import Settings

__all__ = ["compare_many", "result_or_error", "spawn_pool"]

_T = TypeVar("_T")


def compare_many(
    pairs: Iterable[tuple[Report | str, Report | str]],
    *,
    executor: Executor | None = None,
    settings: Settings | None = None,
) -> tuple[Comparison | CompareError, ...]:
    """Compare many pairs of reports in parallel.

    Each pair is one task of the executor, so any :class:`concurrent.futures.Executor` works: a
    ``ProcessPoolExecutor``, a ``ThreadPoolExecutor`` (no speed-up: the engine holds the GIL), or
    ``dask.distributed.Client(...).get_executor()`` for a cluster (docs/guide-cluster.md).

    Args:
        pairs: ``(a, b)`` pairs, each a :class:`Report` or its text, as :func:`compare.compare` takes them.
        executor: Where to run the comparisons. ``None`` starts a process pool of one worker per CPU with the
            *spawn* start method (forked children of a process that has rendered a PDF may crash) and shuts it
            down at the end; an executor you pass is left running. The pool's workers do not import the calling
            script, so a plain script needs no ``if __name__ == "__main__":`` guard.
        settings: The settings of every comparison; the defaults when ``None``.

    Returns:
        One item per pair, in the order of ``pairs``: the :class:`Comparison`, or the :class:`CompareError` that
        pair failed with (an empty report, a worker that died...). One failing pair never stops the others; test
        each item with ``isinstance(item, compare.CompareError)``.
    """
    items = list(pairs)
    if not items:
        return ()
    settings = settings or Settings()
    if executor is not None:
        return _run(executor, items, settings)
    with spawn_pool(None) as pool:
        return _run(pool, items, settings)


def spawn_pool(workers: int | None) -> ProcessPoolExecutor:
    """A process pool whose workers are spawned, never forked (WeasyPrint's native state does not survive fork),
    and do not run the calling script again, so a script needs no ``if __name__ == "__main__":`` guard.

    Args:
        workers: How many processes; ``None`` for one per CPU.

    Returns:
        The pool (its workers start on the first task).
    """
    return ProcessPoolExecutor(max_workers=workers, mp_context=_ScriptFreeSpawnContext())


class _ScriptFreePopen(popen_spawn_posix.Popen):
    """Starts a spawned worker without telling it the parent's main module.

    A spawned child normally imports the parent's ``__main__`` script first, so that functions defined there can
    be unpickled; in a script without a ``__main__`` guard that runs the script's work again in every worker,
    which then tries to start a pool of its own and fails. The pool's tasks and arguments are compare's own
    functions and classes, so its workers never need the script.
    """

    def __init__(self, process_obj: BaseProcess) -> None:
        # The worker is launched inside __init__: its preparation data is written then.
        with _main_module_hidden():
            super().__init__(process_obj)


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    # multiprocessing.spawn.get_preparation_data reads the main module's __file__ and __spec__ to tell the child
    # what to import; an empty stand-in tells it nothing. The stand-in is in place only while a worker starts (a
    # few milliseconds, in the thread that submits), the one time another thread could see it.
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class _ScriptFreeProcess(multiprocessing.context.SpawnProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _ScriptFreePopen:
        return _ScriptFreePopen(process_obj)


class _ScriptFreeSpawnContext(multiprocessing.context.SpawnContext):
    Process = _ScriptFreeProcess


def _run(
    executor: Executor, items: list[tuple[Report | str, Report | str]], settings: Settings
) -> tuple[Comparison | CompareError, ...]:
    futures = [executor.submit(_compare_pair, a, b, settings) for a, b in items]
    return tuple(_results(futures))


def _results(futures: list[Future[Comparison]]) -> list[Comparison | CompareError]:
    # A loop rather than a comprehension: mypy infers result_or_error's type from the list's, and would then refuse
    # a Future[Comparison].
    results: list[Comparison | CompareError] = []
    for position, future in enumerate(futures):
        result = result_or_error(future, f"pair {position}")
        results.append(result)
    return results


def _compare_pair(a: Report | str, b: Report | str, settings: Settings) -> Comparison:
    # A module-level function, so that process pools and dask can pickle it by reference.
    return compare(a, b, settings=settings)


def result_or_error(future: Future[_T], label: str) -> _T | CompareError:
    """A future's result, or the error it ended with as a :class:`CompareError` naming ``label``.

    Errors of compare come back as they are; anything else (a worker process that died, a bug) is wrapped, so the
    caller deals with one type and learns what happened.
    """
    try:
        return future.result()
    except CompareError as error:
        return error
    except Exception as error:
        wrapped = CompareError(f"{label}: {type(error).__name__}: {error}")
        wrapped.__cause__ = error
        return wrapped
