"""The package's architecture: subpackages per concern, data flowing one way, no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import compare

PACKAGE = Path(compare.__file__).parent

# Which subpackage each may import at module level. Text is read first, then aligned and its facts compared, and the
# result is laid out on the page; nothing below imports what sits above it. The results (``_model``) may reach the
# outputs only inside the ``to_pdf``/``to_html`` methods, at call time.
ALLOWED = {
    "_text": set(),
    "_inputs": set(),
    "_align": {"_text"},
    "_facts": {"_text"},
    "_outputs": {"_text"},
    "_cli": {"_inputs", "_outputs"},
    # Collating builds on the two-report pipeline (top-level modules) and reads reports; its outputs are imported
    # only inside Collation's to_pdf/to_html, like _model's.
    "_collate": {"_inputs"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """The compare modules a module imports when it is imported (not those imported inside functions)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in ast.walk(node) if not isinstance(node, ast.FunctionDef | ast.ClassDef) else ():
            if isinstance(child, ast.ImportFrom) and child.level:
                base = package.split(".")
                base = base[: len(base) - child.level + 1]
                target = ".".join([*base, child.module] if child.module else base)
                found.add(target)
            elif isinstance(child, ast.ImportFrom) and (child.module or "").startswith("compare"):
                found.add(child.module or "")
    return found


def _graph() -> dict[str, set[str]]:
    return {_module_name(path): _top_level_imports(path) for path in PACKAGE.rglob("*.py")}


def test_no_import_cycles() -> None:
    graph = _graph()
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        assert module not in visiting, "import cycle: " + " -> ".join([*visiting[visiting.index(module) :], module])
        if module in done or module not in graph:
            return
        visiting.append(module)
        for target in graph[module]:
            visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)


def test_subpackages_import_only_what_lies_below_them() -> None:
    for module, targets in _graph().items():
        parts = module.split(".")
        if len(parts) < 3 or parts[1] not in ALLOWED:
            continue
        for target in targets:
            target_parts = target.split(".")
            if len(target_parts) >= 2 and target_parts[1] in ALLOWED and target_parts[1] != parts[1]:
                assert target_parts[1] in ALLOWED[parts[1]], f"{module} imports {target}"


def test_dir_lists_only_public_names() -> None:
    assert not {"Any", "os", "importlib", "TYPE_CHECKING", "Iterable", "annotations"} & set(dir(compare))
    assert set(compare.__all__) <= set(dir(compare))
