"""Front matter: ``---`` YAML or ``+++`` TOML at the very top, split off before marko sees it.

YAML is read with PyYAML's safe loader when it is installed (the ``yaml`` extra), with a cap on
alias expansion; without it a flat ``key: value`` reader covers what reports put there. Nothing
in front matter is ever evaluated.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from postmortem.model import FrontMatter

#: Front matter larger than this is kept as text but not interpreted.
MAX_FRONT_MATTER = 256_000


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
        data = _load(raw, fmt) if len(raw) <= MAX_FRONT_MATTER else {}
        return FrontMatter(format=fmt, raw=text[:end], data=data), end
    return None, 0


def _load(raw: str, fmt: str) -> dict[str, Any]:
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
    try:
        import yaml
    except ImportError:
        return _flat_yaml(raw)
    try:
        data = _yaml_load(yaml, raw)
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
        return yaml.load(raw, Loader=yaml.CSafeLoader)  # a SafeLoader: no tags run code
    return yaml.load(raw, Loader=_no_alias_loader(yaml))  # a SafeLoader: no tags run code


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

        _NO_ALIAS_LOADER = NoAliasLoader
    return _NO_ALIAS_LOADER


def _flat_yaml(raw: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in raw.split("\n"):
        mm = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        # Anchors, aliases, block scalars and tags ("!!python/...") are not read as values.
        if mm and mm.group(2) and not mm.group(2).startswith(("&", "*", "|", ">", "!")):
            out[mm.group(1)] = mm.group(2).strip("\"'")
    return out
