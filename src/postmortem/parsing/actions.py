"""Action items in every shape: tables, checklists, bullets, key/value groups, inline markers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Literal

import attrs
from attrs import define

from postmortem import model as m
from postmortem._doc import Container, Document
from postmortem.parsing.blocks import Block, Item, cell_breaks, list_block, unwrap_code
from postmortem.parsing.fields import is_placeholder
from postmortem.parsing.outline import Node
from postmortem.timestamps import parse_date
from postmortem.vocabulary import (
    ACTION_COLUMN_WORDS,
    ACTION_COLUMNS,
    ACTION_HEADING_FALLBACK_PATTERNS,
    ACTION_HEADING_PATTERNS,
    ACTION_LABEL_WORDS,
    ACTION_LEAD_IN,
    ACTION_STATUS_EXTRA,
    ACTION_VERBS,
    ADVICE_AUDIENCE_WORDS,
    ADVICE_COLUMNS,
    COMMITMENT,
    CONTEXT_KEYS,
    DONE_HEADING,
    DONE_WORDING,
    FIELD_KEYS,
    GROUP_STATUS,
    HORIZON_WORDS,
    LABEL_INTO_OBJECTS,
    LABEL_STATUS_WORDS,
    LEGEND_HEADING,
    NEEDED_ACTION_HEADER,
    NO_ACTION_CELLS,
    NOT_ACTION_KINDS,
    NOT_ACTION_LABEL,
    NOT_DONE_WORDING,
    NOTHING_WORDS,
    POSSIBILITY_HEADING,
    PRIORITY_WORDS,
    PROSE_ACTION_KINDS,
    RECOMMENDATION_HEADING,
    RESTATING_HEADING,
    RUSSIAN_INFINITIVE_ENDINGS,
    RUSSIAN_NOUNS_LIKE_INFINITIVES,
    SINGLE_ACTION_LABEL,
    STATUS_WORDS,
    SUBSECTION_FIELDS,
    TAKEN_AND_TO_COME,
    TIMELINE_COLUMNS,
    normalize,
    section_kind,
)

#: The action item fields whose parse-time values the renderer compares against.
ACTION_FIELDS = (
    "description", "owner", "due", "status", "priority", "id", "category", "horizon", "tracking"
)  # fmt: skip

# Inline state markers: "**DONE**", "**(Done as of 2021-06-30)**", "(completed)", "✅".
# Linear: a blank run is entered only at its first blank, and "[^)*]*" is atomic (lookahead and
# backreference) so it cannot trade blanks with the "\s*" at the end.
_INLINE_STATUS = re.compile(
    r"(?i)(?:(?<!\s)\s+)?(?:\*\*|__)?\(?\b(?P<w>done|todo|completed|complete|fixed|in progress|"
    r"wip|won't do|wontfix|not started)\b(?:\s+as\s+of\s+(?=(?P<r>[^)*]*))(?P=r))?\)?"
    r"(?:\*\*|__)?\s*$"
)


def status_after(text: str, start: int) -> re.Match[str] | None:
    """The status an item's line says after its words, from ``start`` (where the words end)
    to the line's end ("... completed", "... (done)", "... **DONE**"), as the reader strips
    it from them; or None."""
    end = text.find("\n", start)
    return _INLINE_STATUS.match(text, start, end if end >= 0 else len(text))


# Only the words the writer uses (render.INLINE_STATUS), in parentheses, after a paragraph.
_PAREN_STATUS = re.compile(r"(?<=\S)[ \t]+\((?P<w>todo|in progress|done|won't do)\)[ \t]*$")
_LIST_SHAPES = ("keyed", "bullet", "ordered", "checklist")
_INLINE_STATUS_LEAD = re.compile(
    r"(?i)^(?:\*\*|__)\(?(?P<w>done|todo|completed|fixed|in progress|wip)\b[^*_]*?\)?(?:\*\*|__)"
    r"[ \t:-]*"
)
_EMOJI_STATUS = {"✅": m.ActionStatus.DONE, "✔": m.ActionStatus.DONE, "☑": m.ActionStatus.DONE,
                 "🚧": m.ActionStatus.IN_PROGRESS, "⏳": m.ActionStatus.IN_PROGRESS,
                 "❌": m.ActionStatus.WONT_DO}  # fmt: skip
#: A status mark opening a list item's words, and the blank after it ("1. ✅ Implementar ...").
LEAD_MARK = re.compile(rf"(?P<e>{'|'.join(_EMOJI_STATUS)})\ufe0f?[ \t]+(?=\S)")
#: A done or under-way mark after an item's words: closing them ("Build SQL queries ✅") or
#: followed by the word of its status ("Corrigir o parâmetro ... ✅ Implementado em
#: `ensure_broadcast.py`", bwb-stream2yt's next actions), or after a sentence of them ("...
#: aplicar a correção. ✅ Executar ..."). Not "❌", which after the words is as often "not
#: done" as "won't do".
_TRAIL_MARK = re.compile(
    r"(?P<end>[.!)][ \t]+)?(?<=[ \t])(?P<e>[✅✔☑🚧⏳])\ufe0f?"
    r"(?:[ \t.!]*$|[ \t]+\**(?P<w>[^\W\d_]+))?"
)
#: A status said right after an item's bold label, in parentheses and often in italics
#: ("**Audit by capability.** *(done during the response)* ...", "**Alert on the symptom.**
#: *(outstanding — nothing built)*"), or a status mark opening the label ("**✅ Enhanced
#: Logging**: ..."). Read, not cut: the words stay the item's.
_LABEL_STATUS_WORDS = "|".join(LABEL_STATUS_WORDS)
_LABEL_STATUS = re.compile(
    # The marks of a status cell, and "🔄" (in progress), which opens a label only: in a
    # status cell it is as often "recurring".
    rf"(?i)(?:\*\*|__)(?:(?P<e>{'|'.join(_EMOJI_STATUS)}|🔄)"
    rf"|[^*_\n]{{1,80}}?(?:\*\*|__)[ \t]*[:.]?[ \t]*"
    # In italics the parentheses are a note on the item: "*(done during the response)*".
    # Plain, the word must end there: "(fixed window)" and "(open source)" say no status.
    rf"(?:[*_]\((?P<w>{_LABEL_STATUS_WORDS})\b|\((?P<w2>{_LABEL_STATUS_WORDS})(?=[,;)]|\s[-–—])))"
)
_OWNER = re.compile(r"(?i)\b(?:owner|assignee|assigned to)\s*:\s*(?P<v>[^,;)\]`]+)")
_DUE = re.compile(r"(?i)\b(?:due(?: date)?|deadline|by)\s*:\s*(?P<v>[^,;)\]`]+)")
_LABEL = re.compile(r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,60}?)(?:\*\*|__)[^\n]{0,80}:[ \t]*\n?")
# A run of blanks is only entered at its first blank ("(?<!\s)"): the leftmost match is the
# same, and a long run that no "-" or "(" ends is not tried again from each of its blanks.
_TAIL = re.compile(
    r"(?<!\s)\s+[-–—]\s+(?=(?:owner|assignee|due|deadline|priority)\s*:)"
    r"|[,;]\s*(?=(?:owner|assignee|due|deadline|priority)\s*:)"
    r"|(?:(?<!\s)\s+)?\((?=(?:owner|assignee|due|deadline|priority)\s*:)",
    re.IGNORECASE,
)
# No leading blank run in the pattern: searched, it would be quadratic on a long run of blanks.
_SUFFIX = re.compile(r"\((?:owner|due|priority)[ \t]*:[^()\n]*\)[ \t]*$", re.IGNORECASE)
_SUFFIX_SPLIT = re.compile(r"[,;][ \t]*(?=(?:owner|due|priority)[ \t]*:)", re.IGNORECASE)
_SUFFIX_PART = re.compile(
    r"(?i)\b(?P<k>owner|due|priority)[ \t]*:[ \t]*(?P<v>[^()\n]+?)[ \t]*"
    r"(?=[,;][ \t]*(?:owner|due|priority)[ \t]*:|\)[ \t]*$)"
)
_PRIORITY = re.compile(r"(?i)\bpriority\s*:\s*(?P<v>[^,;)\]`]+)")
_NUMBERED = re.compile(r"[ \t]*\d{1,3}(?:[.)]|(?:\.\d{1,3})+\.?)[ \t]+")
# "`@nova`", "@nova", and in a code span a name of several words ("`@Kim Lee`", as the writer
# puts an owner in that place).
_MENTION = re.compile(r"[ \t]*(?:`@(?P<q>[\w.-]+(?: [\w.-]+)*)`|@(?P<v>[\w.-]+))[ \t]*$")
INTRO = re.compile(
    r"(?i)\b(?:going forward|next steps|follow[- ]ups?|action items|to (?:avoid|prevent) "
    r"(?:this|similar|a recurrence))\b"
)
# "Action point: ...", "**Action taken:** ...", "**TODO**: ...": one item per labelled line.
# Written so that no two blank runs can trade blanks (linear); the description is the same as
# "[^\n]+?" before trailing blanks, a lone blank when the line has nothing else.
_ACTION_LINE = re.compile(
    rf"(?im)^[ \t]*(?:(?:\*\*|__)?(?P<l>{ACTION_LABEL_WORDS})s?"
    r"[ \t]*(?::(?:\*\*|__)|(?:\*\*|__)?:)[ \t]*|(?:\*\*|__)(?:TODO|DONE|DOING)(?:\*\*|__)"
    # Not the label's own closing emphasis read as the item: "**Action Items:**" over a list
    # (the Google SRE book's post-mortem, as datosh's blog writes it) labels that list.
    r"\s*(?::[ \t]*)?)(?!(?:\*\*|__)[ \t]*$)(?P<d>[^ \t\n](?:[ \t]*[^ \t\n])*?|[ \t])[ \t]*$"
)
_OUTCOME = re.compile(r"\((?P<w>[A-Za-z]+)\b[^()]*\)[ \t]*$")
_BOLD_ONLY = re.compile(r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,80}?)(?:\*\*|__)[ \t]*:?[ \t]*\n?")
# "- **P1**: fix within a week": one line of a legend.
_LEGEND_ITEM = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<k>[^*_:\n]{1,20}?)(?:\*\*|__)?[ \t]*(?:[:=–—]|(?<=\s)-)[ \t]+"
)
#: What names a follow-up's review schedule rather than its actions.
_SCHEDULE_WORDS = r"reviews?|schedule|cadence"
_SCHEDULE = re.compile(rf"\b(?:{_SCHEDULE_WORDS})\b")
#: An action item's own fields, written as a list under it.
_ITEM_FIELDS = frozenset({"owner", "owners", "due", "due date", "deadline", "status", "priority"})
#: What a schedule's label names: a review, or a period after the incident.
_PERIOD = re.compile(rf"\b(?:{_SCHEDULE_WORDS}|days?|weeks?|months?|quarters?|years?)\b")
_NESTED_ITEM = re.compile(r"^[ \t]+[-*+][ \t]+", re.MULTILINE)
_NOT_ACTIONS = {
    m.SectionKind.SUCCESS_CRITERIA,
    m.SectionKind.COMMUNICATION,
    m.SectionKind.FOLLOW_UP,
    m.SectionKind.ACTION_ITEMS,
}
_BOX = re.compile(r"\[(?P<x>[ xX])\][ \t]+")
# A list item that is only a label announcing its sub-items, by its colon: "1. **Enhanced
# Monitoring**:", "2. **Мониторинг**:", "- 사전 검증 루틴:", "1. **Alerts** (P1):". Without
# the colon a bold name is as often an item over its details ("1. **Zero Trust
# Architecture**" over three lines of what it means, Pollinations' recommendations).
_LEAD_LABEL = re.compile(
    r"[ \t]*(?:(?:\*\*|__)(?P<b>[^*_\n]{1,60}?)[ \t]*(?::[ \t]*(?:\*\*|__)"
    r"|(?:\*\*|__)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:)"
    r"|(?P<p>[^\s:*_`][^:\n]{0,40}?)[ \t]*:)[ \t]*"
)
# A sub-item of a list item: a bullet or a number indented under it, a box or not.
_SUB_ITEM = re.compile(
    r"^(?P<i>[ \t]+)(?P<m>[-*+]|\d{1,3}[.)])[ \t]+(?:\[(?P<x>[ xX])\][ \t]+)?", re.MULTILINE
)
_NESTED_BOX = re.compile(r"^[ \t]+[-*+][ \t]+\[(?P<x>[ xX])\][ \t]+", re.MULTILINE)
# The value runs to the line's end, its trailing blanks dropped by ``_value_span``: matched
# as a lazy repeat, it cost the regex engine memory per character (150 KB on one long line).
_KEY = re.compile(r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,40}?):?(?:\*\*|__):?[ \t]*(?P<v>[^\n]*)$")


def _item_key(text: str, it: Item) -> re.Match[str] | None:
    """The ``_KEY`` match of a list item's first line ("- **Owner**: Alice"), or None."""
    nl = text.find("\n", it.body[0], it.body[1])
    return _KEY.match(text, it.body[0], nl if nl >= 0 else it.body[1])


