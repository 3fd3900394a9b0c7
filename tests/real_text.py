"""Real news copy the property tests draw sentences from: the seed reports' lines and the segmentation corpus."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def real_sentences() -> list[str]:
    """Every non-empty line of the seed reports and every sentence of the segmentation cases, in a fixed order."""
    found = [
        line for path in sorted((FIXTURES / "seeds").glob("*.txt")) for line in path.read_text("utf-8").splitlines()
    ]
    with (FIXTURES / "segmentation" / "cases.jsonl").open(encoding="utf-8") as lines:
        found += [sentence for line in lines for sentence in json.loads(line)["sentences"]]
    return [sentence for sentence in found if sentence.strip()]
