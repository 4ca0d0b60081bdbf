"""The layout holds: imports only go down (.importlinter), no module imports itself
back through others, and imports inside functions are the listed few."""

import ast
import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"


def packages():
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return parser["importlinter"]["root_packages"].split()


def function_imports_allowed():
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read(CONFIG)
    return dict(parser["sportello:function-imports"])


def cycles(graph):
    """Strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_back_through_others(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    graph = grimp.build_graph(*packages())
    assert cycles(graph) == []


def test_imports_inside_functions_are_the_listed_few():
    allowed = function_imports_allowed()
    unlisted = []
    for package in packages():
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            for node in ast.walk(ast.parse(path.read_text())):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                imports = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                name = f"{module}.{node.name}"
                if imports and name not in allowed and node.name not in allowed:
                    unlisted.append(f"{path.relative_to(ROOT)}:{imports[0].lineno} in {node.name}")
    assert unlisted == []


def test_an_upward_import_breaks_the_contract(tmp_path):
    """A copy of the project where the kernel imports the demo fails lint-imports."""
    for package in packages():
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(CONFIG, tmp_path / ".importlinter")
    lint = [str(Path(sys.executable).with_name("lint-imports"))]
    kept = subprocess.run(lint, cwd=tmp_path, capture_output=True, text=True)
    assert kept.returncode == 0, kept.stdout
    languages = tmp_path / "core" / "languages.py"
    languages.write_text(languages.read_text() + "\nimport demo.loader  # noqa\n")
    broken = subprocess.run(lint, cwd=tmp_path, capture_output=True, text=True)
    assert broken.returncode != 0
    assert "core.languages -> demo.loader" in broken.stdout
    assert "BROKEN" in broken.stdout