def _value_span(text: str, km: re.Match[str]) -> tuple[int, int]:
    """The span of a ``_KEY`` match's value, without its trailing blanks."""
    vs, ve = km.span("v")
    while ve > vs and text[ve - 1] in " \t":
        ve -= 1
    return vs, ve


#: A cell that is one link: its words are the status, the target where it is shown.
_LINK_ONLY = re.compile(r"\[([^\[\]]{1,40})\]\([^()\s]*\)")
_NEGATED_STATUS = re.compile(
    # Vietnamese "chưa" (not yet), "không" (not): "Chưa hoàn thành".
    r"(?:not(?: yet)?|no|nao|pas|nicht|noch nicht|non|ainda nao|aun no|chua|khong) "
)


def status_from_text(text: str) -> m.ActionStatus:
    """The status a table cell or marker names ("Not Started", "Done", "In progress")."""
    n = normalize(_link_words(text))
    for words in (STATUS_WORDS, ACTION_STATUS_EXTRA):
        if n in words:
            return words[n]
    negated = _NEGATED_STATUS.match(n)
    if negated is not None:
        # "Not done", "Pas fait", "Nicht erledigt", "Não concluído", "No terminado": what is
        # not done (nor begun) is open, whatever the word after the negation says.
        rest = status_from_text(n[negated.end() :])
        return m.ActionStatus.UNKNOWN if rest is m.ActionStatus.UNKNOWN else m.ActionStatus.OPEN
    for words in (STATUS_WORDS, ACTION_STATUS_EXTRA):
        for word, status in words.items():
            if n.startswith(word + " ") or n.endswith(" " + word):
                return status
    for emoji, status in _EMOJI_STATUS.items():
        if emoji in text:
            return status
    return m.ActionStatus.UNKNOWN


def _link_words(text: str) -> str:
    """A cell that is one link as its words ("[Utført](https://.../commit/81103ba)" ->
    "Utført"), else the cell."""
    link = _LINK_ONLY.fullmatch(text.strip())
    return link.group(1) if link is not None else text


def _whole_status(cell: str) -> bool:
    """Whether a cell is a status and nothing else ("Done", "[Utført](https://...)", "✅"):
    not words that open or close with one ("Open Banking", "was closed")."""
    n = normalize(_link_words(cell))
    if n in STATUS_WORDS or n in ACTION_STATUS_EXTRA:
        return True
    bare = cell.strip().replace("\ufe0f", "")
    return bool(bare) and bare in _EMOJI_STATUS


def reads_as_action(text: str) -> bool:
    """Whether a paragraph's words make it an action among paragraphs of actions ("We will
    ...", "Investigate ...", "... (fixed by ...)"); see :meth:`ActionReader._paragraph_items`."""
    return _commitment(text)


#: The label the writer puts before a paragraph item whose words alone would not make it one.
ACTION_LABEL = "Action item: "


def status_in_words(description: str, shape: str = "bullet") -> m.ActionStatus | None:
    """The status an item's own words say, when they say one: done for "Already added the
    fix ..." or a struck-through item, and for a paragraph the state its closing outcome
    names ("... (fixed by adding ...)"), as :class:`ActionReader` reads them; else None."""
    d = description.strip()
    if DONE_WORDING.match(d) or (len(d) > 4 and d.startswith("~~") and d.endswith("~~")):
        return m.ActionStatus.DONE
    labelled = _label_status(d) or _mark_status(d)
    if labelled is not None:
        return labelled
    out = _OUTCOME.search(d) if shape == "paragraph" else None
    if out is not None:
        st = status_from_text(out.group("w"))
        return st if st is not m.ActionStatus.UNKNOWN else None
    return None


def _mark_status(description: str) -> m.ActionStatus | None:
    """The status a mark after an item's words says (``_TRAIL_MARK``), or None."""
    if not any(c in description for c in "✅✔☑🚧⏳"):
        return None
    for mm in _TRAIL_MARK.finditer(description):
        said = _EMOJI_STATUS[mm.group("e")]
        closing = mm.group("w") is None and mm.end() == len(description.rstrip())
        # Closing the words, after a sentence of them ("... transmissão. ✅ Executar ..."), or
        # before its status's word; not in the words ("Mark with ✅ the rows that pass").
        if (
            closing
            or mm.group("end")
            or (mm.group("w") is not None and status_from_text(mm.group("w")) is said)
        ):
            return said
    return None


def _label_status(description: str) -> m.ActionStatus | None:
    """The status said at an item's bold label (``_LABEL_STATUS``), or None."""
    said = _LABEL_STATUS.match(description)
    if said is None:
        return None
    if said.group("e"):
        return _EMOJI_STATUS.get(said.group("e"), m.ActionStatus.IN_PROGRESS)
    st = status_from_text(said.group("w") or said.group("w2"))
    return st if st is not m.ActionStatus.UNKNOWN else None


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
        said = group_status(title)
        if re.search(r"(?i)\((?:completed|done)\)", title) or DONE_HEADING.search(title):
            status = m.ActionStatus.DONE
        elif said is not None:
            status = said
        category = self.category
        norm = normalize(title)
        if norm and horizon is None and len(norm) < 40 and _status_named(norm) is None:
            category = title.strip()
        return Scope(horizon or self.horizon, category, status)


