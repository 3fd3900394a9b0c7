"""Many comparisons at once, on any :class:`concurrent.futures.Executor`: a local process pool or a cluster."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
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
            down at the end; an executor you pass is left running.
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
    """A process pool whose workers are spawned, never forked (WeasyPrint's native state does not survive fork)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


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
