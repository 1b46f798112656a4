"""Markdown -> :class:`~postmortem.model.Report`. The only package that touches marko's tree."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from postmortem import model as m
from postmortem._doc import MIN_RECORDS, RECORD_CHARS, Document, record_limit
from postmortem._text import LIST_MARKER, SourceText
from postmortem.errors import ParseError
from postmortem.parsing import _marko_fixes  # noqa: F401  (linear-time marko, see there)
from postmortem.parsing.actions import INTRO, read_actions
from postmortem.parsing.blocks import Block
from postmortem.parsing.evidence import (
    TODAY_SAID,
    incident_on_previous_day,
    lead_in_start,
    partial_ends,
    prose_evidence,
    relapsed_ends,
    since_starts,
)
from postmortem.parsing.fields import (
    FIELD_KINDS,
    OWN_TIME_KINDS,
    Reader,
    block_has_kv,
    code_inner,
    first_line_span,
    get_path,
    is_label,
    is_placeholder,
    key_event_path,
    path_for,
    set_path,
    trailing_label,
    trim_span,
)
from postmortem.parsing.frontmatter import by_name, first_value, split_front_matter
from postmortem.parsing.outline import BOLD_LEVEL, PSEUDO_LEVEL, Node, build_tree, read_blocks
from postmortem.parsing.stated import field_figures, read_stated
from postmortem.parsing.timeline import (
    TimelineReader,
    flag_dates,
    names_a_day,
    newest_first_days,
    phase_with_day,
    shift_event,
    update_lead,
)
from postmortem.timestamps import (
    _DATE_ANY,
    PLACE_TIME_ALT,
    PLACE_ZONES,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBER,
    ZONES,
    Context,
    Stamp,
    declared_zone,
    guess_dayfirst,
    is_stamp,
    names_a_zone,
    parse_date,
    parse_datetime,
    parse_day_range,
    read_stamp,
    resolve,
    split_stamp,
    zone,
    zone_line,
)
from postmortem.vocabulary import (
    CHANGE_DAY_WORDS,
    CJK_AFTER_WORDS,
    CJK_FAILURE_WORDS,
    CJK_FROM_WORDS,
    CJK_PLANNED_WORDS,
    FIELD_KEYS,
    FRONT_MATTER_DATE_KEYS,
    FRONT_MATTER_INSTANTS,
    FRONT_MATTER_TITLE_KEYS,
    FUTURE_WORDS,
    ITALIAN_WEEKDAYS,
    NOT_AFTER_A_DAY_PART,
    NOT_INCIDENT_DAY_WORDS,
    OPENING_TIME_WORDS,
    OTHER_DAY_WORDS,
    PAST_WEEKDAY_AFTER_WORDS,
    PAST_WEEKDAY_BEFORE_WORDS,
    PLAN_KINDS,
    PREVIOUS_DAY_INCIDENT,
    PREVIOUS_DAY_WORDS,
    RESOLVED_STATUS,
    RESOLVED_STATUS_AT,
    REVISION_WORDS,
    SECTION_TEXT_FIELDS,
    STATUS_AWARE_WORDS,
    STATUS_LOOKING_BACK_WORDS,
    STATUS_UPDATE_LABELS,
    SUBJECT_DETERMINERS,
    SUBSECTION_FIELDS,
    TIME_HEADING_KEYS,
    TODAY_WORDS,
    UPDATE_LOG_LABELS,
    WEEKDAY_AS_WORDS,
    WEEKDAY_CLAUSE_WORDS,
    WEEKDAY_ERGATIVE_PARTICIPLES,
    WEEKDAY_HABIT_ADVERBS,
    WEEKDAY_HABIT_WORDS,
    WEEKDAY_PASSIVE_HELPERS,
    WEEKDAY_PAST_ENDINGS,
    WEEKDAY_PAST_VERBS,
    WEEKDAY_PLAN_BE_HELPERS,
    WEEKDAY_PLANNED_WORDS,
    WEEKDAY_STATE_PARTICIPLES,
    WEEKDAY_STAYED_WORDS,
    WEEKDAY_SUBJECT_WORDS,
    WEEKDAY_TIME_WORDS,
    incident_number,
    key_words,
    normalize,
    opens_by_date,
    opens_by_state,
    section_kind,
    timeline_hint,
    unspaced,
)

__all__ = ["MIN_RECORDS", "RECORD_CHARS", "parse", "read_stated"]

#: Reports larger than this are refused rather than parsed slowly (see docs/limits.md).
MAX_CHARS = 20_000_000
#: Block quotes nested deeper than this are refused: marko recurses once per level.
MAX_QUOTE_DEPTH = 100
_DEEP_QUOTE = re.compile(rf"^(?:[ \t]{{0,3}}>){{{MAX_QUOTE_DEPTH + 1}}}", re.MULTILINE)
#: A list item indented further than this is refused (lists nest once per indent step).
MAX_LIST_INDENT = 200
# The blanks before a marker are matched once, at the start of the line: "([ \t]*marker[ \t]+)"
# repeated let two blank runs trade blanks, which is exponential on a line that fails.
_DEEP_LIST = re.compile(
    rf"^(?:[ \t]{{{MAX_LIST_INDENT + 1},}}{LIST_MARKER}[ \t]"
    rf"|[ \t]*(?:{LIST_MARKER}[ \t]+){{{MAX_QUOTE_DEPTH + 1}}})",
    re.M,
)


def parse(text: str, *, path: str | None = None) -> m.Report:
    """Read a post-mortem from Markdown text.

    Never fails on ordinary text: what is not understood stays in the sections and comes back
    unchanged from :func:`postmortem.dumps`. Raises :class:`~postmortem.errors.ParseError` only
    for a text beyond :data:`MAX_CHARS` or a value that is not a ``str``.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected str, got {type(text).__name__}", path=path)
    if len(text) > MAX_CHARS:
        raise ParseError(f"report is {len(text)} characters; the limit is {MAX_CHARS}", path=path)
    src = SourceText(text)
    deep = _DEEP_QUOTE.search(src.text)
    if deep is not None:
        raise ParseError(
            f"block quotes nest more than {MAX_QUOTE_DEPTH} levels deep",
            path=path,
            line=src.line_of(deep.start()),
        )
    deep = _DEEP_LIST.search(src.text)
    if deep is not None:
        raise ParseError(
            f"lists nest too deeply (a list item indented more than {MAX_LIST_INDENT} columns, "
            f"or more than {MAX_QUOTE_DEPTH} list markers on one line)",
            path=path,
            line=src.line_of(deep.start()),
        )
    report = m.Report()
    doc = Document(source=src, record_limit=record_limit(len(src.text)))
    report._source = doc
    try:
        reader = _parse_into(report, doc, _as_read(src.text))
    except ParseError as e:
        if e.path is not None or path is None:
            raise
        raise ParseError(e.message, path=path, line=e.line) from None
    except RecursionError:
        raise ParseError(
            "block quotes or lists nest too deeply to parse (the Markdown parser recurses "
            "once per level; see docs/limits.md)",
            path=path,
        ) from None
    # Built now that the blocks and the section tree are gone, so as not to add to the peak.
    report.placeholders = reader.placeholders()
    # The prose between the title and the first section (a blog post's opening, a status
    # box) often dates the incident: it is read with the summary.
    first = report.sections[0]._origin if report.sections else None
    opening = src.text[doc.title_end : first.start if first is not None else len(src.text)]
    opening = _as_read(opening)
    opening = _FIELD_LINE.sub(_drop_field, opening[:6000])  # "**Status**: Resolved" is a field
    # Key events stated as a day alone come first: a field outranks a sentence of the prose.
    report.evidence = (
        reader.day_events
        + prose_evidence(
            report,
            opening,
            dayfirst=reader.dayfirst,
            zone_hint=reader.zone_hint,
            published=reader.published,
        )
        + since_starts(report.timeline.events, reader.dayfirst)
        + lead_in_start(report.timeline, report.metadata.date)
    )
    report.stated_fields = field_figures(report, doc)
    _date_field_start(report, doc, src.text, reader.dayfirst)
    _title_window(report, reader.dayfirst)
    _date_field_days(report, doc, src.text)
    _opening_post_detection(report, opening)
    _resolved_status(report, doc, reader.dayfirst)
    _state_opening_stands(report, reader.state_opened)
    for path in ("title", *FIELD_KINDS):
        value = report.title if path == "title" else get_path(report, path)
        placed = doc.fields.get(path)
        if placed is None:
            if value is not None and value != []:
                doc.baseline[path] = copy.deepcopy(value)
        elif placed.value is None and value is not None and value != []:
            doc.derived[path] = copy.deepcopy(value)
    return report


def _status_front_matter(data: dict[str, Any]) -> bool:
    """Whether front matter is a status page's, whose "date" opens its incident: by a
    "resolved..." key (``opens_by_date``, as the writer reads it too) or by the incident's
    state alone (``opens_by_state``; its start stands only as ``_state_opening_stands``
    checks)."""
    return opens_by_date(data) or opens_by_state(data)


def _state_opening_stands(report: m.Report, opened: dt.datetime | None) -> None:
    """A start taken from front matter that gives only the incident's state ("status:
    resolved", ``opens_by_state``) stands only when nothing the body dates comes before it:
    a status page opens its incident with its date (Simple Analytics', freistil IT's), but a
    post-mortem keeps its own state beside the day it went out ("date: 2023-05-12" over "On
    May 10 at 14:00 UTC our API began returning errors")."""
    if opened is None or report.metadata.started_at != opened:
        return
    day = report.metadata.date
    dated = itertools.chain((e.at for e in report.timeline.events), (e.at for e in report.evidence))
    if (day is not None and day < opened.date()) or any(
        at is not None
        and (at.tzinfo is None) == (opened.tzinfo is None)
        and opened - at > _SAME_MINUTE
        for at in dated
    ):
        report.metadata.started_at = None


# A heading that is a field: "## Date: 12th March 2023", "### Severity: Medium", "## Дата: 28
# июня 2025 г." (a key of letters in any script).
_HEADING_FIELD = re.compile(r"(?P<k>[^\W\d_](?:[^\W\d_]| ){0,24}?)[ \t]*:[ \t]*(?P<v>\S[^\n]*)")


def _heading_fields(reader: Reader, text: str, roots: list[Node]) -> None:
    """Metadata written as headings (comdex "## Date: ..." and "## Time: 5:13:57 UTC", revel
    "### Severity: Medium"). The heading stays a section; its value is also the field. A
    "Time" heading is when the incident started, read once the date is known: the reader
    puts a clock time on the report's day (see ``Reader.convert``)."""
    time_span: tuple[int, int] | None = None
    for node, _kind, parent in _walk(roots):
        span = node.heading_title
        if span is None or span[1] - span[0] > 120:
            continue
        mm = _HEADING_FIELD.fullmatch(text, span[0], span[1])
        if mm is None:
            continue
        key = mm.group("k").strip()
        if key.lower() in TIME_HEADING_KEYS:
            # Not under a section with a time of its own ("## Communication" over "### Time:
            # 12:15 UTC", review 57), as a "Time" field there is not (``Reader.path_for``).
            if parent not in OWN_TIME_KINDS:
                time_span = time_span or mm.span("v")
            continue
        path = reader.path_for(key, None)
        if path is not None and path.startswith("metadata."):
            reader.assign(path, mm.span("v"), where="heading")
    if time_span is not None:
        reader.assign("metadata.started_at", time_span, where="heading")


# A metadata line of the opening ("**Date**: 30th January 2023", "- Status: resolved"):
# fields are read as fields, not as sentences.
_FIELD_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<k>[\w /()-]{1,40})"
    r"(?::(?:\*\*|__)|(?:\*\*|__)?:)[^\n]*$"
)


def _drop_field(mm: re.Match[str]) -> str:
    # Only a key the model knows as metadata: "Summary: between 10:00 and 11:00 ..." is prose.
    # A field whose value holds a window of times stays, for the prose reader's window
    # ("**Duration**: ~30 minutes (16:15 - 16:45 CET)").
    path = path_for(mm.group("k"), None)
    if path is None or not path.startswith(("metadata.", "title")):
        return mm.group()
    return mm.group() if _TIME_WINDOW.search(mm.group()) else ""


#: A hyphen other than "-" between digits: "2025‑05‑20" with U+2011, the non-breaking
#: hyphen that word processors and writing assistants put in dates and times.
_ODD_HYPHEN = re.compile(r"(?<=\d)[\u2010\u2011\u2012\u2212](?=\d)")


def _as_read(text: str) -> str:
    """The text as its dates are read: an odd hyphen between digits is "-". One character for
    one, so every offset stays that of the source."""
    if not any(c in text for c in "\u2010\u2011\u2012\u2212"):
        return text
    return _ODD_HYPHEN.sub("-", text)


#: Two clock times joined by a dash or a word: a window ("14:02 - 14:37 UTC", "2025-08-19
#: 14:02 UTC to 2025-08-19 14:37 UTC").
_TIME_WINDOW = re.compile(
    r"\d[:h]\d\d\b[^\n\d]{0,20}?(?:[-–—]>?|→|\b(?:to|until|till|through)\b)"
    r"[^\n\d]{0,12}(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}[:h]\d\d\b"
)


