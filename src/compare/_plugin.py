"""The pytest plugin (entry point ``pytest11``): fixtures, readable ``Comparison`` diffs, JSON snapshots.

pytest imports this module at start-up in every project where compare is installed, so it imports nothing of the
engine: ``compare``'s ``__init__`` is lazy, and the engine is imported inside the fixtures and hooks that need it.

- ``compare_reports``: a factory ``compare_reports(a, b, *, settings=None)`` that takes Reports, texts or paths.
- ``comparison_snapshot``: ``comparison_snapshot(comparison, name=None)`` checks a comparison's JSON against
  ``__snapshots__/<test module>/<name>.json`` beside the test module; ``--compare-update-snapshots`` writes it.
- ``assert left == right`` on two comparisons shows which links, conflicts and sentences differ.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._model import Comparison
    from ._settings import Settings
    from .testing import ReportLike

_UPDATE_OPTION = "--compare-update-snapshots"
_SNAPSHOT_DIR = "__snapshots__"
_MAX_DIFF_LINES = 60  # a snapshot mismatch shows this many lines of the JSON diff, then a count


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("compare", "compare (report comparison)")
    group.addoption(
        _UPDATE_OPTION,
        action="store_true",
        default=False,
        help="write comparison snapshots (__snapshots__/*.json) instead of checking them",
    )


@pytest.fixture
def compare_reports() -> Callable[..., Comparison]:
    """A factory: ``compare_reports(a, b, *, settings=None)`` compares two Reports, texts or paths."""
    from .testing import _report

    def make(a: ReportLike, b: ReportLike, *, settings: Settings | None = None) -> Comparison:
        from ._compare import compare

        return compare(_report(a, "A"), _report(b, "B"), settings=settings)

    return make


@pytest.fixture
def comparison_snapshot(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Check a comparison's JSON against a stored snapshot: ``comparison_snapshot(comparison, name=None)``.

    Snapshots live in ``__snapshots__/<test module name>/<name>.json`` beside the test module; ``name`` defaults to
    the test's name (with a counter for a second call in one test). A missing or different snapshot fails the test
    unless pytest runs with ``--compare-update-snapshots``, which writes it.
    """
    update = bool(request.config.getoption(_UPDATE_OPTION))
    directory = request.path.parent / _SNAPSHOT_DIR / request.path.stem
    calls: list[str] = []

    def check(comparison: Comparison, name: str | None = None) -> None:
        __tracebackhide__ = True
        stem = _safe_name(name or _default_name(request.node.name, len(calls)))
        calls.append(stem)
        _check_snapshot(directory / f"{stem}.json", comparison.to_json(), update)

    return check


def _default_name(test_name: str, calls: int) -> str:
    return test_name if calls == 0 else f"{test_name}-{calls + 1}"


def _safe_name(name: str) -> str:
    safe = re.sub(r"[^\w.-]+", "_", name).strip("._")
    if not safe:
        raise ValueError(f"snapshot name {name!r} has no usable character")
    return safe


def _check_snapshot(path: Path, actual: str, update: bool) -> None:
    __tracebackhide__ = True
    expected = path.read_text(encoding="utf-8") if path.is_file() else None
    if expected == actual:
        return
    if update:
        from ._files import write_atomically

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, actual.encode("utf-8"))
        return
    if expected is None:
        pytest.fail(
            f"snapshot {_shown(path)} does not exist; run pytest with {_UPDATE_OPTION} to write it", pytrace=False
        )
    diff = list(
        difflib.unified_diff(expected.splitlines(), actual.splitlines(), "snapshot", "comparison", n=2, lineterm="")
    )
    shown = diff[:_MAX_DIFF_LINES]
    if len(diff) > _MAX_DIFF_LINES:
        shown.append(f"... {len(diff) - _MAX_DIFF_LINES} more lines")
    pytest.fail(
        f"comparison differs from snapshot {_shown(path)} ({_UPDATE_OPTION} accepts the change):\n" + "\n".join(shown),
        pytrace=False,
    )


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: object, right: object) -> list[str] | None:
    # Only comparisons made by an already imported engine can be Comparisons: never import it here.
    model = sys.modules.get("compare._model")
    if op != "==" or model is None:
        return None
    if not (isinstance(left, model.Comparison) and isinstance(right, model.Comparison)):
        return None
    return ["Comparison == Comparison", *comparison_diff(left, right)]


