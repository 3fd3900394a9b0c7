"""compare_many on any executor (a process pool, threads, a dask cluster) and the batch command."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import compare
from compare._cli._batch import read_pairs

WORKFLOWS = Path(__file__).parent.parent / "fixtures" / "workflows"
WIRE = (WORKFLOWS / "wire.txt").read_text(encoding="utf-8")
CHANGED = (WORKFLOWS / "rewrite-changed-number.txt").read_text(encoding="utf-8")
FAITHFUL = (WORKFLOWS / "rewrite-faithful.txt").read_text(encoding="utf-8")
PAIRS = [(WIRE, CHANGED), ("", "An empty report A."), (WIRE, FAITHFUL)]


def _check(
    results: tuple[compare.Comparison | compare.CompareError, ...], settings: compare.Settings | None = None
) -> None:
    assert len(results) == 3
    first, second, third = results
    assert isinstance(first, compare.Comparison)
    assert len(first.conflicts) == 1
    assert isinstance(second, compare.InputError)
    assert "empty" in str(second)
    assert isinstance(third, compare.Comparison)
    assert not third.conflicts
    assert first == compare.compare(WIRE, CHANGED, settings=settings)


def test_compare_many_in_a_spawned_process_pool() -> None:
    _check(compare.compare_many(PAIRS))


def test_compare_many_on_any_executor_with_settings() -> None:
    settings = compare.Settings(link_threshold=0.5)
    with ThreadPoolExecutor(2) as pool:
        results = compare.compare_many(PAIRS, executor=pool, settings=settings)
    _check(results, settings)
    assert all(r.settings == settings for r in results if isinstance(r, compare.Comparison))
    assert compare.compare_many([]) == ()


@pytest.mark.slow
def test_compare_many_on_a_dask_cluster() -> None:
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        _check(compare.compare_many(PAIRS, executor=client.get_executor()))


def test_unexpected_errors_become_compare_errors() -> None:
    class Broken(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            return super().submit(lambda: 1 / 0)

    with Broken(1) as pool:
        (result,) = compare.compare_many([(WIRE, FAITHFUL)], executor=pool)
    assert isinstance(result, compare.CompareError)
    assert "pair 0: ZeroDivisionError" in str(result)


def test_compare_many_in_a_script_without_a_main_guard(tmp_path: Path) -> None:
    # Spawned workers import the parent's script unless told otherwise; this one would then compare again in
    # every worker, print twice, and fail to start pools inside the workers.
    script = tmp_path / "script.py"
    script.write_text(
        "import compare\n"
        f"pairs = [({str(WORKFLOWS / 'wire.txt')!r}, {str(WORKFLOWS / 'rewrite-faithful.txt')!r})] * 2\n"
        "pairs = [(compare.Report.from_file(a), compare.Report.from_file(b)) for a, b in pairs]\n"
        "results = compare.compare_many(pairs)\n"
        "print('results:', [type(result).__name__ for result in results])\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "results: ['Comparison', 'Comparison']\n"
    assert "Traceback" not in done.stderr


# --- the batch command -----------------------------------------------------------------------------------------


def _batch(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "compare", "batch", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)


@pytest.mark.slow
def test_batch_writes_resumes_and_reports_failures(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    wire = WORKFLOWS / "wire.txt"
    pairs.write_text(
        "id,a,b\n"
        f"number,{wire},{WORKFLOWS / 'rewrite-changed-number.txt'}\n"
        f"broken,{wire},missing.txt\n"
        f",{wire},{WORKFLOWS / 'rewrite-faithful.txt'}\n"
    )
    out = tmp_path / "out"
    first = _batch(str(pairs), "--out", str(out), "--jobs", "2")
    assert first.returncode == 2, first.stderr
    assert "broken: report file" in first.stderr
    assert "Traceback" not in first.stderr
    assert sorted(p.name for p in out.iterdir()) == ["3.json", "3.pdf", "number.json", "number.pdf"]
    assert len(json.loads((out / "number.json").read_text())["links"]) >= 5
    assert (out / "number.pdf").read_bytes().startswith(b"%PDF")
    lines = first.stdout.splitlines()
    assert lines[0].split() == ["id", "status", "shared", "conflicting", "only", "A", "only", "B", "seconds", "message"]
    assert lines[1].split()[:4] == ["number", "done", "5", "1"]
    # The failure's message is whole in the table, however long the path it names.
    assert lines[2].endswith(f"report file {str(tmp_path / 'missing.txt')!r} does not exist")
    assert lines[-1] == "3 pairs: 2 done, 0 skipped, 1 failed"

    (out / "3.pdf").unlink()  # the PDF of pair 3 is redone from its JSON; pair "number" is skipped
    pairs.write_text(pairs.read_text().replace("missing.txt", str(WORKFLOWS / "rewrite-invented-claim.txt")))
    second = _batch(str(pairs), "--out", str(out), "--jobs", "1")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[-1] == "3 pairs: 2 done, 1 skipped, 0 failed"
    # A skipped pair shows the counts of the run that did it.
    assert second.stdout.splitlines()[1].split()[:4] == ["number", "skipped", "5", "1"]
    assert (out / "3.pdf").is_file()
    assert (out / "broken.pdf").is_file()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("x,y\n1,2\n", "needs columns a and b"),
        ("a,b\n", "lists no pairs"),
        ("id,a,b\none,x.txt,y.txt\none,x.txt,y.txt\n", "used twice"),
        ("id,a,b\n../up,x.txt,y.txt\n", "cannot be a file name"),
        ("a,b\nx.txt,\n", "column b is empty"),
    ],
)
def test_bad_pair_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text(content)
    with pytest.raises(compare.InputError, match=message):
        read_pairs(path)


def test_relative_paths_are_read_from_the_csv_folder(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text("a,b\nwire.txt,https://example.org/story\n")
    (pair,) = read_pairs(path)
    assert (pair.id, pair.a, pair.b) == ("1", str(tmp_path / "wire.txt"), "https://example.org/story")


def test_a_bad_csv_exits_2_without_traceback(tmp_path: Path) -> None:
    result = _batch(str(tmp_path / "none.csv"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr
    assert "Traceback" not in result.stderr
