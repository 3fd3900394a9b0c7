"""The public API: its names, its import cost, and the shape of its results."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import compare

SEED_A = "fixtures/seeds/000_81439adf92ba3781.txt"


def test_public_names_are_pinned() -> None:
    assert set(compare.__all__) == {
        "__version__",
        "SCHEMA_VERSION",
        "ClaimGroup",
        "Collation",
        "CompareError",
        "Comparison",
        "Conflict",
        "Contradiction",
        "Detail",
        "FormatError",
        "InputError",
        "Link",
        "ModelHashError",
        "Reading",
        "RenderError",
        "Report",
        "ReportFileError",
        "SemanticModelError",
        "SettingsError",
        "Sentence",
        "Settings",
        "ValueSplit",
        "collate",
        "compare",
        "compare_many",
        "html_report",
        "render_pdf",
        "write_html",
        "write_pdf",
    }
    for name in compare.__all__:
        assert hasattr(compare, name)


def test_the_outputs_are_functions_of_either_result_and_the_methods_their_aliases(tmp_path: Path) -> None:
    texts = [Path(f"fixtures/collation/{name}.txt").read_text(encoding="utf-8") for name in ("wire", "island-post")]
    comparison = compare.compare(*texts)
    collation = compare.collate([*texts, Path("fixtures/collation/harbour-radio.txt").read_text(encoding="utf-8")])
    for result in (comparison, collation):
        assert compare.write_pdf(result, tmp_path / "report.pdf") == result.to_pdf(tmp_path / "alias.pdf") >= 1
        assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
        html = compare.html_report(result)
        assert html == result.to_html() or _without_time(html) == _without_time(result.to_html())
        compare.write_html(result, tmp_path / "report.html")
        assert _without_time((tmp_path / "report.html").read_text(encoding="utf-8")) == _without_time(html)
    with pytest.raises(compare.InputError, match="not str"):
        compare.write_pdf("a comparison", tmp_path / "report.pdf")  # type: ignore[arg-type]
    with pytest.raises(compare.InputError, match="binary file"), (tmp_path / "x.html").open("wb") as binary:
        compare.write_html(comparison, binary)  # type: ignore[arg-type]


def _without_time(html: str) -> str:
    """The HTML without the minute it was generated in, which two renders a minute apart differ by."""
    return re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\dZ| UTC)", "", html)


def test_the_output_functions_load_weasyprint_only_when_called() -> None:
    code = "import sys, compare; compare.write_pdf, compare.write_html; print('weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert compare.__version__ == version("compare-reports")


def test_import_does_not_load_weasyprint() -> None:
    code = (
        "import sys, compare; compare.compare('One fact here.', 'One fact here.'); print('weasyprint' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_import_does_not_load_optional_or_heavy_modules() -> None:
    # trafilatura (HTML input), tqdm (batch progress) and dask (clusters) load only for the features that use them;
    # the engine (NumPy) loads on first use, so that the pytest plugin does not slow pytest's start-up; SciPy is
    # for the bench scripts only (about 0.2 s to import), never the engine's.
    code = "import sys, compare; print(sorted({m.split('.')[0] for m in sys.modules} & {HEAVY!r}))"
    heavy = {"weasyprint", "trafilatura", "tqdm", "dask", "distributed", "numpy", "scipy"}
    result = subprocess.run(
        [sys.executable, "-c", code.replace("{HEAVY!r}", repr(heavy))], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    code = "import sys, compare; compare.compare('One fact.', 'One fact.'); print(sorted(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    for name in ("trafilatura", "tqdm", "dask", "scipy"):
        assert f"'{name}'" not in result.stdout


def test_errors_share_one_base_and_the_closest_builtin() -> None:
    assert issubclass(compare.InputError, compare.CompareError)
    assert issubclass(compare.InputError, ValueError)
    assert issubclass(compare.ReportFileError, OSError)
    assert issubclass(compare.FormatError, ValueError)
    assert issubclass(compare.RenderError, RuntimeError)


def test_results_are_frozen_and_picklable() -> None:
    result = compare.compare(
        "Police said 12 people were hurt in the fire on Main Street.",
        "Twelve people were hurt in the Main Street fire, police said.",
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.links = ()  # type: ignore[misc]
    assert isinstance(result.links, tuple)
    assert isinstance(result.sentences_a, tuple)
    assert pickle.loads(pickle.dumps(result)) == result


def test_strings_are_reports_named_a_and_b() -> None:
    result = compare.compare("The bridge closed on Monday.", "The bridge closed on Monday.")
    assert (result.a.name, result.b.name) == ("A", "B")
    assert [(link.a, link.b) for link in result.shared] == [(0, 0)]


def test_file_reports_are_named_after_the_file() -> None:
    report = compare.Report.from_file(SEED_A)
    assert report.name == "000_81439adf92ba3781"


def test_presplit_sentences_are_never_resplit() -> None:
    report = compare.Report.from_sentences(["Dr. Smith arrived. He left.", "  ", "The end"])
    result = compare.compare(report, "Dr. Smith arrived. He left.")
    assert [s.text for s in result.sentences_a] == ["Dr. Smith arrived. He left.", "The end"]
    for sentence in result.sentences_a:
        assert report.text[sentence.start : sentence.end] == sentence.text


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="link_threshold"):
        compare.Settings(link_threshold=1.5)