NO_SCOPE = Scope()


def _status_named(norm: str) -> m.ActionStatus | None:
    """The state a normalised heading is, wholly (``GROUP_STATUS``), or None."""
    return next((status for pattern, status in GROUP_STATUS if pattern.fullmatch(norm)), None)


def group_status(title: str) -> m.ActionStatus | None:
    """The state a heading or label over action items gives them, said by its words or by
    a parenthesis in it ("### Completed", "Open follow-ups", "**Bereits umgesetzt
    (technisch):**", "### Medium-term (In Progress)"); or None."""
    for part in (title, *re.findall(r"[(（]([^()（）\n]{1,60})[)）]", title)):
        said = _status_named(normalize(part))
        if said is not None:
            return said
    return None


#: Records a template slot that was left unfilled: (field path, its text, its offset).
PlaceholderSink = Callable[[str, str, int], None]

#: How a section holds actions: "actions" (lists, tables, checklists; else prose),
#: "prevention" (the same, but subsections, labels and keyed items with a typed home elsewhere
#: are skipped), "prose" (paragraphs only: a "Follow-up" section's lists are review
#: schedules), "single" (a label naming one action: "**Action taken:**" and the block after),
#: "beside" (a prevention section beside a section of action items: none of its lists are),
#: "advice" (recommendations: lists and tables, not prose, nor advice to others).
Mode = Literal["actions", "prevention", "prose", "single", "beside", "advice"]

_AUDIENCE = "|".join(ADVICE_AUDIENCE_WORDS)
#: A heading or a lead-in that gives advice to others than the team (ADVICE_AUDIENCE_WORDS):
#: "For User (Vineet/Robert)", "recommendations for npm package maintainers and users".
#: Not the team's own: "For the Developer Team", "For our developers".
_OTHERS_HEADING = re.compile(
    rf"^(?:recommendations? )?(?:for|для) (?:the |all |other )?(?:[\w-]+ )?(?:{_AUDIENCE})$"
    r"|^what (?:you|users|customers) (?:can|should) do\b"
)
_OTHERS_LEAD_IN = re.compile(
    rf"(?i)\brecommendations? (?:for|to) (?!our\b)(?:[\w-]+ ){{0,3}}(?:{_AUDIENCE})\b"
    rf"(?! team)[^:\n]*:[ \t*_]*$"
)


def region_of(node: Node, *, fallback: bool = False, committed: bool = False) -> Mode | None:
    """How the section ``node`` heads holds follow-up actions (see ``Mode``), or None if it
    is no action section. With ``fallback`` (the report has no other action section), a
    "Looking forward" section is one too. With ``committed`` (the report has a section of
    action items), a prevention heading worded as a possibility is none."""
    kind = node.kind
    norm = node.norm
    if node.pseudo and SINGLE_ACTION_LABEL.match(norm):
        return "single"
    if kind is m.SectionKind.ACTION_ITEMS:
        return "actions"
    if kind is m.SectionKind.PREVENTION:
        if committed and POSSIBILITY_HEADING.search(norm):
            return None  # ideas, beside the actions another section commits to
        if committed and not any(x.kind is m.SectionKind.ACTION_ITEMS for x, _ in _all([node])):
            # Beside a section of action items, a prevention section holds what the items
            # restate, ideas ("could"), standing checklists and measures already in place
            # (Rebellions', Fyrsmith's, sum-platform's, charhub's reports): the action items
            # are the ones the report commits to.
            return "beside"
        return "prevention"
    if any(p.search(norm) for p in ACTION_HEADING_PATTERNS):
        return "actions"
    if kind in PROSE_ACTION_KINDS:
        return "prose"
    if fallback and any(p.search(norm) for p in ACTION_HEADING_FALLBACK_PATTERNS):
        return "actions"
    if fallback and RECOMMENDATION_HEADING.search(norm):
        return "advice"
    return None


#: Steps taken in the response: "Actions taken", "### Taken during the incident"; and, as a
#: section's own heading (not a horizon under action items, "### Immediate (within 1
#: week)"), "Immediate actions", "Emergency fixes".
_TAKEN = re.compile(r"\btaken\b|\bduring the incident\b")
_IMMEDIATE = re.compile(r"(?<!non )\bimmediate\b|\bemergency\b")


def _holds_follow_ups(node: Node, *, top: bool = True) -> bool:
    """Whether an action section holds follow-ups: a list or a table under it, or under a
    subsection of its own (a horizon, "### Short-term"), not in steps taken in the response
    nor in lessons, prevention or references below it; then the prevention section beside
    it is no more."""
    if DONE_HEADING.search(node.title) or _TAKEN.search(node.norm):
        return False
    if top and _IMMEDIATE.search(node.norm):
        return False
    if any(b.kind in ("list", "table") for b in node.blocks):
        return True
    return any(
        c.kind in (m.SectionKind.ACTION_ITEMS, m.SectionKind.OTHER)
        and _holds_follow_ups(c, top=False)
        for c in node.children
    )


def _tracked(text: str, node: Node) -> bool:
    """Whether a prevention section holds a table whose columns name owners or due days:
    items tracked there, beside a section of action items too."""
    for x, _ in _all([node]):
        for b in x.blocks:
            if b.kind == "table" and (rows := b.rows()):
                head = {ACTION_COLUMNS.get(normalize(text[a:z])) for a, z in rows[0][1]}
                if head & {"owner", "due"}:
                    return True
    return False


def _typed_home(title: str) -> bool:
    """Whether a subsection or label has a field of its own ("Process Improvements" ->
    prevention.process), so its list is not action items."""
    n = normalize(title)
    return n in SUBSECTION_FIELDS or any(k == n for _kind, k in CONTEXT_KEYS)


# Byte-order marks and zero-width characters that editors leave at the start of a line.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_SLOT = re.compile(r"\{\{\s*[\w.-]{1,40}\s*\}\}")
_MARKUP = re.compile(r"[*_`~]+")


#: A paragraph wholly in italics: a template's instruction to its writer ("*List any tasks we
#: should complete that are relevant to this incident*"), left over a list of actions; read
#: as an action once the list is gone, it would come back from nowhere.
_INSTRUCTION = re.compile(r"([*_])(?![*_\s])[^*_\n]+(?<![*_\s])\1[ \t]*\n?")


def _has_words(body: str) -> bool:
    """Whether a list item's text says something: not empty, a box alone ("1. [ ] "), nor a
    template's slot ("1. TODO")."""
    t = re.sub(r"^\s*\\?\[[ xX]?\]", "", _MARKUP.sub("", body)).strip()
    return bool(t) and not only_placeholders(t)


def only_placeholders(text: str) -> bool:
    """Whether an item's text is only unfilled template slots: "[Action 1 - Owner: Name]",
    "{{ summary }} [link to github issue]", "`[HH:MM]`"."""
    t = _MARKUP.sub("", text).strip()
    if not t:
        return False
    rest = _SLOT.sub("", t).strip()
    # Not the "A / B / C" choice lists of template fields: an item may name several things.
    return not rest or is_placeholder(rest.replace(" / ", "/"))


#: A word shared by more items than this says nothing about which one a line restates.
_COMMON = 32


def _words(text: str) -> set[str]:
    """Content words of an item, crudely stemmed, to see whether two items say the same."""
    out = set()
    for w in re.findall(r"[a-z0-9]{3,}", text.lower()):
        out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out - {"the", "and", "for", "with", "from", "every", "all", "owner", "due"}


def _trimmed_end(text: str, span: tuple[int, int], stop: str = "") -> int:
    """The end of a list item's words: before ``stop`` ("(owner") and trailing blanks."""
    s, e = span
    if stop:
        cut = text.find(stop, s, e)
        e = cut if cut >= 0 else e
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return e


def _is_verb(word: str) -> bool:
    """Whether a label's first (lower-case) word is an action's verb: one of ACTION_VERBS or
    a past form of one, or a Russian infinitive ("Добавить", "Настроить")."""
    return _verb_of(word) in ACTION_VERBS or (
        len(word) > 4
        and word.endswith(RUSSIAN_INFINITIVE_ENDINGS)
        and word not in RUSSIAN_NOUNS_LIKE_INFINITIVES
    )


def _verb_of(word: str) -> str:
    """The verb a lower-case word is a past form of ("added" -> "add", "verified" ->
    "verify", "created" -> "create"), else the word: an item named for an action done
    ("**Added npm scripts**:") is that action, as one to do is."""
    if word in ACTION_VERBS or not word.endswith("ed"):
        return word
    # verified, added, created, stopped
    for stem in (word[:-3] + "y", word[:-2], word[:-1], word[:-3]):
        if stem in ACTION_VERBS:
            return stem
    return word


