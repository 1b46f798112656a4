"""Front matter: ``---`` YAML or ``+++`` TOML at the very top (or Nikola's ``<!--`` comment of
``.. key: value`` fields), split off before marko sees it.

YAML is read with PyYAML's safe loader when it is installed (the ``yaml`` extra), with aliases
refused; without it a flat ``key: value`` reader covers what reports put there. Nothing in front
matter is ever evaluated. A value the loader cannot build (``date: 2024-02-30``, a 5,000-digit
integer) raises :class:`~postmortem.errors.ParseError` with its line; keys come out as strings
(``2024-01-01: x`` has the key ``"2024-01-01"``), so the data is always JSON-ready.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
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


def by_name(data: dict[str, Any]) -> dict[str, Any]:
    """The front matter's values by key in lower case ("Title" and "DATE" are read as
    "title" and "date", as Hatena's and other exporters capitalise them); a key written in
    lower case wins over another spelling of it."""
    out: dict[str, Any] = {}
    for k, v in data.items():
        low = str(k).lower()
        if low not in out or str(k) == low:
            out[low] = v
    return out


def first_value(named: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The first value of ``names`` that ``named`` (``by_name``'s keys) holds and is not empty,
    or None: "title", else the WordPress exporter's "post_title"."""
    return next((named[k] for k in names if named.get(k)), None)


def key_named(data: dict[str, Any], name: str) -> str | None:
    """The key of ``data`` that ``by_name`` reads as ``name``, as written, or None."""
    if name in data:
        return name
    return next((k for k in data if str(k).lower() == name), None)


#: Nikola's metadata for a Markdown post: an HTML comment of reStructuredText fields
#: ("<!--" / ".. title: Interruzione del Server" / ".. date: 2016-12-22 01:00:00" / "-->"),
#: what ``nikola new_post -f markdown`` writes. Every line a field, or blank.
_COMMENT_LISTS = frozenset({"tags", "categories"})
_COMMENT_NAMES = frozenset({"author", "authors"})
_COMMENT_KEY = re.compile(r"[A-Za-z_][\w-]{0,40}")
_COMMENT_FIELD = re.compile(rf"\.\. ({_COMMENT_KEY.pattern}):[ \t]*(.*)")


def _comment_metadata(text: str) -> tuple[FrontMatter | None, int]:
    close = text.find("\n-->", 4)
    if close < 0 or close > MAX_FRONT_MATTER:
        return None, 0
    data: dict[str, Any] = {}
    for line in text[5 : close + 1].splitlines():
        mm = _COMMENT_FIELD.fullmatch(line.rstrip())
        if (mm is None and line.strip()) or "-->" in line:
            return None, 0  # a line of words, or one HTML closes the comment in
        if mm is not None:
            value: Any = mm.group(2).strip()
            key = mm.group(1).lower()
            if key in _COMMENT_LISTS and "," in value:
                value = [v.strip() for v in value.split(",")]  # Nikola's tags
            elif key in _COMMENT_NAMES and ", " in value:
                value = value.split(", ")  # names, as the model keeps several
            data.setdefault(mm.group(1), value)
    if len(data) < 2 and not set(data) & {"title", "date", "slug"}:
        return None, 0
    end = close + 4
    if text.startswith("\n", end):
        end += 1
    fm = FrontMatter(format="comment", raw=text[:end], data=data, _parsed=copy.deepcopy(data))
    return fm, end


