"""Action items in every shape: tables, checklists, bullets, key/value groups, inline markers."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from attrs import define

from postmortem import model as m
from postmortem._doc import Container, Document
from postmortem.parsing.blocks import Block, Item, list_block
from postmortem.parsing.fields import is_placeholder
from postmortem.parsing.outline import Node
from postmortem.timestamps import parse_date
from postmortem.vocabulary import (
    ACTION_COLUMNS,
    FIELD_KEYS,
    HORIZON_WORDS,
    PRIORITY_WORDS,
    STATUS_WORDS,
    normalize,
    section_kind,
)

#: The action item fields whose parse-time values the renderer compares against.
ACTION_FIELDS = (
    "description", "owner", "due", "status", "priority", "id", "category", "horizon", "tracking"
)  # fmt: skip

# Inline state markers: "**DONE**", "**(Done as of 2021-06-30)**", "(completed)", "✅".
_INLINE_STATUS = re.compile(
    r"(?i)\s*(?:\*\*|__)?\(?\b(?P<w>done|todo|completed|complete|fixed|in progress|wip|"
    r"won't do|wontfix|not started)\b(?:\s+as\s+of\s+[^)*]*)?\)?(?:\*\*|__)?\s*$"
)
_INLINE_STATUS_LEAD = re.compile(
    r"(?i)^(?:\*\*|__)\(?(?P<w>done|todo|completed|fixed|in progress|wip)\b[^*_]*?\)?(?:\*\*|__)"
    r"[ \t:-]*"
)
_EMOJI_STATUS = {"✅": m.ActionStatus.DONE, "✔": m.ActionStatus.DONE, "☑": m.ActionStatus.DONE,
                 "🚧": m.ActionStatus.IN_PROGRESS, "⏳": m.ActionStatus.IN_PROGRESS,
                 "❌": m.ActionStatus.WONT_DO}  # fmt: skip
_OWNER = re.compile(r"(?i)\b(?:owner|assignee|assigned to)\s*:\s*(?P<v>[^,;)\]`]+)")
_DUE = re.compile(r"(?i)\b(?:due(?: date)?|deadline|by)\s*:\s*(?P<v>[^,;)\]`]+)")
_LABEL = re.compile(r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,60}?)(?:\*\*|__)[^\n]{0,80}:[ \t]*\n?")
_TAIL = re.compile(
    r"\s+[-–—]\s+(?=(?:owner|assignee|due|deadline|priority)\s*:)"
    r"|[,;]\s*(?=(?:owner|assignee|due|deadline|priority)\s*:)"
    r"|\s*\((?=(?:owner|assignee|due|deadline|priority)\s*:)",
    re.IGNORECASE,
)
_PRIORITY = re.compile(r"(?i)\bpriority\s*:\s*(?P<v>[^,;)\]`]+)")
_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")
_MENTION = re.compile(r"[ \t]*`?@(?P<v>[\w.-]+)`?[ \t]*$")
_INTRO = re.compile(
    r"(?i)\b(?:going forward|next steps|follow[- ]ups?|action items|to (?:avoid|prevent) "
    r"(?:this|similar|a recurrence))\b"
)
_ACTION_LINE = re.compile(
    r"(?im)^[ \t]*(?:action (?:point|item)s?\s*:|(?:\*\*|__)(?:TODO|DONE|DOING)(?:\*\*|__)"
    r"\s*:?)[ \t]*(?P<d>[^\n]+?)[ \t]*$"
)
_NESTED_ITEM = re.compile(r"^[ \t]+[-*+][ \t]+", re.MULTILINE)
_NOT_ACTIONS = {
    m.SectionKind.SUCCESS_CRITERIA,
    m.SectionKind.COMMUNICATION,
    m.SectionKind.FOLLOW_UP,
    m.SectionKind.ACTION_ITEMS,
}
_NESTED_BOX = re.compile(r"^[ \t]+[-*+][ \t]+\[(?P<x>[ xX])\][ \t]+", re.MULTILINE)
_KEY = re.compile(
    r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,40}?):?(?:\*\*|__):?[ \t]*(?P<v>[^\n]*?)[ \t]*$"
)


def status_from_text(text: str) -> m.ActionStatus:
    """The status a table cell or marker names ("Not Started", "Done", "In progress")."""
    n = normalize(text)
    if n in STATUS_WORDS:
        return STATUS_WORDS[n]
    for word, status in STATUS_WORDS.items():
        if n.startswith(word + " ") or n.endswith(" " + word):
            return status
    for emoji, status in _EMOJI_STATUS.items():
        if emoji in text:
            return status
    return m.ActionStatus.UNKNOWN


def _priority(text: str) -> m.Priority | None:
    n = normalize(text)
    return PRIORITY_WORDS.get(n) or PRIORITY_WORDS.get(n.split(" ")[0] if n else "")


def horizon_of(title: str) -> m.Horizon | None:
    """The horizon a heading names ("Short-term Actions (Next week)" -> SHORT_TERM)."""
    t = title.lower()
    for word, horizon in HORIZON_WORDS:
        if word in t:
            return horizon
    return None


@define(frozen=True)
class Scope:
    """What the headings and labels above an action item say about it."""

    horizon: m.Horizon | None = None
    category: str | None = None
    status: m.ActionStatus | None = None

    def under(self, title: str) -> Scope:
        """The scope inside a subsection: "Short-term Actions" sets the horizon, "Immediate
        actions (completed)" the status, another short heading ("Prevention") the category."""
        horizon = horizon_of(title)
        status = self.status
        if re.search(r"(?i)\((?:completed|done)\)", title):
            status = m.ActionStatus.DONE
        category = self.category
        norm = normalize(title)
        if norm and horizon is None and len(norm) < 40:
            category = title.strip()
        return Scope(horizon or self.horizon, category, status)


