"""Key/value facts: ``**Key:** value`` lines, ``Key: value`` bullets, labelled blocks, sections.

Every value read keeps the span of its text, so an edit rewrites that text and nothing else.
Values that are unfilled template slots (``[TIMESTAMP]``, ``YYYY-MM-DD``, choice lists such as
``P0 (Critical) / P1 (High)``) become None in the model and are listed as placeholders.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
import sys
import typing
from array import array
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import attrs

from postmortem import model as m
from postmortem._doc import Document, FieldOrigin
from postmortem._text import LIST_MARKER
from postmortem.parsing.blocks import Block, pieces
from postmortem.parsing.evidence import shared_year
from postmortem.parsing.outline import plain_inline
from postmortem.parsing.stated import read_stated
from postmortem.timestamps import (
    parse_date,
    parse_datetime,
    parse_duration,
    read_stamp,
    split_stamp,
    zone,
)
from postmortem.vocabulary import (
    CONTEXT_KEYS,
    DATED_ONLY_KEYS,
    FIELD_KEYS,
    KEY_EVENT_NOT_WORDS,
    KEY_EVENT_NOT_WORDS_CJK,
    KEY_EVENT_WORDS,
    KEY_EVENT_WORDS_CJK,
    OWN_TIME_HEADING_WORDS,
    OWN_TIME_HEADING_WORDS_CJK,
    SEVERITY_WORDS,
    SEVERITY_WORDS_FIRST_ONLY,
    TIME_KEY_WORDS,
    key_words,
    normalize,
    unaccented,
    unspaced,
)

# The value runs to the line's end; ``_value_end`` drops its trailing blanks (and a hard line
# break's backslash) in code: as a lazy repeat in the pattern it cost the regex engine memory
# per character of the value (a 4 KB report with long lines peaked at 45 times its size).
# The full-width colon as the ASCII one: "- **事故日期**：2026-10-07" (bforecast), "**故障时间**：
# 2026-04-12 凌晨00:12" (a Chinese engineer's blog).
_KV_BOLD = re.compile(
    r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,60}?)(?P<c1>[:：]?)[ \t]*(?:\*\*|__)[ \t]*"
    r"(?:\([^)\n]{0,60}\)[ \t]*)?(?P<c2>[:：]?)"
    r"[ \t]*(?P<v>[^\n]*)$"
)
# A key in any alphabet ("Дата: 2026-10-03"); the full-width colon of Chinese and Japanese
# ("日期：2026-07-21") needs no blank after it.
_KV_PLAIN = re.compile(
    # "Issue closed:<strong>2013-05-04 14:20</strong>": no blank before a value in bold tags.
    r"[ \t]*(?P<k>[^\W\d_](?:[^\W_]|[ /&()'’-]){1,50}?)"
    r"(?::[ \t]+|:(?=<(?:strong|b)>)|：[ \t]*)(?P<v>\S[^\n]*)$"
)
_KV_ITALIC = re.compile(r"[ \t]*(?P<m>[*_])(?P<in>[^*_\s][^*_\n]*[^*_\s])(?P=m)[ \t]*")
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,160}\](?!\()|(?<![\w-])[\w-]{0,30}YYYY[\w:-]{0,30}|\bHH:MM\b"
    r"|<[A-Za-z0-9_-]{1,40}>"
)
#: What a line of slots may hold besides them: markup, a list marker, a symbol ("✅") and a
#: short label ending with a colon ("Factor 1:", "All-hands update:"), read by
#: ``_slot_label_line``. (One pattern of the three parts backtracked over a long run of
#: symbols before a word: quadratic time, "- [x] [x] ... x".)
_NOT_WORDS = re.compile(r"[\W_]*")
_SLOT_LABEL = re.compile(r"(?:[^\W_][\w'’-]*[ \t]+){0,3}[^\W_][\w'’-]*[ \t]*[*_`]*:")


def _slot_label_line(line: str) -> bool:
    """Whether a line is only symbols and markup, maybe around one short label."""
    start = _NOT_WORDS.match(line).end()  # type: ignore[union-attr]
    if start == len(line):
        return True
    label = _SLOT_LABEL.match(line, start)
    return label is not None and _NOT_WORDS.fullmatch(line, label.end()) is not None


#: A slot that gives an example ("[e.g., A software bug]"): the text around it is the
#: template's instruction.
_EXAMPLE = re.compile(r"\[[^\]]*\be\.g\.", re.IGNORECASE)


#: Sections whose key/value lines only fill their own group of fields.
_OWN_GROUPS: dict[m.SectionKind, tuple[str, ...]] = {
    m.SectionKind.PREVENTION: ("prevention.",),
    m.SectionKind.LESSONS_LEARNED: ("lessons.",),
    m.SectionKind.WENT_WELL: ("lessons.",),
    m.SectionKind.WENT_WRONG: ("lessons.",),
    m.SectionKind.LUCKY: ("lessons.",),
}

#: List fields whose inline value is a list of names ("Alice, Bob and Carol").
NAME_LISTS = {
    "metadata.owners",
    "metadata.authors",
    "metadata.participants",
    "metadata.affected_services",
    "team.members",
}


def is_placeholder(value: str) -> bool:
    """True when a value is only unfilled template slots ("[Name]", "`[HH:MM]`", "YYYY-MM-DD").

    Slots under labels count as slots ("Factor 1: [Description]", "✅ **[Positive 1]**" over
    "- [Details]"), and so does a template's instruction with its example in a slot ("Describe
    how the incident was resolved. [e.g., system restored]"): a template's text, no value.
    """
    v = value.strip().strip("`").strip()
    if not v:
        return False
    rest = _PLACEHOLDER.sub("", v)
    if rest.strip(" /-,.:;`()") == "":
        return True
    if rest != v and (
        all(_slot_label_line(line) for line in rest.split("\n"))
        or any(_EXAMPLE.match(mm.group()) for mm in _PLACEHOLDER.finditer(v))
    ):
        return True
    # A choice list offered by a template: "P0 (Critical) / P1 (High) / P2 (Medium)".
    parts = [p.strip() for p in v.split(" / ")]
    return len(parts) >= 3 and all(0 < len(p) <= 30 for p in parts)


# ---------------------------------------------------------------------------------------------
# Field types, found once from the model's annotations.


def _kinds() -> dict[str, str]:
    out: dict[str, str] = {"title": "str"}

    def walk(cls: type, prefix: str) -> None:
        hints = typing.get_type_hints(cls, vars(m))
        for a in attrs.fields(cls):
            if a.name.startswith("_"):
                continue
            t = hints[a.name]
            path = f"{prefix}{a.name}"
            if attrs.has(t) and t is not m.Severity:
                walk(t, path + ".")
                continue
            args = typing.get_args(t)
            base = next((x for x in args if x is not type(None)), t) if args else t
            origin = typing.get_origin(t)
            if origin is list or typing.get_origin(base) is list:
                out[path] = "list"
            elif origin is dict:
                out[path] = "dict"
            elif path == "resolution.steps":
                continue  # structured steps: read by the parser's step reader, not as text
            elif base is dt.datetime:
                out[path] = "datetime"
            elif base is dt.date:
                out[path] = "date"
            elif base is dt.timedelta:
                out[path] = "timedelta"
            elif base is m.Severity:
                out[path] = "severity"
            elif base is str:
                out[path] = "str"

    for name in ("metadata", "summary", "details", "impact", "root_cause", "detection",
                 "response", "resolution", "lessons", "prevention", "team", "communication",
                 "follow_up"):  # fmt: skip
        walk(typing.get_type_hints(m.Report, vars(m))[name], name + ".")
    return out


FIELD_KINDS: dict[str, str] = _kinds()


def _parts(path: str) -> tuple[str, ...]:
    # Interned: CPython's attribute lookup cache keeps the name strings it is given, and fresh
    # ones from split() would stay alive there, several kilobytes a report.
    parts = _PATH_PARTS.get(path)
    if parts is None:
        parts = _PATH_PARTS[path] = tuple(sys.intern(p) for p in path.split("."))
    return parts


_PATH_PARTS: dict[str, tuple[str, ...]] = {}


def get_path(obj: Any, path: str) -> Any:
    """The value at a dotted path ("impact.customer.users_affected")."""
    getter = _GETTERS.get(path)
    if getter is None:
        # attrgetter walks a dotted path in C: every dump compares each field with its
        # parse-time value, about a hundred paths a report.
        getter = _GETTERS[path] = operator.attrgetter(".".join(_parts(path)))
    return getter(obj)


_GETTERS: dict[str, operator.attrgetter[Any]] = {}


def set_path(obj: Any, path: str, value: Any) -> None:
    """Set the value at a dotted path."""
    parts = _parts(path)
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


def parse_severity(text: str) -> m.Severity | None:
    """A severity from its text ("P1 (High)", "SEV-2", "Critical"); None if ambiguous."""
    # Without accents: "CRÍTICA", "Élevée".
    folded = unaccented(text.lower())

    # A note in parentheses may name another level ("Alta (impacto bajo en usuarios)",
    # "High (media uploads failing)"): the level outside it, where there is one, is the one.
    # A code's level beside a parenthesis that is a level's word alone ("P2 (High)") is the
    # word's: a code's scale varies between teams, the word says it. A note in words
    # ("P2 (low customer impact)") leaves the code's.
    def tokens(t: str) -> list[str]:
        return re.findall(r"[a-z]+\d*|\d+", t.replace("-", ""))

    words = tokens(re.sub(r"\([^()]*\)", " ", folded))
    coded = [w for w in words if w in SEVERITY_WORDS]
    if coded and all(w[-1].isdigit() for w in coded):
        # One code and one parenthesis only: "P1 (Critical) / P2 (High)" offers a choice.
        notes = [p.strip() for p in re.findall(r"\(([^()]*)\)", folded)]
        if (
            len(coded) == 1
            and len(notes) == 1
            and notes[0] in SEVERITY_WORDS
            and not notes[0][-1].isdigit()
        ):
            words = [notes[0]]
    elif not coded:
        words = tokens(folded)
    # A level word that is also a common English word counts as the value's first word only
    # ("Media" is Spanish for medium; "Social media login broken" names no level).
    words = [w for i, w in enumerate(words) if i == 0 or w not in SEVERITY_WORDS_FIRST_ONLY]
    joined = re.sub(r"[\s_-]+", "", text.lower())
    levels = set()
    for w in words:
        if w in SEVERITY_WORDS:
            levels.add(SEVERITY_WORDS[w])
    for key in ("sev0", "sev1", "sev2", "sev3", "sev4"):
        if key in joined and not levels:
            levels.add(SEVERITY_WORDS[key])
    if len(levels) > 1:
        # "P1 (High)" names one level twice; "Critical/High/Medium/Low" offers a choice.
        first = [SEVERITY_WORDS[w] for w in words if w in SEVERITY_WORDS]
        if len(set(first[:2])) == 1 and len(first) == 2:
            return m.Severity(first[0], text)
        return None
    return m.Severity(next(iter(levels)) if levels else None, text)


def path_for(key: str, context: m.SectionKind | None) -> str | None:
    """The model path a key names in a section of kind ``context``, or None."""
    nk = normalize(key)
    if context is not None:
        hit = CONTEXT_KEYS.get((context, nk))
        if hit:
            return hit
    if context is m.SectionKind.ACTION_ITEMS:
        return None  # "**Owner:**" there is an action item's owner: the action reader's
    path = FIELD_KEYS.get(nk)
    own = _OWN_GROUPS.get(context) if context is not None else None
    if path is not None and own is not None and not path.startswith(own):
        # "1. **Escalation**: ..." in a list of process improvements is a label of that
        # list, not the incident's escalation.
        return None
    return path


def key_event_path(key: str, raw: str, dayfirst: bool) -> str | None:
    """A key event in words no table lists ("Time of Detection", "Service Recovery",
    "OutageFinish"): a short key naming a milestone, with a value that opens with a day and a
    time. The path it fills, or None."""
    words = _short_key(key)
    if words is None:
        return None
    raw = raw.strip().strip("*_`")
    hit = split_stamp(raw)
    if hit is None:
        return None
    st = read_stamp(raw[hit[0] : hit[1]], dayfirst=dayfirst)
    # A key that says it holds a time may hold a clock time alone: "**Discovery Time:** 09:56
    # AM UTC" (Dr Golly's data-loss report), read on the report's day as "Time Detected:
    # 09:56" is. Only a time its zone or "AM"/"PM" marks as the clock's: "Recovery Time:
    # 1:45", "Time to Detect | 00:12" are durations (review 43).
    clock_alone = (
        st.date is None
        and st.time is not None
        and (st.zone is not None or _MERIDIEM.search(raw) is not None)
        and _TIME_KEY.search(words[0]) is not None
        and _DURATION_KEY.search(words[0]) is None
    )
    if not clock_alone and (st.date is None or (st.time is None and not st.explicit_date)):
        return None
    return _key_words_path(*words)


_MERIDIEM = re.compile(r"\d\s*[ap]\.?m\b", re.IGNORECASE)
#: Sections with a time of their own: a "Time" field (or heading) there is theirs, not the
#: incident's.
OWN_TIME_KINDS = frozenset(
    {
        m.SectionKind.DETECTION, m.SectionKind.RESPONSE, m.SectionKind.ESCALATION,
        m.SectionKind.MITIGATION, m.SectionKind.RESOLUTION, m.SectionKind.COMMUNICATION,
        m.SectionKind.FOLLOW_UP, m.SectionKind.ACTION_ITEMS, m.SectionKind.PREVENTION,
        m.SectionKind.LESSONS_LEARNED, m.SectionKind.SUCCESS_CRITERIA, m.SectionKind.SIGN_OFF,
    }
)  # fmt: skip
#: A heading over a step, a message or a plan (vocabulary ``OWN_TIME_HEADING_WORDS``).
_OWN_TIME_HEADING = re.compile(
    rf"\b(?:{'|'.join(OWN_TIME_HEADING_WORDS)})\b|{'|'.join(OWN_TIME_HEADING_WORDS_CJK)}"
)
#: Words of a key that holds a length of time, not a time of day.
_DURATION_KEY = re.compile(
    r"\b(?:objective|total|mean|average|avg|duration|elapsed|to|mtt[admr])\b"
)
#: A key's word for a time of day: "Discovery Time", "Hora de detección", "Uhrzeit".
_TIME_KEY = re.compile(r"\b(?:time|hora|heure|zeit|uhrzeit|ora|tijd)\b|时间|時間|時刻|시각|시간")


def key_milestone(key: str) -> m.Milestone | None:
    """The milestone a key names, whatever its value ("Detected", "Feil oppdaget",
    "Outage finish"), or None."""
    path = path_for(key, None)
    if path is None and (words := _short_key(key)) is not None:
        path = _key_words_path(*words)
    return FIELD_MILESTONES.get(path) if path is not None else None


def _short_key(key: str) -> tuple[str, str] | None:
    """A key of a few words as the key-event tables match it: its words ("OutageFinish" ->
    "outage finish"), and its characters when its script writes no spaces ("开始时间"); None
    for a key too long to name a key event."""
    nk = key_words(key)
    cjk = nk.replace(" ", "") if unspaced(nk) else ""
    # A loanword in katakana counts as one word: "インシデント発生日時" (incident occurrence
    # date and time) is four words, as long as "事故发生日期".
    if not nk or (cjk and len(_KATAKANA_RUN.sub("カ", cjk)) > 8) or nk.count(" ") > 3:
        return None
    return nk, cjk


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")


def _key_words_path(nk: str, cjk: str) -> str | None:
    """The path a key's words name in the key-event tables (``nk`` its words, ``cjk`` its
    characters when its script has no spaces)."""
    if cjk:
        if _KEY_EVENT_NOT_CJK.search(cjk):
            return None  # another event's: "ミーティング開始日時" (review 56)
        return next((path for words, path in _key_event_words_cjk() if words.search(cjk)), None)
    if _key_event_not().search(nk):
        return None
    return next((path for words, path in _key_event_words() if words.search(nk)), None)


# Folded as keys are ("ミーティング" is read "ミーテインク": its voicing marks dropped).
_KEY_EVENT_NOT_CJK = re.compile("|".join(unaccented(w) for w in KEY_EVENT_NOT_WORDS_CJK))


@lru_cache(maxsize=1)
def _key_event_words_cjk() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(words), path) for words, path in KEY_EVENT_WORDS_CJK]


@lru_cache(maxsize=1)
def _key_event_not() -> re.Pattern[str]:
    return re.compile(KEY_EVENT_NOT_WORDS)


@lru_cache(maxsize=1)
def _key_event_words() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(words), path) for words, path in KEY_EVENT_WORDS]


#: The milestone each instant field dates (key events given as a day alone, key-event lists).
FIELD_MILESTONES: dict[str, m.Milestone] = {
    "metadata.started_at": m.Milestone.STARTED,
    "metadata.detected_at": m.Milestone.DETECTED,
    "metadata.declared_at": m.Milestone.DECLARED,
    "metadata.acknowledged_at": m.Milestone.ACKNOWLEDGED,
    "metadata.mitigated_at": m.Milestone.MITIGATED,
    "metadata.repaired_at": m.Milestone.IMPACT_ENDED,
    "metadata.resolved_at": m.Milestone.RESOLVED,
    "metadata.ended_at": m.Milestone.RESOLVED,
}

#: A word: two letters together.
_WORD = re.compile(r"[^\W\d_]{2}")
#: A window's start, up to the wave dash or word that joins its end: "12:00頃 〜 16:18",
#: "13:08:01 ~ 진행 중", "14:00 至 16:30". Not a hyphen, an en dash or "to" (review 58):
#: "12:00-05:00" is as often an offset, and the writer gives a start its offset, which a
#: hyphen's window then reads as its end.
_RANGE_START = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:頃|ごろ|左右)?(?=\s*(?:[〜～~]|至|到|부터))")
_BARE_HHMM = re.compile(r"([01]\d|2[0-3])([0-5]\d)(\s*\(?[A-Z]{2,4}\)?)?")


class Reader:
    """Reads key/value facts from blocks and assigns them to the report."""

    def __init__(self, text: str, report: m.Report, doc: Document, dayfirst: bool) -> None:
        self.text = text
        self.report = report
        self.doc = doc
        self.dayfirst = dayfirst
        #: The one zone the report's times are written in, for key events given as a clock
        #: time only ("Team aware: 16.12" beside "Service restored: 17:05 UTC").
        self.zone_hint: dt.tzinfo | None = None
        #: The day the post went out, when the report's date was moved from it to the day its
        #: opening names ("Yesterday ...", "On the morning of July 14"): "last night" and
        #: "yesterday" in its prose count back from it.
        self.published: dt.date | None = None
        # A start taken from front matter's state alone ("status: closed"), still to be
        # checked against what the body dates.
        self.state_opened: dt.datetime | None = None
        #: The zone the key of the field being read names ("Start time (UTC):").
        self.key_zone: dt.tzinfo | None = None
        #: Reading an appendix (``cited``): what it holds is what the report cites, so it
        #: fills only the fields nothing else filled, and a date only on the report's day.
        self.cited = False
        #: Key events given as a day alone, evidence of day precision (see ``_day_event``).
        self.day_events: list[m.Evidence] = []
        #: The heading of the section being read, normalised (``Node.norm``; None for the
        #: text under the title): a "Time" field under a step's or a message's heading is
        #: theirs (``path_for``).
        self.heading: str | None = None
        self._ph_paths: list[str] = []
        self._ph_texts: list[str] = []
        self._ph_offsets = array("i")

    # -- assignment ---------------------------------------------------------------------------

    def assign(
        self,
        path: str,
        span: tuple[int, int],
        *,
        items: list[tuple[int, int]] | None = None,
        marker: str = "-",
        where: str = "inline",
    ) -> bool:
        """Convert the text at ``span`` (or the list ``items``) for ``path`` and store it."""
        kind = FIELD_KINDS.get(path)
        if kind is None:
            return False
        existing = self.doc.fields.get(path)
        # A template's H1 ("Post-Mortem Template") yields to an explicit Title key.
        title_override = path == "title" and existing is not None and existing.where == "heading"
        if (
            existing is not None
            and existing.value not in (None, (), "")
            and not (title_override and where != "heading")
        ):
            return False
        if self.cited and (path == "title" or get_path(self.report, path) not in (None, [], "")):
            return False
        raw = self.text[span[0] : span[1]]
        inner = _unwrap(raw, span)
        if inner is None:
            return False
        bullet = inner[1][0] != span[0] + (len(raw) - len(raw.lstrip())) and (
            self.text[inner[1][0] - 2 : inner[1][0]].rstrip() in ("-", "*", "+")
        )
        raw, span = inner
        if where == "cell":
            raw = raw.replace("\\|", "|")  # a table cell escapes its pipes
        if kind == "list" and items is None and bullet:
            items = [span]  # a one-bullet slot stays a list: more values, more bullets
        if existing is not None and is_placeholder(raw) and not title_override:
            self._placeholder(path, raw, span[0])
            return False  # the first slot of a field is the one a value will fill
        if kind == "list":
            if items is not None:
                values = [self._item_text(s) for s in items]
                real = [v for v in values if not is_placeholder(v)]
                for v, s in zip(values, items, strict=False):
                    if is_placeholder(v):
                        self._placeholder(path, v, s[0])
                value: Any = real
                if real and len(real) != len(values):
                    # Partly filled list: keep the fact, but edits rewrite the whole list.
                    items = None
            else:
                if is_placeholder(raw):
                    self._placeholder(path, raw, span[0])
                    value = []
                elif path in NAME_LISTS:
                    value = [p.strip() for p in re.split(r",\s*|;\s*|\s+and\s+", raw) if p.strip()]
                else:
                    # Several values in one line are separated by "; " (how they are written).
                    value = [p.strip() for p in raw.split("; ") if p.strip()]
        else:
            if is_placeholder(raw):
                self._placeholder(path, raw, span[0])
                value = None
            else:
                value = self.convert(kind, raw)
                if isinstance(value, dt.datetime):
                    span = self._stamp_only(raw, span)
                dated = kind == "datetime" or path == "metadata.date"
                if self.cited and dated and not self._on_report_day(value):
                    return False
                if value is None and kind != "str":
                    if self.cited and dated:
                        return False
                    if path == "metadata.date" and parse_datetime(raw):
                        value = parse_datetime(raw, dayfirst=self.dayfirst)
                        value = value.date() if value else None
                    if value is None:
                        if kind == "datetime":
                            # "**Resolved**: The APIs work again.": no instant. "**Resolved:**
                            # 2026-06-23": the day, as evidence (the model's instants are
                            # times of day; the text stays as written).
                            self._day_event(path, raw, span)
                            return False
                        self.report.metadata.extra.setdefault(path.split(".")[-1], raw)
                        return False
        if path == "title":
            if value is None and existing is not None:
                return False
            if where == "heading" and isinstance(value, str):
                # A heading's title reads as its words, as a section's does: "stuck on
                # `eb15ae0`" is "stuck on eb15ae0". The heading keeps its markup unless the
                # title is edited.
                value = plain_inline(value)
            self.report.title = value
        else:
            set_path(self.report, path, value)
        self.doc.fields[path] = FieldOrigin.of(
            span, _snapshot(value), items if kind == "list" else None, sys.intern(marker), where
        )
        if self.key_zone is not None and isinstance(value, dt.datetime):
            self.doc.fields[path].key_zone = self.key_zone
        return True

    def _on_report_day(self, value: object) -> bool:
        """Whether a value read in an appendix may date the report: not a day or an instant
        more than a day from the report's own day (CompPortal's test case, "- Date: April
        23-26, 2026", in a report of December 6, 2025)."""
        day = self.report.metadata.date
        if day is None or not isinstance(value, dt.date):
            return True
        on = value.date() if isinstance(value, dt.datetime) else value
        return abs((on - day).days) <= 1

    @staticmethod
    def _stamp_only(raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """The span of the instant alone when the value goes on in words ("**Mitigated
        at:** 2026-04-30 23:39 UTC, by a rollout restart"): an edit rewrites the instant and
        keeps the words."""
        hit = split_stamp(raw)
        if hit is None:
            return span
        # A window ("2022年10月19日 12:00頃 〜 16:18頃 （UTC+9）" under "発生日時", LINE's
        # notice): the field is its start, and an edit of it keeps the end the prose reads.
        joined = _RANGE_START.search(raw, hit[0], hit[1])
        if joined is not None:
            return span[0] + hit[0], span[0] + joined.end()
        if not _WORD.search(raw, hit[1]):
            return span
        return span[0] + hit[0], span[0] + hit[1]

    def _day_event(self, path: str, raw: str, span: tuple[int, int]) -> None:
        """A key event whose value opens with a day and gives no time ("**Inicio:**
        2026-09-26 (UTC)", "**Resolved:** 2026-06-23", "**Discovered:** 2026-07-02 by ...")."""
        milestone = FIELD_MILESTONES.get(path)
        hit = split_stamp(raw) if milestone is not None else None
        if milestone is None or hit is None:
            return
        st = read_stamp(raw[hit[0] : hit[1]], dayfirst=self.dayfirst)
        if st.date is None or st.time is not None or not st.explicit_date:
            return
        at = dt.datetime.combine(st.date, dt.time())
        line = self.doc.source.line_of(span[0])
        quote = raw.strip()[:80]
        self.day_events.append(m.Evidence(milestone, at, "field", path, quote, line, 0.9, "day"))

    def _item_text(self, span: tuple[int, int]) -> str:
        raw = self.text[span[0] : span[1]]
        return clean_item(raw)

    def add_placeholder(self, path: str, text: str, offset: int) -> None:
        """Record an unfilled slot another pass found (a timeline row of slots)."""
        self._placeholder(path, text, offset)

    def _placeholder(self, path: str, text: str, offset: int) -> None:
        # Recorded flat and turned into Placeholder values once the parse is done and its
        # blocks are gone (see :meth:`placeholders`): a blank template has one every line.
        # Interned: a template repeats its placeholders ("[TIMESTAMP]", "[Name]").
        self._ph_paths.append(path)
        self._ph_texts.append(sys.intern(text.strip()))
        self._ph_offsets.append(offset)

    def placeholders(self) -> list[m.Placeholder]:
        """The placeholders read so far, in the order they were found."""
        line_of = self.doc.source.line_of
        return [
            m.Placeholder(path, text, line_of(offset))
            for path, text, offset in zip(
                self._ph_paths, self._ph_texts, self._ph_offsets, strict=True
            )
        ]

    def convert(self, kind: str, raw: str) -> Any:
        """Turn text into the value for a field kind; None when it does not read as one."""
        raw = raw.strip()
        if kind == "str":
            return raw or None
        if kind == "date":
            return parse_date(raw, dayfirst=self.dayfirst, short_years=True)
        if kind == "datetime":
            if split_stamp(raw) is None:
                # "**Resolved**: The APIs work again. {{< track "2018-03-03T16:45Z" >}}": a
                # time somewhere in a sentence is not the field's value.
                return None
            tz = self.key_zone
            z = re.search(r"\(([^)]*)\)", raw)
            if z:
                tz = zone(z.group(1)) or tz
            head, _, note = raw.partition(" (")
            if note and re.search(r"\d", note) and read_stamp(head).time is not None:
                # A note with times of its own after the value's: "~09:22 UTC (error reported
                # as 2026-02-04 22:57:56 UTC, likely timezone difference)" (artlomo) is 09:22
                # of the report's day, not of the note's.
                raw = head
            at = parse_datetime(raw, dayfirst=self.dayfirst, tz=tz)
            if at is None:
                at = self._day_without_year(raw, tz) or self._clock_on_report_day(raw, tz)
            return at
        if kind == "timedelta":
            return parse_duration(raw)
        if kind == "severity":
            return parse_severity(raw)
        return None

    def _day_without_year(self, raw: str, tz: dt.tzinfo | None) -> dt.datetime | None:
        """A key event written with a day but no year ("Detected: October 5, 21:35 UTC", as
        a status page writes this year's updates) in the year of the report's day, else the
        one year the report's full dates share."""
        day = self.report.metadata.date
        year = day.year if day is not None else self._text_year
        if year is None:
            return None
        st = read_stamp(raw, dayfirst=self.dayfirst, base_year=year)
        if st.date is None or st.time is None:
            return None
        if day is not None and abs((st.date - day).days) > 183:
            # "Resolved: January 1, 01:10" in a report of December 31: the year after (and
            # "December 31" in a report of January 1, the year before).
            other = year + 1 if st.date < day else year - 1
            nearer = read_stamp(raw, dayfirst=self.dayfirst, base_year=other).date
            if nearer is not None:
                st.date = nearer
        return dt.datetime.combine(st.date, st.time, tzinfo=st.zone or tz or self.zone_hint)

    @functools.cached_property
    def _text_year(self) -> int | None:
        """The year every date written in full in the report shares, or None (none, or
        several years). Looked for once, and only when a key needs it."""
        return shared_year(self.text)

    def _clock_on_report_day(self, raw: str, tz: dt.tzinfo | None) -> dt.datetime | None:
        """A key event written as a clock time only ("First detected: 14:22", "Fault began:
        1600 UTC", "Repaired: 15h50", "14.43") on the report's day, when the report has one."""
        day = self.report.metadata.date
        if day is None:
            return None
        hhmm = _BARE_HHMM.fullmatch(raw)
        if hhmm is not None:  # "1600", "1600 UTC": military time, which the stamp reader
            raw = f"{hhmm.group(1)}:{hhmm.group(2)}{hhmm.group(3)}"  # takes only before text
        st = read_stamp(raw, dayfirst=self.dayfirst)
        if st.time is None or st.date is not None or st.offset is not None:
            return None
        return dt.datetime.combine(day, st.time, tzinfo=st.zone or tz or self.zone_hint)

    # -- reading ------------------------------------------------------------------------------

    def path_for(self, key: str, context: m.SectionKind | None) -> str | None:
        """The model path a key names in a section of kind ``context``.

        A "Time" field ("Hora", "Uhrzeit", ...) is the incident's start, except in a section
        that has a time of its own: a step's, a message's or a plan's ("## Communication" over
        "**Time:** 12:15 UTC" is when it was sent, "## Fix", "## Action items"; review 56).
        A deny list, not an allow list: the report's facts stand under any heading
        ("## Database outage on 2024-03-05", "## Background", review 57)."""
        path = path_for(key, context)
        if (
            path == "metadata.started_at"
            and self.heading is not None
            and normalize(key) in TIME_KEY_WORDS
            and (context in OWN_TIME_KINDS or _OWN_TIME_HEADING.search(self.heading) is not None)
        ):
            return None
        return path

    def read(self, blocks: Sequence[Block], context: m.SectionKind | None) -> list[tuple[str, str]]:
        """Read every key/value in ``blocks``; returns the (key, value) pairs it did not place.

        A key with no value on its line ("**Impact**:") takes the lines after it in the same
        paragraph, the nested content of its list item, or else the next block.
        """
        text = self.text
        unplaced: list[tuple[str, str]] = []
        pending: str | None = None
        for b in blocks:
            if b.kind == "paragraph":
                if pending is None and _no_colon(text, b.span):
                    continue  # every key/value line has a colon; most paragraphs have none
                lines = _lines(text, b.span)
                kvs = [_match_kv(text, ls, le) for ls, le in lines]
                if pending and not any(kvs):
                    self._place_block(pending, b, lines, context, unplaced)
                    pending = None
                    continue
                pending = None
                i = 0
                while i < len(lines):
                    kv = kvs[i]
                    i += 1
                    if kv is None:
                        continue
                    key, vs, ve = kv
                    if vs != ve:
                        self._place(key, (vs, ve), context, unplaced)
                        continue
                    rest = []
                    while i < len(lines) and kvs[i] is None:
                        rest.append(lines[i])
                        i += 1
                    if rest:
                        self._place_lines(key, rest, context, unplaced)
                    elif i >= len(lines):
                        pending = key
            elif b.kind == "list":
                # The keys first, the items again where one has a key: a list of 100,000
                # tiny items holds no item and pair per item at once.
                items = b.items
                kvs = [_match_kv(text, *first_line_span(text, it.body)) for it in items]
                if pending and not any(kvs):
                    self._place_block(pending, b, [], context, unplaced)
                    pending = None
                    continue
                pending = None
                for n, kv in enumerate(kvs):
                    if kv is None:
                        continue
                    it = items[n]
                    key, vs, ve = kv
                    if vs != ve:
                        self._place(key, (vs, ve), context, unplaced)
                        continue
                    nested = trim_span(text, (first_line_span(text, it.body)[1], it.body[1]))
                    bullets = _nested_bullets(text, nested)
                    path = self.path_for(key, context)
                    if bullets and path is not None and FIELD_KINDS.get(path) == "list":
                        # "- **Verification:**\n  - a\n  - b": one value per nested bullet.
                        self.assign(path, nested, items=bullets, marker="-")
                    elif nested[0] < nested[1]:
                        self._place(key, nested, context, unplaced)
                    elif n == len(kvs) - 1:
                        pending = key
            elif b.kind == "table":
                pending = None
                self._table(b, context)
            elif b.kind == "code" and pending:
                path = self.path_for(pending, context)
                inner = code_inner(text, b.span)
                if path and inner:
                    self.assign(path, inner)
                pending = None
            else:
                pending = None
        return unplaced

    def _table(self, b: Block, context: m.SectionKind | None) -> None:
        """A table of facts, one key and its value a row ("| Severity | P3 |", "| Detected |
        2026-04-19T14:30Z |"), under an empty or "Field | Value" header, or none: each known
        key is a field, edited in its cell. Two known keys at least make it such a table; a
        table with more columns, or rows of another kind (a timeline's times), is not."""
        text = self.text
        rows = b.rows()
        if not 2 <= len(rows) <= _FACT_ROWS or any(len(cells) != 2 for _, cells in rows):
            return
        found: list[tuple[str, tuple[int, int], str]] = []
        captioned = False
        for n, (_, cells) in enumerate(rows):
            key = text[cells[0][0] : cells[0][1]].strip().strip("*_").strip().rstrip(":")
            span = trim_span(text, cells[1])
            value = text[span[0] : span[1]].strip().lower()
            path = self.path_for(key, context) or self._key_event_path(key, span) if key else None
            if path is not None and not self._typed_as_keyed(key, span):
                path = None
            if path is not None and FIELD_KINDS.get(path) != "list" and span[0] < span[1]:
                found.append((path, span, key))
            elif (
                n == 0
                # "| &nbsp; | &nbsp; |": an empty header written so that it shows as one
                # (Osmosis's incident reports), as etcd's writes "|  |  |".
                and _BLANK_CELL.sub("", key + value)
                and not (key.lower() in FACT_HEADER_KEYS and value in FACT_VALUE_HEADERS)
            ):
                # A header of other columns ("Term | Meaning"): no table of facts, unless
                # the rows under it date the incident by known keys, when it is a caption
                # (COG-UK's reports head "| **Detected** | 2021-03-05 23:27 |" with the
                # group's badge and name; Osmosis's and etcd's tables head theirs blank).
                captioned = True
        if captioned and sum(1 for path, span, _ in found if _dated(text, path, span)) < 2:
            return
        if len(found) >= 2:
            for path, span, key in found:
                self._assign_keyed(key, path, span, where="cell")

    def _typed_as_keyed(self, key: str, span: tuple[int, int]) -> bool:
        """Whether a key that names its field only by its value's kind (``DATED_ONLY_KEYS``:
        "Data") has a value of that kind: a date."""
        if normalize(key) not in DATED_ONLY_KEYS:
            return True
        # The value opens with its date: not "customer records created before 2023-01-01".
        raw = self.text[span[0] : span[1]].strip().strip("*_`").strip()
        hit = split_stamp(raw)
        return (
            hit is not None
            and hit[0] == 0
            and parse_date(raw[: hit[1]], dayfirst=self.dayfirst) is not None
        )

    def _key_event_path(self, key: str, span: tuple[int, int]) -> str | None:
        return key_event_path(key, self.text[span[0] : span[1]], self.dayfirst)

    def _place_lines(
        self,
        key: str,
        lines: list[tuple[int, int]],
        context: m.SectionKind | None,
        unplaced: list[tuple[str, str]],
    ) -> None:
        path = self.path_for(key, context)
        if path is None:
            unplaced.append((key, self.text[lines[0][0] : lines[-1][1]]))
            return
        if FIELD_KINDS.get(path) == "list":
            self.assign(path, (lines[0][0], lines[-1][1]), items=list(lines), marker="")
        else:
            self.assign(path, (lines[0][0], lines[-1][1]))

    def _place_block(
        self,
        key: str,
        b: Block,
        lines: list[tuple[int, int]],
        context: m.SectionKind | None,
        unplaced: list[tuple[str, str]],
    ) -> None:
        if b.kind == "paragraph":
            self._place_lines(key, lines or _lines(self.text, b.span), context, unplaced)
            return
        path = self.path_for(key, context)
        if path is None:
            unplaced.append((key, self.text[b.span[0] : b.span[1]]))
            return
        if b.kind == "list":
            if FIELD_KINDS.get(path) == "list":
                items = b.items
                self.assign(path, trim_span(self.text, b.span), items=[it.body for it in items],
                            marker=items[0].marker if items else "-")  # fmt: skip
            else:
                self.assign(path, trim_span(self.text, b.span))
        else:
            self.assign(path, trim_span(self.text, b.span))

    def _assign_keyed(
        self, key: str, path: str, span: tuple[int, int], where: str = "inline"
    ) -> bool:
        """``assign`` a key's value, in the zone the key names: "Start time (UTC): 2024-03-05
        14:05", "| Detected (PT) | 2024-03-05 07:12 |"."""
        kz = _KEY_ZONE.search(key)
        self.key_zone = zone(kz.group(1)) if kz is not None else None
        try:
            return self.assign(path, span, where=where)
        finally:
            self.key_zone = None

    def _place(
        self,
        key: str,
        span: tuple[int, int],
        context: m.SectionKind | None,
        unplaced: list[tuple[str, str]],
    ) -> None:
        path = self.path_for(key, context) or self._key_event_path(key, span)
        if path is not None and not self._typed_as_keyed(key, span):
            path = None
        if path is None or not self._assign_keyed(key, path, span):
            unplaced.append((key, self.text[span[0] : span[1]]))
            if context is m.SectionKind.METRICS or _looks_like_metric(key):
                raw = self.text[span[0] : span[1]].strip().strip("`")
                metric = read_stated(
                    key.strip().rstrip(":"),
                    raw,
                    None if is_placeholder(raw) else parse_duration(raw),
                    # Where the figure is, so a finding about it can name its line.
                    origin=m.Origin(span[0], span[1] - span[0], (), ()),
                )
                if is_placeholder(raw):
                    self._placeholder("stated_metrics", raw, span[0])
                self.report.stated_metrics.append(metric)


#: A zone in a key's parentheses: "Start time (UTC)", "Detected (PT)", and full-width ones
#: ("开始时间（UTC+8）", review 56).
_KEY_ZONE = re.compile(r"[(（]\s*([A-Za-z][\w/+:-]{0,30})\s*[)）]")
#: A table of facts is short; a longer one is data, not the report's fields.
_FACT_ROWS = 40


#: What an empty table cell is written with so that it shows: non-breaking spaces.
_BLANK_CELL = re.compile(r"&nbsp;|&#160;|&#xa0;|\s", re.IGNORECASE)  # \s holds U+00A0


def _dated(text: str, path: str, span: tuple[int, int]) -> bool:
    """Whether a fact's value is a day or an instant written in digits, under a key of one."""
    return (
        FIELD_KINDS.get(path) in ("date", "datetime")
        and text[span[0] : span[1]].lstrip("*_` ")[:1].isdigit()
    )


FACT_HEADER_KEYS = frozenset({"field", "key", "item", "property", "attribute", "name"})
FACT_VALUE_HEADERS = frozenset({"value", "values", "details", "detail", "status", "assessment"})


def clean_item(raw: str) -> str:
    """A list item's text without emphasis markers, backticks or indentation."""
    text = "\n".join(line.strip() for line in raw.split("\n")).strip()
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return text.replace("`", "").strip()


def _nested_bullets(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Bodies of the first-level bullets in ``span`` (continuation lines included)."""
    s, e = span
    line_start = text.rfind("\n", 0, s) + 1
    if not text[line_start:s].strip():
        s = line_start  # measure the first bullet's indentation from its line start
    first = re.match(r"[ \t]*" + LIST_MARKER + r"[ \t]+", text[s:e])
    if first is None:
        return []
    indent = len(first.group()) - len(first.group().lstrip())
    out: list[tuple[int, int]] = []
    for mm in re.finditer(r"^([ \t]*)" + LIST_MARKER + r"[ \t]+", text[s:e], re.MULTILINE):
        if len(mm.group(1)) != indent:
            continue
        if out:
            prev_s, _ = out[-1]
            end = s + mm.start()
            while end > prev_s and text[end - 1] in " \t\n":
                end -= 1
            out[-1] = (prev_s, end)
        out.append((s + mm.end(), e))
    return out


def _no_colon(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text[span]`` has no colon, ASCII or full-width ("日期：..."): no key/value."""
    return text.find(":", *span) < 0 and text.find("：", *span) < 0


def block_has_kv(text: str, b: Block) -> bool:
    """Whether a paragraph or list holds a key/value line."""
    if b.kind == "paragraph":
        if _no_colon(text, b.span):
            return False  # a key/value line has a colon
        return any(_match_kv(text, ls, le) for ls, le in _lines(text, b.span))
    if b.kind == "list":
        return any(_match_kv(text, *first_line_span(text, it.body)) for it in b.items)
    return False


def trailing_label(text: str, b: Block) -> str | None:
    """The key of an empty-valued key/value line that ends a block ("* **Incident Timeline:**")."""
    if b.kind == "paragraph":
        if _no_colon(text, b.span):
            return None  # a key/value line has a colon
        lines = _lines(text, b.span)
        kv = _match_kv(text, *lines[-1]) if lines else None
    elif b.kind == "list" and b.items:
        body = b.items[-1].body  # (two builds of a list's items, only for a list at the end)
        if "\n" in text[body[0] : body[1]]:
            return None
        kv = _match_kv(text, *body)
    else:
        return None
    if kv is None or kv[1] != kv[2]:
        return None
    return kv[0]


def is_label(text: str, b: Block) -> bool:
    """A paragraph that only labels what follows ("**Positive aspects of the response**:")."""
    if b.kind != "paragraph":
        return False
    lines = _lines(text, b.span)
    if len(lines) != 1:
        return False
    kv = _match_kv(text, *lines[0])
    return kv is not None and kv[1] == kv[2]


def _looks_like_metric(key: str) -> bool:
    k = normalize(key)
    return k.startswith(("time to", "mean time", "mttr", "mttd", "total duration", "duration"))


def _unwrap(raw: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    s, e = span
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw) - len(raw.rstrip())
    s, e = s + lead, e - trail
    raw = raw.strip()
    marker = re.match(r"[-*+][ \t]+", raw)
    if marker and "\n" not in raw:
        # A single nested bullet ("1. **Detection**:\n   - Alert fired"): the value is its text.
        raw, s = raw[marker.end() :], s + marker.end()
    if len(raw) >= 2 and raw[0] == "`" and raw[-1] == "`" and raw.count("`") == 2:
        return raw[1:-1], (s + 1, e - 1)
    quoted = _QUOTED.fullmatch(raw)
    if quoted is not None:
        # A property of a script's object ("title: 'Relay down: A post-mortem',", an MDX
        # page's "export const post = {...}", n0's blog): the string inside its quotes.
        return quoted.group(2), (s + 1, s + 1 + len(quoted.group(2)))
    return raw, (s, e)


_QUOTED = re.compile(r"""(['"])((?:(?!\1)[^\\\n])+)\1,?""")


def _snapshot(value: Any) -> Any:
    # A list is kept as a tuple: an unfilled list field's is the shared empty tuple.
    return (
        tuple(value)
        if isinstance(value, list)
        else attrs.evolve(value)
        if attrs.has(type(value))
        else value
    )


def _lines(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Non-blank lines of a paragraph, also split at ``<br>`` ("**A:** x<br>**B:** y")."""
    return [(s, e) for s, e in pieces(text, span[0], span[1]) if text[s:e].strip()]


def first_line_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of the first line of ``span`` in ``text``."""
    nl = text.find("\n", span[0], span[1])
    return span[0], nl if nl >= 0 else span[1]


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the blanks and line breaks at either end."""
    s, e = span
    while s < e and text[s] in " \t\n":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


def code_inner(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    s, e = trim_span(text, span)
    first = text.find("\n", s, e)
    last = text.rfind("\n", s, e)
    if first < 0 or last <= first:
        return None
    if not text[s:first].lstrip().startswith(("```", "~~~")):
        return None
    return trim_span(text, (first + 1, last))


def _match_kv(text: str, ls: int, le: int) -> tuple[str, int, int] | None:
    mm = _KV_BOLD.match(text, ls, le)
    if mm and (mm.group("c1") or mm.group("c2")):
        # Drop a hard line break ("value  ", "value\\") from the value's span.
        vs = mm.start("v")
        return mm.group("k"), vs, _value_end(text, vs, mm.end("v"), backslash=True)
    italic = _KV_ITALIC.fullmatch(text, ls, le)
    if italic is not None:
        # A field line in italics as a whole: "*Date: 13 August, 2021*". Only a known key:
        # an italic line is mostly a note ("*Note: we decided ...*").
        mm = _KV_PLAIN.match(text, italic.start("in"), italic.end("in"))
        if mm and normalize(mm.group("k")) in FIELD_KEYS:
            vs = mm.start("v")
            return mm.group("k"), vs, _value_end(text, vs, mm.end("v"), backslash=False)
        return None
    mm = _KV_PLAIN.match(text, ls, le)
    if mm is None:
        return None
    vs, ve = _unwrapped(text, mm.start("v"), _value_end(text, mm.start("v"), mm.end("v"),
                                                        backslash=False))  # fmt: skip
    if (
        normalize(mm.group("k")) in FIELD_KEYS
        or _looks_like_metric(mm.group("k"))
        or key_event_path(mm.group("k"), text[vs:ve], False) is not None
    ):
        return mm.group("k"), vs, ve
    return None


#: A value wrapped whole in one inline HTML tag: "Issue commenced: <strong>2013-05-04 03:20
#: (GMT +1)</strong>" (the Natural History Museum's Scratchpads service bulletins).
_TAG_WRAPPED = re.compile(r"<(strong|b|em|i|code|span)\b[^<>]{0,200}>([^<>]*)</\1>", re.I)


def _unwrapped(text: str, vs: int, ve: int) -> tuple[int, int]:
    """The span of a value inside the inline tag that wraps it whole, else as given."""
    if ve - vs > 7 and text[vs] == "<":
        mm = _TAG_WRAPPED.fullmatch(text, vs, ve)
        if mm is not None:
            return trim_span(text, mm.span(2))
    return vs, ve


def _value_end(text: str, vs: int, ve: int, *, backslash: bool) -> int:
    """Where a value in ``text[vs:ve]`` ends without its trailing blanks, and with
    ``backslash`` without one final backslash before them (a hard line break)."""
    if backslash and ve > vs and text[ve - 1] == "\\":
        ve -= 1
    while ve > vs and text[ve - 1] in " \t":
        ve -= 1
    return ve