def _parse_into(report: m.Report, doc: Document, text: str) -> Reader:
    fm, body_start = split_front_matter(text)
    report.front_matter = fm
    doc.body_start = body_start
    blocks = read_blocks(text, body_start, len(text))
    words = _without_code(text, blocks)
    comments = _comment_blocks(text, blocks)
    dayfirst = guess_dayfirst(words)
    reader = Reader(text, report, doc, dayfirst)
    zname = _report_zone(words)
    page_zone = _status_page_zone(fm.data if fm is not None else None)
    led = _line_stamps(words, dayfirst) if page_zone is not None else []
    if (
        page_zone is not None
        and not _declares_zone(words)
        and not any(st.zone is not None for st in led)
        and not _body_clock_fits(led, fm.data if fm is not None else None, zname)
    ):
        # A status page (cState, Statusfy) writes its front matter's times in UTC and its
        # updates' stamps ("{{< track "2024-02-16 10:55:45" >}}") in the same zone: a zone
        # an update names in passing ("ETA 03:30 PT") is not theirs. Entries that name
        # theirs ("* 16:37 Denver - ...") keep it.
        zname = page_zone
    offset = _front_matter_offset(fm.data) if zname is None and fm is not None else None
    if offset is not None and not names_a_zone(words):
        # The front matter's offset is the zone of a body that names none ("## Timeline
        # (UTC)", "Times below are in CET", "16:37 Denver" name theirs).
        zname = offset
    reader.zone_hint = zone(zname) if zname else None

    title_block = _title_block(text, blocks, fm, body_start)
    if fm is not None:
        reader.state_opened = _front_matter_fields(report, fm.data, dayfirst)
    if title_block is not None:
        blocks = [b for b in blocks if b is not title_block]
        assert title_block.title is not None
        ts, te = title_block.title
        if report.title is None or not _names_a_title(report.title):
            reader.assign("title", (ts, te), where="heading")
        elif report.title.strip() == text[ts:te].strip(" \t*_"):
            # Word for word: a heading that says more ("API outage (resolved)", "**API**
            # outage") keeps its own words when the title is edited.
            doc.title_echo = (ts, te)
    # Each heading is a section: counted before any node or section is built, so that text
    # of nothing but headings is refused with only its blocks read.
    _count_headings(doc, blocks)
    preamble, roots = build_tree(text, blocks, len(text), doc.count_record)
    del blocks  # the nodes hold what the passes read; headings are rebuilt from offsets

    reader.read(preamble, m.SectionKind.PREAMBLE)
    cited: list[Node] = []  # the appendices, read once the report's own fields and day are
    for node, kind, _parent in _walk(roots):
        if kind is m.SectionKind.APPENDIX:
            cited.append(node)
            continue
        reader.heading = node.norm
        reader.read(node.blocks, kind)
    reader.heading = None
    # Key-event lists nested in a bullet ("- **Key events**" / "  - First detected: ...").
    # Those of an appendix are read with it, as what it cites (review 52).
    cited_spans = [(n.start, n.end) for n in cited]
    own_events: list[re.Match[str]] = []
    cited_events: list[re.Match[str]] = []
    for ke in _KEY_EVENT.finditer(text, body_start):
        cited_at = any(s <= ke.start() < e for s, e in cited_spans)
        (cited_events if cited_at else own_events).append(ke)
    _key_event_fields(reader, own_events)
    _section_fields(reader, text, roots)
    _heading_fields(reader, text, roots)
    _resolution_steps(report, doc, text, roots, reader)
    named_once = None  # the report's day, when its only naming so far is the one it came from
    if report.metadata.date is None:
        d = named_once = parse_date(report.title or "", dayfirst=dayfirst, short_years=True)
        if d is None and report.title:
            # A title of days ("May 26 - 27th, 2018": an incident of a status history read
            # alone) dates its entries from its first day.
            days = parse_day_range(report.title)
            d = named_once = days[0] if days is not None else None
        if d is None and fm is not None:
            # A front-matter title that is a day alone (a post filed by its date, its
            # heading the title) dates the report as a title of a day does.
            fm_title = first_value(by_name(fm.data), FRONT_MATTER_TITLE_KEYS)
            if fm_title and not _names_a_title(fm_title):
                d = named_once = parse_date(str(fm_title), dayfirst=dayfirst)
        if d is None and fm is not None:
            d = _fm_date(fm.data)
            if d is not None and not _status_front_matter(fm.data):
                # A front-matter date is often the day the post went out: the day the
                # opening prose names ("On the morning of July 14, 2026"), shortly before, is
                # the incident's. Not a status page's, which opens the incident ("resolved:
                # true" beside it): "since May 28" in its text is the cause's day (deSEC).
                told = _opening_day(text, body_start, d)
                if told is not None:
                    reader.published, d = d, told
        if d is None:
            d = named_once = _one_dated_heading(roots, dayfirst, len(text) - body_start)
        report.metadata.date = d
    # An appendix holds what the report cites (a test case's "- Date: April 23-26, 2026",
    # CompPortal's invoice incident; a ticket's fields): read last, it fills only the fields
    # nothing else filled, and dates only on the report's day; the report's own fields when
    # it holds them alone ("## Appendix: Metadata", a footer's "**Status**: ...").
    reader.cited = True
    for node in cited:
        # Its heading as any section's: an appendix of status page updates has the updates'
        # times, not the incident's start (review 57).
        reader.heading = node.norm
        reader.read(node.blocks, m.SectionKind.APPENDIX)
    reader.heading = None
    _key_event_fields(reader, cited_events)
    reader.cited = False
    for slot in _timeline(
        report, doc, text, roots, preamble, dayfirst, zname, named_once, reader.published, comments
    ):
        where = slot._origin.span[0] if slot._origin is not None else 0
        reader.add_placeholder("timeline.events", f"{slot.time_text} {slot.text}", where)
    _prose_before_entries(report, doc, text, reader)
    if report.summary.text is None and "summary.text" not in doc.fields:
        # No summary section: the report's opening prose is its summary, unless it is an entry
        # of the timeline (a status page's update: 'We are investigating. {{< track ... >}}'),
        # or the summary is a template's slot still to fill.
        prose = [
            b
            for b in preamble
            if b.kind == "paragraph"
            and not block_has_kv(text, b)
            and not _ZONE_STATEMENT.fullmatch(text, *b.span)
        ]
        if (
            prose
            and prose[0] is (preamble[0] if preamble else None)
            and not any(
                e._origin is not None and e._origin.start < prose[0].span[1]
                and prose[0].span[0] < e._origin.span[1]
                for e in report.timeline.events
            )
        ):  # fmt: skip
            reader.assign("summary.text", _span_of(text, prose[:1]))
    _actions(report, doc, text, roots, preamble, dayfirst, reader)
    _one_view(report, doc, text, reader)
    doc.title_end = title_block.span[1] if title_block is not None else body_start
    doc.title_level = title_block.level if title_block is not None else 0
    # Every pass is done: let the blocks go before the sections are built, which is where
    # the memory peak of a parse would otherwise be.
    del preamble
    for node, _kind, _parent in _walk(roots):
        node.blocks = ()
    report.sections = [_section(text, doc, n) for n in roots]
    doc.sections = list(report.sections)
    return reader


def _without_code(text: str, blocks: Sequence[Block]) -> str:
    """The text without its code blocks: what the report says in its own words. Pasted logs
    do not tell how the report writes its dates or which zone it gives its times in (their
    lines are the machine's), and they are where a report's digits crowd: skipping them
    spares the searches of the whole text most of their work."""
    code = [b.span for b in blocks if b.kind == "code"]
    if not code:
        return text
    parts: list[str] = []
    at = 0
    for start, end in code:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "\n".join(parts)


# Linear: the blanks around the colon are one run, and the value crosses a blank run once.
_KEY_EVENT = re.compile(
    r"^[ \t]*[-*+][ \t]+(?:\*\*)?(?P<k>first detected|incident declared|detected|declared|"
    r"repaired|resolved|mitigated)(?:\*\*)?(?:[ \t]*(?::(?:\*\*)?|\*\*))?[ \t]+"
    r"(?P<v>\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?:[ \t]*[^ \t\n])*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_TODAY_WORD = "|".join(TODAY_WORDS)
#: A time of the post's day: "at ~11:30am today", "today at 09:00", "this morning around 9".
_TODAY = re.compile(
    rf"\d(?:[:.h]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?\s+(?i:{_TODAY_WORD})\b"
    rf"|\b(?i:{_TODAY_WORD}),?\s+(?:at|around|about|from|by|~)\s*~?\s*\d"
)
_OPENING_DAY = re.compile(
    # (The lookahead lets the engine skip to where a match can start: this scans whole texts.)
    r"(?=[\dJFMASOND])"
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
    r"(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*(?:,? \d{4})?|\d{4}-\d{2}-\d{2})\b"
    # The day as Chinese, Japanese and Korean write it: "2019年5月26日" (CyberMiles' halt,
    # Vonng's review of Alibaba Cloud's outage), "2019 年 5 月 26 日", "2019년 5월 26일".
    r"|(?<!\d)\d{4} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]"
)


#: A day the opening names by the post's own: "Yesterday a security vulnerability was
#: detected" (Travis CI), "Power went out last Sunday morning" (joethor.dev), "Dinsdag was de
#: website van 7Days ... niet bereikbaar", "it started on Thursday, around 12:30 UTC"
#: (vsolovyov). Whole weekday names only ("Sat", "Sun" are words); not "Monday's release".
_WHOLE_WEEKDAYS = sorted((w for w in WEEKDAY_NUMBER if len(w) > 4), key=len, reverse=True)
_RELATIVE_DAY = re.compile(
    rf"(?P<prev>{PREVIOUS_DAY_WORDS})(?!['’]s\b)|{PREVIOUS_DAY_INCIDENT}"
    rf"|\b(?P<wd>{'|'.join(_WHOLE_WEEKDAYS)})(?!\w|['’]?s\b)",
    re.IGNORECASE,
)
#: What makes a weekday name a day: a word of time before it ("on Thursday", "last Sunday",
#: "op dinsdag"), or the sentence opening with it ("Dinsdag was de website ...", "Monday,
#: ..."). Not a weekday that qualifies a noun: "the Sunday maintenance window", "Black
#: Friday", "Our Monday deploy train".
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*|\*\*\s*)$")
_WEEKDAY_OPENS_A_CLAUSE = re.compile(rf"(?i),|\s+(?:{'|'.join(WEEKDAY_CLAUSE_WORDS)})\b")
#: What opens a weekday's clause before its words: a comma, or a time of the day and a
#: comma ("Friday at 17:00, deploys are frozen", "Monday morning, ...").
_LEADING_COMMA = re.compile(
    r"(?i)[ \t]*(?:(?:at|around)[ \t]+[^,.;\n]{1,12}?|morning|afternoon|evening|night)?[ \t]*,"
)
_WEEKDAY_TIME_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_TIME_WORDS)})\s+$")
_WEEKDAY_SUBJECT = re.compile(rf"(?i)\s+(?:{'|'.join(WEEKDAY_SUBJECT_WORDS)})\b")
_PAST_VERB = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_PAST_VERBS)})\b")
_PAST_ENDING = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_PAST_ENDINGS)})\b")
#: The English names: each weekday's first in ``WEEKDAY_NAMES``.
_ENGLISH_WEEKDAYS = frozenset(names[0] for names in WEEKDAY_NAMES)
#: Words beside a weekday that make it a past one (looked for around the weekday found):
#: "last Tuesday", "letzten Dienstag", "mardi dernier", "el martes pasado".
_PAST_WEEKDAY = re.compile(
    rf"(?i)\b(?:{'|'.join(PAST_WEEKDAY_BEFORE_WORDS)})\s+\w+\b"
    rf"|\b\w+\s+(?:{'|'.join(PAST_WEEKDAY_AFTER_WORDS)})\b"
)
_CLAUSE_END = re.compile(r"(?i)[,;]|:\s|\b(?:and|but|which|because|so|und|et|y)\b")
_WEEKDAY_HABIT = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_HABIT_WORDS)})\b")
#: The helper of a past, not a habit: "sont tombés", "sind die Server ausgefallen".
_ERGATIVE_PERFECT = re.compile(
    rf"(?i)\w+ (?:[\w'’]+ ){{0,4}}?(?:{'|'.join(WEEKDAY_ERGATIVE_PARTICIPLES)})\b"
)
#: A state told with "is"/"sind": "Montag sind die Deployments gesperrt"; not a stay in it
#: ("est resté bloqué").
_STATE_PERFECT = re.compile(
    rf"(?i)\w+ (?:(?!{'|'.join(WEEKDAY_STAYED_WORDS)})[\w'’]+ ){{0,4}}?"
    rf"(?:{'|'.join(WEEKDAY_STATE_PARTICIPLES)})\b"
)
_ED_WORD = re.compile(r"(?i)\w+ed")
#: A weekday that opens its sentence behind a time word alone: "On Sunday scheduled
#: maintenance is performed".
_OPENING_TIME_WORD = re.compile(rf"(?i)\s*(?:{'|'.join(OPENING_TIME_WORDS)})?\s*")
#: What stands before a word that opens a clause's subject: nothing, or a determiner.
_SUBJECT_START = re.compile(rf"(?i)[\s,]*(?:(?:{'|'.join(SUBJECT_DETERMINERS)})\s+)?")
_MAYBE_PASSIVE = re.compile(rf"(?i)(?:{'|'.join(WEEKDAY_PASSIVE_HELPERS)})\b")
_WEEKDAY_HABIT_ADVERB = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_HABIT_ADVERBS)})\b")
#: The shapes of a participle: French "-é(e)(s)", German and Dutch "ge…t/d/n" ("geplant",
#: "misgegaan"), Italian and Spanish "-ato/-ado/-ito/-uto"; not an article or a noun ending
#: in "t", "en" or "-ate" ("een", "einen", "Deployment", "Update").
_PARTICIPLE = r"(?:\w*ge\w+(?:t|d|n)|\w+(?:é|ée|és|ées)|\w+(?:at|ad|it|ut)[oai]s?)"
#: A word between a plan's helper and its participle: no other participle ("nous avons
#: lancé une migration planifiée" tells the launch), save the helpers' own ("été", "sido",
#: "stato").
_NOT_A_PARTICIPLE = rf"(?:été|sido|stat[oaie]|(?!{_PARTICIPLE}\s)\w+)"
#: A plan in place, told with "be": "une maintenance est programmée", "ist eine Wartung
#: geplant", "è stata pianificata", "Op zaterdag is een migratie gepland". Not "as planned"
#: ("wie geplant", "zoals gepland", "comme prévu"). (With "have" the participle is the act
#: of planning, or the planned thing that was then done: "nous avons fait une maintenance
#: planifiée qui a échoué"; it dates the day.)
_WEEKDAY_PLANNED = re.compile(
    rf"(?i)\b(?:{'|'.join(WEEKDAY_PLAN_BE_HELPERS)})\s+(?:{_NOT_A_PARTICIPLE}\s+){{0,3}}"
    + "".join(f"(?<!{w} )" for w in WEEKDAY_AS_WORDS)
    + rf"(?:{'|'.join(WEEKDAY_PLANNED_WORDS)})\b"
)
#: A participle after the plan's word in its sentence: the planned thing then failed ("is
#: een gepland onderhoud misgegaan", "la migrazione programmata è fallita").
_PARTICIPLE_AFTER = re.compile(rf"(?i)\s{_PARTICIPLE}\b")
_ITALIAN_WEEKDAYS = frozenset(ITALIAN_WEEKDAYS)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
#: (Not "the night of Sunday": the day of a time of the day, the incident's.)
_NOT_THE_POSTS_DAY_BEFORE = re.compile(
    rf"(?i){NOT_AFTER_A_DAY_PART}"
    rf"\b(?:{'|'.join(NOT_INCIDENT_DAY_WORDS + OTHER_DAY_WORDS)})\s+(?:\w+\s+)?$"
)
#: A change's day in parentheses after its verb: "since #44 merged (2026-07-09)". Not
#: "A faulty release deployed on March 5 took down the API" (the incident's day too), nor
#: "Starting on March 15th".
_NOT_THE_DATES_DAY_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(CHANGE_DAY_WORDS)})\s*\($")
#: A time after a day: the day opens an entry's stamp ("2026-07-07 23:57").
_CLOCK_AFTER = re.compile(r"[ T]\d{1,2}:\d{2}")
#: A Chinese, Japanese or Korean day that dates another thing: "自2019年4月1日以来" (ever
#: since), "计划在2019年5月20日" (planned for), "…日以降" (after). Not "起", "から", "부터"
#: (from): the failure's start.
_CJK_OTHER_DAY = re.compile(
    rf"(?:{'|'.join(CJK_PLANNED_WORDS)})[在于に]?\s*\d|[日일]\s*(?:{'|'.join(CJK_AFTER_WORDS)})"
)
#: "自 ... 以来" (ever since) with words between; "起", "から", "부터" (from) after a day.
_CJK_SINCE = re.compile(r"[^。；;，,、起从\n]{0,30}?以来")
_CJK_FROM = re.compile(rf"\s*(?:\d{{1,2}}\s*[时時点시]\s*)?(?:{'|'.join(CJK_FROM_WORDS)})")
#: A failure told in the sentence of a day "from" which it runs: then the day is its start.
_CJK_FAILURE = re.compile("|".join(CJK_FAILURE_WORDS))
#: A plan told after its day, not a planned thing done ("执行了计划中的数据库迁移") nor an
#: unplanned one ("计划外").
_CJK_PLANNED = re.compile(rf"(?:{'|'.join(CJK_PLANNED_WORDS)})(?![中外内內之的])")
_CJK_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _cjk_other_day(text: str, day: re.Match[str]) -> bool:
    """Whether a day written the Chinese, Japanese or Korean way dates another thing than
    the incident: one planned for or after ("计划在…", "…日以降"), the day something ran
    since ("自2019年5月20日上线以来", "2019年5月1日から新しい構成で運用"). A day "from" which
    a failure runs is its start ("2019年5月26日起，公链出现故障")."""
    if _CJK_OTHER_DAY.search(text, max(0, day.start() - 4), day.end() + 4):
        return True
    if text[max(0, day.start() - 2) : day.start()].rstrip().endswith("自") and _CJK_SINCE.match(
        text, day.end()
    ):
        return True
    stop = _CJK_SENTENCE_END.search(text, day.end())
    end = stop.start() if stop else len(text)
    if _CJK_FROM.match(text, day.end()):
        return not _CJK_FAILURE.search(text, day.end(), end)
    # A plan told after its day: "2024年7月14日に移行を予定しています", "…일에 점검 예정".
    return bool(_CJK_PLANNED.search(text, day.end(), end)) and not _CJK_FAILURE.search(
        text, day.end(), end
    )


#: What stands before an entry's stamp on its line: a table row's first cell, a list
#: item's first words. A date there is an event's, not one the prose names.
_ENTRY_LEAD = re.compile(r"[ \t]*(?:\||[-*+][ \t]|\d{1,3}[.)][ \t])[ \t*_`\[]*")


def _entry_stamp(text: str, at: int) -> bool:
    """Whether the date at ``at`` opens a table row or a list item (an entry's stamp)."""
    return _ENTRY_LEAD.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None


_FUTURE = re.compile(rf"(?i)\b(?:{'|'.join(FUTURE_WORDS)})\b")
#: A clock time ("14:02", "9:30pm"): one told before the day's word has no day of its own,
#: the post's.
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?m\b)", re.IGNORECASE)
#: A link's words and a quotation: what they name dates something else.
_QUOTED = re.compile(r"\[[^\]\n]*\]|\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]")


