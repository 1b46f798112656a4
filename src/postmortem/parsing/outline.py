"""Blocks -> nested sections: ATX and setext headings, HTML ``<b>`` and bold pseudo-headings."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from attrs import define, field

from postmortem.model import SectionKind
from postmortem.parsing.blocks import Block, parse_blocks
from postmortem.vocabulary import normalize, section_kind

# A line that is only "<b>Title</b>" acts as a heading in some templates (seed 001).
_B_LINE = re.compile(r"^[ \t]*<b>(?P<t>[^<\n]{1,200})</b>[ \t]*$", re.MULTILINE)
# A paragraph that is only bold text ("**Impact**:") may head a subsection.
_BOLD_LINE = re.compile(r"[ \t]*(\*\*|__)(?P<t>[^*_\n]{1,80}?)\1[ \t]*:?[ \t]*\n?$")
PSEUDO_LEVEL = 7
BOLD_LEVEL = 8


@define(weakref_slot=False)
class Node:
    """A section while parsing: its heading, its own blocks, and child nodes.

    Compact because a template has a node every few lines: of the heading block only its end
    and title span are kept, as offsets from ``start``, and the lists become tuples once the
    tree is built (a leaf's are the shared empty tuple).
    """

    level: int
    title: str
    start: int
    _head_end: int
    _head_ts: int = -1  # -1: the heading block has no title span (a bold line)
    _head_te: int = -1
    end: int = 0
    blocks: Sequence[Block] = field(factory=list)
    children: Sequence[Node] = field(factory=list)
    pseudo: bool = False
    # The title's section kind and normalised form, found when first asked for: the passes
    # ask for each several times, and the lookup caches of the vocabulary hold only a few
    # thousand titles (text of many headings asked for each a dozen times over).
    _kind: SectionKind | None = None
    _norm: str | None = None

    @property
    def kind(self) -> SectionKind:
        """The section kind its title names (``section_kind``)."""
        if self._kind is None:
            self._kind = section_kind(self.title)
        return self._kind

    @property
    def norm(self) -> str:
        """Its title, normalised (``normalize``)."""
        if self._norm is None:
            self._norm = normalize(self.title)
        return self._norm

    @classmethod
    def of(cls, level: int, title: str, heading: Block, pseudo: bool) -> Node:
        """A node headed by ``heading``."""
        s = heading.start
        ts, te = heading.title or (s - 1, s - 1)
        return cls(level, title, s, heading.end - s, ts - s, te - s, pseudo=pseudo)

    @property
    def heading_end(self) -> int:
        """Where the heading line (or the bold line standing for one) ends."""
        return self.start + self._head_end

    @property
    def heading_title(self) -> tuple[int, int] | None:
        """The span of a heading's title; None for a bold line standing for a heading."""
        if self._head_ts < 0:
            return None
        return self.start + self._head_ts, self.start + self._head_te


def read_blocks(text: str, start: int, end: int) -> list[Block]:
    """Top-level blocks of ``text[start:end]``, splitting at ``<b>`` pseudo-heading lines.

    A ``<b>`` line indented under a list item belongs to that item as far as CommonMark is
    concerned, so the text is cut at those lines and each piece is parsed on its own. A
    ``<b>`` line stands for a heading after a blank line (or another such heading), as every
    template and report writes one; right under other lines it goes on with their block (a
    line of an entry's or an item's text of several lines, written so by ``render``).
    """
    cuts = [m for m in _B_LINE.finditer(text, start, end)]
    if not cuts:
        return _html_headings(text, parse_blocks(text, start, end))
    out: list[Block] = []
    pos = start
    for m in cuts:
        if _inside_fence(text, start, m.start()) or not (
            m.start() == pos or _after_blank(text, m.start())
        ):
            continue
        if m.start() > pos:
            out.extend(parse_blocks(text, pos, m.start()))
        line_end = m.end() + 1 if m.end() < end and text[m.end()] == "\n" else m.end()
        out.append(Block("heading", m.start(), line_end, level=PSEUDO_LEVEL, title=m.span("t")))
        pos = line_end
    if pos < end:
        out.extend(parse_blocks(text, pos, end))
    return _html_headings(text, out)


#: A heading on a line of its own inside an HTML block ("<h2 style=...>✅ Update Summary</h2>",
#: '<h3 class="ds-c-alert__heading">12/27/2019 Update</h3>'), its title plain text.
# (One greedy run for the title, trimmed in code: two lazy runs around a character made a long
# line without the closing tag quadratic.)
_HTML_HEADING = re.compile(
    r"^[ \t]*<h([1-6])\b[^>\n]{0,300}>(?P<t>[^<>\n]+)</h\1\s*>[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


#: HTML whose headings are no sections of the page: a comment (a template's hidden
#: instructions), folded details, preformatted text, scripts and styles.
_HIDDEN_HTML = re.compile(r"[ \t]*<(?:!--|details\b|pre\b|script\b|style\b|textarea\b)", re.I)


def _html_headings(text: str, blocks: list[Block]) -> list[Block]:
    """``blocks`` with each HTML block cut at its heading lines: a page written in HTML (a
    site's styled update, a blog's alert box) has sections as Markdown headings give them. The
    pieces cover the same text, so the report comes back byte for byte."""
    if not any(b.kind == "html" for b in blocks):
        return blocks
    out: list[Block] = []
    for b in blocks:
        s, e = b.span
        if (
            b.kind != "html"
            or (text.find("<h", s, e) < 0 and text.find("<H", s, e) < 0)
            or _HIDDEN_HTML.match(text, s, e)
        ):
            out.append(b)
            continue
        pos = s
        for m in _HTML_HEADING.finditer(text, s, e):
            ts, te = m.span("t")
            while ts < te and text[ts] in " \t":
                ts += 1
            while te > ts and text[te - 1] in " \t":
                te -= 1
            if ts == te:
                continue  # "<h2> </h2>": no title
            if m.start() > pos and text[pos : m.start()].strip():
                out.append(Block("html", pos, m.start()))
            line_end = min(e, m.end() + 1) if text.startswith("\n", m.end()) else m.end()
            out.append(Block("heading", m.start(), line_end, level=int(m.group(1)),
                             title=(ts, te)))  # fmt: skip
            pos = line_end
        if pos < e and text[pos:e].strip():
            out.append(Block("html", pos, e))
    return out


def _after_blank(text: str, offset: int) -> bool:
    """Whether the line before the one at ``offset`` is blank."""
    return text[text.rfind("\n", 0, max(offset - 1, 0)) + 1 : offset].strip() == ""


def _inside_fence(text: str, start: int, offset: int) -> bool:
    fences = re.findall(r"^[ \t]{0,3}(```|~~~)", text[start:offset], re.MULTILINE)
    return len(fences) % 2 == 1


def bold_heading(text: str, b: Block) -> tuple[int, int] | None:
    """The title span of a bold-only paragraph that names a known section kind."""
    if b.kind != "paragraph":
        return None
    s, e = b.span
    m = _BOLD_LINE.fullmatch(text, s, e)
    if not m:
        return None
    title = m.group("t").strip().rstrip(":").strip()
    if section_kind(title).value == "other":
        return None
    ts = m.start("t")
    return ts, ts + len(m.group("t").rstrip().rstrip(":").rstrip())


#: A plain line of a few words, maybe closed by a colon: "Action Items", "What Went Well:".
_LABEL_LINE = re.compile(r"[ \t]*(?P<t>[A-Z][\w'’ /&-]{2,60}?)[ \t]*:?[ \t]*\n?")


#: A list item that opens with a bold key: "- **Contributing Factors:**".
_FIELD_ITEM = re.compile(r"[ \t]*[-*+][ \t]+\*\*[^*\n]{1,60}:\*\*")


def label_heading(text: str, b: Block, nxt: Block | None) -> tuple[int, int] | None:
    """The title span of a plain one-line paragraph that is a section's name over a list:
    "Action Items" / "- Set up alerting ..." (Learning Equality's post-mortems), "What Went
    Well:" / "- Easy communication ..." (persistenceOne's). The list must follow it, or the
    line may be a sentence's start."""
    if b.kind != "paragraph" or nxt is None or nxt.kind != "list":
        return None
    s, e = b.span
    m = _LABEL_LINE.fullmatch(text, s, e)
    if not m or len(m.group("t").split()) > 6:
        return None
    if text.count("\n", e, nxt.span[0]) > 2:
        return None  # more than a blank line between: not the list's label
    if _FIELD_ITEM.match(text, nxt.span[0]):
        # A list of the section's fields ("- **Contributing Factors:**", as the writer puts
        # them under a root cause whose text may be one word, "Impact"): the line is text.
        return None
    if section_kind(m.group("t")) is SectionKind.OTHER:
        return None
    return m.start("t"), m.end("t")


#: Longer titles are kept as written: the patterns below scan from each "[" or "**" to the end
#: of the line, quadratic on a long run of them (a 20,000-"[" heading took 10 s).
MAX_INLINE_TITLE = 1000
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MARKS = re.compile(r"(\*\*|__|`)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")


def plain_inline(title: str) -> str:
    """A heading's text without inline Markdown: "Bugzilla Bug: [1486582](url)" reads
    "Bugzilla Bug: 1486582", "**Impact**" reads "Impact"; inline HTML tags go ("Testnet Halt
    95 <a id="x"></a>" reads "Testnet Halt 95"), and a setext heading's lines are one line."""
    if not any(c in title for c in "[*_`<\n") or len(title) > MAX_INLINE_TITLE:
        return title
    if "\n" in title:
        title = re.sub(r"[ \t]*\n[ \t]*", " ", title)
    if "<" in title:
        title = _INLINE_TAG.sub("", title).strip()
    # An escaped mark ("\\*star\\*") is the character itself, not markup: set aside while the
    # marks are taken off, then written bare.
    hidden = _ESCAPED.sub(lambda m: chr(0xE000 + ord(m.group(1))), title)
    out = _LINK.sub(r"\1", hidden)
    out = _MARKS.sub(r"\2", out)
    out = _EMPH.sub(r"\2", out).strip()
    return _HIDDEN.sub(lambda m: chr(ord(m.group()) - 0xE000), out)


#: Inline HTML tags a heading may hold (an anchor an exporter adds, a span for direction):
#: named ones only, so "List<T>" keeps its "<T>".
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|big|cite|del|em|font|i|ins|kbd|mark|s|small|span|strike|strong|"
    r"sub|sup|u)(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HIDDEN = re.compile("[\ue021-\ue07e]")


def build_tree(
    text: str, blocks: list[Block], end: int, count: Callable[[int], None] | None = None
) -> tuple[list[Block], list[Node]]:
    """Split blocks into the preamble (before any heading) and a tree of section nodes.

    ``count`` is called with each node's start before the node is made (it may raise).
    """
    preamble: list[Block] = []
    roots: list[Node] = []
    stack: list[Node] = []
    for k, b in enumerate(blocks):
        title_span = b.title if b.kind == "heading" else None
        level = b.level
        pseudo = False
        if title_span is None and stack:
            bold = bold_heading(text, b)
            if bold is None:
                bold = label_heading(text, b, blocks[k + 1] if k + 1 < len(blocks) else None)
                if bold is not None and section_kind(stack[-1].title) is SectionKind.TIMELINE:
                    bold = None  # a timeline's phase lines ("Investigation") stay its own
            if bold is not None:
                title_span, level, pseudo = bold, BOLD_LEVEL, True
        if title_span is None:
            if stack:
                stack[-1].blocks.append(b)  # type: ignore[attr-defined]
            else:
                preamble.append(b)
            continue
        # The title as a reader sees it: link text, no emphasis or code marks, and no trailing
        # colon ("Details:" names the section "Details").
        title = plain_inline(text[title_span[0] : title_span[1]].strip())
        if title.endswith(":"):
            title = title[:-1].rstrip()
        if count is not None:
            count(b.start)
        node = Node.of(level, title, b, pseudo=pseudo or level >= PSEUDO_LEVEL)
        while stack and stack[-1].level >= level:
            stack.pop().end = b.span[0]
        if stack:
            stack[-1].children.append(node)  # type: ignore[attr-defined]
        else:
            roots.append(node)
        stack.append(node)
    for n in stack:
        n.end = end
    _fix_ends(roots, end)
    return preamble, roots


def _fix_ends(nodes: Sequence[Node], end: int) -> None:
    for i, n in enumerate(nodes):
        n.end = nodes[i + 1].start if i + 1 < len(nodes) else end
        n.blocks = tuple(n.blocks)
        n.children = tuple(n.children)
        _fix_ends(n.children, n.end)
