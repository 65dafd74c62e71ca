"""The browser's copy of the build's stemmer: an ES module translated, at build time, from the
very module of the installed snowballstemmer package that the build stems with, so the two cannot
drift. The translator knows only the Python that Snowball's generator writes and refuses the rest."""

from __future__ import annotations

import ast
import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import import_module, metadata, resources
from types import ModuleType
from typing import NoReturn

# Site language code (its first part: "pt", "pt-BR" and "pt_BR" are one) -> Snowball algorithm.
ALGORITHMS = {"en": "english", "es": "spanish", "pt": "portuguese", "fr": "french", "ar": "arabic"}

_COMPARE = {ast.Eq: "===", ast.NotEq: "!==", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_ARITHMETIC = {ast.Add: "+", ast.Sub: "-"}
_LABEL = re.compile(r"lab\d+")
_BMP = 0xFFFF


class Untranslatable(Exception):
    """Python the translator does not know: refused, so that no new snowballstemmer release can
    give the browser a stemmer that silently differs from the build's."""


def algorithm(language: str) -> str | None:
    """The Snowball algorithm of a site language, None where the site has none (no stemming)."""
    return ALGORITHMS.get(re.split(r"[-_]", language, maxsplit=1)[0].lower())


def python_stemmer(language: str) -> Callable[[str], str] | None:
    """The build's stemmer for a language: the module stemmer_js(language) is translated from."""
    name = algorithm(language)
    return None if name is None else _python_stemmer(name)


def algorithms(language: str) -> tuple[str, ...]:
    """The algorithms a site in this language stems with: its own, then English, since many
    mentees type English (generator.text.stemmer takes the shorter of their stems)."""
    return tuple(dict.fromkeys(name for name in (algorithm(language), "english") if name))


def site_stemmers(language: str, page_language: str) -> dict[str, str]:
    """The browser's stemmer modules for a site, by file name: one per algorithm, and
    stemmers-<page language>.js, which lists them in order for the page's scripts."""
    files = {f"stemmer-{name}.js": _algorithm_js(name) for name in algorithms(language)}
    imports = "".join(f'import {{ stem as {name} }} from "./stemmer-{name}.js";\n'
                      for name in algorithms(language))
    files[f"stemmers-{page_language}.js"] = (
        f"// The stemmers of a site in {language} (generator/stemmer_js.py), in order.\n"
        f"{imports}export default [{', '.join(algorithms(language))}];\n")
    return files


def stemmer_js(language: str) -> str | None:
    """An ES module (no imports) exporting stem(word), which stems as python_stemmer(language)."""
    name = algorithm(language)
    return None if name is None else _algorithm_js(name)


@cache
def _algorithm_js(name: str) -> str:
    """The ES module of a Snowball algorithm ("spanish"), with its licence header."""
    origin = f"snowballstemmer/{name}_stemmer.py"
    return _header(origin) + translate(inspect.getsource(_module(name)), origin)


@cache
def _python_stemmer(name: str) -> Callable[[str], str]:
    # The module's own class: snowballstemmer.stemmer(name) hands over PyStemmer's C stemmer
    # instead whenever PyStemmer is installed, which is not the code the browser gets.
    stemmer_class = getattr(_module(name), name.title().replace("_", "") + "Stemmer")
    stem: Callable[[str], str] = stemmer_class().stemWord
    return stem


def _module(name: str) -> ModuleType:
    """The installed package's module of a Snowball algorithm: what both sides run."""
    return import_module(f"snowballstemmer.{name}_stemmer")


def _header(origin: str) -> str:
    """Where the module comes from, and the licence it is under (BSD-3-Clause)."""
    package = metadata.distribution("snowballstemmer")
    licences = package.metadata.get_all("License-File") or []
    text = "".join(file.read_text() for file in package.files or [] if file.name in licences)
    copyright = [line for line in text.splitlines() if line.startswith("Copyright")]
    if not copyright:
        raise Untranslatable(f"snowballstemmer {package.version} has no licence with a copyright")
    return "".join([
        f"// Generated from snowballstemmer {package.version} ({origin}) by\n",
        "// generator/stemmer_js.py. BSD-3-Clause:\n",
        *(f"// {line}\n" for line in copyright),
        "\n",
    ])


@cache
def _base() -> str:
    return resources.files("generator").joinpath("data/base-stemmer.js").read_text("utf-8")


@dataclass(frozen=True)
class _Scope:
    """What translated code may name: anything else is refused, never guessed."""

    origin: str
    stemmer: str  # the class name, through which Python reaches the tables
    tables: frozenset[str]  # class attributes that become module constants
    fields: frozenset[str]  # self.x: the base stemmer's state and the class's variables
    methods: dict[str, str]  # self.x(): Python name -> JavaScript name
    labels: frozenset[str]  # the module's lab0, lab1... exceptions
    variables: frozenset[str] = frozenset()  # the locals of the method being translated
    open_labels: tuple[str, ...] = ()  # the try blocks around the statement being translated


def _refuse(node: ast.AST, origin: str, why: str = "") -> NoReturn:
    code = ast.unparse(node).splitlines()[0]
    because = f" ({why})" if why else ""
    line = getattr(node, "lineno", 0)
    raise Untranslatable(f"{origin}:{line}: cannot translate {type(node).__name__}{because}: {code}")


def translate(python: str, origin: str) -> str:
    """The ES module for the source of one of snowballstemmer's stemmer modules."""
    tree = ast.parse(python)
    labels: set[str] = set()
    stemmers: list[ast.ClassDef] = []
    for node in tree.body:
        match node:
            case ast.ImportFrom(module="basestemmer" | "among", level=1):
                pass
            case ast.ClassDef(name=name, bases=[ast.Name(id="BaseException")], body=[ast.Pass()],
                              keywords=[], decorator_list=[]) if _LABEL.fullmatch(name):
                labels.add(name)
            case ast.ClassDef(bases=[ast.Name(id="BaseStemmer")], keywords=[], decorator_list=[]):
                stemmers.append(node)
            case _:
                _refuse(node, origin)
    if len(stemmers) != 1:
        raise Untranslatable(f"{origin}: {len(stemmers)} classes derived from BaseStemmer, not 1")
    return _base() + "\n" + _stemmer(stemmers[0], frozenset(labels), origin)


def _stemmer(node: ast.ClassDef, labels: frozenset[str], origin: str) -> str:
    """The tables, the class and stem() of a stemmer class."""
    tables: dict[str, str] = {}
    fields: dict[str, str] = {}
    methods: list[ast.FunctionDef] = []
    for member in node.body:
        match member:
            case ast.Expr(value=ast.Constant(value=str())):
                pass  # the docstring
            case ast.Assign(targets=[ast.Name(id=name)], value=value) if name[:2] in ("I_", "B_", "S_"):
                fields[name] = _variable(value, origin)
            case ast.Assign(targets=[ast.Name(id=name)], value=value):
                tables[name] = _table(name, value, origin)
            case ast.FunctionDef(decorator_list=[], returns=None) if ast.unparse(member.args) == "self":
                methods.append(member)
            case _:
                _refuse(member, origin)
    names = {method.name: method.name.removeprefix("__") for method in methods}
    base_methods, base_fields = _base_members()
    if clash := (set(names.values()) | set(fields)) & (base_methods | base_fields):
        raise Untranslatable(f"{origin}: {node.name} would hide the base stemmer's {sorted(clash)}")
    scope = _Scope(origin, node.name, frozenset(tables), frozenset(fields) | base_fields,
                   names | {name: name for name in base_methods}, labels)
    return "\n".join([
        *(f"const {name} = {value};" for name, value in tables.items()),
        "",
        f"class {node.name} extends BaseStemmer {{",
        *(f"  {name} = {value};" for name, value in fields.items()),
        "",
        "\n\n".join("\n".join(_method(method, scope)) for method in methods),
        "}",
        "",
        f"const stemmer = new {node.name}();",
        "",
        f"/** The stem of a word, as snowballstemmer's {node.name} gives it. */",
        "export function stem(word) {",
        "  return stemmer.stemWord(word);",
        "}",
        "",
    ])


@cache
def _base_members() -> tuple[frozenset[str], frozenset[str]]:
    """The methods and the fields of the JavaScript base stemmer: all translated code may use."""
    methods = re.findall(r"^  (\w+)\(", _base(), re.M)
    return frozenset(methods), frozenset(re.findall(r"this\.(\w+) =", _base()))


def _literal(node: ast.expr, origin: str) -> object:
    try:
        return ast.literal_eval(node)
    except ValueError:
        _refuse(node, origin, "not a literal")


def _variable(node: ast.expr, origin: str) -> str:
    """The initial value of a Snowball variable: an integer, a boolean or a string."""
    value = _literal(node, origin)
    if not isinstance(value, int | str):
        _refuse(node, origin, "a variable that is no integer, boolean or string")
    return json.dumps(value)


def _table(name: str, node: ast.expr, origin: str) -> str:
    """A grouping (g_), among table (a_) or among's replacement strings (as_), as JavaScript."""
    if name.startswith("a_") and isinstance(node, ast.List):
        return "[\n" + ",\n".join(f"  {_among(row, origin)}" for row in node.elts) + "\n]"
    value = _literal(node, origin)
    if name.startswith("g_") and isinstance(value, str | set) \
            and all(isinstance(char, str) and len(char) == 1 for char in value):
        return f"new Set({json.dumps(''.join(sorted(value)))})"
    if name.startswith("as_") and isinstance(value, tuple) \
            and all(isinstance(string, str) for string in value):
        return json.dumps(list(value))
    _refuse(node, origin, f"{name} is no grouping, among table or tuple of strings")


def _among(node: ast.expr, origin: str) -> str:
    """One row of an among table: [string, substring_i, result]."""
    match node:
        case ast.Call(func=ast.Name(id="Among"), args=[_, _, _], keywords=[]):
            string, substring_i, result = (_literal(arg, origin) for arg in node.args)
            # find_among indexes the string by UTF-16 unit, which is by character in the BMP only.
            if isinstance(string, str) and all(ord(char) <= _BMP for char in string) \
                    and isinstance(substring_i, int) and isinstance(result, int):
                return json.dumps([string, substring_i, result])
    _refuse(node, origin, "an among row is Among(string within the BMP, int, int)")


def _method(node: ast.FunctionDef, scope: _Scope) -> list[str]:
    variables = sorted({name.id for name in ast.walk(node)
                        if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Store)})
    inner = replace(scope, variables=frozenset(variables))
    declare = [f"    let {', '.join(variables)};"] if variables else []
    return [f"  {scope.methods[node.name]}() {{", *declare, *_block(node.body, inner, 2), "  }"]


