"""Speed and memory of the whole tool, each figure beside a baseline measured in the same run.

    python bench/performance.py

1. The seed report end to end, as a user runs it: a fresh ``python -m compare A B -o report.pdf``, imports
   included, against a fresh ``python -c pass`` (the interpreter's own start-up).
2. A comparison of 1,000 sentences per side, compared and rendered to PDF in a fresh process, with its peak memory
   (ru_maxrss), against a fresh process that only imports compare and WeasyPrint.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"

_LARGE = """
import json, random, resource, sys, time
import compare, weasyprint
started = time.perf_counter()
if sys.argv[1] == "render":
    words = open(sys.argv[3], encoding="utf-8").read().split()
    random.seed(7)
    def report(seed):
        rng = random.Random(seed)
        return " ".join(" ".join(rng.choices(words, k=rng.randint(8, 24))).capitalize() + "." for _ in range(1000))
    comparison = compare.compare(report(1), report(2))
    comparison.to_pdf(sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    seed_a, seed_b = SEEDS / "000_81439adf92ba3781.txt", SEEDS / "003_6c568dbd8e42f4b8.txt"
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "seed.pdf"
        baseline = min(timed([sys.executable, "-c", "pass"]) for _ in range(3))
        seed = min(
            timed([sys.executable, "-m", "compare", str(seed_a), str(seed_b), "-o", str(target)]) for _ in range(3)
        )
        print(f"seed report end to end: {seed:.2f} s (python -c pass: {baseline:.2f} s), best of 3")
        vocabulary = Path(folder) / "words.txt"
        vocabulary.write_text(seed_a.read_text(encoding="utf-8") + seed_b.read_text(encoding="utf-8"), "utf-8")
        large = Path(folder) / "large.pdf"
        imports = json.loads(
            subprocess.run([sys.executable, "-c", _LARGE, "imports"], check=True, capture_output=True, text=True).stdout
        )
        render = json.loads(
            subprocess.run(
                [sys.executable, "-c", _LARGE, "render", str(large), str(vocabulary)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        size = large.stat().st_size / 1e6
        print(
            f"1,000 sentences per side, compared and rendered: {render['seconds']:.1f} s, "
            f"peak {render['peak_mib']:.0f} MiB (imports only: peak {imports['peak_mib']:.0f} MiB); {size:.1f} MB PDF"
        )


if __name__ == "__main__":
    main()
