"""The pytest plugin: fixtures, assertion diffs for comparisons, JSON snapshots, and a light start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# pytester's in-process runs forget the modules they import; NumPy cannot be imported twice in one process, so the
# engine is imported here, before them.
import compare.testing  # noqa: F401

pytest_plugins = ["pytester"]

WIRE = Path(__file__).parent.parent / "fixtures" / "workflows" / "wire.txt"

_TESTS = """
import compare

A = "Police said 12 people were hurt in the fire on Main Street. The mayor visited the site."
B = "Twelve people were hurt in the Main Street fire, police said. The mayor visited the site."


def test_snapshot(compare_reports, comparison_snapshot):
    comparison_snapshot(compare_reports(A, B))


def test_named_snapshot(compare_reports, comparison_snapshot):
    comparison_snapshot(compare_reports(A, B), "fire")
"""


def test_compare_reports_fixture_takes_texts_and_paths(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        f"""
        from pathlib import Path

        def test_factory(compare_reports):
            c = compare_reports(Path({str(WIRE)!r}), "A fire injured 14 workers in Rotterdam on Tuesday.")
            assert c.a.name == "wire" and c.b.name == "B"
            assert len(c.links) >= 1
        """
    )
    pytester.runpytest("-q").assert_outcomes(passed=1)


def test_snapshots_are_written_with_the_flag_then_checked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_news=_TESTS)
    missing = pytester.runpytest("-q")
    missing.assert_outcomes(failed=2)
    missing.stdout.fnmatch_lines(["*does not exist; run pytest with --compare-update-snapshots*"])

    pytester.runpytest("-q", "--compare-update-snapshots").assert_outcomes(passed=2)
    snapshots = pytester.path / "__snapshots__" / "test_news"
    assert sorted(p.name for p in snapshots.iterdir()) == ["fire.json", "test_snapshot.json"]
    pytester.runpytest("-q").assert_outcomes(passed=2)

    (pytester.path / "test_news.py").write_text(_TESTS.replace("The mayor visited", "The governor visited", 1))
    changed = pytester.runpytest("-q")
    changed.assert_outcomes(failed=2)
    changed.stdout.fnmatch_lines(["*comparison differs from snapshot*", "*-*mayor*", "*+*governor*"])


def test_comparisons_that_differ_explain_how(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import compare

        def test_equal():
            one = compare.compare("Police said 12 firefighters were hurt.", "Police said 12 firefighters were hurt.")
            other = compare.compare("Police said 12 firefighters were hurt.", "Police said 13 firefighters were hurt.")
            assert one == other
        """
    )
    result = pytester.runpytest("-q")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Comparison == Comparison*", "*report b.text differs*", "*link (0, 0) conflicts*"])


def test_the_plugin_imports_neither_the_engine_nor_weasyprint(tmp_path: Path) -> None:
    (tmp_path / "test_tiny.py").write_text(
        "import sys\n\n"
        "def test_tiny():\n"
        "    assert 'compare._plugin' in sys.modules\n"
        "    assert 'numpy' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # -X importtime logs import statements (importlib.import_module, which loads the plugin, is not logged).
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "compare._errors" in imported
    for heavy in ("weasyprint", "numpy", "scipy", "trafilatura", "dask", "tqdm", "compare._compare"):
        assert heavy not in imported
