"""Checks on the package's source that no linter makes."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

MODULES = sorted((ROOT / "analysis").glob("*.py"))


def _bound_twice(source: str) -> list[str]:
    """Names bound more than once at module level (constants, functions, classes)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


def test_the_check_finds_a_name_bound_twice():
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A (lines 1 and 3)"]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module):
    # A second pattern given an existing constant's name silently replaces the first for
    # every rule that used it (it happened twice with extract.py's regular expressions).
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