def split_front_matter(text: str) -> tuple[FrontMatter | None, int]:
    """The front matter at the start of ``text`` and the offset where the body begins."""
    if text.startswith("<!--\n"):
        return _comment_metadata(text)
    # The fence may name its language, as gray-matter (the front-matter reader of most
    # JavaScript site generators) lets it: "---toml" (TDude's status page), "---yaml".
    for opener, fence, fmt in (
        ("---", "---", "yaml"), ("+++", "+++", "toml"), ("---toml", "---", "toml"),
        ("---yaml", "---", "yaml"),
    ):  # fmt: skip
        if not text.startswith(opener + "\n"):
            continue
        close = re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*$", re.MULTILINE)
        found = close.search(text, len(opener) + 1)
        if found is None or (fmt == "toml" and found.group().startswith(".")):
            return None, 0
        end = found.end()
        if end < len(text) and text[end] == "\n":
            end += 1
        raw = text[len(opener) + 1 : found.start()]
        if (
            fmt == "yaml"
            and (not text[end:].strip() or raw.startswith("\n"))
            and (_framed_document(raw))
        ):
            return None, 0
        data: dict[str, Any] = {}
        long_key = fmt == "toml" and _LONG_KEY.search(raw) is not None
        if len(raw) <= MAX_FRONT_MATTER and not long_key and not _too_deep(raw):
            try:
                data = _json_keys(_load(raw, fmt))
            except RecursionError:
                # Nested past the recursion limit in a way the bracket count does not see
                # ("- - - - x"): kept as text, like the other limits.
                data = {}
        fm = FrontMatter(format=fmt, raw=text[:end], data=data, _parsed=copy.deepcopy(data))
        return fm, end
    return None, 0


_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def _framed_document(raw: str) -> bool:
    """Whether fences frame a document between thematic breaks rather than hold its front
    matter ("---", a blank, "# Incident Report: ...", its sections, "---"): the inside has
    Markdown headings and is no YAML (and the caller has seen a blank line open it, or
    nothing follow it)."""
    if len(raw) > MAX_FRONT_MATTER or not _HEADING_LINE.search(raw):
        return False
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a dependency
        return False
    if _too_deep(raw):
        return False
    try:
        _yaml_load(yaml, raw)  # the guarded loader: no aliases
    except yaml.YAMLError:
        return True
    except (_BadValue, RecursionError):
        return False
    return False


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
    """Top-level ``key: value`` lines, and a key's block list ("key:" then "  - item" lines,
    as the writer puts a list there), of front matter PyYAML cannot read."""
    out: dict[str, Any] = {}
    listing: list[str] | None = None  # the items of the key on the line before, if it has none
    for line in raw.split("\n"):
        item = re.match(r"[ \t]*-[ \t]+(.*)", line) if listing is not None else None
        if item is not None and listing is not None:
            listing.append(item.group(1).strip().strip("\"'"))
            continue
        listing = None
        # The value is stripped in code: "(.*?)\s*$" was quadratic on a long run of blanks.
        mm = re.match(r"([A-Za-z_][\w-]*)\s*:(.*)", line)
        value = mm.group(2).strip() if mm else ""
        # Anchors, aliases, block scalars and tags ("!!python/...") are not read as values.
        if mm and value and not value.startswith(("&", "*", "|", ">", "!")):
            out[mm.group(1)] = value.strip("\"'")
        elif mm and not value:
            listing = []
            out[mm.group(1)] = listing
    return {k: v for k, v in out.items() if v != []}


# ---------------------------------------------------------------------------------------------
# Writing: values edited in place.
#
# YAML is edited with ruamel.yaml's round-trip loader, which says where each key and value is
# (line and column) and writes scalars with the right quoting. Its dumper is not used on the
# whole block: it re-indents sequences ("  - a" -> "- a") and refolds long lines, which would
# change lines nobody edited. So ruamel finds the places and writes the new values, and only
# the edited key's lines are replaced. TOML is edited with tomlkit, which keeps everything else
# byte for byte. Front matter neither can read (YAML that PyYAML also rejects, such as a bare
# "@handle") is edited line by line for a top-level "key: value".

_CLOSE = re.compile(r"^(?:---|\+\+\+|\.\.\.)[ \t]*$", re.MULTILINE)