#: What leads from a day's word into a date that names it: "Tuesday, ", "Yesterday (". A
#: time is no date: "from Monday 21:00".
_DATE_FOLLOWS = re.compile(r"[,.]?[ \t]*\(?(?:the[ \t]+)?(\d(?![\d]?[:h.][0-5]\d))?")


def _relative_day(text: str, start: int, end: int, published: dt.date) -> dt.date | None:
    """The day the opening's first paragraphs, ``text[start:end]``, name by their relation
    to ``published``: the day before for "yesterday", the last such weekday for a weekday's
    name. None when the paragraphs name the post's own day first (a time told before, with
    "today" or in an earlier sentence), or the word dates something else: a weekday leading
    into its date ("On Friday 29 November 2019"), one to come or a habit ("next Tuesday",
    "every Sunday", "On Monday we will"), a cause's or a notice's day ("deployed yesterday",
    "as announced yesterday"), a weekday qualifying a noun ("the Sunday maintenance
    window"), or one in a link's words or a quotation."""
    rel = _RELATIVE_DAY.search(text, start, end)
    if rel is None:
        return None
    # The word's sentence.
    lo = max(start, rel.start() - 300)
    lo = max((mm.end() for mm in _SENTENCE_END.finditer(text, lo, rel.start())), default=lo)
    ends = _SENTENCE_END.search(text, rel.end(), end)
    hi = ends.start() if ends else end
    if _TODAY.search(text, start, rel.start()) or _CLOCK.search(text, start, lo):
        # "At ~11:30am today ...", "Checkout failed at 14:02 UTC. ... The team met on
        # Tuesday": the post's own day and time told first.
        return None
    para_end = text.find("\n\n", hi, end)
    if _TODAY.search(text, hi, end if para_end < 0 else para_end) and not _CLOCK.search(
        text, lo, hi
    ):
        # "Yesterday, we published our report. Today at 14:02 UTC checkout failed": the
        # paragraph's time is today's; not "Yesterday at 23:00 it failed. We restored it
        # today at 01:30".
        return None
    if any(q.start() < rel.start() < q.end() for q in _QUOTED.finditer(text, start, end)):
        return None
    after = _DATE_FOLLOWS.match(text, rel.end())
    if after is not None and (after.group(1) or _OPENING_DAY.match(text, after.end())):
        return None  # "Yesterday (2024-02-21)", "On Tuesday, December 13th, 2022"
    if _NOT_THE_POSTS_DAY_BEFORE.search(text, max(start, rel.start() - 30), rel.start()):
        return None
    italian = (rel.group("wd") or "").lower() in _ITALIAN_WEEKDAYS
    if TODAY_SAID.search(text, rel.end(), hi) or any(
        # Not "sera" right after an Italian weekday: its evening ("Martedì sera, il server
        # è caduto"), where after a French one it is "will be" ("Mardi sera consacré").
        not (italian and f.group().lower() == "sera" and not text[rel.end() : f.start()].strip())
        for f in _FUTURE.finditer(text, max(lo, rel.start() - 30), min(hi, rel.end() + 25))
    ):
        # "A config change deployed yesterday caused checkout errors this morning", "On
        # Monday we will roll out a fix"; not "On Monday, we had an outage that will be
        # familiar to many of you".
        return None
    if rel.group("wd") is None:
        return published - dt.timedelta(days=1)
    lead = text[max(start, rel.start() - 20) : rel.start()]
    timed = _WEEKDAY_TIME_BEFORE.search(lead) is not None
    own = _LEADING_COMMA.match(text, rel.end())
    clause_start = own.end() if own else rel.end()
    clause = _CLAUSE_END.search(text, clause_start, hi)
    clause_end = clause.start() if clause else hi
    pasts = [
        p
        for p in (
            *_PAST_VERB.finditer(text, clause_start, clause_end),
            *_ERGATIVE_PERFECT.finditer(text, clause_start, clause_end),
        )
        # Not a word in "-ed" that opens the clause's subject or follows its determiner: an
        # adjective ("On Sunday, scheduled maintenance is performed", "our managed
        # database is upgraded", "automated backups always run").
        # Only in a clause the weekday opens with its comma: "The cluster on Monday failed
        # over" tells its past right after the day.
        if not (
            (own or _OPENING_TIME_WORD.fullmatch(text, lo, rel.start()))
            and _ED_WORD.fullmatch(p.group())
            and _SUBJECT_START.fullmatch(text, clause_start, p.start())
        )
    ]
    first_past = min((p.start() for p in pasts), default=clause_end)
    # A past that is surely one: not "sont redémarrés", "ist ... gesperrt", which may be a
    # present passive or a state; "a basculé", "failed over", "è passato", "sont tombés" are.
    sure_past = any(
        not _MAYBE_PASSIVE.match(text, p.start()) or _ERGATIVE_PERFECT.match(text, p.start(), hi)
        for p in pasts
    )
    if (not sure_past and _WEEKDAY_HABIT_ADVERB.search(text, clause_start, clause_end)) or any(
        # A helper before the clause's first past, not itself one: "Lundi, l'API est tombée
        # car le disque est plein" is a day.
        h.start() <= first_past
        and (
            not (
                _PAST_VERB.match(text, h.start(), hi)
                or _ERGATIVE_PERFECT.match(text, h.start(), hi)
            )
            or _STATE_PERFECT.match(text, h.start(), hi)
        )
        for h in _WEEKDAY_HABIT.finditer(text, clause_start, clause_end)
    ):
        # "Sunday is our maintenance day", "El domingo es cuando ...", "Dimanche, nos
        # serveurs sont redémarrés automatiquement", "Montag sind die Deployments
        # gesperrt": a habit or a state, in the weekday's own clause ("Saturday was a bad
        # day: our DB is full" is a day). Not the helper of a past: "Mardi, nos serveurs
        # sont tombés", "Am Montag ist das Deployment gescheitert".
        return None
    english = rel.group("wd").lower() in _ENGLISH_WEEKDAYS
    plan = None if english else _WEEKDAY_PLANNED.search(text, lo, hi)
    if plan is not None and not _PARTICIPLE_AFTER.search(text, plan.end(), hi):
        return None  # "Am Samstag ist eine Wartung geplant": the day of a plan
    past = _PAST_VERB.search(text, lo, hi) or (
        # Other languages' past endings only beside their weekdays: "los servidores
        # fallaron", "o servidor caiu"; not "Sharon", "Liu" or "Bayou" in English.
        not english and _PAST_ENDING.search(text, lo, hi)
    )
    if not past and not _PAST_WEEKDAY.search(
        text, max(lo, rel.start() - 20), min(hi, rel.end() + 12)
    ):
        # "We deploy on Thursday", "The fix ships on Friday", "We always roll out on
        # Thursday": a weekday in a sentence told in the present is a habit or a plan; not
        # one that says it is past ("Last Tuesday, users couldn't log in", "Mardi dernier").
        return None
    subject = _WEEKDAY_SUBJECT.match(text, rel.end())
    if not timed and (
        (rel.start() > start and not _SENTENCE_OPENS.search(lead))
        or not (
            _WEEKDAY_OPENS_A_CLAUSE.match(text, rel.end())
            or (subject and _PAST_VERB.search(text, subject.end(), hi))
            # A weekday qualifies a noun in English ("Monday deploy train"); the other
            # languages read join it to the noun or put it after ("Montagsdeploy", "le
            # déploiement du lundi"), so one opening a sentence told in the past is a day:
            # "Dienstag ist der Server ausgefallen", "Martes por la mañana, la API no
            # funcionaba".
            or not english
        )
    ):
        # "Our Monday deploy train shipped ...", "Monday deploy train shipped ...": a weekday
        # that qualifies a noun.
        return None
    back = (published.weekday() - WEEKDAY_NUMBER[rel.group("wd").lower()]) % 7
    if back == 0:
        # The post's own weekday: that day, unless "last Wednesday" says a week back, in any
        # of the languages read ("El lunes pasado", "Lundi dernier", "Letzten Montag").
        said_past = _PAST_WEEKDAY.search(text, max(lo, rel.start() - 20), min(hi, rel.end() + 12))
        return published - dt.timedelta(days=7) if said_past else None
    return published - dt.timedelta(days=back)


#: A paragraph of prose: its lines up to a blank line or a heading.
_PROSE_PARAGRAPH = re.compile(r"(?m)^(?![ \t]*#)[ \t]*\S.*(?:\n(?![ \t]*$|[ \t]*#).*)*")


def _opening_day(text: str, start: int, published: dt.date) -> dt.date | None:
    """The first day the report's opening prose names, when it falls in the 60 days before
    ``published`` (the front matter's date): a date, or else a day its first two paragraphs
    of prose tell by the post's own ("yesterday", "last Sunday")."""
    # Not an entry's stamp, a day and its time opening a row or an item: a timeline's first
    # row may be a cause weeks before ("| 2026-07-07 23:57 | terraform creates version"),
    # the post's date the incident's. A day alone there is a summary's ("- 2024-03-05: The
    # database failed"), a row's later cell a field's value ("| **Date** | 2026-05-14 |").
    # Nor a change's day given in parentheses ("failing silently since #44 merged
    # (2026-07-09)"): the next day named is tried.
    mm = next(
        (
            d
            for d in _OPENING_DAY.finditer(text, start, start + 1500)
            if not (_entry_stamp(text, d.start()) and _CLOCK_AFTER.match(text, d.end()))
            and not _NOT_THE_DATES_DAY_BEFORE.search(text, max(start, d.start() - 30), d.start())
            and not _cjk_other_day(text, d)
        ),
        None,
    )
    if mm is not None:
        if _TODAY.search(text, start, mm.start()):
            # "At ~11:30am today we became aware ... (starting March 19th)": the day named
            # after "today" is another (the load's), the post's own date the incident's.
            return None
        raw = mm.group() if mm.group().isascii() else re.sub(r"\s+", "", mm.group())
        day = read_stamp(raw.replace(" of ", " "), base_year=published.year).date
        if day is not None and dt.timedelta(0) < published - day <= dt.timedelta(days=60):
            return day
    paragraphs = list(itertools.islice(_PROSE_PARAGRAPH.finditer(text, start, start + 1500), 2))
    if not paragraphs:
        return None
    return _relative_day(text, paragraphs[0].start(), paragraphs[-1].end(), published)


def _keyed_heading(name: str) -> bool:
    """A heading that is a field ("Date: 12th March 2023", "Time: 5:13:57 UTC")."""
    key, colon, value = name.partition(":")
    return bool(colon and value.strip()) and (
        normalize(key) in FIELD_KEYS or split_stamp(value.strip()) is not None
    )


def _title_block(
    text: str, blocks: list[Block], fm: m.FrontMatter | None, body_start: int
) -> Block | None:
    headings = [b for b in blocks if b.kind == "heading"]
    if not headings:
        return None
    first = headings[0]
    top = min(b.level for b in headings)
    if first.level != top:
        return None
    same = [b for b in headings if b.level == top]
    titled = fm is not None and _names_a_title(
        first_value(by_name(fm.data), FRONT_MATTER_TITLE_KEYS)
    )
    if (
        len(same) == 1
        and 2 <= top <= 6
        and (titled or (_text_before(blocks, first) and len(headings) == 1))
    ):
        # A lone "##" heading under a front-matter title, or after the body's text and over
        # no sections of its own ("## Notes" added at the end of a report of paragraphs), is
        # a section, not the title.
        return None
    if titled and len(same) > 1:
        # The front matter's title said again by the first heading, over sections of its rank
        # ("# 2021-01-12: Django site CPU/RAM exhaustion outage" over "# ⚠️ Leadup", Python
        # Discord's post-mortems; MOJ's Cloud Platform repeats its title the same way over no
        # sections): that heading names the report.
        said = first_value(by_name(fm.data), FRONT_MATTER_TITLE_KEYS) if fm is not None else None
        if first.title is not None and not text[body_start : first.span[0]].strip():
            ts, te = first.title
            if normalize(str(said)) == normalize(text[ts:te].strip(" *_")):
                return first
        return None
    if len(same) == 1 or not titled:
        if len(same) > 1 and first.level >= 2:
            # Every section is at the top level: no title heading, except a "<b>" pseudo-heading
            # that names no section ("<b>Incident Post-Mortem Report</b>", seed 001).
            if first.level == PSEUDO_LEVEL and first.title is not None:
                ts, te = first.title
                if section_kind(text[ts:te]) is m.SectionKind.OTHER:
                    return first
            # A heading on the report's first line that names the report, not a section
            # ("## INCIDENT REPORT: cSwap Reward Distribution Failure"), is its title.
            if first.title is not None and not text[body_start : first.span[0]].strip():
                ts, te = first.title
                if names_the_report(text[ts:te]) and not _numbered_incidents(text, same):
                    return first
            return None
        if len(same) > 1 and first.title is not None:
            # Every section an H1 and the first a section's name and nothing more ("#
            # Summary", "# Event Timeline"; VA.gov's and Hachyderm's reports): no title
            # heading. "# Summary: API down" and "# Timeline of the March 5 outage" name it.
            ts, te = first.title
            name = text[ts:te].strip().rstrip(":").strip()
            if (
                ":" not in name
                and len(name.split()) <= 3
                and section_kind(name) is not m.SectionKind.OTHER
            ):
                return None
        return first
    return None


def _names_a_title(value: Any) -> bool:
    """Whether a front matter's title names the report: not a day alone ('title:
    "2026-03-01"', a post filed by its date), which leaves its one heading the title."""
    return bool(value) and not is_stamp(str(value))


def _numbered_incidents(text: str, same: list[Block]) -> bool:
    """Whether the first of these headings of one rank numbers an incident, and another a
    different one ("## Incident #1 - Migration 001 down error" over "## Incident #2 - ENV File
    Variable Misname", upcheck's incident log): a log's entries, none the report's title."""
    numbers = [incident_number(text[b.title[0] : b.title[1]]) if b.title else None for b in same]
    return numbers[0] is not None and len(set(numbers) - {None}) >= 2


def _text_before(blocks: list[Block], heading: Block) -> bool:
    """Whether body text (a paragraph, list, table, quote or code) comes before a heading."""
    return any(
        b.span[0] < heading.span[0] and b.kind in ("paragraph", "list", "table", "quote", "code")
        for b in blocks
    )