def _commitment(text: str) -> bool:
    """Whether a paragraph is phrased as an action: a commitment ("We will ...", "should"),
    an imperative opening ("Investigate ..."), or a closing outcome ("(fixed by ...)")."""
    if COMMITMENT.search(text):
        return True
    first = re.match(r"\W*([A-Za-z]+)", text)
    return bool(first and first.group(1).lower() in ACTION_VERBS)


class ActionReader:
    """Collects action items from action-item sections."""

    def __init__(
        self, text: str, doc: Document, dayfirst: bool, placeholder: PlaceholderSink | None = None
    ) -> None:
        self.text = text
        self.doc = doc
        self.dayfirst = dayfirst
        self.items: list[m.ActionItem] = []
        self.container: Container | None = None
        self.placeholder = placeholder
        #: Unfilled template rows: not items, but the shape a new item takes (see render).
        self.slots: list[m.ActionItem] = []
        #: Start offsets of the items read so far, so no text is read as two items.
        self._taken: set[int] = set()

    def read_section(
        self, node: Node, scope: Scope = NO_SCOPE, mode: Mode = "actions", top: bool = True
    ) -> None:
        """Read a section of action items and its subsections.

        Where a section holds no list, table or checklist, its actions may be prose: one
        subsection each (the heading says what), or one paragraph each when every paragraph is
        phrased as an action. A section headed by a question ("How are we going to do
        better?") answers in prose, so only its structure (subsections) gives items there. The
        finest heading is the item: a subsection's paragraphs are its detail.
        """
        before = len(self.items)
        if mode == "single":
            self._single(node, scope.under(node.title))
            return
        if self.items and RESTATING_HEADING.search(node.title):
            self._restate(node)
            return
        if LEGEND_HEADING.match(node.norm):
            return
        if mode == "prose":
            if node.children:
                return
            if (
                any(b.kind in ("list", "table") for b in node.blocks)
                and not _SCHEDULE.search(node.norm)
                and not any(self._schedule_label(b) for b in node.blocks)
            ):
                # "## Follow-up" over a list or a table of its own: the follow-up actions.
                # Under labels ("**One Week Follow-Up**:"), its lists are a review schedule.
                self.read_blocks(node.blocks, scope, "actions")
            else:
                self._paragraph_items(node.blocks, scope)
            return
        if mode == "advice":
            self._advice(node, scope)
            return
        self.read_blocks(node.blocks, scope, mode)
        prose_children: list[Node] = []
        for child in node.children:
            if mode == "prevention" and _typed_home(child.title):
                continue
            if self._heading_item(child, scope):
                continue
            n0 = len(self.items)
            sub = region_of(child) if child.pseudo else None
            self.read_section(child, scope.under(child.title), sub or "actions", top=False)
            if len(self.items) == n0 and not child.pseudo and not child.children:
                prose_children.append(child)
        if len(self.items) > before:
            return
        if prose_children:
            for child in prose_children:
                self._prose_heading_item(child, scope)
        elif top and not node.children and not node.title.rstrip().endswith("?"):
            self._paragraph_items(node.blocks, scope)

    def _advice(self, node: Node, scope: Scope) -> None:
        """Read recommendations as actions: their lists and tables (a paragraph of advice
        commits to nothing), not the advice a subsection ("### For User") or a lead-in
        ("we have a few recommendations for npm package maintainers and users:", "**For
        customers:**") gives to others in the list after it."""
        if _OTHERS_HEADING.match(node.norm):
            return
        text = self.text
        blocks: list[Block] = []
        others = False
        for b in node.blocks:
            if b.kind == "paragraph":
                label = self._label(b)
                others = bool(
                    _OTHERS_LEAD_IN.search(text, b.span[0], b.span[1])
                    or (label is not None and _OTHERS_HEADING.match(normalize(label)))
                )
            elif others and b.kind in ("list", "table"):
                others = False
                continue
            blocks.append(b)
        self.read_blocks(blocks, scope, "actions")
        for child in node.children:
            self._advice(child, scope.under(child.title))

    def _schedule_label(self, block: Block) -> bool:
        """Whether ``block`` is a paragraph that labels what follows ("**One Week
        Follow-Up**:", "Review schedule:"), or a list of reviews ("- **1 Week Review**:
        [Date]")."""
        if block.kind == "list":
            keys = [_item_key(self.text, it) for it in block.items]
            # Reviews ("**1 Week Review**: [Date]"), and labels over lists of their own
            # ("- **Success Criteria:**" over its checks): a follow-up's parts, not actions.
            # And an item's fields ("- **Owner**: Alice", "- **Due**: 2026-03-10").
            return all(
                k is not None
                and (
                    _SCHEDULE.search(k.group("k").lower()) is not None
                    or not k.group("v").strip()
                    or section_kind(k.group("k")) in _NOT_ACTIONS
                    or normalize(k.group("k")) in _ITEM_FIELDS
                )
                for k in keys
            )
        if block.kind == "table":
            # A review schedule as a table: "| 1 week review | 2026-03-10 | Alice |".
            first = [self.text[r[1][0][0] : r[1][0][1]].lower() for r in block.rows()[1:] if r[1]]
            return bool(first) and all(_PERIOD.search(c) for c in first)
        if block.kind != "paragraph":
            return False
        # A label of the schedule ("**One Week Follow-Up**:", "At one month:"); a lead-in
        # ("We will take the following actions:") introduces the actions.
        raw = self.text[block.span[0] : block.span[1]]
        label = bool(_BOLD_ONLY.fullmatch(raw) or _KEY.match(raw.split("\n", 1)[0])) or (
            raw.rstrip().endswith(":") and "\n" not in raw.strip()
        )
        return label and _PERIOD.search(raw.lower()) is not None

    def _prose_heading_item(self, node: Node, scope: Scope) -> None:
        """ "### Faster deployment revert" over paragraphs: the heading names one action."""
        title = node.heading_title
        if title is None:
            return
        text = self.text
        body = [b for b in node.blocks if b.kind == "paragraph"]
        if not body or any(b.kind in ("list", "table") for b in node.blocks):
            return
        first = normalize(text[body[0].span[0] : body[0].span[1]])
        if len(body) == 1 and (first in NOTHING_WORDS or only_placeholders(first)):
            return  # "### Mitigation\n\nNone."
        ts, te = title
        self._emit({"description": text[ts:te]}, {"description": (ts, te)},
                   (node.start, node.end), "heading", scope)  # fmt: skip

    def _paragraph_items(self, blocks: Sequence[Block], scope: Scope) -> None:
        """A section of paragraphs, each one action ("Investigate why the marshalling
        changed.", "The monitoring system should notify more people ... (filed #133509)").
        Only when every paragraph reads as an action: otherwise the section is prose about
        actions (reasons, context), not a list of them."""
        text = self.text
        if any(b.kind in ("list", "table") for b in blocks):
            return
        paras = []
        labelled = []
        for b in blocks:
            if b.kind != "paragraph":
                continue
            raw = text[b.span[0] : b.span[1]]
            if _ACTION_LINE.match(raw):
                # "Action item: ...": an action by its label, whatever its words (how the
                # writer says an item whose words are not an action's among such paragraphs).
                labelled.append(b)
                continue
            if _KEY.match(raw.split("\n", 1)[0]) or only_placeholders(raw):
                continue  # "**Next Review Date**: [YYYY-MM-DD]", "[Describe how ...]"
            if _INSTRUCTION.fullmatch(raw):
                continue  # "*List any tasks we should complete*": the template's instruction
            paras.append(b)
        if not (paras or labelled) or not all(_commitment(text[b.span[0] : b.span[1]])
                                               for b in paras):  # fmt: skip
            return
        for b in sorted(paras + labelled, key=lambda b: b.span[0]):
            if b in labelled:
                self._action_lines(b)
                continue
            s, e = b.span
            while e > s and text[e - 1] in " \t\n":
                e -= 1
            # "... (fixed by adding a monitoring entry)": the outcome says the state.
            out = _OUTCOME.search(text, s, e)
            st = status_from_text(out.group("w")) if out else m.ActionStatus.UNKNOWN
            sc = attrs.evolve(scope, status=st) if st is not m.ActionStatus.UNKNOWN else scope
            self._emit({"description": text[s:e]}, {"description": (s, e)}, (s, e),
                       "paragraph", sc)  # fmt: skip

    def _single(self, node: Node, scope: Scope) -> None:
        """ "**Action taken:**" then a paragraph: one action, whatever follows it up to the
        next heading or label (a list of criteria under it) being its detail."""
        blocks = [b for b in node.blocks if b.kind in ("paragraph", "list", "table")]
        if not blocks:
            return
        first = blocks[0]
        if first.kind != "paragraph":
            self.read_blocks(node.blocks, scope, "actions")
            return
        text = self.text
        s, e = first.span
        while e > s and text[e - 1] in " \t\n":
            e -= 1
        end = blocks[-1].span[1]
        while end > s and text[end - 1] in " \t\n":
            end -= 1
        self._emit({"description": text[s:e]}, {"description": (s, e)}, (s, end),
                   "paragraph", scope)  # fmt: skip

    def _restate(self, node: Node) -> None:
        """ "### Action Categories" restating items already read under category labels
        ("**Prevent Recurrence**:" then the items): each restated item gets the category; the
        list adds no items."""
        text = self.text
        category: str | None = None
        blocks = list(node.blocks)
        for child in node.children:
            blocks.extend(child.blocks)
        # Each item's words once, and which items use each word: a restated line is compared
        # only with the items it shares a word with, and a word most items use (more than
        # _COMMON of them) tells nothing, so a long list is not compared with every item.
        words = [_words(item.description) for item in self.items]
        index: dict[str, list[int]] = {}
        for i, ws in enumerate(words):
            for w in ws:
                index.setdefault(w, []).append(i)
        for b in blocks:
            if b.kind == "paragraph":
                category = self._label(b) or category
                continue
            if b.kind != "list" or category is None:
                continue
            items = b.items
            last = items[-1]
            # Where a new item of this category is restated, and how its line starts.
            line = text.rfind("\n", 0, last.span[0]) + 1
            lead = text[line : last.body[0]]
            self.doc.restated[category] = (_trimmed_end(text, last.body), lead)
            for it in items:
                said = _words(text[it.body[0] : it.body[1]].split("(owner", 1)[0])
                shared: dict[int, int] = {}
                for w in said:
                    hits = index.get(w, ())
                    if len(hits) <= _COMMON:
                        for i in hits:
                            shared[i] = shared.get(i, 0) + 1
                best, score = -1, 0.0
                for i, n in shared.items():
                    sc = n / min(len(said), len(words[i]))
                    if sc > score:
                        best, score = i, sc
                item = self.items[best] if best >= 0 else None
                if item is not None and score >= 0.5 and item.category is None:
                    item.category = category
                    o = item._origin
                    if o is not None:
                        # The restating words are the item's second place ("restatement"):
                        # the writer rewords them with the item, so the category holds.
                        rs = it.body[0]
                        re_ = _trimmed_end(text, (rs, it.body[1]), "(owner")
                        item._origin = m.Origin(
                            o.start, o.span[1] - o.start, o.names,
                            tuple(getattr(item, n) for n in o.names),
                            (*o.spans, "restatement", rs - o.start, re_ - o.start), o.shape,
                            o.marker, o.time_format,
                        )  # fmt: skip

    def read_loose(self, blocks: Sequence[Block], kind: m.SectionKind | None) -> None:
        """Action items outside action sections: "Action point: ..." lines, "**TODO**: ..."
        paragraphs, a list after "Going forward, we will:" or "The team will address the
        following items:", an action tracker table (known by its columns), the nested bullets
        of a "- **Review actions**:" item, and checklists (except in success criteria and
        communication plans, which are lists of checks, not actions)."""
        text = self.text
        taken = self._taken
        intro = False
        intro_scope = NO_SCOPE
        for b in blocks:
            if b.kind == "paragraph":
                raw = text[b.span[0] : b.span[1]]
                # A sentence ("Going forward, we will do the following:"), not a bold label,
                # and not in a follow-up schedule, whose lists are reviews, not actions.
                # Its closing sentence is read (bounded: a lead-in's words sit by its colon).
                tail = raw.rstrip()[-300:]
                intro = (
                    tail.endswith(":")
                    and bool(INTRO.search(tail) or ACTION_LEAD_IN.search(tail))
                    and not raw.lstrip().startswith(("**", "__"))
                    and kind not in _NOT_ACTIONS
                )
                intro_scope = _lead_in_scope(tail) if intro else NO_SCOPE
                self._action_lines(b)
                continue
            if b.kind == "table":
                intro = False
                if self._tracker(b):
                    self._table(b, NO_SCOPE)
                continue
            if b.kind != "list":
                intro = False
                continue
            if intro:
                self._list(b, intro_scope)
                intro = False
                continue
            for it in b.items:
                if it.span[0] in taken:
                    continue
                if it.box is not None and kind not in _NOT_ACTIONS:
                    self._list_items(b, [it])
                    continue
                km = _item_key(text, it)
                if km is None or section_kind(km.group("k")) is not m.SectionKind.ACTION_ITEMS:
                    continue
                if kind is m.SectionKind.TIMELINE:
                    # "- **Action Required**: User must choose ..." under a timeline's entry
                    # is that entry's words (WizardSofts' HTTPS retrospective): an item read
                    # there would be edited inside the entry (review of the edit property).
                    continue
                if normalize(km.group("k")) in FIELD_KEYS:
                    continue  # "**Actions Taken:**" in a response has a typed home already
                nested = list(_NESTED_ITEM.finditer(text, it.body[0], it.body[1]))
                if nested:
                    for nb in nested:
                        ne = text.find("\n", nb.end())
                        ne = ne if ne >= 0 else it.body[1]
                        box = _BOX.match(text, nb.end(), ne)
                        if box is not None:
                            # "  - [x] item": a nested checklist (also how a nested bullet
                            # marked done is written back).
                            self._emit({"description": text[box.end() : ne],
                                        "status": box.group("x")},
                                       {"description": (box.end(), ne), "status": box.span("x")},
                                       (nb.start(), ne), "checklist", NO_SCOPE)  # fmt: skip
                            continue
                        self._emit({"description": text[nb.end() : ne]},
                                   {"description": (nb.end(), ne)}, (nb.start(), ne),
                                   "bullet", NO_SCOPE)  # fmt: skip
                elif _value_span(text, km)[1] > km.start("v"):
                    vs, ve = _value_span(text, km)
                    self._emit({"description": text[vs:ve]}, {"description": (vs, ve)},
                               it.span, "keyed-value", NO_SCOPE)  # fmt: skip

    def _action_lines(self, b: Block) -> None:
        """ "Action point: ..." / "**Action taken:** ..." lines of a paragraph: one item each,
        running to the next such line or the paragraph's end."""
        text = self.text
        hits = list(_ACTION_LINE.finditer(text, b.span[0], b.span[1]))
        for i, mm in enumerate(hits):
            if mm.start() in self._taken:
                continue
            ds = mm.start("d")
            de = hits[i + 1].start() if i + 1 < len(hits) else b.span[1]
            while de > ds and text[de - 1] in " \t\n":
                de -= 1
            scope = NO_SCOPE
            if mm.group("l") and DONE_HEADING.search(mm.group("l")):
                scope = Scope(status=m.ActionStatus.DONE)
            self._emit({"description": text[ds:de]}, {"description": (ds, de)},
                       (mm.start(), de), "paragraph", scope)  # fmt: skip

    def _columns(self, header: Sequence[tuple[int, int]]) -> list[str | None]:
        """The action field of each column of a table, from its header cells."""
        text = self.text
        out: list[str | None] = []
        for s, e in header:
            h = normalize(text[s:e])
            col = ACTION_COLUMNS.get(h)
            if col is None and "taken" not in h.split():
                for w in h.split():
                    if w in ACTION_COLUMN_WORDS:
                        col = ACTION_COLUMN_WORDS[w]
                        break
            out.append(col)
        return out

    def _tracker(self, b: Block) -> bool:
        """Whether a table outside the action sections tracks actions: a column names the
        action ("Remediation Action Required") and another its owner, state, due date or
        ticket, and no column is a time (a timeline's "Action Taken" column is not one)."""
        text = self.text
        # The header line alone first: most tables out here are timelines, built for nothing.
        nl = text.find("\n", b.span[0], b.span[1])
        line = normalize(text[b.span[0] : nl if nl >= 0 else b.span[1]].replace("|", " . "))
        if not re.search(r"\bactions?\b", line):
            return False
        rows = b.rows()
        if len(rows) < 2:
            return False
        header = [normalize(text[s:e]) for s, e in rows[0][1]]
        if any(TIMELINE_COLUMNS.get(h) == "time" for h in header):
            return False
        cols = self._columns(rows[0][1])
        return "description" in cols and bool({"owner", "status", "due", "tracking"} & set(cols))

    def _list_items(self, b: Block, items: list[Item]) -> None:
        sub = list_block(b.span, items, b.ordered)
        self._list(sub, NO_SCOPE)

    def _heading_item(self, node: Node, scope: Scope) -> bool:
        """ "#### 1) Cron cleanup scheduled `@malte_j`": a numbered heading is one item. Over
        a list or a table of its own too, when words come first: the lists and code are its
        detail ("#### 1. Add swap" over why and a code block, "####
        1. Cloudflare IP 차단 해제 검토" over a note and a list, "### 12.1 Eerst ... opvragen").
        A heading straight over a list, or naming a group ("### 1. Short term", "### 2.
        Prevention"), heads the items listed."""
        title = node.heading_title
        if title is None or not _NUMBERED.match(node.title):
            return False
        named_group = horizon_of(node.title) is not None or section_kind(node.title) in (
            m.SectionKind.ACTION_ITEMS,
            m.SectionKind.PREVENTION,
        )
        if node.children and (
            named_group
            or group_status(node.title) is not None
            or any(_NUMBERED.match(c.title) for c in node.children)
        ):
            return False  # "### 2.1 Immediate" over "#### 1. ...": a group of the items
        if any(b.kind in ("list", "table") for b in node.blocks):
            first = next((b for b in node.blocks if b.kind != "heading"), None)
            lead = self.text[first.span[0] : first.span[1]].rstrip() if first is not None else ""
            if (
                node.children
                or named_group
                # A state named by the whole heading ("### 1. Completed"), not one an edit
                # writes after an item's words ("### 2. Add load tests (done)"): ``normalize``
                # drops the parenthesis.
                or _status_named(normalize(node.title)) is not None
                or first is None
                or first.kind in ("list", "table")
                # A lead-in to the items ("These are done:", "We need better alerts:"), or a
                # checklist under the heading: the items are the list's.
                or lead.endswith((":", "："))
                or any(
                    b.kind == "list" and any(it.checked is not None for it in b.items)
                    for b in node.blocks
                )
            ):
                return False
        ts, te = title
        mm = _NUMBERED.match(self.text, ts, te)
        ds = mm.end() if mm else ts
        values = {"description": self.text[ds:te]}
        spans = {"description": (ds, te)}
        owner = _MENTION.search(self.text, ds, te)
        if owner:
            g = "q" if owner.group("q") is not None else "v"
            values["owner"] = owner.group(g)
            spans["owner"] = owner.span(g)
            values["description"] = self.text[ds : owner.start()].rstrip()
            spans["description"] = (ds, ds + len(values["description"]))
        self._emit(values, spans, (node.start, node.end), "heading", scope)
        return True

    def read_blocks(self, blocks: Sequence[Block], scope: Scope, mode: Mode = "actions") -> None:
        """Read action items from a run of blocks; a bold label names the category below it.

        Where a section numbers its items ("1. **Migration**") and follows each with a bullet
        list of details, only the numbered items are actions. A lead-in in the perfect ("CMS
        has implemented new processes, improvements include:") marks the list after it done;
        a legend ("**Priority levels**:", or a list defining each priority) adds nothing; in a
        prevention section, a label with a field of its own ("**Technical Improvements**:")
        keeps its list out of the actions.
        """
        text = self.text
        # A numbered list of items with words: a template's "1. " / "2. " with none is no
        # list of actions, and the bullets written after it are not its details.
        numbered = any(
            b.kind == "list"
            and b.ordered
            and any(_has_words(text[slice(*it.body)]) for it in b.items)
            for b in blocks
        )
        # The values the section's tables hold: a list defining them ("- Prevent - Prevent
        # similar issues", "- P0 - Critical for the release" over etcd's action table of
        # Type and Priority columns) is a legend of the table, not items of its own.
        values = (
            {
                normalize(text[s:e])
                for b in blocks
                if b.kind == "table"
                for _, cells in b.rows()[1:]
                for s, e in cells
                if e - s <= 40  # a legend's key is a word or two
            }
            if any(b.kind == "list" for b in blocks)
            else set()
        )
        base = scope
        lead = NO_SCOPE
        skip = False
        for b in blocks:
            if b.kind == "table":
                self._table(b, scope)
            elif b.kind == "list":
                items = b.items  # built on each access: once here
                if mode == "prevention":
                    # "- **Process Improvements:**" and its sub-bullets fill prevention.process.
                    items = [it for it in items if not self._typed_item(it)]
                if skip or not items or self._legend(items, values):
                    continue
                if numbered and not b.ordered and not any(it.box for it in items):
                    continue
                sc = attrs.evolve(scope, status=lead.status) if lead.status else scope
                self._list(b, sc, items)
            elif b.kind == "paragraph":
                label = self._label(b)
                lead = NO_SCOPE
                if label is not None:
                    skip = (
                        LEGEND_HEADING.match(normalize(label)) is not None
                        or NOT_ACTION_LABEL.search(label) is not None
                        or section_kind(label) in NOT_ACTION_KINDS
                        or (mode == "prevention" and _typed_home(label))
                    )
                    done = DONE_HEADING.search(label) is not None
                    said = m.ActionStatus.DONE if done else group_status(label)
                    scope = attrs.evolve(scope, category=label, status=said or base.status)
                else:
                    lead = _lead_in_scope(text[b.span[0] : b.span[1]])

    def _label(self, b: Block) -> str | None:
        """The label a paragraph is ("**Prevent Recurrence** (Stop this issue):",
        "**Impacted Applications:**"), or None."""
        mm = _LABEL.fullmatch(self.text, b.span[0], b.span[1]) or _BOLD_ONLY.fullmatch(
            self.text, b.span[0], b.span[1]
        )
        return mm.group("k").strip().rstrip(":").strip() if mm else None

    def _typed_item(self, it: Item) -> bool:
        """Whether a list item is a key with a field of its own ("- **Process Improvements:**"
        over its sub-bullets)."""
        nl = self.text.find("\n", it.body[0], it.body[1])
        km = _KEY.match(self.text, it.body[0], nl if nl >= 0 else it.body[1])
        return km is not None and _typed_home(km.group("k"))

    def _legend(self, items: Sequence[Item], values: AbstractSet[str] = frozenset()) -> bool:
        """A list that defines priorities or states, or the values a table beside it holds,
        one each ("- **P1**: fix within a week", "- Prevent - Prevent similar issues"),
        explains the items; it is not one of them."""
        if len(items) < 2:
            return False
        seen = set()
        for it in items:
            mm = _LEGEND_ITEM.match(self.text, it.body[0], it.body[1])
            if mm is None:
                return False
            k = normalize(mm.group("k"))
            if (k not in PRIORITY_WORDS and k not in STATUS_WORDS and k not in values) or (
                k in seen
            ):
                return False
            seen.add(k)
        return True

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
        cols = self._columns(rows[0][1])
        if (
            header
            and TIMELINE_COLUMNS.get(header[0]) == "time"
            and not {"owner", "due", "status", "priority"} & set(cols)
        ):
            # "| Time (UTC) | Action |": a log of what was done when, read as the timeline,
            # not follow-ups (an action table dates its items in a due column).
            return
        if "description" not in cols:
            free = [i for i, c in enumerate(cols) if c in (None, "id") and header[i]]
            if not free:
                return
            # "| Area | Recommendation | Priority |": the advice is the item's words.
            advice = [i for i in free if header[i] in ADVICE_COLUMNS]
            cols[(advice or free)[0]] = "description"
        if "status" not in cols:
            # A column under another name whose every filled cell names a status: "| Aksjon |
            # Type | Eier | Referanse |" over "[Utført](https://...)" (NAV's action tables).
            for i, c in enumerate(cols):
                if c is None and self._status_column(rows, i):
                    cols[i] = "status"
                    break
        needed_column = any(
            c == "description" and NEEDED_ACTION_HEADER.search(h)
            for c, h in zip(cols, header, strict=False)
        )
        for rspan, cells in rows[1:]:
            spans: dict[str, tuple[int, int]] = {}
            for c, span in zip(cols, cells, strict=False):
                if c and c not in spans:
                    spans[c] = span
            if "description" not in spans:
                continue
            cell = text[slice(*spans["description"])]
            if needed_column and "(" not in cell and normalize(cell) in NO_ACTION_CELLS:
                # "| Workspace | - | ✅ Secured | None |" under "Action Needed": nothing to do
                # for the row's subject (nova-os' token status table), as "None." under a
                # heading says. Under a column of actions ("| Action |"), an item named
                # "None" is one, as the writer writes it.
                continue
            # "\|" in a cell is a pipe (GFM), as the writer escapes one there. The
            # description's is read in _emit, once the spans it cuts from it are found.
            values = {
                k: text[s:e].strip() if k == "description" else _cell_text(text[s:e])
                for k, (s, e) in spans.items()
            }
            self._emit(values, spans, rspan, "table-row", scope)
        self.container = Container(
            insert_at=rows[-1][0][1],
            shape="table",
            columns=[c or "" for c in cols],
        )

    def _status_column(self, rows: Sequence[tuple[tuple[int, int], Sequence[tuple[int, int]]]],
                       i: int) -> bool:  # fmt: skip
        """Whether column ``i`` of an action table's rows holds statuses: some filled cells,
        each of which names one."""
        cells = (self.text[c[i][0] : c[i][1]].strip() for _, c in rows[1:] if i < len(c))
        filled = [f for f in cells if f]
        return bool(filled) and all(_whole_status(f) for f in filled)

    def _list(self, b: Block, scope: Scope, items: Sequence[Item] | None = None) -> None:
        if items is None:
            items = b.items  # built on each access: once here
        # A group of "**Action Item:** / **Owner:** / **Due Date:**" bullets is one item.
        keyed = [self._key_of(it) for it in items]
        if any(k and k[0] in ("action item", "action") for k in keyed):
            self._key_groups(b, items, keyed, scope)
            return
        groups = [self._lead_in(it) if it.box is None else None for it in items]
        # Labels over sub-items in this list: a label over none beside them is a group
        # whose items were all deleted, not an action named for the group.
        grouped = any(g is not None and g[1] for g in groups)
        for it, group in zip(items, groups, strict=True):
            if group is None or not (group[1] or grouped):
                self._item(it, scope)
                continue
            label, subs = group
            if _OTHERS_HEADING.match(normalize(label)):
                continue  # "- **For users:**" over what they can do: advice, not actions
            said = group_status(label)
            sc = attrs.evolve(scope, category=label, status=said or scope.status)
            for sub in subs:
                self._item(sub, sc)
        if items:
            self.container = Container(
                insert_at=items[-1].span[1],
                shape="checklist" if items[0].box else ("ordered" if b.ordered else "bullet"),
                marker=items[0].marker,
            )

    def _item(self, it: Item, scope: Scope) -> None:
        """Read one list item: its words, the owner, due day and priority after them, its
        box; and the boxes nested under it when it is a lead-in to them ("- [ ] Ensure
        alerting for:")."""
        text = self.text
        bs, be = it.body
        nested = list(_NESTED_BOX.finditer(text, bs, be))
        if nested:
            # "- [ ] Ensure alerting for:\n  - [ ] Warp Speed": a lead-in whose boxes are
            # each an item. Under an item that is a task itself ("- [ ] Clear instructions
            # ...\n  - [ ] Make a migration guide"), the boxes are its details.
            head_end = nested[0].start()
            while head_end > bs and text[head_end - 1] in " \t\n":
                head_end -= 1
            be = head_end
            if not text[bs:head_end].rstrip("*_ ").endswith(":"):
                nested = []
        # "- [ ] `[Action 1 - Owner: Name, Due: Date]`": a template slot, not an item.
        slot = text[bs:be] if only_placeholders(text[bs:be]) else None
        if (
            be - bs >= 2
            and text[bs] == "`"
            and text[be - 1] == "`"
            and (text.count("`", bs, be) == 2)
        ):
            bs, be = bs + 1, be - 1
        spans = {"description": (bs, be)}
        # Searched in a copy of the description, so that "(?<!\s)" cannot see the blank
        # before it.
        tail = _TAIL.search(text[bs:be])
        if tail is not None and (
            "\n" not in text[bs : bs + tail.start()]
            or ("(" in tail.group() and "\n" not in text[bs + tail.start() : be])
        ):
            # On the first line, or a "(owner: ...)" closing an item of several lines (as
            # the renderer writes an owner for an item with no place for one).
            # "Action - Owner: Name, Due: Date": each part gets its own span.
            # "`the action` (owner: x)": read inside the code, as an item that is only
            # code is (see _emit).
            spans["description"] = unwrap_code(text, (bs, bs + tail.start()))
            if "(" in tail.group():
                # "(owner: a, b, due: ...)", as the renderer writes values with no place
                # of their own: each value runs to the next key, so names keep commas.
                for mm in _SUFFIX_PART.finditer(text, bs + tail.end(), be):
                    spans.setdefault(mm.group("k").lower(), mm.span("v"))
            for mm in _OWNER.finditer(text, bs + tail.end(), be):
                spans.setdefault("owner", mm.span("v"))
            for mm in _DUE.finditer(text, bs + tail.end(), be):
                spans.setdefault("due", mm.span("v"))
            for mm in _PRIORITY.finditer(text, bs + tail.end(), be):
                spans.setdefault("priority", mm.span("v"))
        values = {k: text[s:e] for k, (s, e) in spans.items()}
        shape = "checklist" if it.box else "bullet"
        if it.box is not None:
            spans["status"] = it.box
            values["status"] = "x" if it.checked else " "
        self._emit(values, spans, (it.span[0], nested[0].start() if nested else it.span[1]),
                   shape, scope, marker=it.marker, slot=slot)  # fmt: skip
        for nb in nested:
            ne = text.find("\n", nb.end())
            ne = ne if ne >= 0 else it.span[1]
            self._emit({"description": text[nb.end() : ne], "status": nb.group("x")},
                       {"description": (nb.end(), ne), "status": nb.span("x")},
                       (nb.start(), ne), "checklist", scope)  # fmt: skip

    def _lead_in(self, it: Item) -> tuple[str, list[Item]] | None:
        """The label and sub-items of a list item that only names a group over them ("1.
        **Enhanced Monitoring**:" over "- Add deployment monitoring ..." and "- Alert when
        ..."): each sub-item is an action in that category. None for anything else.

        Not a task over its details: an item with words after its label ("**Content Policy**
        - Implement a 55-minute maximum"), one that opens with an action's verb ("**Implement
        Request Signing**", "**Consider CSI-addons:**", "**Добавить мониторинг**:") or leads
        into its objects ("Adding alerts for:"), a question or a note ("**Why it was
        missed:**", "Context:"), or one over numbered steps (a procedure: "**Failover
        drill:**" over "1. Promote the replica").
        """
        text = self.text
        bs, be = it.body
        nl = text.find("\n", bs, be)
        nl = be if nl < 0 else nl
        head = _LEAD_LABEL.fullmatch(text, bs, nl)
        if head is None:
            return None
        label = (head.group("b") or head.group("p") or "").strip()
        first = re.match(r"\W*(\w+)", label)
        if first is None or _is_verb(first.group(1).lower()):
            return None
        norm = normalize(label)
        if label.endswith("?") or LABEL_INTO_OBJECTS.search(norm) or NOT_ACTION_LABEL.search(label):
            return None
        subs = list(_SUB_ITEM.finditer(text, nl, be))
        if subs:
            depth = min(len(mm.group("i").expandtabs(4)) for mm in subs)
            subs = [mm for mm in subs if len(mm.group("i").expandtabs(4)) == depth]
        if not subs:
            return (label, []) if not text[nl:be].strip() else None
        if text[nl : subs[0].start()].strip() or any(mm.group("m")[0].isdigit() for mm in subs):
            return None
        items: list[Item] = []
        for k, mm in enumerate(subs):
            end = subs[k + 1].start() if k + 1 < len(subs) else be
            while end > mm.end() and text[end - 1] in " \t\n":
                end -= 1
            x = mm.start("x") if mm.group("x") is not None else -1
            box = (x, x + 1) if x >= 0 else None
            checked = text[x] in "xX" if x >= 0 else None
            ls = mm.start("i")
            items.append(Item((ls, end), (mm.end(), end), checked, box, mm.group("m")))
        return label, items

    def _key_of(self, it: Item) -> tuple[str, tuple[int, int]] | None:
        text = self.text
        bs, be = it.body
        nl = text.find("\n", bs, be)
        mm = _KEY.match(text, bs, nl if nl >= 0 else be)
        if not mm:
            return None
        key = normalize(mm.group("k"))
        vs, ve = _value_span(text, mm)
        if nl >= 0 and key in ("action item", "action"):
            # "* **Action Item:** Create monitoring so that\n  the on-call is paged": the
            # item's text is the item's, as a bullet's is (its nested lines with it).
            ve = be
        return key, (vs, ve)

    def _key_groups(
        self,
        b: Block,
        items: Sequence[Item],
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
        slot: str | None = None,
    ) -> None:
        raw_desc = values.get("description", "")
        desc_span = spans.get("description")
        if (
            slot is None
            and shape in _LIST_SHAPES
            and not _MARKUP.sub("", raw_desc).strip()
            and not set(values) - {"description", "status"}
        ):
            # A list item with no words ("-" closing FT Origami's "What could be done to avoid
            # this in future?"): nothing to do, and no slot whose shape new items could take.
            # Read as an item only when a line break followed it, so an edit elsewhere that
            # gave the file its last line break made one appear.
            return
        if slot is None and only_placeholders(raw_desc):
            slot = raw_desc
        if slot is not None and self.placeholder is not None:
            # A template row or item left unfilled is no action; it stays in the text and is
            # listed with the report's placeholders (and kept as the shape of new items).
            self.placeholder("action_items", slot.strip().strip("`").strip(), span[0])
        sfx = _SUFFIX.search(raw_desc)
        if sfx is not None:
            # "... (owner: Name, due: 2024-06-01)": how values with no place of their own are
            # written back (postmortem.render); read in any shape, not only in list items.
            cut = len(raw_desc[: sfx.start()].rstrip(" \t"))
            extra = raw_desc[cut:]
            # Each value runs to the next key: an owner may be several names with commas.
            inner = extra.strip().removeprefix("(").removesuffix(")")
            for part in _SUFFIX_SPLIT.split(inner):
                key, _, val = part.partition(":")
                key = key.strip().lower()
                if key in ("owner", "due", "priority") and key not in values and val.strip():
                    values[key] = _cell_text(val) if shape == "table-row" else val.strip()
            raw_desc = raw_desc[:cut]
            if desc_span is not None:
                desc_span = (desc_span[0], desc_span[0] + cut)
                code = unwrap_code(raw_desc, (0, len(raw_desc)))
                if code[0]:
                    # "`the action` (owner: x)": a text wholly in code is read inside it, as
                    # a cell or an item that is only code is; so it reads the same once the
                    # values after it go.
                    raw_desc = raw_desc[code[0] : code[1]]
                    desc_span = (desc_span[0] + code[0], desc_span[0] + code[1])
        inline_status: m.ActionStatus | None = None
        status_text = ""
        lead = _INLINE_STATUS_LEAD.match(raw_desc)
        mark = (
            LEAD_MARK.match(raw_desc)
            if lead is None and shape in ("bullet", "ordered") and "status" not in values
            else None
        )
        if lead:
            inline_status = status_from_text(lead.group("w"))
            status_text = lead.group(0).strip()
            raw_desc = raw_desc[lead.end() :]
            if desc_span is not None:
                desc_span = (desc_span[0] + lead.end(), desc_span[1])
        elif mark:
            # "1. ✅ Implementar pool de conexiones" (UBApp's plan), "- ✅ Adding integration
            # tests" (PostHog), "1. ✅ **Use better quality SD cards**": a status mark opening
            # a list item, cut from its words (render writes the new one in its place).
            inline_status = _EMOJI_STATUS[mark.group("e")]
            status_text = mark.group("e")
            raw_desc = raw_desc[mark.end() :]
            if desc_span is not None:
                desc_span = (desc_span[0] + mark.end(), desc_span[1])
        first_line = raw_desc.split("\n")[0]
        tail = _INLINE_STATUS.search(first_line) if "status" not in values else None
        if tail and inline_status is None and "\n" not in raw_desc.rstrip():
            inline_status = status_from_text(tail.group("w"))
            status_text = tail.group(0).strip()
            raw_desc = raw_desc[: tail.start()]
            if desc_span is not None:
                desc_span = (desc_span[0], desc_span[0] + tail.start())
        elif (shape == "paragraph" or ("\n" in raw_desc.rstrip() and shape in _LIST_SHAPES)) and (
            inline_status is None and "status" not in values
        ):
            # A paragraph's status written after it, in parentheses ("... via kroma-up.
            # (done)"), as the writer says a status a paragraph has no place for; so is an
            # item's of several lines.
            last = _PAREN_STATUS.search(raw_desc)
            if last is not None:
                inline_status = status_from_text(last.group("w"))
                status_text = last.group(0).strip()
                raw_desc = raw_desc[: last.start()]
                if desc_span is not None:
                    desc_span = (desc_span[0], desc_span[0] + last.start())
        if inline_status is not None and "status" not in values:
            # The same status said again in parentheses, as the writer adds one to a list
            # whose items say it otherwise ("- ✅ Replaced the certificate (done)", INC-934's
            # follow-ups; "1. Verify assets (done) Complete", Auto-Claude's next steps).
            again = _PAREN_STATUS.search(raw_desc.rstrip())
            if again is not None and status_from_text(again.group("w")) is inline_status:
                raw_desc = raw_desc[: again.start()]
                if desc_span is not None:
                    desc_span = (desc_span[0], desc_span[0] + again.start())
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
        if shape == "table-row":
            # A "<br>" in the cell is a line break of the text (as the writer writes one), a
            # "\|" a pipe: read only now, so that the spans above stay the cell's own offsets
            # (cut in the text read, a suffix "(owner: ...)" after a "\|" left a character of
            # the suffix in the description's span, and an edit wrote over it).
            raw_desc = cell_breaks(raw_desc.replace("\\|", "|"))
        desc = "\n".join(ln.strip() for ln in raw_desc.split("\n")).strip().strip(_INVISIBLE)
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
        elif DONE_WORDING.match(desc):
            st = m.ActionStatus.DONE  # "Already added the fix to avoid this route being deleted."
        elif len(desc) > 4 and desc.startswith("~~") and desc.endswith("~~"):
            st = m.ActionStatus.DONE  # struck through: done, as LABELING.md counts it
        elif (labelled := _label_status(desc) or _mark_status(desc)) is not None:
            st = labelled
        elif scope.status is not None and not (
            scope.status is m.ActionStatus.DONE and NOT_DONE_WORDING.search(desc)
        ):
            # Under "Actions taken", "TODO: write a runbook" and "We will add ..." are not.
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
            line=self.doc.record_line(span[0]),
        )
        item._origin = m.Origin.of(item, ACTION_FIELDS, span, spans, shape, marker)
        (self.items if slot is None else self.slots).append(item)
        self._taken.add(span[0])