def edit_front_matter(fm: FrontMatter, changes: dict[str, Any], removed: set[str]) -> str:
    """``fm.raw`` with top-level keys set to new values (added at the end when new) or removed.

    Only the lines of the keys that change are rewritten; order, comments, quoting style and
    the fences are kept.
    """
    raw = fm.raw
    open_end = raw.index("\n") + 1
    if fm.format == "comment":
        close = raw.rindex("-->")
        return raw[:open_end] + _edit_comment(raw[open_end:close], changes, removed) + raw[close:]
    closes = list(_CLOSE.finditer(raw, open_end))
    close = closes[-1].start() if closes else len(raw)
    inner = raw[open_end:close]
    if fm.format == "toml":
        new = _edit_toml(inner, changes, removed)
    else:
        new = _edit_yaml(inner, changes, removed)
    return raw[:open_end] + new + raw[close:]


def _edit_comment(inner: str, changes: dict[str, Any], removed: set[str]) -> str:
    # Hand-written: no library writes Nikola's comment fields. A value is one line, and
    # cannot close the comment.
    def written(v: Any) -> str:
        if isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)  # Nikola's tags are comma-separated
        elif isinstance(v, dt.datetime):
            v = v.isoformat(sep=" ")
        return " ".join(str(v).split()).replace("-->", "-- >")

    for name in changes:
        if _COMMENT_KEY.fullmatch(name) is None:
            raise ValueError(
                f"front matter key {name!r} cannot be written in a Nikola comment: "
                "expected letters, digits, '_' or '-', starting with a letter"
            )
    removed = removed | {k for k, v in changes.items() if v is None}
    changes = {k: v for k, v in changes.items() if v is not None}
    out: list[str] = []
    done: set[str] = set()
    for line in inner.splitlines(keepends=True):
        mm = _COMMENT_FIELD.fullmatch(line.rstrip())
        key = mm.group(1) if mm is not None else None
        if key is not None and key in removed:
            continue
        if key is not None and key in changes and key not in done:
            done.add(key)
            line = f".. {key}: {written(changes[key])}".rstrip() + "\n"
        out.append(line)
    out.extend(f".. {k}: {written(v)}".rstrip() + "\n" for k, v in changes.items() if k not in done)
    return "".join(out)


def _edit_toml(inner: str, changes: dict[str, Any], removed: set[str]) -> str:
    import tomlkit

    doc = tomlkit.parse(inner)
    for key in removed:
        if key in doc:
            del doc[key]
    for key, value in changes.items():
        doc[key] = value
    return tomlkit.dumps(doc)


def _edit_yaml(inner: str, changes: dict[str, Any], removed: set[str]) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    # A new value stays on its key's line (or one line an item): refolding a long value
    # would spread an edit over lines, and the line-based re-indent below keeps it simple.
    yaml.width = 1 << 16
    try:
        data = yaml.load(inner)
    except YAMLError:
        data = None
    lines = inner.split("\n")
    if inner.endswith("\n"):
        lines.pop()
    places = _yaml_places(data, lines)
    # Edit from the bottom up so that line numbers above stay valid.
    edits: list[tuple[int, int, list[str]]] = []
    appended: list[str] = []
    for key in removed:
        if key in places:
            first, last, _col = places[key]
            edits.append((first, last, []))
    for key, value in changes.items():
        old = data.get(key) if hasattr(data, "get") else None
        if key in places:
            first, last, col = places[key]
            by_item = _edit_yaml_items(lines, first, last, old, value, key, yaml)
            if by_item is not None:
                edits += by_item
                continue
            head = lines[first][:col] if col >= 0 else f"{key}: "
            comment = _trailing_comment(lines[first]) if first == last and col >= 0 else ""
            body = _yaml_value(key, value, old, yaml)
            if isinstance(old, dt.datetime) and isinstance(value, dt.datetime) and col >= 0:
                # An instant in the form it was written in ("2020-12-03T23:46:32.722Z").
                written = lines[first][col:][: len(lines[first]) - col - len(comment)]
                if old.tzinfo is None and value.tzinfo is not None:
                    value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
                body = instant_like(written, value) or body
            if body.startswith("\n"):  # a block sequence: under the key
                new_lines = [head.rstrip(), *_indent_items(body, lines, first, last)]
            else:
                new_lines = [head + body + comment]
            edits.append((first, last, new_lines))
        else:
            body = _yaml_value(key, value, old, yaml)
            if body.startswith("\n"):
                appended.append(f"{key}:")
                appended += _indent_items(body, lines, 0, len(lines) - 1)
            else:
                appended.append(f"{key}: {body}")
    for first, last, new_lines in sorted(edits, reverse=True):
        lines[first : last + 1] = new_lines
    lines += [ln for block in appended for ln in block.split("\n")]
    return "\n".join(lines) + ("\n" if lines else "")


