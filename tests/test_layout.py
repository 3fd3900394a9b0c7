"""The package's architecture: subpackages per concern, data flowing one way, no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import compare

PACKAGE = Path(compare.__file__).parent

# Which subpackage each may import at module level. Text is read first, its furniture set aside, then aligned and its
# facts compared, and the result is laid out on the page; nothing below imports what sits above it, not even inside a
# function. The results (``_model``, ``_collate._model``) reach the outputs and the engine through
# ``compare._providers``, where those register their functions.
ALLOWED = {
    "_text": set(),
    "_inputs": set(),
    # Site furniture is told before claims are aligned: both read text, neither the other.
    "_furniture": {"_text"},
    "_align": {"_text"},
    "_facts": {"_text"},
    "_outputs": {"_text"},
    "_cli": {"_inputs", "_outputs"},
    # Collating builds on the two-report pipeline (top-level modules) and reads reports; its outputs are reached
    # through compare._providers, like _model's.
    "_collate": {"_inputs"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, inside_functions: bool) -> set[str]:
    """The compare modules a module imports: when it is imported, and with ``inside_functions`` also those that its
    functions and methods import when they run. Imports for type checkers only are not imports."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and not inside_functions:
            continue
        for child in ast.walk(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom) and child.level:
                base = package.split(".")
                base = base[: len(base) - child.level + 1]
                target = ".".join([*base, child.module] if child.module else base)
                found.add(target)
            elif isinstance(child, ast.ImportFrom) and (child.module or "").startswith("compare"):
                found.add(child.module or "")
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names if alias.name.startswith("compare"))
    return found


def _graph(*, inside_functions: bool = False) -> dict[str, set[str]]:
    return {_module_name(path): _imports(path, inside_functions=inside_functions) for path in PACKAGE.rglob("*.py")}


def test_imports_inside_functions_are_read() -> None:
    # compare.render_pdf imports the PDF writer when it is called, so that import compare stays light.
    assert "compare._outputs._render" not in _graph()["compare"]
    assert "compare._outputs._render" in _graph(inside_functions=True)["compare"]


@pytest.mark.parametrize("inside_functions", [False, True], ids=["at-import", "with-imports-inside-functions"])
def test_no_import_cycles(inside_functions: bool) -> None:
    graph = _graph(inside_functions=inside_functions)
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


def test_every_provided_function_is_registered_by_the_module_named_for_it() -> None:
    from compare import _providers

    for name, module in _providers._PROVIDERS.items():
        function = _providers.provided(name)
        assert (function.__name__, function.__module__) == (name, module)
    with pytest.raises(LookupError, match="not a provided function"):
        _providers.provides(test_dir_lists_only_public_names)


def test_dir_lists_only_public_names() -> None:
    assert not {"Any", "os", "importlib", "TYPE_CHECKING", "Iterable", "annotations"} & set(dir(compare))
    assert set(compare.__all__) <= set(dir(compare))