def _block(body: list[ast.stmt], scope: _Scope, depth: int) -> list[str]:
    return [line for node in body for line in _statement(node, scope, depth)]


def _statement(node: ast.stmt, scope: _Scope, depth: int) -> list[str]:
    pad = "  " * depth
    match node:
        case ast.Expr(value=ast.Call() as call):
            return [f"{pad}{_expr(call, scope)};"]
        case ast.Assign(targets=[ast.Name() | ast.Attribute() as target], value=value):
            return [f"{pad}{_expr(target, scope)} = {_expr(value, scope)};"]
        case ast.AugAssign(target=ast.Name() | ast.Attribute() as target, op=op, value=value) \
                if type(op) in _ARITHMETIC:
            return [f"{pad}{_expr(target, scope)} {_ARITHMETIC[type(op)]}= {_expr(value, scope)};"]
        case ast.Return(value=None):
            return [f"{pad}return;"]
        case ast.Return(value=value) if value is not None:
            return [f"{pad}return {_expr(value, scope)};"]
        case ast.Pass():
            return []
        case ast.Break():
            return [f"{pad}break;"]
        case ast.Continue():
            return [f"{pad}continue;"]
        case ast.If(test=test, body=body, orelse=orelse):
            lines = [f"{pad}if ({_test(test, scope)}) {{", *_block(body, scope, depth + 1)]
            if len(orelse) == 1 and isinstance(orelse[0], ast.If):
                elif_ = _statement(orelse[0], scope, depth)
                return lines + [f"{pad}}} else {elif_[0].lstrip()}", *elif_[1:]]
            if orelse:
                lines += [f"{pad}}} else {{", *_block(orelse, scope, depth + 1)]
            return lines + [f"{pad}}}"]
        case ast.While(test=test, body=body, orelse=[]):
            return [f"{pad}while ({_test(test, scope)}) {{", *_block(body, scope, depth + 1),
                    f"{pad}}}"]
        # try: ... raise labN() ... except labN: pass  ->  labN: { ... break labN; ... }
        case ast.Try(body=body, handlers=[ast.ExceptHandler(
                type=ast.Name(id=label), name=None, body=[ast.Pass()])], orelse=[], finalbody=[]) \
                if label in scope.labels and label not in scope.open_labels:
            inner = replace(scope, open_labels=scope.open_labels + (label,))
            return [f"{pad}{label}: {{", *_block(body, inner, depth + 1), f"{pad}}}"]
        case ast.Raise(exc=ast.Call(func=ast.Name(id=label), args=[], keywords=[]), cause=None) \
                if label in scope.open_labels:
            return [f"{pad}break {label};"]
    _refuse(node, scope.origin)


