"""Every code block of README.md and docs/*.md runs as written, so that a document cannot go stale.

A block says what it is by its language: ``pycon`` blocks are interactive sessions (``>>>`` and ``...`` lines,
each followed by the output it prints), run in order as one doctest per document, every output compared with the
session's (``...`` in an output stands for any text, and runs of white space match any white space), so that no
document shows output the code does not give; ``console`` blocks are shell sessions (``$ `` commands, each followed
by what it prints on standard output and standard error, compared the same way; ``$ cd DIR`` moves the session to
DIR); ``python`` blocks are pasted, in order, into one interactive
interpreter per document (as a reader would paste them into a REPL); ``sh`` blocks run with the virtual
environment's ``compare-reports`` first on the PATH; ``text`` blocks (synopses, schemas) are not run. Each runs in a
temporary folder holding a copy of the repository's fixtures. A block that cannot run here says why in a comment
on the line before it, ``<!-- docs-test: skip: REASON -->``, and the reason shows in the test report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE, OutputChecker
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LANGUAGES = {"console", "pycon", "python", "sh", "text"}
_FENCE = re.compile(r"^```(?P<language>\w*)\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
_SKIP = re.compile(r"<!-- docs-test: skip: (?P<reason>.+?) -->\n$")

# Pastes blocks into an interactive console; exits 1 at the first block that raises or does not parse.
_CONSOLE = """
import code, json, sys

class Console(code.InteractiveConsole):
    failed = False

    def showtraceback(self):
        Console.failed = True
        super().showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        Console.failed = True
        super().showsyntaxerror(filename)

console = Console()
for label, block in json.load(open(sys.argv[1], encoding="utf-8")):
    for line in block.splitlines() + [""]:
        console.push(line)
        if Console.failed:
            sys.exit(f"{label}: failed at {line!r}")
"""


# Runs a document's sessions as doctests sharing one namespace; exits 1 when an output differs.
_DOCTEST = """
import doctest, json, sys

parser = doctest.DocTestParser()
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
namespace = {"__name__": "__main__"}
for label, line, block in json.load(open(sys.argv[1], encoding="utf-8")):
    test = parser.get_doctest(block, namespace, label, label, line)
    runner.run(test, clear_globs=False)
    namespace.update(test.globs)
sys.exit(1 if runner.summarize(verbose=False).failed else 0)
"""


@attrs.frozen
class Block:
    document: Path
    line: int
    language: str
    code: str
    skip: str | None

    @property
    def label(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"


def _blocks() -> list[Block]:
    blocks = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            before = text[: match.start()]
            skip = _SKIP.search(before)
            blocks.append(
                Block(
                    document,
                    before.count("\n") + 1,
                    match.group("language"),
                    match.group("code"),
                    skip.group("reason") if skip and skip.end() == len(before) else None,
                )
            )
    return blocks


BLOCKS = _blocks()


def _workspace(tmp_path: Path) -> Path:
    # A copy, so that examples writing files (report.pdf, pairs.csv) never touch the repository.
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    return tmp_path


def _run(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Run a documented command as a reader would, in the reader's folder, capturing what it prints."""
    return subprocess.run(
        command, cwd=folder, env=_environment(), capture_output=True, text=True, check=False, timeout=300
    )


def _environment() -> dict[str, str]:
    scripts = str(Path(sys.executable).parent)
    # The blocks run in another folder: this checkout's sources first, whichever copy the interpreter has installed.
    paths = [
        str(ROOT / "src"),
        *(str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p),
    ]
    return {
        **os.environ,
        "PATH": scripts + os.pathsep + os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join(paths),
        "NO_COLOR": "1",
    }


def test_every_block_names_its_language() -> None:
    untagged = [f"{block.label} ({block.language or 'none'})" for block in BLOCKS if block.language not in LANGUAGES]
    assert not untagged, f"code blocks need one of {sorted(LANGUAGES)}: {untagged}"


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    first = next(block for block in BLOCKS if block.document.name == "README.md" and block.language == "sh")
    command = first.code.splitlines()[-1]
    assert command == "sh scripts/setup.sh --test && .venv/bin/python -m pytest"
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


PYTHON_DOCUMENTS = sorted({block.document for block in BLOCKS if block.language == "python"})


def _starts_a_cluster(document: Path) -> bool:
    """Whether a document's Python starts a dask cluster: several processes and seconds, so a slow test."""
    return any("dask" in block.code for block in BLOCKS if block.document == document and block.language == "python")


@pytest.mark.parametrize(
    "document",
    [pytest.param(d, marks=[pytest.mark.slow] if _starts_a_cluster(d) else []) for d in PYTHON_DOCUMENTS],
    ids=[str(d.relative_to(ROOT)) for d in PYTHON_DOCUMENTS],
)
def test_python_blocks_run_in_a_repl(document: Path, tmp_path: Path) -> None:
    blocks = [block for block in BLOCKS if block.document == document and block.language == "python"]
    for block in blocks:
        if block.skip:
            pytest.skip(f"{block.label}: {block.skip}")
    if any("dask" in block.code for block in blocks):
        pytest.importorskip("distributed", reason="the cluster guide needs dask[distributed] (the test extra)")
    workspace = _workspace(tmp_path)
    source = workspace / "blocks.json"
    source.write_text(json.dumps([[block.label, block.code] for block in blocks]), encoding="utf-8")
    # python -c: a console, as a reader's, has no script for spawned workers to import.
    done = _run([sys.executable, "-c", _CONSOLE, str(source)], workspace)
    assert done.returncode == 0, done.stderr[-3000:]


