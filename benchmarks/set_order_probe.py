"""Where the coder walks through a set whose order changes from one process to the next.

Run:  python benchmarks/set_order_probe.py OUT.tsv SCRIPT [ARG ...]

Runs SCRIPT (a benchmark, say ``benchmarks/articles.py``) with detente's modules rewritten
on import so that each ``for`` loop, comprehension, ``next``/``list``/``tuple``/``min``/
``max``/``enumerate``/``sorted(..., key=...)`` argument, ``.pop()``, ``.join``,
``dict.fromkeys`` and ``*x`` first checks its value: a set or frozenset of two or more
members that are not all integers is noted with its place (file:line:kind). A set of
strings is ordered by ``PYTHONHASHSEED``, a set of spaCy tokens or spans by the address of
their ``Doc``; a set of integers is ordered the same in every run. Writes one line per place
to OUT.tsv: the place, how often it was reached, a few members. Places marked ``neutral``
feed ``any``/``all``/``sum``/``len``/``set``/``frozenset``/``sorted`` with no key, or build
a set, where the order cannot matter; the others need a look: the order is harmless only
when the loop picks nothing by it (a membership test, a count, a set of one).

Used with ``benchmarks/determinism.py``, which shows whether the order reached the output.
"""

from __future__ import annotations

import ast
import atexit
import builtins
import importlib.abc
import importlib.machinery
import runpy
import sys
from collections import Counter
from pathlib import Path

_REACHED: Counter[str] = Counter()
_MEMBERS: dict[str, str] = {}
_NEUTRAL = {"any", "all", "sum", "len", "set", "frozenset", "sorted"}
_ORDERED_CALLS = {"next", "list", "tuple", "min", "max", "enumerate", "iter", "sorted", "dict"}


def _note(value: object, place: str) -> object:
    """``value`` unchanged; a set of two or more non-integers is noted at ``place``."""
    if isinstance(value, (set, frozenset)) and len(value) > 1:
        if not all(isinstance(v, int) for v in value):
            _REACHED[place] += 1
            _MEMBERS.setdefault(place, repr(sorted(map(str, value))[:4]))
    return value


class _Checks(ast.NodeTransformer):
    """Wraps each iterated value of a module in ``_note(value, "file:line:kind")``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.parents: list[ast.AST] = []

    def _wrap(self, node: ast.expr, kind: str) -> ast.expr:
        place = ast.Constant(f"{self.name}:{node.lineno}:{kind}")
        call = ast.Call(func=ast.Name("_set_order_note", ast.Load()), args=[node, place])
        call.keywords = []
        return ast.copy_location(call, node)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        self.parents.append(node)
        super().generic_visit(node)
        self.parents.pop()
        return node

    def visit_For(self, node: ast.For) -> ast.AST:
        self.generic_visit(node)
        node.iter = self._wrap(node.iter, "for")
        return node

    def _comprehension(self, node: ast.AST) -> ast.AST:
        parent = self.parents[-1] if self.parents else None
        consumer = ""
        if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name):
            consumer = parent.func.id
        self.generic_visit(node)
        kind = type(node).__name__ + (f"/{consumer}" if consumer else "")
        if consumer in _NEUTRAL or isinstance(node, ast.SetComp):
            kind = f"neutral:{kind}"
        for generator in node.generators:  # type: ignore[attr-defined]
            generator.iter = self._wrap(generator.iter, kind)
        return node

    visit_ListComp = visit_GeneratorExp = visit_DictComp = visit_SetComp = _comprehension

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name) and func.id in _ORDERED_CALLS and node.args:
            keyed = any(k.arg == "key" for k in node.keywords)
            if not isinstance(node.args[0], ast.GeneratorExp) and (func.id != "sorted" or keyed):
                node.args[0] = self._wrap(node.args[0], func.id)
        elif isinstance(func, ast.Attribute):
            if func.attr == "pop" and not node.args:
                func.value = self._wrap(func.value, "pop")
            elif func.attr in ("join", "fromkeys", "extend") and node.args:
                node.args[0] = self._wrap(node.args[0], func.attr)
        return node

    def visit_Starred(self, node: ast.Starred) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load):
            node.value = self._wrap(node.value, "star")
        return node


class _Loader(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname: str):  # noqa: ANN201 (never the cached bytecode)
        path = self.get_filename(fullname)
        tree = _Checks(path.split("src/detente/")[-1]).visit(ast.parse(self.get_data(path)))
        return compile(ast.fix_missing_locations(tree), path, "exec", dont_inherit=True)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201
        if not name.startswith("detente"):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.origin and "/src/detente/" in spec.origin:
            spec.loader = _Loader(name, spec.origin)
        return spec


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__.splitlines()[2])
    out, script = Path(sys.argv[1]), sys.argv[2]
    builtins._set_order_note = _note  # type: ignore[attr-defined]
    sys.meta_path.insert(0, _Finder())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

    def write() -> None:
        lines = [f"{p}\t{n}\t{_MEMBERS[p]}\n" for p, n in sorted(_REACHED.items())]
        out.write_text("".join(lines), encoding="utf-8")

    atexit.register(write)
    sys.argv = sys.argv[2:]
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