def names_the_report(name: str) -> bool:
    """Whether a heading among the sections, on the report's first line, is its title by its
    wording ("INCIDENT REPORT: cSwap Reward Distribution Failure"): it names no section, is
    no field ("Date: ...") or time, and says more than a word or two. The writer asks too: a
    new title that would not pass is written as a level-1 heading."""
    hit = split_stamp(name)
    if hit is not None:
        # "2025-06-12 GCS + CloudFlare outage", "2022-01-27, pod limit reached": a day and the
        # incident's name (a day heading has no name; an entry's heading has a time).
        if read_stamp(name[hit[0] : hit[1]]).time is not None:
            return False
        name = name[hit[2] :].lstrip(" ,:-–—")
    return (
        section_kind(name) is m.SectionKind.OTHER
        and not _keyed_heading(name)
        and len(name.split()) >= 3
    )


def _front_matter_fields(
    report: m.Report, raw: dict[str, Any], dayfirst: bool
) -> dt.datetime | None:
    """Read the front matter's fields into the report. Return the start its "date" gives when
    only the incident's state makes it a status page's (``opens_by_state``), to be checked
    against what the body dates (``_state_opening_stands``); else None."""
    data = by_name(raw)
    state_opened: dt.datetime | None = None
    title = first_value(data, FRONT_MATTER_TITLE_KEYS)
    if isinstance(title, str) and title.strip():
        report.title = title.strip()
    sev = data.get("severity")
    if isinstance(sev, str):
        from postmortem.parsing.fields import parse_severity

        report.metadata.severity = parse_severity(sev)
    for key in ("author", "authors"):
        v = data.get(key)
        if isinstance(v, str):
            report.metadata.authors = [v]
        elif isinstance(v, list):
            report.metadata.authors = [str(x) for x in v]
    affected = data.get("affected")
    if isinstance(affected, list):
        report.metadata.affected_services = [str(x) for x in affected]
    # Status-page front matter (cState, Statusfy, Jekyll status themes): "date" opens the
    # incident when the front matter also says whether, or when, it was resolved ("resolved:
    # true", "resolvedWhen", "resolvedDate").
    resolved_when = _fm_datetime(data.get("resolvedwhen"))
    if resolved_when is not None:
        report.metadata.resolved_at = resolved_when
    if _status_front_matter(raw):
        opened = _fm_datetime(data.get("date"))
        if (
            opened is not None
            and (opened.hour, opened.minute, opened.second) != (0, 0, 0)
            and opened != resolved_when  # a post dated when it was resolved tells no start
        ):
            report.metadata.started_at = opened
            if not opens_by_date(raw):
                state_opened = opened
    # Other generators' keys: "start_time", "startedAt", "impact_end", "resolved_at", ...
    for key, value in raw.items():  # as written: "resolvedDate" is "resolved date"
        path = FRONT_MATTER_INSTANTS.get(key_words(str(key)))
        when = _fm_datetime(value) if path else None
        if path and when is not None and getattr(report.metadata, path) is None:
            setattr(report.metadata, path, when)
    return state_opened


def _prose_before_entries(report: m.Report, doc: Document, text: str, reader: Reader) -> None:
    """A section's text field ends where the timeline's entries in it begin: status updates
    quoted under "## Root cause" are the timeline's, read once. Otherwise an edit of an entry
    changed the field too, and an edit of the field rewrote the entries."""
    starts = sorted(e._origin.start for e in report.timeline.events if e._origin is not None)
    if not starts:
        return
    for path, fo in list(doc.fields.items()):
        if FIELD_KINDS.get(path) != "str" or fo.where == "heading":
            continue
        s, e = fo.span
        i = bisect.bisect_left(starts, s)
        if i == len(starts) or starts[i] >= e:
            continue
        cut = text.rfind("\n", s, starts[i]) + 1  # the line the entry starts on
        while cut > s:
            # Back over blank lines and the quote markers of the entry's own lines ("> ").
            line = text.rfind("\n", s, cut - 1) + 1
            if text[line:cut].strip(" \t\n>"):
                break
            cut = line
        while cut > s and text[cut - 1] in " \t\n":
            cut -= 1
        if cut <= s:
            continue  # the section opens with its entries: no prose before them to keep apart
        del doc.fields[path]
        set_path(report, path, None)
        reader.assign(path, (s, cut))


def _date_field_days(report: m.Report, doc: Document, text: str) -> None:
    """A "Date:" field that gives a range of days ("July 27–28, 2026", "January 14-19, 2026")
    says on which day the incident started and on which it ended: evidence of day precision,
    which metrics use when the report has no timeline."""
    origin = doc.fields.get("metadata.date")
    if origin is None or any(e.at is not None for e in report.timeline.events):
        return
    if any(ev.precision == "minute" for ev in report.evidence):
        return  # the prose gives times: days would only blur them (and mix zones with them)
    s, e = origin.span
    days = parse_day_range(text[s:e])
    if days is None:
        return
    quote, line = text[s:e][:80], doc.source.line_of(s)
    for milestone, day in (
        (m.Milestone.STARTED, days[0]),
        (m.Milestone.IMPACT_ENDED, days[1]),
        (m.Milestone.RESOLVED, days[1]),
    ):
        at = dt.datetime.combine(day, dt.time())
        report.evidence.append(
            m.Evidence(milestone, at, "field", "metadata.date", quote, line, 0.5, "day")
        )


def _date_field_start(report: m.Report, doc: Document, text: str, dayfirst: bool) -> None:
    """A "Date:" field with a time opens the incident when a field closes it ("Date:
    2022-05-15 21:30+0000" beside "OutageFinish: 2022-05-15 22:18+0000", as status-page
    posts write them), as front matter's "date" does beside "resolvedWhen"; or when no entry
    of a timeline gives a time ("| Date | 2023-04-24 19:32:57.448021073 (UTC) |" over a
    chain halt told in prose, Osmosis; "**Date of Incident:** Wednesday 20th September 2023,
    14:32 UTC", persistenceOne)."""
    md = report.metadata
    origin = doc.fields.get("metadata.date")
    if md.started_at is not None or origin is None:
        return
    # No timeline at all: a timeline of days dates the start itself ("2024-03-04: errors
    # begin" under "Date: 2024-03-05 18:00 UTC", a post dated when it was written).
    untimed = not report.timeline.events
    s, e = origin.span
    # A key that names the incident's date, not the post's ("| **Date of incident** |
    # 2026-08-03 21:15 UTC |", Digital Aid Seattle; "**Date of Incident:** ..., 14:32 UTC",
    # persistenceOne): its time is the start, when before the timeline's first entry.
    key = text[text.rfind("\n", 0, s) + 1 : s].lower()
    named = "incident" in key or "outage" in key
    closed = md.ended_at is not None or md.resolved_at is not None
    if not (closed or untimed or named):
        return
    opened = parse_datetime(text[s:e], dayfirst=dayfirst)  # in the report's order of days
    if not (closed or untimed):
        # Only before the timeline's first entry, in its zone state: a later time is no start
        # the log missed ("Incident date: 2024-03-05, reported 11:30 UTC").
        first = next((ev.at for ev in report.timeline.events if ev.at is not None), None)
        if opened is None or first is None or (opened.tzinfo is None) != (first.tzinfo is None):
            return
        if opened > first:
            return
    end = md.ended_at or md.resolved_at
    if opened is not None and (
        end is None or ((opened.tzinfo is None) == (end.tzinfo is None) and opened < end)
    ):
        # Evidence, not a field: the "Date:" line stays the report's date, and clearing the
        # start in code must not write a field the text never had.
        report.evidence.append(
            m.Evidence(
                m.Milestone.STARTED,
                opened,
                "field",
                "metadata.date",
                text[s:e][:80],
                doc.source.line_of(s),
                0.7,
            )
        )


#: Between the two stamps of a window written as a title: "~", a dash or "to", with blanks
#: around it (an ISO date's own dashes have none).
_TITLE_JOIN = re.compile(r"(?<=\S)[ \t]+(?:~|〜|–|—|-|to)[ \t]+|(?<=\S)[ \t]*[~〜][ \t]*")


def _title_window(report: m.Report, dayfirst: bool) -> None:
    """A title that is only a window, its day and its times ("2025-09-05 14:37 ~ 15:58
    (GMT+9)", "2025-09-02 01:00 ~ 2025-09-05 19:59 (GMT+9)": a Korean service's incident log,
    each incident read alone under its heading) starts the incident and ends its impact."""
    title = (report.title or "").strip()
    if len(title) > 120:
        return  # a window is a few words; a long title names the incident
    hit = split_stamp(title) if title else None
    if hit is None or hit[0] != 0 or title[hit[2] :].strip():
        return  # words besides the window: a title that names the incident
    join = _TITLE_JOIN.search(title)
    first = title[: join.start()] if join else title
    st = read_stamp(first, dayfirst=dayfirst)
    if st.date is None or st.time is None:
        return
    start, end = resolve(st, Context(day=st.date))
    if join is not None:
        st2 = read_stamp(title[join.end() :], dayfirst=dayfirst)
        if st2.time is None:
            return
        end, _ = resolve(st2, Context(day=st.date, tz=st.zone))
        if st.zone is None and st2.zone is not None and start is not None:
            start = start.replace(tzinfo=st2.zone)  # the zone written once, after both
    if start is None or end is None or (start.tzinfo is None) != (end.tzinfo is None):
        return
    if end <= start and join is not None and st2.date is None:
        end += dt.timedelta(days=1)  # "23:30 ~ 00:40": past midnight
    if end <= start:
        return
    for milestone, at in ((m.Milestone.STARTED, start), (m.Milestone.IMPACT_ENDED, end)):
        report.evidence.append(m.Evidence(milestone, at, "title", "title", title[:80], None, 0.6))


def _resolved_status(report: m.Report, doc: Document, dayfirst: bool) -> None:
    """A status field that says the incident is over ("**Status:** ✅ Resolved", "- 상태: 해결.
    2026-08-26 ...") beside the report's day: evidence, of the least weight, that it was
    resolved on that day. ``metrics`` reads it only for a report without a timed timeline, as
    it reads the day as the start there. One that says when ("✅ FIXED (as of 2025-10-25 16:56
    UTC)", "Resolved at 01:30") is the resolution at that time, as a field's: on the report's
    day when it names none, the day after when that time is before the stated start."""
    md = report.metadata
    if not md.status:
        return
    said = re.sub(r"^[\W_]+", "", md.status.strip()).rstrip("*_` ")  # "✅ Resolved", "**Closed**"
    when = RESOLVED_STATUS_AT.match(said)
    if when is not None:
        # Its time said: "FIXED (as of 2025-10-25 16:56 UTC)", on the report's day if it
        # names none. Read as a field's instant is: in the report's zone when it names none.
        year = md.date.year if md.date else None
        st = read_stamp(when.group("at"), dayfirst=dayfirst, base_year=year)
        day = st.date or md.date
        if st.time is not None and day is not None and not st.unknown and not st.problem:
            at, _ = resolve(st, Context(day=day, previous=md.started_at))
            if at is not None:
                origin = doc.fields.get("metadata.status")
                line = doc.source.line_of(origin.span[0]) if origin is not None else None
                report.evidence.append(
                    m.Evidence(m.Milestone.RESOLVED, at, "field", "metadata.status",
                               md.status.strip()[:80], line, 0.8)
                )  # fmt: skip
                return
    if md.date is None or RESOLVED_STATUS.match(said) is None:
        return
    at = dt.datetime.combine(md.date, dt.time())
    quote = md.status.strip()[:80]
    report.evidence.append(
        m.Evidence(m.Milestone.RESOLVED, at, "status", "metadata.status", quote, None, 0.3, "day")
    )


def _opening_post_detection(report: m.Report, opening: str) -> None:
    """A status page's post that opens the incident and says the team is on it ("We are
    investigating", "We are aware of ...", "There is an ongoing outage ... We are working on
    fixing things") dates the detection: they knew when they posted it. A retrospective
    posted under the same date ("First DoS ever at mataroa today!") does not."""
    md = report.metadata
    late = _late_opening(report)
    if late is not None:
        # The status page opened after the first update its log stamps: the log dates the
        # failure, and ``metrics`` lets the page's stated start give way to it.
        report.evidence.append(
            m.Evidence(m.Milestone.STARTED, late, "timeline", m.LATE_OPENING,
                       "the status page's opening date is after its first update", None, 0.7)
        )  # fmt: skip
    if md.detected_at is not None:
        return
    fm = report.front_matter
    opened = md.started_at if fm is not None and _status_front_matter(fm.data) else None
    if opened is not None and late is not None:
        opened = late  # they knew by that update
    if opened is None:
        opened = next((e.at for e in report.evidence if e.milestone is m.Milestone.STARTED
                       and e.source == "metadata.date"), None)  # fmt: skip
    if opened is None:
        return
    # The post's first words: a status update says at once that the team is on it.
    head = opening.lstrip()[:300]
    mm = _aware_words().search(head)
    if mm is None and fm is not None and _status_front_matter(fm.data):
        # A status tool's updates stand newest first (cState's "*Update* - Looks resolved."
        # over "*Investigating* - We are investigating a potential issue ...", X4B's page):
        # the post that opened the incident is the last paragraph, when it and an earlier
        # one open with an update's label (review 56: not a retrospective's last words).
        paragraphs = opening.strip().split("\n\n")
        last = paragraphs[-1].lstrip()
        if (
            len(paragraphs) >= 2
            and _status_label(last)
            and any(_status_label(p.lstrip()) for p in paragraphs[:-1])
        ):
            head = last[:300]
            mm = _aware_words().search(head)
    if mm is None:
        if not _status_log(report):
            return
        # A status page's incident told in its updates ("::: update Identified | ..."), not a
        # retrospective: its responders opened it, so they knew by then (Statusfy and cState
        # pages of AdamRMS, Stencila, Gitpod).
        report.evidence.append(
            m.Evidence(m.Milestone.DETECTED, opened, "field", "metadata.date",
                       "the status page's incident opened", None, 0.5)
        )  # fmt: skip
        return
    s = max(head.rfind(". ", 0, mm.start()) + 1, head.rfind("\n", 0, mm.start()) + 1)
    e = head.find(".", mm.end())
    sentence = head[s : e + 1 if e >= 0 else len(head)].strip()
    if _looking_back().search(sentence):
        return
    quote = sentence[:80]
    report.evidence.append(
        m.Evidence(m.Milestone.DETECTED, opened, "field", "metadata.date", quote, None, 0.6)
    )


def _late_opening(report: m.Report) -> dt.datetime | None:
    """The first update a status page's log stamps, when the page's opening "date" (front
    matter that also says whether it was resolved, ``opens_by_date``) is written to the
    quarter hour and falls after it, within two days: sourcehut's "date: 2019-09-29
    18:00:00" over "Services are severely disrupted" tracked at 10:00, Papirfly's 05:30 over
    a 05:15 chronology, Schullogin's 08:00 over "LernSax ist nicht verfügbar" at 07:00,
    dddice's "2023-02-15T15:45:00.000Z" over a timeline from 10:29 EST. A
    date to the minute ("2021-05-29T22:41:00", Jenkins) is the start it states, even after
    a change its log stamps first. A date to the millisecond ("2019-03-06T16:16:39.205Z") is
    the moment a page's editor saved the post, no start anyone wrote: it gives way to a start
    or detection the post's own words date before it (TDude's "On March 6th at 10:26:29 EST,
    we were informed by the server rack's uninterruptible power supply ..."). None
    otherwise."""
    fm = report.front_matter
    opened = report.metadata.started_at
    if fm is None or opened is None or not _status_front_matter(fm.data):
        return None
    saved = opened.microsecond != 0
    if (opened.minute % 15 or opened.second) and not saved:
        return None
    aware = opened.tzinfo is not None
    alike = [
        e.at
        for e in report.timeline.events
        if e.at is not None and e.flag is None and (e.at.tzinfo is not None) == aware
    ]
    if saved:
        alike += [
            e.at
            for e in report.evidence
            if e.kind == "prose"
            and e.milestone in (m.Milestone.STARTED, m.Milestone.DETECTED)
            and isinstance(e.at, dt.datetime)
            and (e.at.tzinfo is not None) == aware
        ]
    first = min(alike, default=None)
    # A saved post's first update is the post itself, to the second: no earlier start.
    latest = opened - dt.timedelta(minutes=1) if saved else opened
    if first is None or not opened - dt.timedelta(days=2) < first < latest:
        return None
    if opened.minute % 30 and not saved:
        # A quarter hour is a rounder figure than a half hour only where the log bears it out
        # (review 57): the first entry tells the failure or its finding, and none is stamped
        # at the opening itself ("10:15 - API errors begin" under "date: ...10:15").
        head = next(e for e in report.timeline.events if e.at == first)
        told = {m.Milestone.STARTED, m.Milestone.DETECTED}
        if not told & set(head.cues) or any(e.at == opened for e in report.timeline.events):
            return None
    return first