def _edit_yaml_items(
    lines: list[str], first: int, last: int, old: Any, new: Any, key: str, yaml: Any
) -> list[tuple[int, int, list[str]]] | None:
    """A block sequence's edit item by item: only the lines of items that change, go or come
    (inserted ones after the item before them), so that comments between the items ("#  -
    SMS-Service", a service switched off) and the other items' lines stay. None when the
    old or new value is not a block sequence of scalars."""
    import difflib

    from ruamel.yaml.comments import CommentedSeq

    def scalar(v: Any) -> bool:
        return v is None or isinstance(v, str | int | float | dt.date)

    if not (
        isinstance(old, CommentedSeq)
        and old
        and not old.fa.flow_style()
        and isinstance(new, list | tuple)
        and all(scalar(v) for v in [*old, *new])
    ):
        return None
    starts = [old.lc.item(i)[0] for i in range(len(old))]
    if starts[0] <= first or any(b <= a for a, b in itertools.pairwise(starts)):
        return None
    spans = []  # each item's first and last line; comments and blanks after it are not its own
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else last
        while end > start and (not lines[end].strip() or lines[end].lstrip().startswith("#")):
            end -= 1
        spans.append((start, end))

    def item_lines(values: list[Any]) -> list[str]:
        if not values:
            return []
        return _indent_items(_yaml_value(key, values, None, yaml), lines, first, last)

    def written(v: Any) -> str:
        return f"{type(v).__name__}:{v}" if not isinstance(v, str) else f"str:{v}"

    matcher = difflib.SequenceMatcher(
        None, [written(v) for v in old], [written(v) for v in new], autojunk=False
    )
    out: list[tuple[int, int, list[str]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        fresh = item_lines(list(new[j1:j2]))
        if i1 == i2:  # an insert: after the item before, or before the first
            at = spans[i1 - 1][1] + 1 if i1 > 0 else spans[0][0]
            out.append((at, at - 1, fresh))
        else:
            out.append((spans[i1][0], spans[i2 - 1][1], fresh))
    return out


def _yaml_places(data: Any, lines: list[str]) -> dict[str, tuple[int, int, int]]:
    """Each top-level key: its first and last line, and the column its value starts at."""
    starts: list[tuple[int, str, int]] = []
    if data is not None and hasattr(data, "lc"):
        for key in data:
            kl, _kc = data.lc.key(key)
            vl, vc = data.lc.value(key)
            starts.append((kl, str(key), vc if vl == kl else -1))
    else:
        for i, ln in enumerate(lines):
            mm = re.match(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*", ln)
            if mm:
                starts.append((i, mm.group(1), mm.end()))
    starts.sort()
    out: dict[str, tuple[int, int, int]] = {}
    for n, (line, key, col) in enumerate(starts):
        end = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(lines) - 1
        while end > line and (not lines[end].strip() or lines[end].lstrip().startswith("#")):
            end -= 1  # blank lines and comments before the next key stay
        out[key] = (line, end, col)
    return out


def instant_like(old: str, value: dt.datetime) -> str | None:
    """A new instant written in the old one's numeric form ("2026-04-19T14:30Z", "2022-05-15
    21:30+0000"): its separator, seconds and offset style; None when the old one has no such
    form or another kind of zone (an offset, or none). A zone word the old value did not have
    ("... 23:18 UTC") would become the report's zone when read back; another form of a
    front-matter value would change its line beyond the value."""
    mm = re.match(
        # A hedge before it ("~2026-08-07T01:43Z") says "about", which the instant cannot
        # hold: it is kept as written.
        r"\s*(?P<hedge>(?:[~〜～≈]|(?i:approx(?:\.|imately)?|circa|about|around)[ ])[ ]*)?"
        r"\d{4}-\d{2}-\d{2}(?P<sep>T|[ ]+)\d{2}:\d{2}(?P<sec>:\d{2}(?P<frac>\.\d+)?)?"
        r"(?P<gap>[ ]*)(?P<off>Z|[+-]\d{2}(?P<colon>:?)\d{2})?(?![\w:+-])",
        old,
    )
    if mm is None or (value.tzinfo is None) != (mm.group("off") is None):
        return None
    spec = "seconds" if mm.group("sec") or value.second else "minutes"
    frac = mm.group("frac") or ""
    if value.microsecond or frac:
        # As many digits as the old fraction had ("32.722Z"), where they hold the new one.
        spec = "milliseconds" if len(frac) == 4 and not value.microsecond % 1000 else "microseconds"
    iso = value.replace(tzinfo=None).isoformat(
        sep="T" if mm.group("sep") == "T" else mm.group("sep"), timespec=spec
    )
    iso = (mm.group("hedge") or "") + iso
    if value.tzinfo is None:
        return iso
    off = value.utcoffset() or dt.timedelta(0)
    if mm.group("off") == "Z" and not off:
        return iso + "Z"
    minutes = int(off.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hh, mi = divmod(abs(minutes), 60)
    colon = ":" if mm.group("off") == "Z" else mm.group("colon")
    return f"{iso}{mm.group('gap')}{sign}{hh:02d}{colon}{mi:02d}"


def _trailing_comment(line: str) -> str:
    mm = re.search(r"[ \t]+#[^\"']*$", line)
    return mm.group() if mm else ""


def _yaml_value(key: str, value: Any, old: Any, yaml: Any) -> str:
    """The YAML text of a value after "key:", in the old value's quoting style."""
    import io

    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if isinstance(value, dt.datetime | dt.date) and isinstance(old, str):
        value = value.isoformat()
    naive = isinstance(old, dt.datetime) and old.tzinfo is None
    if naive and isinstance(value, dt.datetime) and value.tzinfo is not None:
        # A naive front-matter time is read as UTC: write it back the same way.
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if isinstance(value, str) and isinstance(
        old, DoubleQuotedScalarString | SingleQuotedScalarString
    ):
        value = type(old)(value)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        out = io.StringIO()
        yaml.dump({key: list(value)}, out)
        return "\n" + out.getvalue().split("\n", 1)[1].rstrip("\n")
    out = io.StringIO()
    yaml.dump({key: value}, out)
    text = out.getvalue()
    body = text[len(key) + 1 :].strip()
    return body.removesuffix("...").strip() if body.endswith("...") else body


def _indent_items(body: str, lines: list[str], first: int, last: int) -> list[str]:
    """A dumped block sequence, indented like the one it replaces."""
    old_items = [ln for ln in lines[first + 1 : last + 1] if ln.lstrip().startswith("- ")]
    old_items = old_items or [ln for ln in lines if ln.lstrip().startswith("- ")]
    pad = old_items[0][: len(old_items[0]) - len(old_items[0].lstrip())] if old_items else "  "
    # ruamel writes the items at column 0 and a value's continuation lines deeper: shift them
    # all by the pad, so the continuation stays inside its item.
    return [pad + ln for ln in body.strip("\n").split("\n")]