def _test(node: ast.expr, scope: _Scope) -> str:
    """A condition, without the parentheses _expr puts around operations (if and while have theirs)."""
    text = _expr(node, scope)
    return text[1:-1] if isinstance(node, ast.BinOp | ast.BoolOp | ast.Compare) else text


def _expr(node: ast.expr, scope: _Scope) -> str:
    match node:
        case ast.Constant(value=bool() | int() | str() as value):
            return json.dumps(value)
        case ast.Name(id="self"):
            return "this"
        case ast.Name(id=name) if name in scope.variables:
            return name
        case ast.Attribute(value=ast.Name(id="self"), attr=attr) if attr in scope.fields:
            return f"this.{attr}"
        case ast.Attribute(value=ast.Name(id=owner), attr=attr) \
                if owner == scope.stemmer and attr in scope.tables:
            return attr
        case ast.Call(func=ast.Name(id="len"), args=[arg], keywords=[]):
            return f"{_expr(arg, scope)}.length"
        case ast.Call(func=ast.Attribute(value=ast.Name(id="self"), attr=method), args=args,
                      keywords=[]) if method in scope.methods:
            return f"this.{scope.methods[method]}({', '.join(_expr(arg, scope) for arg in args)})"
        case ast.UnaryOp(op=ast.Not(), operand=operand):
            return f"!{_expr(operand, scope)}"
        case ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=int() as value)):
            return f"-{value}"
        case ast.BinOp(left=left, op=op, right=right) if type(op) in _ARITHMETIC:
            return f"({_expr(left, scope)} {_ARITHMETIC[type(op)]} {_expr(right, scope)})"
        case ast.BoolOp(op=op, values=values):
            joiner = " || " if isinstance(op, ast.Or) else " && "
            return "(" + joiner.join(_expr(value, scope) for value in values) + ")"
        case ast.Compare(left=left, ops=[op], comparators=[right]) if type(op) in _COMPARE:
            return f"({_expr(left, scope)} {_COMPARE[type(op)]} {_expr(right, scope)})"
        # .at() reads a negative index from the end, as Python does.
        case ast.Subscript(value=value, slice=index) if not isinstance(index, ast.Slice):
            return f"{_expr(value, scope)}.at({_expr(index, scope)})"
    _refuse(node, scope.origin)
