"""Front matter: ``---`` YAML or ``+++`` TOML at the very top, split off before marko sees it.

YAML is read with PyYAML's safe loader (a core dependency), with aliases refused. Front matter
that is not valid YAML as a whole is read entry by entry, so one bad value costs only itself;
the raw text is always kept. Nothing in front matter is ever evaluated.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import yaml

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


class _NoAliasLoader(yaml.SafeLoader):
    # Aliases let a few lines expand to billions of nodes ("billion laughs") once anything
    # walks the data (a JSON export); front matter has no need for them.
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


# A top-level key at the start of a line: where one entry of a mapping ends and the next begins.
_TOP_KEY = re.compile(r"^(?=[^\s#\-][^:\n]*:)", re.MULTILINE)
_PLAIN_ENTRY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*([^\n]+)")


def _yaml(raw: str) -> Any:
    return yaml.load(raw, Loader=_NoAliasLoader)  # a SafeLoader: no tags run code


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
        data = _yaml(raw)
    except yaml.YAMLError:
        # One invalid value (a blog's "author: @name": "@" is reserved in YAML) should not
        # cost the other entries: each top-level entry is loaded on its own by PyYAML. A
        # one-line entry PyYAML still refuses keeps its value as the text written; anchors,
        # aliases, tags and block scalars are never taken that way.
        out: dict[str, Any] = {}
        for chunk in _TOP_KEY.split(raw):
            try:
                part = _yaml(chunk)
            except yaml.YAMLError:
                plain = _PLAIN_ENTRY.fullmatch(chunk.strip())
                if plain and not plain.group(2).startswith(("&", "*", "|", ">", "!")):
                    out[plain.group(1)] = plain.group(2).strip("\"'")
                continue
            if isinstance(part, dict):
                out.update(part)
        return out
    return data if isinstance(data, dict) else {}