NO_SCOPE = Scope()


class ActionReader:
    """Collects action items from action-item sections."""

    def __init__(self, text: str, doc: Document, dayfirst: bool) -> None:
        self.text = text
        self.doc = doc
        self.dayfirst = dayfirst
        self.items: list[m.ActionItem] = []
        self.container: Container | None = None
        #: Start offsets of the items read so far, so no text is read as two items.
        self._taken: set[int] = set()

    def read_section(
        self,
        node: Node,
        scope: Scope = NO_SCOPE,
    ) -> None:
        """Read a section of action items and its subsections."""
        self.read_blocks(node.blocks, scope)
        for child in node.children:
            if not self._heading_item(child, scope):
                self.read_section(child, scope.under(child.title))

    def read_loose(self, blocks: Sequence[Block], kind: m.SectionKind | None) -> None:
        """Action items outside action sections: "Action point: ..." lines, "**TODO**: ..."
        paragraphs, a list after "Going forward, we will:", the nested bullets of a
        "- **Review actions**:" item, and checklists (except in success criteria and
        communication plans, which are lists of checks, not actions)."""
        text = self.text
        taken = self._taken
        intro = False
        for b in blocks:
            if b.kind == "paragraph":
                raw = text[b.span[0] : b.span[1]]
                # A sentence ("Going forward, we will do the following:"), not a bold label,
                # and not in a follow-up schedule, whose lists are reviews, not actions.
                intro = (
                    bool(_INTRO.search(raw))
                    and raw.rstrip().endswith(":")
                    and not raw.lstrip().startswith(("**", "__"))
                    and kind not in _NOT_ACTIONS
                )
                for mm in _ACTION_LINE.finditer(text, b.span[0], b.span[1]):
                    ds, de = mm.span("d")
                    if mm.start() in taken:
                        continue
                    self._emit({"description": text[ds:de]}, {"description": (ds, de)},
                               (mm.start(), de), "paragraph", NO_SCOPE)  # fmt: skip
                continue
            if b.kind != "list":
                intro = False
                continue
            if intro:
                self._list(b, NO_SCOPE)
                intro = False
                continue
            for it in b.items:
                if it.span[0] in taken:
                    continue
                if it.box is not None and kind not in _NOT_ACTIONS:
                    self._list_items(b, [it])
                    continue
                nl = text.find("\n", it.body[0], it.body[1])
                km = _KEY.match(text, it.body[0], nl if nl >= 0 else it.body[1])
                if km is None or section_kind(km.group("k")) is not m.SectionKind.ACTION_ITEMS:
                    continue
                if normalize(km.group("k")) in FIELD_KEYS:
                    continue  # "**Actions Taken:**" in a response has a typed home already
                nested = list(_NESTED_ITEM.finditer(text, it.body[0], it.body[1]))
                if nested:
                    for nb in nested:
                        ne = text.find("\n", nb.end())
                        ne = ne if ne >= 0 else it.body[1]
                        self._emit({"description": text[nb.end() : ne]},
                                   {"description": (nb.end(), ne)}, (nb.start(), ne),
                                   "bullet", NO_SCOPE)  # fmt: skip
                elif km.end("v") > km.start("v"):
                    vs, ve = km.span("v")
                    self._emit({"description": text[vs:ve]}, {"description": (vs, ve)},
                               it.span, "keyed-value", NO_SCOPE)  # fmt: skip

    def _list_items(self, b: Block, items: list[Item]) -> None:
        sub = list_block(b.span, items, b.ordered)
        self._list(sub, NO_SCOPE)

    def _heading_item(
        self,
        node: Node,
        scope: Scope,
    ) -> bool:
        """ "#### 1) Cron cleanup scheduled `@malte_j`": a numbered heading is one item."""
        title = node.heading_title
        if title is None or not _NUMBERED.match(node.title):
            return False
        if any(b.kind in ("list", "table") for b in node.blocks):
            return False
        ts, te = title
        mm = _NUMBERED.match(self.text, ts, te)
        ds = mm.end() if mm else ts
        values = {"description": self.text[ds:te]}
        spans = {"description": (ds, te)}
        owner = _MENTION.search(self.text, ds, te)
        if owner:
            values["owner"] = owner.group("v")
            spans["owner"] = owner.span("v")
            values["description"] = self.text[ds : owner.start()].rstrip()
            spans["description"] = (ds, ds + len(values["description"]))
        self._emit(values, spans, (node.start, node.end), "heading", scope)
        return True

    def read_blocks(
        self,
        blocks: Sequence[Block],
        scope: Scope,
    ) -> None:
        """Read action items from a run of blocks; a bold label names the category below it.

        Where a section numbers its items ("1. **Migration**") and follows each with a bullet
        list of details, only the numbered items are actions.
        """
        numbered = any(b.kind == "list" and b.ordered for b in blocks)
        for b in blocks:
            if b.kind == "table":
                self._table(b, scope)
            elif b.kind == "list":
                if numbered and not b.ordered and not any(it.box for it in b.items):
                    continue
                self._list(b, scope)
            elif b.kind == "paragraph":
                mm = _LABEL.fullmatch(self.text, b.span[0], b.span[1])
                if mm:
                    scope = attrs.evolve(scope, category=mm.group("k").strip())

    def _table(
        self,
        b: Block,
        scope: Scope,
    ) -> None:
        rows = b.rows()
        if len(rows) < 2:
            return
        text = self.text
        header = [normalize(text[s:e]) for s, e in rows[0][1]]
        cols = [ACTION_COLUMNS.get(h) for h in header]
        if "description" not in cols:
            free = [i for i, c in enumerate(cols) if c in (None, "id") and header[i]]
            if not free:
                return
            cols[free[0]] = "description"
        for rspan, cells in rows[1:]:
            spans: dict[str, tuple[int, int]] = {}
            for c, span in zip(cols, cells, strict=False):
                if c and c not in spans:
                    spans[c] = span
            if "description" not in spans:
                continue
            values = {k: text[s:e].strip() for k, (s, e) in spans.items()}
            self._emit(values, spans, rspan, "table-row", scope)
        self.container = Container(
            insert_at=rows[-1][0][1],
            shape="table",
            columns=[c or "" for c in cols],
        )

    def _list(
        self,
        b: Block,
        scope: Scope,
    ) -> None:
        text = self.text
        items = b.items  # built on each access: once here
        # A group of "**Action Item:** / **Owner:** / **Due Date:**" bullets is one item.
        keyed = [self._key_of(it) for it in items]
        if any(k and k[0] in ("action item", "action") for k in keyed):
            self._key_groups(b, items, keyed, scope)
            return
        for it in items:
            bs, be = it.body
            nested = list(_NESTED_BOX.finditer(text, bs, be))
            if nested:
                # "- [ ] Ensure alerting for:\n  - [ ] Warp Speed": each box is an item.
                be = nested[0].start()
                while be > bs and text[be - 1] in " \t\n":
                    be -= 1
            if (
                be - bs >= 2
                and text[bs] == "`"
                and text[be - 1] == "`"
                and (text.count("`", bs, be) == 2)
            ):
                bs, be = bs + 1, be - 1
            spans = {"description": (bs, be)}
            tail = _TAIL.search(text, bs, be)
            if tail is not None and "\n" not in text[bs : tail.start()]:
                # "Action - Owner: Name, Due: Date": each part gets its own span.
                spans["description"] = (bs, tail.start())
                for mm in _OWNER.finditer(text, tail.end(), be):
                    spans.setdefault("owner", mm.span("v"))
                for mm in _DUE.finditer(text, tail.end(), be):
                    spans.setdefault("due", mm.span("v"))
                for mm in _PRIORITY.finditer(text, tail.end(), be):
                    spans.setdefault("priority", mm.span("v"))
            values = {k: text[s:e] for k, (s, e) in spans.items()}
            shape = "checklist" if it.box else "bullet"
            if it.box is not None:
                spans["status"] = it.box
                values["status"] = "x" if it.checked else " "
            self._emit(values, spans, (it.span[0], nested[0].start() if nested else it.span[1]),
                       shape, scope, marker=it.marker)  # fmt: skip
            for nb in nested:
                ne = text.find("\n", nb.end())
                ne = ne if ne >= 0 else it.span[1]
                self._emit({"description": text[nb.end() : ne], "status": nb.group("x")},
                           {"description": (nb.end(), ne), "status": nb.span("x")},
                           (nb.start(), ne), "checklist", scope)  # fmt: skip
        if items:
            self.container = Container(
                insert_at=items[-1].span[1],
                shape="checklist" if items[0].box else ("ordered" if b.ordered else "bullet"),
                marker=items[0].marker,
            )

    def _key_of(self, it: Item) -> tuple[str, tuple[int, int]] | None:
        mm = _KEY.match(self.text, it.body[0], it.body[1])
        if not mm:
            return None
        return normalize(mm.group("k")), mm.span("v")

    def _key_groups(
        self,
        b: Block,
        items: list[Item],
        keyed: list[tuple[str, tuple[int, int]] | None],
        scope: Scope,
    ) -> None:
        text = self.text
        group: list[tuple[Item, tuple[str, tuple[int, int]]]] = []

        def flush() -> None:
            if not group:
                return
            values: dict[str, str] = {}
            spans: dict[str, tuple[int, int]] = {}
            for _it, (k, vspan) in group:
                col = ACTION_COLUMNS.get(k) or ("description" if k.startswith("action") else None)
                if k in ("due date", "due", "deadline"):
                    col = "due"
                if col and col not in spans:
                    spans[col] = vspan
                    values[col] = text[vspan[0] : vspan[1]]
            span = (group[0][0].span[0], group[-1][0].span[1])
            self._emit(values, spans, span, "keyed", scope)
            group.clear()

        for it, k in zip(items, keyed, strict=False):
            if k is None:
                continue
            if k[0] in ("action item", "action") and group:
                flush()
            group.append((it, k))
        flush()
        if items:
            self.container = Container(insert_at=items[-1].span[1], shape="keyed")

    def _emit(
        self,
        values: dict[str, str],
        spans: dict[str, tuple[int, int]],
        span: tuple[int, int],
        shape: str,
        scope: Scope,
        marker: str = "-",
    ) -> None:
        raw_desc = values.get("description", "")
        desc_span = spans.get("description")
        inline_status: m.ActionStatus | None = None
        status_text = ""
        lead = _INLINE_STATUS_LEAD.match(raw_desc)
        if lead:
            inline_status = status_from_text(lead.group("w"))
            status_text = lead.group(0).strip()
            raw_desc = raw_desc[lead.end() :]
            if desc_span is not None:
                desc_span = (desc_span[0] + lead.end(), desc_span[1])
        first_line = raw_desc.split("\n")[0]
        tail = _INLINE_STATUS.search(first_line) if "status" not in values else None
        if tail and inline_status is None and "\n" not in raw_desc.rstrip():
            inline_status = status_from_text(tail.group("w"))
            status_text = tail.group(0).strip()
            raw_desc = raw_desc[: tail.start()]
            if desc_span is not None:
                desc_span = (desc_span[0], desc_span[0] + tail.start())
        if inline_status is None and "status" not in values:
            # "**DONE**" in another column (a tracking-bug cell, for instance).
            for key, val in values.items():
                if key != "description" and _INLINE_STATUS.search(val):
                    mm = _INLINE_STATUS.search(val)
                    assert mm is not None
                    inline_status = status_from_text(mm.group("w"))
                    status_text = mm.group(0).strip()
                    break
        if desc_span is not None:
            spans["description"] = desc_span
        desc = "\n".join(ln.strip() for ln in raw_desc.split("\n")).strip()
        owner = values.get("owner")
        due_text = values.get("due")
        plain = desc.strip("`")
        if owner is None:
            om = _OWNER.search(plain)
            owner = om.group("v").strip() if om else None
        if due_text is None:
            dm = _DUE.search(plain)
            due_text = dm.group("v").strip() if dm else None
        if owner is not None and is_placeholder(owner):
            owner = None
        due = None
        if due_text and not is_placeholder(due_text):
            due = parse_date(due_text, dayfirst=self.dayfirst)
        st: m.ActionStatus
        if "status" in values:
            raw_status = values["status"]
            if shape == "checklist":
                st = (
                    m.ActionStatus.DONE
                    if raw_status in "xX" and raw_status.strip()
                    else (m.ActionStatus.OPEN)
                )
                status_text = f"[{raw_status}]"
            else:
                st = status_from_text(raw_status)
                status_text = raw_status.strip()
                if is_placeholder(raw_status):
                    st = m.ActionStatus.UNKNOWN
            if inline_status is not None and shape == "checklist" and st is m.ActionStatus.OPEN:
                st = inline_status
        elif inline_status is not None:
            st = inline_status
        elif scope.status is not None:
            st = scope.status
        else:
            st = m.ActionStatus.UNKNOWN
        priority = _priority(values["priority"]) if values.get("priority") else None
        item = m.ActionItem(
            description=desc,
            owner=owner or None,
            due=due,
            status=st,
            priority=priority,
            id=(values.get("id") or "").strip() or None,
            category=(values.get("category") or "").strip() or scope.category,
            horizon=horizon_of(values["horizon"]) if values.get("horizon") else scope.horizon,
            tracking=(values.get("tracking") or "").strip() or None,
            status_text=status_text,
            line=self.doc.source.line_of(span[0]),
        )
        item._origin = m.Origin.of(item, ACTION_FIELDS, span, spans, shape, marker)
        self.items.append(item)
        self._taken.add(span[0])
