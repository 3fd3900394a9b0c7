"""What the benchmark scripts share: reading the benchmark files, and the AUC. NumPy only, no compare, so that
ecb_ceiling.py also runs in a venv of its own."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


def load(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSON Lines file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def label_files(folder: Path, half: str = "all") -> list[Path]:
    """The label files of one half of the labelled events ("dev", "validation" or "all"), in order.

    The halves are fixed in the folder's split.json, made before any tuning on the labels: events sorted by the
    sha256 of their full id, the first half to develop on, the second to validate.
    """
    files = sorted(path for path in folder.glob("*.json") if path.name != "split.json")
    if half == "all":
        return files
    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    return [path for path in files if path.stem in split[half]]


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC: the chance that a positive scores above a negative, ties counting half."""
    values, truth = np.asarray(scores, dtype=np.float64), np.asarray(labels, dtype=bool)
    positive, negative = values[truth], values[~truth]
    wins = (positive[:, None] > negative[None, :]).sum() + 0.5 * (positive[:, None] == negative[None, :]).sum()
    return float(wins / (positive.size * negative.size))