def comparison_diff(left: Comparison, right: Comparison) -> list[str]:
    """Lines saying how two comparisons differ: reports, sentences, links, conflicts and settings."""
    lines: list[str] = []
    for side in ("a", "b"):
        lines.extend(_report_diff(side, getattr(left, side), getattr(right, side)))
        lines.extend(_sentences_diff(side, getattr(left, f"sentences_{side}"), getattr(right, f"sentences_{side}")))
    lines.extend(_links_diff(left, right))
    if left.settings != right.settings:
        lines.extend(_settings_diff(left.settings, right.settings))
    return lines or ["the comparisons are equal field by field but compare unequal"]


def _report_diff(side: str, left: Any, right: Any) -> list[str]:
    lines = []
    for field in ("name", "source", "url", "published", "sentence_spans"):
        if getattr(left, field) != getattr(right, field):
            lines.append(f"report {side}.{field}: {getattr(left, field)!r} != {getattr(right, field)!r}")
    if left.text != right.text:
        lines.append(f"report {side}.text differs ({len(left.text)} vs {len(right.text)} characters)")
    return lines


def _sentences_diff(side: str, left: tuple[Any, ...], right: tuple[Any, ...]) -> list[str]:
    if left == right:
        return []
    lines = [f"sentences_{side}: {len(left)} vs {len(right)} sentences"]
    for index, (one, other) in enumerate(zip(left, right, strict=False)):
        if one != other:
            lines.append(f"  first difference at [{index}]: {one.text!r} != {other.text!r}")
            if one.boilerplate != other.boilerplate:
                lines.append(f"  boilerplate: {one.boilerplate} != {other.boilerplate}")
            break
    return lines


def _links_diff(left: Comparison, right: Comparison) -> list[str]:
    by_pair_left = {(link.a, link.b): link for link in left.links}
    by_pair_right = {(link.a, link.b): link for link in right.links}
    lines = []
    for pair in sorted(by_pair_left.keys() - by_pair_right.keys()):
        lines.append(f"link {pair} only on the left: {_link_text(left, by_pair_left[pair])}")
    for pair in sorted(by_pair_right.keys() - by_pair_left.keys()):
        lines.append(f"link {pair} only on the right: {_link_text(right, by_pair_right[pair])}")
    for pair in sorted(by_pair_left.keys() & by_pair_right.keys()):
        one, other = by_pair_left[pair], by_pair_right[pair]
        if one.score != other.score:
            lines.append(f"link {pair} score: {one.score} != {other.score}")
        if one.conflicts != other.conflicts:
            lines.append(f"link {pair} conflicts: {_conflicts_text(one)} != {_conflicts_text(other)}")
    return lines


def _link_text(comparison: Comparison, link: Any) -> str:
    a, b = comparison.sentence_pair(link)
    kind = f"conflicting {_conflicts_text(link)}" if link.conflicts else "shared"
    return f"{kind} {_clip(a.text)!r} ~ {_clip(b.text)!r}"


def _conflicts_text(link: Any) -> str:
    return "[" + ", ".join(f"{c.kind} {c.a_value!r}/{c.b_value!r}" for c in link.conflicts) + "]"


def _settings_diff(left: Settings, right: Settings) -> list[str]:
    import attrs

    one, other = attrs.asdict(left), attrs.asdict(right)
    return [f"settings.{key}: {one[key]!r} != {other[key]!r}" for key in one if one[key] != other.get(key)]


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