def _cell_text(raw: str) -> str:
    """A table cell's value: "\\|" in a cell is a pipe (GFM), as the writer escapes one."""
    return raw.strip().replace("\\|", "|")


def _lead_in_scope(paragraph: str) -> Scope:
    """What a paragraph before a list says of it: done when it reports the work in the
    perfect ("CMS has implemented new processes ..., improvements include:")."""
    if DONE_WORDING.search(paragraph) and not re.search(r"(?i)\bwill\b", paragraph):
        return Scope(status=m.ActionStatus.DONE)
    return NO_SCOPE


def _all(nodes: Sequence[Node], parent: m.SectionKind | None = None) -> Iterator[
    tuple[Node, m.SectionKind | None]
]:  # fmt: skip
    for n in nodes:
        kind = n.kind
        ctx = kind if kind is not m.SectionKind.OTHER else parent
        yield n, ctx
        yield from _all(n.children, ctx)


#: The states of an item still to do, kept among the steps taken in a response.
_STILL_OPEN = frozenset({m.ActionStatus.OPEN, m.ActionStatus.IN_PROGRESS})


def _response_steps(node: Node) -> bool:
    """Whether an action section holds only the steps taken in the response: its heading says
    so ("Remediation Actions Taken", "Steps completed", "Принятые меры") and names nothing to
    come, and no section of follow-ups is nested in it ("### Next steps")."""
    return (
        not node.pseudo  # "**Actions taken:**" beside "**Actions planned:**" (Optimism)
        and DONE_HEADING.search(node.title) is not None
        and not TAKEN_AND_TO_COME.search(node.norm)
        and not any(region_of(c) for c, _ in _all(node.children))
    )