def _status_log(report: m.Report) -> bool:
    """Whether the report's timeline is a status page's updates: read as such, or, on a page
    whose front matter is a status page's (it says whether the incident is resolved), written
    newest first in any shape ("### Update 27.08.2022 10:00 Uhr:" headings)."""
    events = report.timeline.events
    if not events:
        return False
    if all(e._origin is not None and e._origin.shape == "status-update" for e in events):
        return True
    fm = report.front_matter
    return (
        len(events) >= 2
        and report.timeline.newest_first
        and fm is not None
        and _status_front_matter(fm.data)
    )


def _status_label(paragraph: str) -> bool:
    """Whether a paragraph opens with a status update's label ("*Investigating* - ...",
    "**Update**: ...")."""
    word = _OPENING_LABEL.match(paragraph)
    return word is not None and word.group(1).lower() in STATUS_UPDATE_LABELS


_OPENING_LABEL = re.compile(r"[*_\s]*([A-Za-z]+)[*_\s]*[-–—:]")


@lru_cache(maxsize=1)
def _aware_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(STATUS_AWARE_WORDS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _looking_back() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(STATUS_LOOKING_BACK_WORDS) + r")\b", re.IGNORECASE)


def _fm_datetime(v: Any) -> dt.datetime | None:
    if isinstance(v, dt.datetime):
        # A YAML timestamp without an offset stays without one: the report states no zone.
        return v
    if isinstance(v, str) and v.strip():
        try:
            return dt.datetime.fromisoformat(v.strip().replace("Z", "+00:00"))
        except ValueError:
            return parse_datetime(v)  # "2024-03-07 14:05 PST", "Mar 7, 2024 2:05 PM"
    return None


def _count_headings(doc: Document, blocks: list[Block]) -> None:
    """Refuse text with more headings than the record limit (see ``Document.count_record``)
    at the first heading past it. Bold lines read as headings are counted as they are read."""
    if sum(1 for b in blocks if b.kind == "heading") <= doc.record_limit - doc.records:
        return
    n = doc.records
    for b in blocks:
        if b.kind == "heading":
            n += 1
            if n > doc.record_limit:
                doc.records = n - 1
                doc.count_record(b.start)


def _fm_date(data: dict[str, Any]) -> dt.date | None:
    v = first_value(by_name(data), FRONT_MATTER_DATE_KEYS)
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        return parse_date(v)
    return None


def _section(text: str, doc: Document, node: Node) -> m.Section:
    body_s = node.heading_end
    body_e = node.children[0].start if node.children else node.end
    title_span = node.heading_title or (node.start, node.start)
    sec = m.Section(
        title=node.title,
        kind=node.kind,
        level=node.level,
        content=text[body_s:body_e],
        subsections=[_section(text, doc, c) for c in node.children],
        line=doc.source.line_of(node.start),
    )
    sec._origin = m.SectionOrigin.of(sec, (node.start, node.end), title_span, (body_s, body_e))
    # The node is done with: its subtree goes as the sections come.
    node.children = ()
    return sec


def _one_dated_heading(roots: Sequence[Node], dayfirst: bool, body: int) -> dt.date | None:
    """The day a report with no other date is under: the one top-level section headed by a
    full date that holds most of the report ("## 2026-09-08 — one HTTP request wedged the
    whole VM" in CalCOFI's incident log, "## 2019-03-13" in Lunie's post-mortem log); None
    when none or several do (a log of incidents, each its own day), or when the dated section
    is a small part (a follow-up review, a changelog's entry at the end)."""
    found: dt.date | None = None
    for node in roots:
        if node.pseudo:
            continue
        hit = split_stamp(node.title)
        if hit is None or hit[0] > 0:
            continue
        stamp = node.title[hit[0] : hit[1]]
        day = parse_date(stamp, dayfirst=dayfirst) if _YEAR_IN.search(stamp) else None
        if day is None:
            continue
        if found is not None or 2 * (node.end - node.start) < body:
            return None
        found = day
    return found


_YEAR_IN = re.compile(r"\b\d{4}\b")


def _walk(
    nodes: Sequence[Node], parent: m.SectionKind | None = None
) -> Iterator[tuple[Node, m.SectionKind | None, m.SectionKind | None]]:
    """Each node at every depth with its section kind (or its parent's) and its parent's."""
    for n in nodes:
        kind = n.kind
        ctx = kind if kind is not m.SectionKind.OTHER else parent
        yield n, ctx, parent
        yield from _walk(n.children, ctx)


#: A heading closed by a time in parentheses: "Detection (14:05 UTC)".
_TIMED_TITLE = re.compile(r"\([^()]*\d[:h.]\d\d[^()]*\)[\s:*_]*$")


def _section_fields(reader: Reader, text: str, roots: list[Node]) -> None:
    """Fill fields from whole section bodies ("### Primary Cause" followed by its text).

    A list field takes the section's one list; a text field takes the prose before the first
    key/value line, so "**Key:** value" lines are never read twice.
    """
    for node, _ctx, parent in _walk(roots):
        if parent is m.SectionKind.TIMELINE and _TIMED_TITLE.search(node.title):
            continue  # "### Detection (14:05 UTC)" in a timeline is an entry, not the section
        norm = node.norm
        path = None
        if node.level == BOLD_LEVEL:
            # "**What Happened**:" followed by its text is a key whose value is a block.
            path = reader.path_for(node.title, parent)
        path = path or SUBSECTION_FIELDS.get(norm) or SECTION_TEXT_FIELDS.get(node.kind)
        if path is None and unspaced(norm) and node.blocks and norm not in FIELD_KEYS:
            # A key event in a heading of a script without spaces, its value below it
            # ("### 発生日時" over "2021年11月25日午後3時").
            b = node.blocks[0]
            if b.kind == "paragraph":
                path = key_event_path(node.title, text[b.span[0] : b.span[1]], reader.dayfirst)
        if (
            path is None
            and FIELD_KEYS.get(norm) == "metadata.date"
            and node.blocks
            and node.blocks[0].kind == "paragraph"
            and node.blocks[0].span[1] - node.blocks[0].span[0] <= 80
        ):
            # A date key as a heading over its day or days ("## Date" / "2026-01-17",
            # "## 発生期間" / "2026/03/14 〜 2026/03/17"): the report's date.
            reader.assign("metadata.date", trim_span(text, node.blocks[0].span))
            continue
        if path is None:
            continue
        blocks = [b for b in node.blocks if b.kind != "rule"]
        if not blocks:
            continue
        if FIELD_KINDS.get(path) == "list":
            lists = [b for b in blocks if b.kind == "list"]
            rest = [b for b in blocks if b.kind != "list"]
            one = lists[0] if len(lists) == 1 else None
            if one is not None and all(is_label(text, b) for b in rest):
                if not block_has_kv(text, one) or not rest:
                    one_items = one.items
                    items = [it.body for it in one_items]
                    reader.assign(path, one.span, items=items, marker=one_items[0].marker)
            elif (
                not lists
                and all(b.kind == "paragraph" for b in blocks)
                and not any(block_has_kv(text, b) for b in blocks)
            ):
                reader.assign(path, _span_of(text, blocks), items=[_span_of(text, blocks)])
            continue
        # A run of stamped entries in the section is its timeline, not its text: the text
        # stops before it ("## Summary" over "2024-01-13 11:52:00 - The snow is starting to
        # weaken", TTNRT's status posts), or editing an entry would change the text too.
        stamped = list(
            itertools.islice(
                (b for b in blocks if b.kind in ("paragraph", "list") and _opens_stamped(text, b)),
                2,
            )
        )
        prose: list[Block] = []
        for b in blocks:
            if block_has_kv(text, b) or b.kind in ("table", "heading", "rule"):
                break
            if len(stamped) >= 2 and b is stamped[0]:
                break
            prose.append(b)
        if not prose:
            continue
        if len(prose) == 1 and prose[0].kind == "code":
            inner = code_inner(text, prose[0].span)
            if inner:
                reader.assign(path, inner)
            continue
        reader.assign(path, _span_of(text, prose))


def _opens_stamped(text: str, b: Block) -> bool:
    """Whether the block's first line opens with a stamp that has a time of day."""
    line = text[slice(*first_line_span(text, b.span))].lstrip(" \t-*+>")
    hit = split_stamp(line)
    return hit is not None and hit[0] == 0 and read_stamp(line[hit[0] : hit[1]]).time is not None


_STEP = re.compile(r"[ \t]*(?:\*\*|__)?step\s*\d*(?:\*\*|__)?\s*:?(?:\*\*|__)?\s*:?\s*", re.I)
_STEP_KEY = re.compile(
    r"^[ \t]*[-*+][ \t]+(?:\*\*|__)(?P<k>tool used|tool|command|result)(?:\*\*|__)?[ \t]*:?"
    r"(?:\*\*|__)?[ \t]*:?[ \t]*(?P<v>[^\n]*)$",
    re.I | re.M,
)


def _resolution_steps(
    report: m.Report, doc: Document, text: str, roots: list[Node], reader: Reader
) -> None:
    """Seed 004's "What Was Done": numbered steps with Tool Used, Command and Result."""
    for node, ctx, _parent in _walk(roots):
        if ctx is not m.SectionKind.RESOLUTION or "done" not in node.title.lower():
            continue
        for b in node.blocks:
            if b.kind != "list" or not b.ordered:
                continue
            for it in b.items:
                body = text[it.body[0] : it.body[1]]
                head = _STEP.match(body)
                if head is None:
                    continue
                first = body[head.end() :].split("\n", 1)[0].strip().strip("`")
                if is_placeholder(first):
                    # "**Step 1**: `[Action taken]`": a template's slot, no step taken.
                    reader._placeholder("resolution.steps", first, it.span[0] + head.end())
                    continue
                doc.count_record(it.span[0])
                step = m.ResolutionStep(first)
                for kv in _STEP_KEY.finditer(body):
                    key, value = kv.group("k").lower(), kv.group("v").strip().strip("`")
                    if key == "command" and not value:
                        fence = re.search(r"```[^\n]*\n(.*?)\n[ \t]*```", body[kv.end() :], re.S)
                        value = _dedent(fence.group(1)) if fence else ""
                    setattr(step, "tool" if key.startswith("tool") else key, value or None)
                report.resolution.steps.append(step)


def _dedent(block: str) -> str:
    lines = block.split("\n")
    pad = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    return "\n".join(ln[pad:] for ln in lines)


def _span_of(text: str, blocks: list[Block]) -> tuple[int, int]:
    s = blocks[0].span[0]
    e = blocks[-1].span[1]
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


# "18:52 UTC", "2:54 PM PST", "2.30 AM PST", "2 AM PST": a time in the prose that names a zone.
_NAMED_ZONE = re.compile(
    # Every alternative starts at a digit or at "UTC"/"GMT": the lookahead lets the regex
    # engine skip to those characters instead of trying each alternative at every position
    # (3.5x faster over a report, and this searches the whole text).
    r"(?=[\dUG])(?:"
    # A region's time: "1:20 PM Eastern Time", "10AM Pacific time" (first: "1:20 PM" alone
    # would take "PM" for a zone).
    # (No two blank runs side by side: over a long run of blanks they would be quadratic.)
    r"\b\d{1,2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+(Eastern|Pacific|Central|Mountain)"
    # Written out: "6:30 PM Eastern Standard Time".
    r"\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime\b|"
    # A country's or a city's: "22:10 - 23:27 Thailand Time", "9:10 AM Moscow time".
    # Not "Berlin time-series", "UK time zone differences" (review 51).
    rf"\b\d{{1,2}}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+((?:{PLACE_TIME_ALT})\s[Tt]ime)"
    r"(?![-\w]| zones?\b)|"
    # With its offset: "22:08 GMT+1" is an hour ahead of GMT (Statuspage's "07:46 PM GMT+3").
    r"\b\d{1,2}(?::\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|(?:\.\d{2})?\s*[AaPp]\.?[Mm]\.?)\s+"
    # (A zone's IANA name first: "7:42 US/Pacific" is not in "US".)
    r"((?:US|America|Europe|Asia|Australia)/[A-Z][A-Za-z_]{2,20}"
    r"|[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?\b)?)\b"
    # The zone before the time: "beginning from UTC 05:13".
    r"|\b(UTC|GMT)\s+\d{1,2}:\d{2}\b"
    # Four digits of a clock, as operators write it: "Update 1925 BST 28 Mar 2023" (EPCC's
    # ARCHER2 status page), "At 1915 UTC, sequencer throughput ..." (Optimism). Not a year
    # after its day: "on August 16, 2024 UTC".
    # Only after a word that times it (review 58: not "1500 EST users", "Our 2022 PST
    # migration").
    r"|(?:(?<=[Aa]t )|(?<=AT )|(?<=[Uu]pdate )|(?<=[Ss]ince )|(?<=[Ff]rom )|(?<=[Uu]ntil )"
    r"|(?<=[Bb]y )|(?<=[Tt]o )|(?<=[Aa]nd ))(?:[01]\d|2[0-3])[0-5]\d\s+(UTC|GMT|[A-Z]{1,3}[SD]?T)\b"
    # In parentheses after a time or a day: "06:15 on November 28, 2025 (UTC)", "17:30 (UTC+8)",
    # by its IANA name too: "2026-06-03 00:21 (Asia/Shanghai)" (search-mcp's report), "August
    # 12, 2026 (America/Chicago)" (Quotrons').
    # In either form of parentheses, after Japanese and Chinese "about": "16:18頃 （UTC+9）"
    # (LINE's outage notice), "14:00左右 (UTC+8)".
    r"|\d\**(?:頃|ごろ|左右)?\s*[(（]((?:US|America|Europe|Asia|Australia|Africa|Pacific)/"
    r"[A-Z][A-Za-z_]{2,20}|[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)[)）])"
)


