"""Front matter: ``---`` YAML or ``+++`` TOML at the very top, split off before marko sees it.

YAML is read with PyYAML's safe loader (a core dependency), with aliases refused. Front matter
that is not valid YAML as a whole is read entry by entry, so one bad value costs only itself;
the raw text is always kept. Nothing in front matter is ever evaluated.
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
    import yaml  # a core dependency, imported when YAML front matter is met

    try:
        data = _yaml_load(yaml, raw)
    except yaml.YAMLError:
        # One invalid value (a blog's "author: @name": "@" is reserved in YAML) should not
        # cost the other entries: each top-level entry is loaded on its own by PyYAML. A
        # one-line entry PyYAML still refuses keeps its value as the text written; anchors,
        # aliases, tags and block scalars are never taken that way.
        out: dict[str, Any] = {}
        for chunk in _TOP_KEY.split(raw):
            try:
                part = _yaml_load(yaml, chunk)
            except yaml.YAMLError:
                plain = _PLAIN_ENTRY.fullmatch(chunk.strip())
                if plain and not plain.group(2).startswith(("&", "*", "|", ">", "!")):
                    out[plain.group(1)] = plain.group(2).strip("\"'")
                continue
            if isinstance(part, dict):
                out.update(part)
        return out
    return data if isinstance(data, dict) else {}


# A top-level key at the start of a line: where one entry of a mapping ends and the next begins.
_TOP_KEY = re.compile(r"^(?=[^\s#\-][^:\n]*:)", re.MULTILINE)
_PLAIN_ENTRY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*([^\n]+)")


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