def read_actions(
    text: str,
    doc: Document,
    dayfirst: bool,
    roots: Sequence[Node],
    preamble: Sequence[Block],
    placeholder: PlaceholderSink | None = None,
) -> ActionReader:
    """Read every action item of a report: the action sections (by heading, outermost first),
    then what stands outside them (labelled lines, lead-ins, trackers, checklists)."""
    ar = ActionReader(text, doc, dayfirst, placeholder)
    inside: set[int] = set()
    fallback = not any(region_of(n) for n, _ in _all(roots))
    # A section of action items that holds some (a list or a table), not "TBD".
    committed = any(
        n.kind is m.SectionKind.ACTION_ITEMS and _holds_follow_ups(n) for n, _ in _all(roots)
    )

    def regions(nodes: Sequence[Node]) -> None:
        for n in nodes:
            mode = region_of(n, fallback=fallback, committed=committed)
            if mode is None:
                regions(n.children)
                continue
            if mode == "beside" and _tracked(text, n):
                mode = "prevention"  # a table of owners and due days: items tracked there
            if mode == "beside":
                # Not read, nor its lists read as loose checklists.
                inside.update(id(x) for x, _ in _all([n]))
                continue
            # "## Actions taken", "### Принятые меры": a section that says its actions are
            # done says so of every item in it, as such a subsection does.
            # "## Open follow-ups", "## Fixes Implemented": the state of them all.
            done = DONE_HEADING.fullmatch(normalize(n.title)) is not None
            said = m.ActionStatus.DONE if done else group_status(n.title)
            scope = Scope(status=said) if said else NO_SCOPE
            if committed and mode == "actions" and _response_steps(n):
                response.append((n, scope))  # read last: see below
            else:
                ar.read_section(n, scope, mode=mode)
            stack = [n]
            while stack:
                x = stack.pop()
                inside.add(id(x))
                stack.extend(x.children)

    response: list[tuple[Node, Scope]] = []
    regions(roots)
    # The steps taken in the response ("## Remediation Actions Taken", "## ✅ ACTIONS TAKEN -
    # MALWARE REMOVED", "### D) Actions taken"), beside a section whose follow-ups were read,
    # are the response, not more follow-ups (the keys of Siraj's, umans', nova-os', Bahamm's
    # and clink's security reports): only those still open among them are kept. With no
    # follow-up read elsewhere ("## Action items" holding "- TBD"), they are the items.
    follow_ups = sum(normalize(a.description) not in NOTHING_WORDS for a in ar.items)
    for n, scope in response:
        before, container = len(ar.items), ar.container
        ar.read_section(n, scope)
        if follow_ups:
            kept = [a for a in ar.items[before:] if a.status in _STILL_OPEN]
            if len(kept) < len(ar.items) - before:
                ar.items[before:] = kept
                if not kept:
                    ar.container = container  # new items go beside the follow-ups
    ar.read_loose(preamble, None)
    for node, ctx in _all(roots):
        if id(node) not in inside:
            ar.read_loose(node.blocks, ctx)
    # In reading order, wherever in the document each was found.
    ar.items.sort(key=lambda a: a._origin.start if a._origin is not None else 0)
    return ar
