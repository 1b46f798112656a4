"""Front matter: ``---`` YAML or ``+++`` TOML at the very top, split off before marko sees it.

YAML is read with PyYAML's safe loader when it is installed (the ``yaml`` extra), with aliases
refused; without it a flat ``key: value`` reader covers what reports put there. Nothing in front
matter is ever evaluated. A value the loader cannot build (``date: 2024-02-30``, a 5,000-digit
integer) raises :class:`~postmortem.errors.ParseError` with its line; keys come out as strings
(``2024-01-01: x`` has the key ``"2024-01-01"``), so the data is always JSON-ready.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from postmortem.errors import ParseError
from postmortem.model import FrontMatter

#: Front matter larger than this is kept as text but not interpreted. tomllib and PyYAML are
#: pure Python and, on hostile text, super-linear (tomllib is quadratic in the parts of a dotted
#: key: 80 KB took 28 s and 6 GB); under both caps either takes well under a second.
MAX_FRONT_MATTER = 64_000
#: TOML front matter with a key or table header longer than this is kept as text but not
#: interpreted: tomllib's cost grows with the square of a dotted key's parts. Real keys are a
#: few words. (PyYAML reads a long key in linear time, and refuses one over 1,024 characters.)
MAX_FRONT_MATTER_KEY = 256
_LONG_KEY = re.compile(
    rf"^[ \t]*(?:\[[^\n]{{{MAX_FRONT_MATTER_KEY + 1}}}|[^=\n]{{{MAX_FRONT_MATTER_KEY + 1},}}=)",
    re.MULTILINE,
)
#: Front matter whose ``[`` / ``{`` nest deeper than this is kept as text but not interpreted:
#: both loaders recurse once per level (PyYAML took 2 s to reach Python's recursion limit).
MAX_FRONT_MATTER_DEPTH = 50
_BRACKET = re.compile(r"[\[\]{}]")


def split_front_matter(text: str) -> tuple[FrontMatter | None, int]:
    """The front matter at the start of ``text`` and the offset where the body begins."""
    for fence, fmt in (("---", "yaml"), ("+++", "toml")):
        if not text.startswith(fence + "\n"):
            continue
        close = re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*$", re.MULTILINE)
        found = close.search(text, len(fence) + 1)
        if found is None or (fmt == "toml" and found.group().startswith(".")):
            return None, 0
        end = found.end()
        if end < len(text) and text[end] == "\n":
            end += 1
        raw = text[len(fence) + 1 : found.start()]
        data: dict[str, Any] = {}
        long_key = fmt == "toml" and _LONG_KEY.search(raw) is not None
        if len(raw) <= MAX_FRONT_MATTER and not long_key and not _too_deep(raw):
            try:
                data = _json_keys(_load(raw, fmt))
            except RecursionError:
                # Nested past the recursion limit in a way the bracket count does not see
                # ("- - - - x"): kept as text, like the other limits.
                data = {}
        return FrontMatter(format=fmt, raw=text[:end], data=data), end
    return None, 0


def _too_deep(raw: str) -> bool:
    # Brackets inside quoted strings count too: an over-estimate no real front matter reaches.
    depth = 0
    for mm in _BRACKET.finditer(raw):
        depth = depth + 1 if mm.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_FRONT_MATTER_DEPTH:
            return True
    return False


def _json_keys(value: Any) -> Any:
    # YAML keys may be dates, numbers or null; JSON and the model want strings.
    if isinstance(value, dict):
        return {_key(k): _json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    return value


def _key(k: Any) -> str:
    if isinstance(k, str):
        return k
    if hasattr(k, "isoformat"):
        return str(k.isoformat())
    if k is None:
        return "null"
    if isinstance(k, bool):
        return "true" if k else "false"
    return str(k)


def _load(raw: str, fmt: str) -> dict[str, Any]:
    # Line numbers count from the opening fence, which is line 1.
    if fmt == "toml":
        # Imported here: most reports have no TOML front matter, and the parser is slow to load.
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib
        try:
            return dict(tomllib.loads(raw))
        except tomllib.TOMLDecodeError:
            return {}
        except ValueError as e:
            # tomllib raises plain ValueError for values it parsed but cannot build
            # (an integer past Python's digit limit) and gives no line for it.
            raise ParseError(f"front matter: {e}", line=1) from None
    try:
        import yaml
    except ImportError:
        return _flat_yaml(raw)
    try:
        data = _yaml_load(yaml, raw)
    except _BadValue as e:
        raise ParseError(f"front matter: {e.args[0]}", line=e.args[1] + 2) from None
    except yaml.YAMLError:
        return _flat_yaml(raw)
    return data if isinstance(data, dict) else {}


def _yaml_load(yaml: Any, raw: str) -> Any:
    """YAML with a safe loader, aliases refused: they let a few lines expand to billions of
    nodes ("billion laughs") once anything walks the data (a JSON export), and front matter
    has no need for them. libyaml's loader when PyYAML has it: the pure-Python one took as
    long as marko's parse of a short report."""
    if getattr(yaml, "__with_libyaml__", False):
        for event in yaml.parse(raw, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise yaml.composer.ComposerError(
                    None, None, "aliases are not allowed in front matter", event.start_mark
                )
        return yaml.load(raw, Loader=_c_loader(yaml))  # a SafeLoader: no tags run code
    return yaml.load(raw, Loader=_no_alias_loader(yaml))  # a SafeLoader: no tags run code


class _BadValue(Exception):
    """A front-matter value PyYAML matched but could not build: (message, 0-based line)."""


def _construct_object(loader: Any, node: Any, deep: bool = False) -> Any:
    # A timestamp, integer or float that matches YAML's pattern but is no real value
    # (2024-02-30, T99:00, 5,000 digits) raises a bare ValueError deep in PyYAML's (Python)
    # constructor; name the line instead.
    from yaml.constructor import BaseConstructor

    try:
        return BaseConstructor.construct_object(loader, node, deep)
    except (ValueError, OverflowError) as e:
        raise _BadValue(str(e), node.start_mark.line) from None


_C_LOADER: Any = None


def _c_loader(yaml: Any) -> Any:
    """libyaml's safe loader, with the line of a value it cannot build (made once)."""
    global _C_LOADER
    if _C_LOADER is None:
        _C_LOADER = type("CheckedCSafeLoader", (yaml.CSafeLoader,), {})
        _C_LOADER.construct_object = _construct_object
    return _C_LOADER


_NO_ALIAS_LOADER: Any = None


def _no_alias_loader(yaml: Any) -> Any:
    """PyYAML's pure-Python safe loader, refusing aliases (made once, on first use)."""
    global _NO_ALIAS_LOADER
    if _NO_ALIAS_LOADER is None:

        class NoAliasLoader(yaml.SafeLoader):  # type: ignore[misc]
            def compose_node(self, parent: Any, index: Any) -> Any:
                if self.check_event(yaml.AliasEvent):
                    event = self.peek_event()
                    raise yaml.composer.ComposerError(
                        None, None, "aliases are not allowed in front matter", event.start_mark
                    )
                return super().compose_node(parent, index)

            construct_object = _construct_object

        _NO_ALIAS_LOADER = NoAliasLoader
    return _NO_ALIAS_LOADER


def _flat_yaml(raw: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in raw.split("\n"):
        # The value is stripped in code: "(.*?)\s*$" was quadratic on a long run of blanks.
        mm = re.match(r"([A-Za-z_][\w-]*)\s*:(.*)", line)
        value = mm.group(2).strip() if mm else ""
        # Anchors, aliases, block scalars and tags ("!!python/...") are not read as values.
        if mm and value and not value.startswith(("&", "*", "|", ">", "!")):
            out[mm.group(1)] = value.strip("\"'")
    return out