#: "All times are in PST", "All times in UTC", "All times are in Eastern Time": the zone a
#: report declares. A region's name is read as the prose's "1:20 PM Eastern Time" is (upper
#: case), so that the writer's statement of that zone reads back as it.
_ALL_TIMES_WORDS = (
    # "All timestamps in UTC", as incident.io's exported post-mortems write it.
    # After a letter no more: "_All times in EDT_" in underscore emphasis, as "*...*" was.
    r"(?<![^\W_])all\s+(?:times|timestamps|time\s+stamps)\s+"
    # "All times below are UTC", "All times in this report are in CET".
    r"(?:(?:below|here|in\s+this\s+(?:report|document|post))\s+)?"
    r"(?:are\s+|listed\s+|given\s+|shown\s+)?"
    r"(?:in\s+)?(?:US\s+|U\.S\.\s+)?"
    # A zone's IANA name too: Google Cloud's reports say "(all times are US/Pacific)".
    # The region alone, closing the sentence: "All times are Pacific.", "(all times Eastern)".
    r"(?:(Eastern|Pacific|Central|Mountain)(?:\s+time\b|(?=[ \t]*(?:[.,;:)*_\n]|$)))|"
    r"((?:US|America|Europe|Asia|Australia)/"
    # A zone written out: "All times are Greenwich Mean Time" (the names of timestamps.ZONES).
    r"[A-Za-z_]{3,20}|"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ZONES if k.endswith(" time"))
    + r"|[A-Za-z]{2,5})(?![A-Za-z]))"
)
# (The lookahead lets the engine skip to an "a": this searches the whole text.)
_ALL_TIMES = re.compile("(?=[a])" + _ALL_TIMES_WORDS, re.I)
#: A paragraph that only states the zone ("All times are in UTC."): no summary.
_ZONE_STATEMENT = re.compile(rf"[*_]{{0,2}}{_ALL_TIMES_WORDS}\.?[*_]{{0,2}}\s*", re.I)


def zone_statement(name: str) -> str:
    """The sentence the writer states a report's zone with, read back as ``name``."""
    region = _ALL_TIMES.fullmatch(f"all times in {name} time")
    if region is not None and region.group(1):
        return f"All times are in {name.title()} Time."
    return f"All times are in {name}."


def _declares_zone(text: str) -> bool:
    """Whether the text states its zone in words ("All times in PST")."""
    m_ = _ALL_TIMES.search(text)
    return m_ is not None and (bool(m_.group(1)) or zone(m_.group(2)) is not None)


_LINE_LEAD = re.compile(r"[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*")


def _line_stamps(text: str, dayfirst: bool) -> list[Stamp]:
    """The stamps the text's lines open with, after a list's or a quote's marker: a status
    page's entries, whether they name their zone (then theirs, not the page's) and where
    they fall against the page's own instants (``_body_clock_fits``)."""
    out = []
    for line in text.splitlines():
        rest = line[_LINE_LEAD.match(line).end() :]  # type: ignore[union-attr]
        hit = split_stamp(rest)
        if hit is not None:
            out.append(read_stamp(rest[hit[0] : hit[1]], dayfirst=dayfirst))
    return out


def _body_clock_fits(stamps: Sequence[Stamp], data: Any, body_zone: str | None) -> bool:
    """Whether the zone the body's prose names (``body_zone``: "At approximately 10:29am EST,
    we reached the limit") puts the body's dated entries inside the window the front matter
    states in UTC, where UTC does not: dddice's cState post-mortem, its front matter at
    15:45Z-17:10Z and its entries "2023-02-15 10:29 AM" to "12:09 PM" on the Eastern clock.
    Evidence over position: an update's "ETA 03:30 PT" names a zone in passing, and there
    the entries read in UTC fit the window as well or better."""
    tz = zone(body_zone) if body_zone else None
    if tz is None or not isinstance(data, dict):
        return False
    # The page's own instants, its opening and its resolution at least: an opening alone
    # gives no window a log of several hours would fit on either clock.
    values = [by_name(data).get("date")]
    values += [v for k, v in data.items() if FRONT_MATTER_INSTANTS.get(key_words(str(k)))]
    stated = [at for v in values if (at := _fm_datetime(v)) is not None and at.tzinfo is not None]
    if len(stated) < 2 or max(stated) - min(stated) < _FITS_WITHIN:
        return False
    lo, hi = min(stated) - _FITS_WITHIN, max(stated) + _FITS_WITHIN
    naive = [
        dt.datetime.combine(st.date, st.time)
        for st in stamps
        if st.date is not None and st.time is not None and st.zone is None
    ]
    if not naive:
        return False

    def fits(z: dt.tzinfo) -> int:
        return sum(lo <= at.replace(tzinfo=z) <= hi for at in naive)

    utc = dt.timezone.utc
    if any(abs(at.replace(tzinfo=utc) - s) < _SAME_MINUTE for at in naive for s in stated):
        return False  # an entry at the page's own opening or resolution: the page's clock
    # Most entries outside the window on UTC and most inside on the named zone: a log that
    # goes on past the resolution ("monitoring" updates) fits either clock in part.
    return 2 * fits(tz) > len(naive) > 2 * fits(utc)


#: How far outside the front matter's stated instants an entry may fall and still fit them.
_FITS_WITHIN = dt.timedelta(hours=1)
_SAME_MINUTE = dt.timedelta(minutes=1)


def _status_page_zone(data: Any) -> str | None:
    """ "UTC" for status-page front matter (see ``opens_by_date``) whose opening "date" is
    written in UTC ("date: 2024-02-16T09:28:00.000Z"), else None."""
    if not isinstance(data, dict) or not _status_front_matter(data):
        return None
    return "UTC" if _front_matter_offset(data) == "UTC" else None


def _front_matter_offset(data: Any) -> str | None:
    """The offset the front matter's date is written with ("date: "2020-05-26 23:00:00
    +0800"", USTCLUG's notices; "date: 2021-02-11 13:30:00+00:00", JASMIN's news posts), as
    the zone of a report whose body names none: the post's author wrote its times on the
    same clock. None when the date has no offset."""
    if not isinstance(data, dict):
        return None
    opened = _fm_datetime(by_name(data).get("date"))
    if opened is None or opened.utcoffset() is None:
        # Without a dated post, a key event's ("detected_at: 2026-09-09T18:40:00-03:00"):
        # the same author's clock.
        keyed = (
            _fm_datetime(v) for k, v in data.items() if FRONT_MATTER_INSTANTS.get(key_words(str(k)))
        )
        opened = next((at for at in keyed if at is not None and at.utcoffset() is not None), opened)
    offset = opened.utcoffset() if opened is not None else None
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_OFFSET_MENTION = re.compile(r"(?:UTC|GMT)\s?[+\-\u2212]\s?\d")


def _report_zone(text: str) -> str | None:
    """The zone a report declares ("All times in PST"), or the one zone its times are given in."""
    m_ = _ALL_TIMES.search(text)
    if m_ and m_.group(1):
        return m_.group(1).upper()
    if m_ and zone(spelled := " ".join(m_.group(2).split())) is not None:
        return spelled
    # A line that names its zone as an offset, in any language ("Время сервера UTC+5 (в
    # скобках — из логов, которые пишутся в UTC)"): over the zone the bracketed log times
    # name.
    for mm in _OFFSET_MENTION.finditer(text):
        start = text.rfind("\n", 0, mm.start()) + 1
        end = text.find("\n", mm.end())
        named_line = zone_line(text[start : end if end >= 0 else len(text)].strip())
        if named_line is not None:
            return named_line
    # Otherwise, when every "18:52 UTC"-style time in the prose names the same zone, that one.
    # Each as (name, where): an IANA name keeps its case ("Asia/Shanghai").
    found = [
        (_zone_as_named(name), z.start())
        for z in _NAMED_ZONE.finditer(text)
        if zone(name := z.group(z.lastindex or 0)) is not None
    ]
    named = {name for name, _ in found}
    if len({zone(n) for n in named}) > 1:
        # The same times again in another zone, in parentheses after each: "10:21–10:31 CET
        # (09:21–09:31 UTC)" (MarkAI's report), "13:14 EDT (17:14 UTC)" (PyPI's), "06:58 UTC
        # (08:58 CEST)" (AsyncAPI's). The zone the times are written in is the report's.
        named = {n for n, at in found if not _CONVERSION_BEFORE.search(text, max(0, at - 40), at)}
    if len({zone(n) for n in named}) == 1:
        name = sorted(named)[0]
        if name.lower() in _PLACE_TIMES and _OWN_OFFSET.search(text):
            # A place's time said in passing ("Service is expected to return by 6:00 PM
            # Philippine time", Furries PH's status page) is weaker evidence than stamps
            # that write their offset ("### 2026-09-13T05:35:00Z", "startedAt: ...Z"):
            # those keep theirs, and the report names no zone of its own.
            return None
        return name
    return None


def _key_event_fields(reader: Reader, found: Sequence[re.Match[str]]) -> None:
    """Each key event of a nested key-event list ("  - First detected: ...") as its field."""
    for ke in found:
        path = reader.path_for(ke.group("k"), None)
        if path is not None:
            reader.assign(path, ke.span("v"))


def _zone_as_named(name: str) -> str:
    """A zone named in the prose as the report keeps it: an IANA name in its case
    ("Asia/Shanghai"), a place's time as written with "Time" ("Moscow Time"), an
    abbreviation in capitals ("UTC")."""
    if "/" in name:
        return name
    if name.lower() in _PLACE_TIMES:
        return f"{name[:-4]}Time"
    return name.upper()


#: The zones named as a place's time ("thailand time"), in lower case.
_PLACE_TIMES = frozenset(f"{p} time" for p in PLACE_ZONES)
#: A stamp that writes its own offset: "2026-09-13T05:35:00Z", "2021-02-11 13:30:00+00:00".
_OWN_OFFSET = re.compile(r"\d[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b")


#: What stands before a time written again in another zone: a parenthesis opened after a
#: time, then only times ("(09:21–" before "09:31 UTC)").
_CONVERSION_BEFORE = re.compile(
    # A time with its zone ("10:21–10:31 CET", "1:14 PM EDT"), not a date or a build's number.
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z][a-z]+/[A-Za-z_]+)[*_]{0,2}\s*"
    r"\(\s*~?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:[-–—]|to)\s*)?$"
)


#: A digit a date may start at, or whose blanks before it a month's name may: one of at most
#: four digits before a mark ("-", "/", ".", ",", "–"), "年" or "년", blanks and a dash, or
#: one of at most two before an ordinal's "st", "nd", "rd", "th" or blanks and a month's
#: name or a digit (what each of ``_DATE_ANY``'s alternatives needs there; the tests hold
#: ``first_date`` to ``parse_date`` on the corpus and generated text). Digits inside longer
#: runs ("x00000001", ids, hashes, figures) and before words ("10 users") are not tried.
_DATE_DIGIT = re.compile(
    r"\d(?=\d{0,3}(?:[^\w\s]|\s*[\u5e74\ub144]|\s+[-\u2013]\s*\d)"
    r"|\d?(?:st|nd|rd|th|\s+[jfmasond\d]))",
    re.IGNORECASE,
)
#: The characters a month name may start with, in any case (re's IGNORECASE also takes the
#: long s for "s"; a test holds this to the pattern).
_MONTH_FIRST = frozenset("jfmasondJFMASOND\u017f")


def first_date(text: str, start: int, dayfirst: bool) -> dt.date | None:
    """``parse_date(text[start:])``, the first calendar date from ``start`` on, found from
    the digits.

    ``parse_date`` searches with a pattern of four alternatives, one of them the month names
    in any case, tried at every character: about 0.4 us a character, a quarter of marko's
    time on a short report with no date. Every date it reads holds a digit, and starts at a
    digit or at a month name that a "." and blanks separate from the first digit after it;
    those few places are tried in text order, so the first that reads is the first date.
    A digit no date can start at or follow blanks at is skipped (``_DATE_DIGIT``): a month
    name's date has no digit before its first, so skipping one finds no other date.
    """
    prev = start - 1
    for d in _DATE_DIGIT.finditer(text, start):
        q = d.start()
        w = q
        while w > prev + 1 and text[w - 1].isspace():
            w -= 1
        if w < q:  # blanks before the digit: "May 30, 2019" may start before them
            ends = (w, w - 1) if text[w - 1] == "." else (w,)
            for s in sorted({s for e in ends for s in range(e - 9, e - 2) if s > prev}):
                if s >= start and text[s] in _MONTH_FIRST and _DATE_ANY.match(text, s):
                    return _date_at(text, start, s, dayfirst)
        if _DATE_ANY.match(text, q):
            return _date_at(text, start, q, dayfirst)
        prev = q
    return None


