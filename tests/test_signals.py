"""Issue 11's signals: relatedness (are the reports about one event?) and language, in the results, the JSON and
every output."""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
from compare._outputs._terminal import markdown, summary
from compare._outputs._view import build_page
from compare.testing import assert_consistent, assert_covers, assert_supported

COLLATION = Path(__file__).parent.parent / "fixtures" / "collation"
WIRE = (COLLATION / "wire.txt").read_text(encoding="utf-8")
UNRELATED = (COLLATION / "unrelated.txt").read_text(encoding="utf-8")
COASTAL = (COLLATION / "coastal-times.txt").read_text(encoding="utf-8")
UNRELATED_WARNING = "These reports may not be about the same event:"

# Short real-style paragraphs: a bus crash told in Spanish, French and German.
SPANISH = (
    "Al menos 14 personas murieron el martes cuando un autobús de pasajeros cayó por un barranco en la región de "
    "Cajamarca, en el norte de Perú, informó la policía. El vehículo se dirigía a Chiclayo con 40 pasajeros."
)
FRENCH = (
    "Au moins quatorze personnes ont été tuées mardi lorsqu'un autocar est tombé dans un ravin dans la région de "
    "Cajamarca, au nord du Pérou, a indiqué la police. Le gouvernement a ouvert une enquête."
)
GERMAN = (
    "Mindestens 14 Menschen sind am Dienstag ums Leben gekommen, als ein Bus in der Region Cajamarca im Norden "
    "Perus in eine Schlucht stürzte, teilte die Polizei mit. Die Regierung kündigte eine Untersuchung an."
)
ENGLISH = (
    "At least 14 people were killed on Tuesday when a passenger bus plunged into a ravine in the Cajamarca region "
    "of northern Peru, police said. The bus was headed for Chiclayo with 40 passengers."
)


def test_reports_of_one_event_are_related_and_say_nothing() -> None:
    comparison = compare.compare(WIRE, COASTAL)
    assert comparison.related
    assert 0.0 <= comparison.relatedness <= 1.0
    assert comparison.warnings == ()
    assert UNRELATED_WARNING not in summary(comparison)


def test_reports_of_two_events_are_unrelated_and_every_output_says_so() -> None:
    comparison = compare.compare(WIRE, UNRELATED)
    assert not comparison.related
    assert comparison.relatedness < comparison.settings.related_threshold
    assert comparison.warnings[0].startswith(UNRELATED_WARNING)
    assert UNRELATED_WARNING in summary(comparison)
    assert UNRELATED_WARNING in markdown(comparison)
    assert build_page(comparison, datetime.datetime(2026, 1, 1)).verdict.startswith(UNRELATED_WARNING)
    assert UNRELATED_WARNING in comparison.to_html()


def test_the_threshold_is_a_setting() -> None:
    comparison = compare.compare(WIRE, UNRELATED, settings=compare.Settings(related_threshold=0.0))
    assert comparison.related


@pytest.mark.parametrize(
    "check",
    [
        lambda: assert_consistent(WIRE, UNRELATED),
        lambda: assert_covers(UNRELATED, WIRE, at_least=0.0),
        lambda: assert_supported(UNRELATED, WIRE),
    ],
)
def test_the_testing_helpers_fail_on_unrelated_reports(check: Callable[[], object]) -> None:
    with pytest.raises(AssertionError, match=UNRELATED_WARNING):
        check()


def test_relatedness_and_language_are_in_the_json_and_read_back() -> None:
    comparison = compare.compare(WIRE, UNRELATED)
    data = comparison.to_dict()
    assert data["relatedness"] == comparison.relatedness
    assert data["related"] is False
    assert data["reports"]["a"]["language"] == "en"
    assert compare.Comparison.from_json(comparison.to_json()) == comparison


def test_json_without_relatedness_or_language_is_read_and_measured_again() -> None:
    comparison = compare.compare(WIRE, UNRELATED)
    data = json.loads(comparison.to_json())
    del data["relatedness"], data["related"]
    for report in data["reports"].values():
        del report["language"]
    read = compare.Comparison.from_dict(data)
    assert read.relatedness == comparison.relatedness
    assert read.language_a is None
    assert read.language_b is None


@pytest.mark.parametrize(
    ("text", "code", "name"), [(SPANISH, "es", "Spanish"), (FRENCH, "fr", "French"), (GERMAN, "de", "German")]
)
def test_a_report_not_in_english_is_named_in_every_output(text: str, code: str, name: str) -> None:
    comparison = compare.compare(ENGLISH, text)
    assert (comparison.language_a, comparison.language_b) == ("en", code)
    warning = f"Report B looks like {name} ({code}): compare reads English; links and conflicts on it are unreliable."
    assert warning in comparison.warnings
    assert warning in " ".join(summary(comparison, width=400).split())
    assert warning in markdown(comparison)
    assert warning in comparison.to_html()


def test_text_too_short_to_tell_has_no_language() -> None:
    comparison = compare.compare("Bus crash.", "Bus crash.")
    assert comparison.language_a is None
    assert all("looks like" not in warning for warning in comparison.warnings)


def test_a_collation_flags_the_report_related_to_no_other() -> None:
    collation = compare.collate([WIRE, COASTAL, UNRELATED])
    assert collation.unrelated() == (2,)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([ENGLISH, SPANISH, FRENCH, GERMAN, "Москва, 14 человек. ", "北京市政府表示。", "Ñandú ü "]),
        min_size=1,
        max_size=6,
    ),
    st.text(max_size=40),
)
def test_language_scores_are_py3langids_own(pieces: list[str], noise: str) -> None:
    """The language reader walks py3langid's automaton and widens its table on arrays (for speed): every score of
    every language is still the library's, bit for bit, on texts of several languages, scripts and random
    characters."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from compare._text._language import _identifier

    library = _library_identifier(LanguageIdentifier, MODEL_FILE)
    text = noise.join(pieces)
    ours = _identifier()
    assert ours.rank(text) == library.rank(text)
    assert ours.classify(text) == library.classify(text)


@functools.cache
def _library_identifier(kind: Any, model: str) -> Any:
    return kind.from_model_file(model, norm_probs=True)