SESSION_DOCUMENTS = sorted({block.document for block in BLOCKS if block.language == "pycon"})


# A comment that begins like a printed value ("# ('wire', ...)", "# -> 7", "# number 22 23 ...", "# True").
_OUTPUT_COMMENT = re.compile(r"(^|\s)#\s*(->|=>|[\[({'\"]|\d|True\b|False\b|None\b|[\w.]+ \d)", re.MULTILINE)


def test_documents_show_output_only_in_sessions_that_the_tests_check() -> None:
    readme = [block for block in BLOCKS if block.document.name == "README.md"]
    assert any(block.language == "pycon" for block in readme)
    # Output shown as comments in a python block is not checked: it belongs in a session (pycon or console).
    shown = [block.label for block in BLOCKS if block.language == "python" and _OUTPUT_COMMENT.search(block.code)]
    assert not shown, f"python blocks showing output in comments: {shown}"


def test_the_output_comment_rule_reads_printed_values_not_prose() -> None:
    printed = [
        "col.names   # ('wire', 'coastal')",
        "x  # ['Comparison', 'InputError']",
        "# number 22 23",
        "f()  # True",
    ]
    prose = ["# the second pair fails: an empty report", 'c.to_pdf("r.pdf")  # the PDF (docs/guide-pdf.md)']
    assert all(_OUTPUT_COMMENT.search(line) for line in printed)
    assert not any(_OUTPUT_COMMENT.search(line) for line in prose)


@pytest.mark.parametrize(
    "document",
    [pytest.param(d, marks=[pytest.mark.slow] if _starts_a_cluster(d) else []) for d in SESSION_DOCUMENTS],
    ids=[str(d.relative_to(ROOT)) for d in SESSION_DOCUMENTS],
)
def test_sessions_print_what_they_show(document: Path, tmp_path: Path) -> None:
    blocks = [block for block in BLOCKS if block.document == document and block.language == "pycon"]
    workspace = _workspace(tmp_path)
    source = workspace / "sessions.json"
    source.write_text(json.dumps([[block.label, block.line, block.code] for block in blocks]), encoding="utf-8")
    done = _run([sys.executable, "-c", _DOCTEST, str(source)], workspace)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]


SH_BLOCKS = [block for block in BLOCKS if block.language == "sh"]


def _writes_a_pdf_in_a_guide(block: Block) -> bool:
    """Whether a guide's shell block writes a PDF: seconds each, and tests/test_cli*.py write PDFs in the default
    run, so these run with the slow tests (the README's blocks always run)."""
    return block.document.name != "README.md" and ".pdf" in block.code


@pytest.mark.parametrize(
    "block",
    [pytest.param(b, marks=[pytest.mark.slow] if _writes_a_pdf_in_a_guide(b) else []) for b in SH_BLOCKS],
    ids=[block.label for block in SH_BLOCKS],
)
def test_shell_blocks_run(block: Block, tmp_path: Path) -> None:
    if block.skip:
        pytest.skip(block.skip)
    done = _run(["sh", "-ec", block.code], _workspace(tmp_path))
    assert done.returncode == 0, f"{block.label}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"


CONSOLE_BLOCKS = [block for block in BLOCKS if block.language == "console"]


def _commands(code: str) -> list[tuple[str, str]]:
    """A console block's commands (``$ `` lines, a trailing backslash continuing one), each with the output shown."""
    commands: list[tuple[str, str]] = []
    lines = code.splitlines()
    while lines:
        line = lines.pop(0)
        assert line.startswith("$ "), f"output before any command: {line!r}"
        command = line[2:]
        while command.endswith("\\") and lines:
            command = command[:-1] + lines.pop(0)
        output = []
        while lines and not lines[0].startswith("$ "):
            output.append(lines.pop(0))
        commands.append((command, "".join(f"{out}\n" for out in output)))
    return commands


@pytest.mark.parametrize("block", CONSOLE_BLOCKS, ids=[block.label for block in CONSOLE_BLOCKS])
def test_console_sessions_print_what_they_show(block: Block, tmp_path: Path) -> None:
    if block.skip:
        pytest.skip(block.skip)
    folder = _workspace(tmp_path)
    checker = OutputChecker()
    for command, shown in _commands(block.code):
        if command.startswith("cd "):
            folder = folder / command[3:].strip()
            continue
        done = subprocess.run(
            ["sh", "-ec", command],
            cwd=folder,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == 0, f"{block.label}: {command}\n{done.stdout[-3000:]}"
        assert checker.check_output(shown, done.stdout, ELLIPSIS | NORMALIZE_WHITESPACE), (
            f"{block.label}: {command}\n--- shown\n{shown}--- printed\n{done.stdout}"
        )