def _comment_blocks(text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """The spans of the HTML blocks that are comments (CommonMark's second kind, opening its
    line with "<!--", to its "-->" or the text's end), as the block reader found them: not a
    "<!--" inside a line or a code span, which is the text's own."""
    return [
        b.span
        for b in blocks
        if b.kind == "html" and text[b.span[0] : b.span[1]].lstrip(" ").startswith("<!--")
    ]


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` blanked, their line breaks kept: offsets stay
    those of ``text``."""
    if not spans:
        return text
    parts: list[str] = []
    done = 0
    for start, end in spans:
        parts += [text[done:start], _BLANK_BUT_BREAKS.sub(" ", text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


_BLANK_BUT_BREAKS = re.compile(r"[^\n]")


def _first_incident_date(text: str, start: int, dayfirst: bool) -> dt.date | None:
    """The first date of the text that is not on a line dating the document itself ("> *Last
    Update: May 4, 2025 @ 1945 CEST*" above "On April 28, 2025, ..."): the day entries that
    give only a time are on."""
    for line in _revision_line().finditer(text, start):
        got = first_date(text[: line.start()], start, dayfirst)
        if got is not None:
            return got
        start = line.end()
    return first_date(text, start, dayfirst)


@lru_cache(maxsize=1)
def _revision_line() -> re.Pattern[str]:
    words = "|".join(REVISION_WORDS)
    return re.compile(rf"(?im)^[^\w\n]{{0,8}}(?:{words})\b[^\n]*")


def _date_at(text: str, start: int, at: int, dayfirst: bool) -> dt.date | None:
    """``parse_date`` of the first date, found at ``at``: from a little before it, where the
    range it may end ("from April 6 to April 11, 2023") starts."""
    return parse_date(text[max(start, at - 40) :], dayfirst=dayfirst)


def _timeline(
    report: m.Report,
    doc: Document,
    text: str,
    roots: list[Node],
    preamble: list[Block],
    dayfirst: bool,
    zname: str | None,
    named_once: dt.date | None = None,
    published: dt.date | None = None,
    comments: Sequence[tuple[int, int]] = (),
) -> list[m.TimelineEvent]:
    """Read the timeline into the report; return the rows that are only template slots.
    ``named_once`` is the report's day when it came from the title, ``published`` the post's
    own when the report's was moved from it (``Reader.published``), ``comments`` the spans of
    the HTML comments (``_comment_blocks``)."""
    base = report.metadata.date
    if (
        base is not None
        and published is None  # not already the day before the post's
        and any(
            incident_on_previous_day(t) for t in [report.title or "", *_opening(text, preamble)]
        )
    ):
        # "Post-mortem from last night's outage" dated the morning after: the entries that
        # give only a time are on the day before (Rollbar's post). The prose's "at 15:43
        # IST yesterday" is read with its time (``previous_day_said``).
        base -= dt.timedelta(days=1)
    keyed_at: dt.datetime | None = None  # a later key event whose day the entries took
    if base is None:
        # The day of a key event's field: the start's first, else the detection's or another
        # ("detected_at: 2026-09-09T18:40:00-03:00" over "- 08:40 — se declara el blueprint").
        md = report.metadata
        keyed = (md.started_at, md.detected_at, md.mitigated_at, md.repaired_at, md.resolved_at)
        keyed_at = next((at for at in keyed if at is not None), None)
        base = keyed_at.date() if keyed_at is not None else None
        if md.started_at is not None:
            keyed_at = None
    from_text = named_once
    if base is None:
        # The first full date the report mentions anchors entries that give only a time; not
        # one in an HTML comment, a template's guidance or example ("<!-- ... 2019-12-30 /
        # 23:30 A proactive message got sendt out ... -->" over okctl's "Timeline 20.04.22"
        # table, Oslo kommune's post-mortems), which the page does not show.
        base = from_text = _first_incident_date(_blanked(text, comments), doc.body_start, dayfirst)
    tz = zone(zname) if zname else None
    date_field = doc.fields.get("metadata.date")
    named = _day_named(  # one scan, asked by every candidate
        text,
        doc.body_start,
        dayfirst,
        date_field.span if date_field is not None else None,
        from_text,
    )

    # A year alone in the title ("Elevated API errors (2024)") is the year of days written
    # without one ("Mar 14, 17:02 UTC", as a status page shows this year's updates), as the
    # prose reader takes it.
    title_year = re.search(r"\b(?:19|20)\d{2}\b", report.title or "") if base is None else None

    # A timeline of offsets alone ("**T+0**: Unintended release ...", "| +0:05 | ... |") counts
    # them from the start the report's fields state: "**Date and Time**: Mon, 04 Mar 2024
    # 09:08:02 GMT" (Nx), "**Started:** 2025-12-13 02:45 UTC" (Inlock AI).
    stated_start = report.metadata.started_at

    def new_reader() -> TimelineReader:
        r = TimelineReader(text, doc, base, tz, dayfirst, stated_start)
        if title_year is not None:
            r.base_year = int(title_year.group())
        r.day_named = named
        r.zone_name = zname
        return r

    tr = new_reader()
    for node in _outermost(roots, m.SectionKind.TIMELINE):
        tr.read_section(node)
    # A timeline introduced by a key rather than a heading ("* **Incident Timeline:**").
    for blocks in itertools.chain([preamble], (n.blocks for n, _, _ in _walk(roots))):
        for i, b in enumerate(blocks):
            key = trailing_label(text, b)
            if key is None and b.kind == "paragraph":
                # A plain label on its own line, no bold: "Timeline:" over its entries
                # (HackerDom's RuCTF post-mortem).
                raw = text[b.span[0] : b.span[1]].strip()
                if raw.endswith((":", "：")) and "\n" not in raw and len(raw) <= 40:
                    key = raw[:-1]
            if key is None or section_kind(key) is not m.SectionKind.TIMELINE:
                continue
            run: list[Block] = []
            listed = False
            for nb in blocks[i + 1 :]:
                if nb.kind == "heading" or block_has_kv(text, nb):
                    break
                if (
                    listed
                    and nb.kind == "paragraph"
                    and split_stamp(text[slice(*first_line_span(text, nb.span))]) is None
                    and not _timed_list_next(text, blocks, nb)
                ):
                    # Prose after the entries ("below is the upcoming maintenance windows:")
                    # leads into a list of days, not of times: the timeline ended
                    # (MadSciTech's post-mortem). "The following morning:" over more timed
                    # items goes on.
                    break
                listed = listed or nb.kind in ("list", "table")
                run.append(nb)
            before = len(tr.events)
            tr.read_blocks(run, None)
            if len(tr.events) == before:
                # Its entries in a fenced block, as under a timeline's heading: "Timeline:"
                # over "```" / "10:00 UTC - cloud open" (HackerDom's RuCTF post-mortem).
                for nb in run:
                    if nb.kind == "code":
                        tr._fenced_lines(nb, None)
    loose_bullets = True
    if len(tr.events) < 2:
        best, loose_bullets = _best_run(
            text, doc, roots, preamble, new_reader, report.title, days=not tr.events
        )
        if best is not None:
            tr = best
    if not tr.events and loose_bullets:
        tr.read_loose_bullets(doc.body_start, len(text))
    if not tr.events:
        # No timeline of any shape: a list of key events is the report's ("- Exposed: October
        # 5, 21:31 UTC" / "- Detected: ...", LeaveBot's; NAV's "Feil oppdaget: 22.02.2024
        # 13.00" lines under "Tidslinje").
        # Not the lines under the title heading: the report's key fields, as before a heading.
        title = doc.fields.get("title")
        title_at = title.start if title is not None and title.where == "heading" else -1
        every = [
            (b, kind or m.SectionKind.OTHER)
            for n, kind, _ in _walk(roots)
            if n.heading_title is None or n.heading_title[0] != title_at
            for b in n.blocks
        ]
        lines = tr.read_key_events(every)
        # Each entry owns its line: the field it was also read as is its milestone now.
        for path in [p for p, f in doc.fields.items() if any(a <= f.start < z for a, z in lines)]:
            set_path(report, path, None)
            del doc.fields[path]
    if keyed_at is not None:
        _before_the_key_event(tr.events, keyed_at)
    # A row or item that is only template slots ("| HH:MM | [When the issue started] |") is no
    # event: it stays in the text and in report.placeholders.
    slots = [e for e in tr.events if _unfilled(e)]
    tr.events = [e for e in tr.events if not _unfilled(e)]
    if not tr.days_given:
        newest_first_days(tr.events, base)
    flag_dates(tr.events)
    _flag_update_order(tr.events)
    partial_ends(tr.events)
    report.timeline = m.Timeline(
        events=tr.events, timezone=tr.zone_name, newest_first=_newest_first(tr.events, text)
    )
    relapsed_ends(report.timeline.chronological())  # in the order things happened
    if tr.container is None and tr.events:
        tr._container_at(tr.events[-1]._origin.span[1] if tr.events[-1]._origin else len(text),
                         "bullet")  # fmt: skip
    if tr.container is not None and tr.events:
        tr.container.time_format = (
            tr.events[-1]._origin.time_format if tr.events[-1]._origin else "%H:%M"
        )
    if tr.container is not None and slots and not tr.events:
        tr.container.time_format = slots[-1]._origin.time_format if slots[-1]._origin else "%H:%M"
    doc.event_slots = slots
    doc.event_container = tr.container
    doc.events = list(tr.events)
    if report.timeline.timezone is None:
        for node in _outermost(roots, m.SectionKind.TIMELINE):
            z = declared_zone(node.title)
            if z:
                report.timeline.timezone = z
    return slots


def _before_the_key_event(events: list[m.TimelineEvent], keyed: dt.datetime) -> None:
    """Entries laid from the day of a later key event's field ("detected_at: 2026-09-10T01:10"
    over "23:40", "23:55", "01:10"), that begin after that event, began the day before it: the
    first entry cannot follow the detection it led to. Only entries whose stamps name no day."""
    timed = [e for e in events if e.at is not None]
    if not timed or any(parse_date(e.time_text) is not None for e in timed):
        return
    first = timed[0].at
    assert first is not None
    if (first.tzinfo is None) != (keyed.tzinfo is None) or first <= keyed:
        return
    day = dt.timedelta(days=1)
    if not any(e.at is not None and e.at - day == keyed for e in timed):
        return  # no entry is the key event a day earlier: the entries tell another story
    for e in timed:
        shift_event(e, -day)


def _opening(text: str, preamble: Sequence[Block]) -> list[str]:
    """The first two paragraphs or quotes before the first heading, not fields: a post's
    opening, where it says which day it tells of."""
    prose = [b for b in preamble if b.kind in ("paragraph", "quote")]
    kept = [b for b in prose if not block_has_kv(text, b)][:2]
    return [text[b.span[0] : min(b.span[1], b.span[0] + 400)] for b in kept]


def _day_named(
    text: str,
    body_start: int,
    dayfirst: bool,
    field: tuple[int, int] | None = None,
    first: dt.date | None = None,
) -> Callable[[dt.date], bool]:
    """Whether the body's prose names a day ("On Oct 10, 2017"). Read only when asked: it
    scans the whole text, and only a timeline whose first date contradicts the report's asks.
    The report's own "Date" field (``field``) is not a second naming of its day, nor the
    first date of the text when that is where the report's day came from (``first``: "# 2022-
    01-27, pod limit reached" over a timeline of 2022-06-02 names its day once)."""
    named: dict[dt.date, int] = {}
    done = [False]

    def ask(day: dt.date) -> bool:
        if not done[0]:
            done[0] = True
            for mm in _OPENING_DAY.finditer(text, body_start, body_start + 200_000):
                if field is not None and field[0] <= mm.start() < field[1]:
                    continue
                d = parse_date(mm.group(), dayfirst=dayfirst, base_year=day.year)
                if d is not None:
                    named[d] = named.get(d, 0) + 1
        return named.get(day, 0) > (1 if day == first else 0)

    return ask


def _unfilled(event: m.TimelineEvent) -> bool:
    """An entry whose stamp and text are both unfilled template slots."""
    if event.at is not None or event.time is not None or event.date is not None:
        return False
    stamp = event.time_text.strip().strip("`*_[]{} ")
    stamp_unfilled = not stamp or is_placeholder(event.time_text) or stamp.lower() in _SLOT_WORDS
    return stamp_unfilled and (not event.text.strip() or is_placeholder(event.text))


#: Column words a template writes where a time goes ("| Time | [Event] |").
_SLOT_WORDS = {"time", "timestamp", "date", "hh:mm", "???", "tbd", "when"}


#: The shapes of status-page updates (known by their openers, by their time alone on their
#: last line, or on a line of its own above them).
_UPDATE_SHAPES = (
    "status-update", "trailing-stamp", "stamp-line", "posted", "posted-update", "labelled-update"
)  # fmt: skip
#: Updates known as such by what opens them (Statusfy's and cState's markup, a "Posted" line
#: under a status label): one is a timeline alone.
_UPDATE_OPENERS = ("status-update", "posted-update")


def _all_updates(events: Sequence[m.TimelineEvent]) -> bool:
    """Whether every entry is a status update (by its opener, or its time alone at its end)."""
    return all(e._origin is not None and e._origin.shape in _UPDATE_SHAPES for e in events)


def _flag_update_order(events: Sequence[m.TimelineEvent]) -> None:
    """Flag the one status update whose stamp falls outside the span of the first and the last.

    A status page stamps each update as it is posted, so its updates are in order, newest
    first or oldest first; one that is not (flathub's "2024-05-14 05:30" between a
    "2024-05-15 17:50" and a "2024-05-14 19:00" below it) is a slip of the hand in a
    hand-kept page (cState's files). Only where the others are in order without it."""
    if not events or not _all_updates(events):
        return
    dated = [e for e in events if e.at is not None and e.date is not None and e.flag is None]
    if len(dated) < 3 or len({e.at.tzinfo is None for e in dated if e.at}) != 1:
        return
    ats = [e.at for e in dated if e.at is not None]
    lo, hi = min(ats[0], ats[-1]), max(ats[0], ats[-1])
    if lo == hi:
        return
    out = [k for k in range(1, len(ats) - 1) if not lo <= ats[k] <= hi]
    if len(out) != 1:
        return
    rest = [a for k, a in enumerate(ats) if k != out[0]]
    down = ats[0] > ats[-1]
    if not all((a >= b) if down else (a <= b) for a, b in itertools.pairwise(rest)):
        return
    odd = dated[out[0]]
    assert odd.at is not None
    odd.flag = (
        f"{odd.at.strftime('%Y-%m-%d %H:%M')} falls outside the updates around it "
        f"({lo.strftime('%Y-%m-%d %H:%M')} to {hi.strftime('%Y-%m-%d %H:%M')}): "
        "status updates are stamped in the order they are posted"
    )


#: cState's shortcode opening an entry: '{{< track "2023-09-09 02:34:00" >}} - All production
#: resources are back up' (K-State Libraries' status page), a status page's own stamp.
_TRACK_HEAD = re.compile(r"[ \t]*(?:[-*+][ \t]+)?\{\{<[ \t]*track\b")


def _newest_first(events: Sequence[m.TimelineEvent], text: str) -> bool:
    """Whether a timeline is written newest first: three or more dated entries, each no later
    than the one above it (status-page updates: "Resolved", "Monitoring", "Investigating")."""
    ats = [e.at for e in events if e.at is not None and e.date is not None and e.flag is None]
    if not ats and all(e.time is None for e in events):
        # Entries known to the day alone ("## Update 2021-07-15" over each day's words): by
        # their days, each before the one above it (two entries of one day in a log written
        # oldest first, and a last one of background from the day before, tell no order).
        days = [e.date for e in events if e.date is not None and e.flag is None]
        return len(days) >= 3 and all(a > b for a, b in itertools.pairwise(days))
    # Status-page updates (known by their openers, by their time alone on their last line,
    # by a status page's shortcode opening them, or by an "Update" label in any language read:
    # "Mise à jour de 18h15 : ..." over "Mise à jour de 17h55 : ...", flus) need only two to
    # tell their order.
    updates = _all_updates(events) or (
        bool(events)
        and all(
            e._origin is not None
            and (
                _TRACK_HEAD.match(text, e._origin.start) is not None
                or update_lead(text, e._origin.start)
            )
            for e in events
        )
    )
    if len(ats) < (2 if updates else 3) or len({a.tzinfo is None for a in ats}) != 1:
        return False
    if ats[0] <= ats[-1]:
        return False
    # One step up in five or fewer, over six entries or more, is a slip of that log (a time
    # read across midnight the way an oldest-first log would be), not its order: an
    # incident history's updates over two years, newest first, one of them "(1:00 UTC)"
    # under "May 26 - 27th" (OpenProject's cloud status page).
    up = sum(a < b for a, b in itertools.pairwise(ats))
    return up == 0 or (len(ats) >= 6 and up * 5 <= len(ats) - 1)


def _best_run(
    text: str,
    doc: Document,
    roots: list[Node],
    preamble: list[Block],
    new_reader: Callable[[], TimelineReader],
    title: str | None = None,
    *,
    days: bool = True,
) -> tuple[TimelineReader | None, bool]:
    """The report's timeline when no timeline heading gave one: the best run of stamped entries.

    Any run of two or more sibling entries that begin with a stamp (list items, table rows,
    paragraphs, lines) or are headed by one (one heading per entry) is a candidate, wherever it
    sits. Each section's own blocks are one candidate, and so are a section's stamped
    subsection headings. The candidate with the most stamped entries wins; a heading that
    names a timeline ("Containment Timeline", "Chronology") counts as evidence for its run.
    Status updates are one timeline wherever they are: when they win, those of every section
    whose entries are all updates are read together (a status page heads each update).
    Quotes (chat logs) and code blocks (log lines) are never read as entries, except a quote
    that is a status update pasted with its time alone on its last line.

    Also tells whether any bullet opens with a full date and time (the loose bullets): when
    none does, reading them again finds nothing, and on a long list that reading is slow.
    Without ``days``, a log of days (``_day_runs``) is no candidate: a timeline's section
    gave an entry.
    """
    best: TimelineReader | None = None
    best_score = 0.0
    # Blocks whose entries are all status updates, each list read on its own.
    update_runs: list[tuple[Sequence[Block], str]] = []

    def trial(
        blocks: Sequence[Block], node: Node | None, alone: bool = False, timed: bool = False
    ) -> None:
        nonlocal best, best_score
        if not blocks and (node is None or not node.children):
            return  # nothing to read: no entries (most headings of a text of headings)
        cand = new_reader()
        cand.label = node.title if node is not None else None
        # A day's heading over one heading of a time of that day ("2021-06-22" over "### 12:22
        # UTC", bentasker's status log once an update is deleted) is that day's one entry.
        day_of_one = node is not None and _day_over_one_time(node)
        whole = node is not None and (
            timeline_hint(node.title) or _stamped_children(node) >= 2 or day_of_one or alone
        )
        if whole:
            assert node is not None
            cand.read_section(node)
        else:
            if node is not None:
                cand.take_day_of(node.title)
                cand.take_zone_of(node.title)
            cand.read_blocks(blocks, None)
        # A status-page update counts whatever its words (a language written without spaces
        # has no "two words"), and one is a timeline: its opener cannot be anything else.
        # So is an update its label opens ("Update 02:24 UTC: we found the issue").
        updates = sum(
            1
            for e in cand.events
            if e._origin is not None
            and (
                e._origin.shape in _UPDATE_OPENERS
                or (
                    e._origin.shape in ("paragraph", "bullet")
                    and update_lead(text, e._origin.start)
                )
            )
        )
        # A status label's update whose time closes its words counts with others only.
        labelled = sum(
            1 for e in cand.events if e._origin is not None and e._origin.shape == "labelled-update"
        )
        if (updates or labelled) and updates + labelled == len(cand.events) and not whole:
            update_runs.append((blocks, node.title if node is not None else ""))
        stamped = updates + sum(1 for e in cand.events if _told(e) and e._origin is not None
                                and e._origin.shape not in _UPDATE_OPENERS)  # fmt: skip
        # One entry is enough under a heading that names a timeline ("Detailed timeline").
        hinted = (
            (node is not None and (timeline_hint(node.title) or day_of_one))
            or alone
            or _led_in(text, blocks)
        )
        if (
            (stamped < 2 and not updates and not (hinted and stamped))
            or 2 * stamped < len(cand.events)
            or (timed and not _mostly_timed(cand.events))
        ):
            doc.records -= len(cand.events)  # dropped: its records are no longer held
            return
        score = stamped + (stamped if node is not None and timeline_hint(node.title) else 0)
        if score > best_score:
            if best is not None:
                doc.records -= len(best.events)
            best, best_score = cand, score
        else:
            doc.records -= len(cand.events)

    trial(preamble, None)
    for node, _kind, _parent in _walk(roots):
        trial(node.blocks, node)
    # Top-level sections headed by their stamps are entries too, as subsections are: a status
    # post's "## Investigating 2025-01-04 9:27a", "## Resolved 2025-01-04 4:00p" (UC Berkeley
    # SCF's Quarto posts; cState and Statusfy exports).
    # Headings of days alone ("## December 5, 2023" over a log's entries) are not entries.
    timed = sum(1 for r in roots if _heading_time(r.title))
    # A day's update under its label, two or more ("## Update 2021-07-15" over that day's
    # prose, Safespring's daily restore log): each the day's one entry.
    # Most of the report: two "## Update" addenda after a report's own sections are
    # follow-ups to it, not its log.
    daily = [r for r in roots if _update_day_heading(r.title)]
    if timed == 0 and len(daily) >= 2 and 2 * len(daily) > len(roots):
        trial((), Node(0, "", daily[0].start, 0, children=daily))
    elif timed >= 2:
        trial((), Node(0, "", roots[0].start, 0, children=roots))
    elif timed == 1 and (labelled := [r for r in roots if _status_heading(r.title)]):
        # One status update left of such a post ("## Resolved 2025-02-07 12:28a" once its
        # "Investigating" is deleted) is a timeline alone, as one labelled update is.
        trial((), Node(0, "", labelled[0].start, 0, children=labelled), alone=True)
    elif timed == 1 and len(roots) == 1 and title:
        # A report titled by its day alone with one section headed by a time alone: that
        # day's one entry (as under a day's heading within the report).
        titled = Node(0, title, roots[0].start, 0, children=roots)
        if _day_over_one_time(titled):
            trial((), titled)
    for run in _day_runs(roots) if days else ():
        # A log of days: sibling sections each headed by a day alone, two or more of them
        # over entries ("## Dec. 12, 2018" over "**Dec. 12, 3:38 p.m.** — ...", Mass.gov's
        # CMS status updates; "### January 15-16, 2026" over an incident's updates, UCSF
        # Wynton's incident log): one timeline, as under a timeline's heading, not the best
        # of its days. Entries with their times, most of them: a log of days over prose
        # alone ("## December 5, 2023" over an incident's story, Notional's reports) or
        # over parts of days ("## 2024年4月13日晚上", Capchdo's outage log) is a list of
        # incidents, not one timeline.
        # Not over a timeline's section that gave an entry (``days``): a log of follow-ups
        # by day after "## Timeline" is not the incident's timeline (review 54).
        trial((), Node(0, "", run[0].start, 0, children=run), timed=True)
    first = best.events[0]._origin if best is not None and best.events else None
    if len(update_runs) >= 2 and (
        first is None or first.shape in (*_UPDATE_OPENERS, "labelled-update")
    ):
        # A status page that heads each update ("## Update", "## Postmortem", each ending with
        # its stamp) has one update a section: they are one timeline, in the order written.
        # Read apart, each would be a timeline of one, the first winning the tie, and deleting
        # it would make the next one the timeline.
        joined = new_reader()
        for blocks, label in update_runs:
            joined.label = label  # "## Resolved": the label of its update
            joined.read_blocks(blocks, None)
        if best is None or len(joined.events) > len(best.events):
            best, best_score = joined, float(len(joined.events))
    # Bullets that open with a full date and time at any depth, across interruptions (a code
    # block between two halves of a list).
    loose = new_reader()
    loose.read_loose_bullets(doc.body_start, len(text))
    # The bullets found do not depend on the reader's state: none here means none anywhere.
    # Not when the best run already holds every one of them, and more: "* On Sep 29 2023 at
    # 14:00, ..." bullets beside an "* At 17:30 we ..." one are one list.
    held = best is not None and {e.line for e in loose.events} <= {e.line for e in best.events}
    if sum(1 for e in loose.events if _told(e)) > best_score / 2 and not held:
        return loose, True
    return best, bool(loose.events)


#: A word between blanks, in quotes, brackets or emphasis, or before a stop ("**Conexión
#: Inicial**", "alerted,"): the marks are no part of it. Letters, or hyphened parts each of
#: letters, one digit at most after them ("Post-switch", "IPv4-preflight", "re-deployed");
#: not a hash, an address or a name with numbers ("comdex1c36py", "api-7d9f8b-xkzq2",
#: "us-east-1").
_WORD = re.compile(r"(?<!\S)[(\"'¡¿]*[^\W\d_]{2,}\d?(?:-[^\W\d_]{2,}\d?)*[.,:;!?)\"']*(?!\S)")
_EMPHASIS = str.maketrans("", "", "*_`~")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _told(event: m.TimelineEvent) -> bool:
    """A stamped entry that says something: a stamp and at least two words. A row of a data
    table ("12:50:10 | comdex1c36py...") or a date heading's leftover is no event."""
    if event.at is None and event.time is None and event.date is None:
        return False
    # Japanese and Chinese write without spaces between words ("開発チーム対応を開始"): a few
    # of their characters say as much as two words.
    head = event.text[:200].translate(_EMPHASIS)
    return len(_WORD.findall(head)) >= 2 or len(_CJK.findall(head)) >= 3


def _status_heading(title: str) -> bool:
    """Whether a heading is a status update's label and its time ("Resolved 2025-01-04
    4:00p", "Investigating 2025-02-06 11:30p")."""
    words = normalize(title).split()
    return bool(words) and words[0] in STATUS_UPDATE_LABELS and _heading_time(title)


def _update_day_heading(title: str) -> bool:
    """Whether a heading is an update's label and a day alone ("Update 2021-07-15")."""
    words = normalize(title).split()
    if not words or words[0] not in STATUS_UPDATE_LABELS:
        return False
    st = _heading_stamp(title)
    return st is not None and st.date is not None and st.time is None


def _heading_time(title: str) -> bool:
    """Whether a heading opens with a stamp that gives a time ("Resolved 2025-01-04 4:00p")."""
    st = _heading_stamp(title)
    return st is not None and st.time is not None


def _heading_stamp(title: str) -> Stamp | None:
    """The stamp a heading opens with, its label before it ("Resolved 2025-01-04 4:00p"), or
    None."""
    head = split_stamp(title, labelled=True)
    return read_stamp(title[head[0] : head[1]]) if head is not None else None


def _timed_list_next(text: str, blocks: Sequence[Block], b: Block) -> bool:
    """Whether the block after ``b`` is a list whose first item opens with a time of day."""
    nxt = next((nb for nb in blocks if nb.span[0] > b.span[0]), None)
    if nxt is None or nxt.kind != "list" or not nxt.items:
        return False
    ls, le = first_line_span(text, nxt.items[0].body)
    line = text[ls:le]
    head = split_stamp(line)
    return head is not None and read_stamp(line[head[0] : head[1]]).time is not None


def _led_in(text: str, blocks: Sequence[Block]) -> bool:
    """Whether a list among ``blocks`` follows a line that names it a log of updates or a
    timeline ("Updates:" over "- 12:24:02 UTC: ...", packit's cState files; "Timeline:"): one
    entry is a timeline under it, as under a heading that names one."""
    return any(
        b.kind == "paragraph"
        and nb.kind == "list"
        and normalize(text[b.span[0] : b.span[1]].strip(" \t\n*_:")) in UPDATE_LOG_LABELS
        for b, nb in itertools.pairwise(blocks)
    )


def _day_over_one_time(node: Node) -> bool:
    """Whether a heading that is a day alone has one subsection, headed by a time alone."""
    if len(node.children) != 1 or not node.title:
        return False
    day, child = split_stamp(node.title), node.children[0].title
    if day is None or node.title[day[1] :].strip() or not child:
        return False
    at = split_stamp(child)
    if at is None or child[at[1] :].strip():
        return False
    own, sub = read_stamp(node.title[day[0] : day[1]]), read_stamp(child[at[0] : at[1]])
    return own.date is not None and own.time is None and sub.date is None and sub.time is not None


def _mostly_timed(events: Sequence[m.TimelineEvent]) -> bool:
    """Whether two or more of the entries, and at least half of them, give a time."""
    n = sum(1 for e in events if e.time is not None)
    return n >= 2 and 2 * n >= len(events)


def _day_runs(roots: Sequence[Node]) -> list[list[Node]]:
    """The runs of two or more sibling sections, at any depth, headed by a day alone ("##
    Dec. 12, 2018", "### January 15-16, 2026"), of which two or more hold blocks or
    subsections: a log of days (see ``_best_run``)."""
    out: list[list[Node]] = []
    for siblings in itertools.chain([roots], (n.children for n, _, _ in _walk(roots))):
        if len(siblings) < 2:
            continue
        days = [c for c in siblings if _day_title(c.title)]
        if len(days) >= 2 and sum(1 for d in days if d.blocks or d.children) >= 2:
            out.append(days)
    return out


def _day_title(title: str) -> bool:
    """Whether a heading is a day and nothing more (no time, no words)."""
    bare = title.strip(" *_")
    return (
        bare[:1].isalnum()
        and is_stamp(bare)
        and names_a_day(bare)
        and read_stamp(bare).time is None
    )


def _stamped_children(node: Node) -> int:
    """How many subsections of a node are headed by a stamp ("### 14:05", "### {{ 06:10 }}"),
    or a phase of the response that its day closes ("### Phase 2: Separation (January 19)")."""
    # Not the phases of a plan: "## Action Items" over "### Phase 1: Quick wins (March 8)".
    plan = section_kind(node.title) in PLAN_KINDS
    return sum(
        1
        for c in node.children
        if split_stamp(c.title, labelled=True) is not None or (not plan and phase_with_day(c.title))
    )


def _actions(
    report: m.Report,
    doc: Document,
    text: str,
    roots: list[Node],
    preamble: list[Block],
    dayfirst: bool,
    reader: Reader,
) -> None:
    ar = read_actions(text, doc, dayfirst, roots, preamble, reader._placeholder)
    report.action_items = ar.items
    doc.actions = list(ar.items)
    doc.action_slots = ar.slots
    doc.action_container = ar.container


def _one_view(report: m.Report, doc: Document, text: str, reader: Reader) -> None:
    """A text read as records is not also the text of a field: one text, one typed view.

    A section's text read as a field (resolution.text, follow_up.text, a list of prevention
    steps) may hold the list the action reader takes as items. Were it both, an edit of one
    view would leave the other stale (the field's text would no longer say what the items now
    say). The field keeps the prose before the first item; with none, it is not read at all.
    """
    # A key event's time ("### Detection" / "- **Time:** 09:20") is the event's instant; the
    # same line read as detection.time would be a second value of one fact.
    # The few fields are sorted and each stamp looks up those inside it: a set of every
    # event's stamp span weighed ten times a timeline of short entries.
    spans = sorted((fo.span, path) for path, fo in doc.fields.items())
    fstarts = [sp[0] for sp, _path in spans]
    inside: set[str] = set()
    for ev in report.timeline.events if spans else ():
        stamp = ev._origin.field_span("at") if ev._origin is not None else None
        if stamp is None:
            continue
        i = bisect.bisect_left(fstarts, stamp[0])
        while i < len(spans) and spans[i][0][0] <= stamp[1]:
            if spans[i][0][1] <= stamp[1]:
                inside.add(spans[i][1])
            i += 1
    for path in [p for p in doc.fields if p in inside]:
        del doc.fields[path]
        set_path(report, path, None)
    # Timeline entries in a field's text ("# Summary" opening with "- At 3:55 AM UTC-05:00
    # Network halted", Injective's halt notice) and action items alike.
    # Only entries the field's text holds whole: a key event's block ("### Detection" over
    # "- **Time:** 09:20" and "- **Method:** ...") is one entry holding its fields.
    for records, whole in ((report.timeline.events, True), (report.action_items, False)):
        held = sorted(r._origin.span for r in records if r._origin is not None)
        _cut_fields_at(doc, text, reader, held, whole=whole)


def _cut_fields_at(
    doc: Document, text: str, reader: Reader, items: list[tuple[int, int]], *, whole: bool
) -> None:
    """Each field whose text holds one of the records spanning ``items`` (``whole``: all of
    it) keeps only the prose before the first (see ``_one_view``)."""
    if not items:
        return
    starts = [sp[0] for sp in items]
    for path, fo in list(doc.fields.items()):
        s, e = fo.span
        i = bisect.bisect_left(starts, s)
        if not whole and i > 0 and items[i - 1][1] > s:
            i -= 1  # an item that starts before the field's text ("- " before its words)
        if path == "title" or i == len(starts) or starts[i] >= e or (whole and items[i][1] > e):
            continue
        del doc.fields[path]
        kind = FIELD_KINDS.get(path)
        set_path(reader.report, path, [] if kind == "list" else None)
        cut = max(starts[i], s)
        if fo.items is not None:
            before = [it for it in fo.items if it[1] <= cut]
            if before:
                reader.assign(path, (s, before[-1][1]), items=before, marker=fo.marker)
            continue
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        cut = _before_lead_in(text, s, cut)
        if cut > s and kind == "str":
            reader.assign(path, (s, cut))
        elif whole and kind == "str":
            # Entries that open the field's text: it is the prose after them ("> Resolved ...
            # > Dec 05, 2025 - 09:20 UTC" quoted over "A bad config." under "## Root cause").
            last = max(end for start, end in items if s <= start and end <= e)
            after = last
            while after < e and text[after].isspace():
                after += 1
            if after < e and not any(after <= start < e for start in starts):
                reader.assign(path, (after, e))


def _before_lead_in(text: str, start: int, end: int) -> int:
    """Where the prose before a list of actions ends when its last sentence introduces the
    list ("... we apologize. Going forward, we will do the following:"): that sentence is the
    list's, and what makes it a list of actions, so it is not the field's text."""
    if text[end - 1 : end] != ":":
        return end
    para = text.rfind("\n\n", start, end)
    lo = start if para < 0 else para + 2
    ends = [mm.end() for mm in re.finditer(r"[.!?][\s]+", text[lo:end])]
    head = lo + ends[-1] if ends else lo
    hit = INTRO.search(text, head, end)
    if hit is None:
        return end
    if text[hit.start()].isupper():
        head = hit.start()  # "Going forward, ..." opens the sentence even after unended text
    while head > start and text[head - 1].isspace():
        head -= 1
    return head


def _outermost(nodes: Sequence[Node], kind: m.SectionKind) -> list[Node]:
    out: list[Node] = []
    for n in nodes:
        if n.kind is kind:
            out.append(n)
        else:
            out.extend(_outermost(n.children, kind))
    return out
