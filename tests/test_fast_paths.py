"""Short cuts the parser takes for speed give exactly what the slow way gives."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import postmortem
from postmortem.parsing import _MONTH_FIRST, first_date
from postmortem.timestamps import parse_date

from conftest import CORPUS, DEV_DIR, SEEDS, read_exact

DEV = sorted(DEV_DIR.glob("[0-9]*.md"))

# Pieces of dates and near-dates: month names in every case (and the long s re's IGNORECASE
# reads as "s"), days, years, the separators and blanks between them.
_DATE_PIECES = [
    "May", "may.", "Sept", "september", "SEP", "\u017fep", "jan", "Dec.", "1", "12", "2024",
    "30th", "1st", " ", "  ", "\n", "\t", ".", ",", "-", "/", "x", "of", "\u2013", "12-30-2020",
    "2020-01-01", "31/12/2019", "\u00a0", "march", "3", "99999",
    # Ordinals in any case (the long s too) and digit runs: which digits a date may start at.
    "2ND", "\u017ft", "x0000000", "12345", "1:00", "2016\u5e74", "12\u6708", "21\u65e5",
    "\ub144", " - ",
    # After a blank: these two forms refuse a word or mark before them, which a text cut at
    # ``start`` no longer shows to ``parse_date``.
    " 2024/1/2", " 2024.01.02",
    # Two digits of a year after slashes, and what may stand after them.
    " 1/07/13", " 3/14/23",
]  # fmt: skip


# Pieces of prose that dates an incident, and times in every shape the prose patterns read.
_PROSE_PIECES = [
    "between", "from", "Between", "and", "to", "at", "At", "around", "approximately", "on",
    "started", "began", "resolved", "restored", "recovered", "alerted", "noticed", "detected",
    "until", "recovery", "UTC", "PST", "GMT", "12:30", "9:05", "2h05", "4", "PM", "p.m.", "am",
    "1900", "2024", "May 3,", "2024-05-03", "the", "service", "was", ".", "**", "`", "\n",
]  # fmt: skip


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_first_date_is_parse_date_on_the_corpus(path: object) -> None:
    text = read_exact(path)  # type: ignore[arg-type]
    for start in (0, len(text) // 3, len(text) // 2):
        for dayfirst in (False, True):
            assert first_date(text, start, dayfirst) == parse_date(text[start:], dayfirst=dayfirst)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14), st.integers(0, 40), st.booleans())
def test_first_date_is_parse_date_on_generated_text(
    pieces: list[str], start: int, dayfirst: bool
) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert first_date(text, start, dayfirst) == parse_date(text[start:], dayfirst=dayfirst)


def test_month_first_characters_are_those_the_pattern_takes() -> None:
    first = re.compile("[jfmasond]", re.IGNORECASE)
    taken = {chr(c) for c in range(sys.maxunicode + 1) if first.fullmatch(chr(c))}
    assert taken == _MONTH_FIRST


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_prose_evidence_skips_only_sections_no_reading_matches(
    path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from postmortem.parsing import evidence

    report = postmortem.parse(read_exact(path))  # type: ignore[arg-type]
    found = evidence.prose_evidence(report)
    monkeypatch.setattr(evidence, "_STAMP_CORE", re.compile(""))  # every section read
    assert evidence.prose_evidence(report) == found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES), max_size=16))
def test_every_prose_reading_holds_a_stamp_core(pieces: list[str]) -> None:
    from postmortem.parsing import evidence

    text = evidence._flat(" ".join(pieces))
    if evidence._STAMP_CORE.search(text) is None:
        assert not any(p.search(text) for p in evidence._prose_patterns().values())


# The intended-act rule written out here, not taken from the module it checks.
_INTENDED_BY_HAND = re.compile(
    r"\b(?:working (?:with|alongside) (?:[\w-]+ ){0,4}?|working (?:[\w-]+ ){0,2}?|trying |"
    r"waiting (?:on|for) (?:[\w-]+ ){0,4}?|waiting )to"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|and|but)\b)[\w-]+){0,3}\s+\Z",
    re.IGNORECASE,
)


def _cues_by_search(text: str) -> tuple[object, ...]:
    """``cues`` as it read before: each milestone's phrases searched along the line."""
    from postmortem.parsing import evidence

    line = evidence._first_paragraph(text)
    line = evidence._LINK_TARGET.sub("", line).replace("[", "").replace("]", "")
    pats = evidence._patterns()
    if evidence.v.PHASE_MILESTONES.get(line.strip(" .:*").lower()) is not None:
        return evidence.cues(text)
    if evidence._LEAD_STATUS.match(line):
        return evidence.cues(text)  # a status label opening the entry: not a search's matter
    failed = bool(pats.failed.search(line))

    def places(pattern: re.Pattern[str]) -> list[int]:
        return [p for p in range(len(line)) if pattern.match(line, p)]

    def negated(pattern: re.Pattern[str]) -> bool:
        # Every place the phrase is said is in a sentence that negates it, or after an
        # intention in its clause.
        return all(
            evidence._negated(line, p, pats.negation)
            or evidence._after(line, p, pats.intention)
            or pats.intention_near.search(line, max(0, p - 60), p) is not None
            or _INTENDED_BY_HAND.search(line, max(0, p - 120), p) is not None
            or evidence._begun(line, p, pattern, pats.begun)
            for p in places(pattern)
        )

    def some_of(pattern: re.Pattern[str]) -> bool:
        return all(evidence._some_of(line, p) for p in places(pattern))

    def still_failing(pattern: re.Pattern[str]) -> bool:
        return all(evidence._still_failing(line, p) for p in places(pattern))

    def partly(pattern: re.Pattern[str]) -> bool:
        return all(
            evidence._qualified(line, p, pats.purpose, pats.partial) for p in places(pattern)
        )

    def undetected(pattern: re.Pattern[str]) -> bool:
        return pats.not_detection.search(line) is not None or all(
            evidence._undetected(line, p, pats.undetected, pats.document) for p in places(pattern)
        )

    found = [
        (ms, pattern)
        for ms, pattern in pats.words
        if pattern.search(line)
        and not (ms in evidence._ENDINGS and (failed or negated(pattern)))
        and not (ms in evidence._FULL_ENDINGS and partly(pattern))
        and not (ms is evidence.m.Milestone.DETECTED and undetected(pattern))
        and not (
            ms is evidence.m.Milestone.STARTED
            and all(evidence._REPORTED_THAT.search(line, 0, p) for p in places(pattern))
        )
    ]
    # An end said of some of what failed is a mitigation ("Most users are back online"), and
    # so is one whose sentence says something is still failing ("... but builds are still
    # broken").
    partial = [
        (ms, p)
        for ms, p in found
        if ms in evidence._FULL_ENDINGS and (still_failing(p) or some_of(p))
    ]
    if partial:
        found = [(ms, p) for ms, p in found if (ms, p) not in partial]
        mitigations = [(ms, p) for ms, p in pats.words if ms is evidence.m.Milestone.MITIGATED]
        if not any(ms is evidence.m.Milestone.MITIGATED for ms, _ in found):
            found.append(mitigations[0])
            found.sort(key=lambda f: list(evidence.m.Milestone).index(f[0]))
    # Noticing the end is no detection: every detection word in a sentence with an end word.
    ends = {
        evidence._sentence(line, p)
        for ms, pattern in found
        if ms in evidence._FULL_ENDINGS
        for p in places(pattern)
    }
    return tuple(
        ms
        for ms, pattern in found
        if not (
            ms is evidence.m.Milestone.DETECTED
            and ends
            and all(evidence._sentence(line, p) in ends for p in places(pattern))
        )
    )


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_cues_are_those_a_search_finds_on_the_corpus(path: object) -> None:
    from postmortem.parsing import evidence

    text = read_exact(path)  # type: ignore[arg-type]
    for line in text.splitlines():
        assert evidence.cues(line) == _cues_by_search(line)


_CUE_PIECES = [
    "outage began", "alerted", "alerts", "paged", "page", "detected", "resolved", "mitigated",
    "rolled back", "restored", "fixed", "failed to", "attempted", "not detected", "went down",
    "incident declared", "declared an incident", "ack", "acknowledged", "the", "service", "x",
    " ", "  ", "-", "**", "[", "](http://a)", "Alerted", "RESOLVED", "stopped", "recovered",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12))
@example(["**", "fixed", "**"])  # a status label alone: its milestone, as cues reads it
def test_cues_are_those_a_search_finds_on_generated_lines(pieces: list[str]) -> None:
    from postmortem.parsing import evidence

    line = "".join(pieces)
    assert evidence.cues(line) == _cues_by_search(line)


# The key/value patterns as they were, with the value's end found by a lazy repeat.
_OLD_KV_BOLD = re.compile(
    r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,60}?)(?P<c1>:?)[ \t]*(?:\*\*|__)[ \t]*"
    r"(?:\([^)\n]{0,60}\)[ \t]*)?(?P<c2>:?)"
    r"[ \t]*(?P<v>(?:[ \t]*[^ \t\n])*?)[ \t]*\\?$"
)
_OLD_KV_PLAIN = re.compile(
    r"[ \t]*(?P<k>[A-Za-z][A-Za-z0-9 /&()'’-]{1,50}?):[ \t]+(?P<v>\S(?:[ \t]*[^ \t\n])*?)[ \t]*$"
)


_ITALIC_LINE = re.compile(r"[ \t]*([*_])([^*_\s][^*_\n]*[^*_\s])\1[ \t]*")


def _old_match_kv(text: str, ls: int, le: int) -> tuple[str, int, int] | None:
    from postmortem.parsing import fields

    mm = _OLD_KV_BOLD.match(text, ls, le)
    if mm and (mm.group("c1") or mm.group("c2")):
        return mm.group("k"), mm.start("v"), mm.end("v")
    italic = _ITALIC_LINE.fullmatch(text, ls, le)
    if italic is not None:
        # A whole-italic line is a field only under a known key ("*Date: 13 August, 2021*").
        mm = _OLD_KV_PLAIN.match(text, italic.start(2), italic.end(2))
        if mm and fields.normalize(mm.group("k")) in fields.FIELD_KEYS:
            return mm.group("k"), mm.start("v"), mm.end("v")
        return None
    mm = _OLD_KV_PLAIN.match(text, ls, le)
    key = mm.group("k") if mm else ""
    if mm and (
        fields.normalize(key) in fields.FIELD_KEYS
        or fields._looks_like_metric(key)
        or fields.key_event_path(key, mm.group("v"), False) is not None
    ):
        return key, mm.start("v"), mm.end("v")
    return None


def _same_key_values(text: str) -> None:
    from postmortem.parsing import fields

    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        assert fields._match_kv(text, pos, end) == _old_match_kv(text, pos, end), line
        pos = end + 1


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_key_values_read_as_before_on_the_corpus(path: object) -> None:
    _same_key_values(read_exact(path))  # type: ignore[arg-type]


_KV_PIECES = [
    "**", "__", "Owner", "Status", "Key", ":", " ", "  ", "\t", "\\", "x", "value", "(UTC)",
    "\u00a0", "\x0b", "TTD", "*", "_", "-", "10:00", "a b",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_KV_PIECES), max_size=14))
@example(["Owner", "__", ":", " ", "**"])  # an underscore is no letter of a plain key
def test_key_values_read_as_before_on_generated_lines(pieces: list[str]) -> None:
    _same_key_values("".join(pieces))


_OLD_KEY = re.compile(
    r"[ \t]*(?:\*\*|__)(?P<k>[^*_\n]{1,40}?):?(?:\*\*|__):?[ \t]*(?P<v>(?:[ \t]*[^ \t\n])*?)[ \t]*$"
)


def _same_action_keys(text: str) -> None:
    from postmortem.parsing import actions

    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        old, new = _OLD_KEY.match(text, pos, end), actions._KEY.match(text, pos, end)
        assert (old is None) == (new is None), line
        if old is not None and new is not None:
            assert old.group("k") == new.group("k"), line
            assert old.span("v") == actions._value_span(text, new), line
        pos = end + 1


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_action_keys_read_as_before_on_the_corpus(path: object) -> None:
    _same_action_keys(read_exact(path))  # type: ignore[arg-type]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_KV_PIECES), max_size=14))
def test_action_keys_read_as_before_on_generated_lines(pieces: list[str]) -> None:
    _same_action_keys("".join(pieces))


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if pattern.match(text, i)]


def test_grouped_alternation_matches_where_the_plain_one_does() -> None:
    from postmortem import vocabulary as v
    from postmortem.parsing._alternation import alternation

    phrases = [a for alts in v.MILESTONE_WORDS.values() for a in alts]
    plain = re.compile(r"\b(?:" + "|".join(phrases) + ")", re.IGNORECASE)
    grouped = re.compile(r"\b(?:" + alternation(phrases, re.IGNORECASE) + ")", re.IGNORECASE)
    assert grouped.pattern != plain.pattern  # the grouping applies to the real phrases
    for path in SEEDS + CORPUS + DEV:
        for line in read_exact(path).splitlines():
            if len(line) < 400:
                assert _starts(grouped, line) == _starts(plain, line), line
    for odd in (
        "\u017fTARTED",
        "ALERTED",
        "K",
        "Went Down",
        "ОТКАТ",
        "Восстановлен",
        "RÉTABLI",
        "Redémarrage",
        "İ",
        "\u0130nformed",
    ):
        assert _starts(grouped, odd) == _starts(plain, odd)
    # The failed-attempt and not-a-detection words, each followed by a word boundary.
    for words in (v.FAILED_ATTEMPT_WORDS, v.NEGATION_WORDS, v.NOT_DETECTION_WORDS):
        plain = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
        grouped = re.compile(r"\b(?:" + alternation(words, re.IGNORECASE) + r")\b", re.I)
        for path in SEEDS + CORPUS + DEV:
            for line in read_exact(path).splitlines():
                if len(line) < 400:
                    assert _starts(grouped, line) == _starts(plain, line), line


def test_alternation_falls_back_when_first_characters_are_unknown() -> None:
    from postmortem.parsing._alternation import alternation

    assert alternation([r"ab", r"\w+c"]) == r"ab|\w+c"
    assert alternation([r"a?b", r"c"]) != r"a?b|c"
    grouped = re.compile(alternation([r"a?b", r"c", r"(?:x|y)z"]))
    for text in ("b", "ab", "c", "xz", "yz", "z", "a"):
        assert bool(grouped.match(text)) == bool(re.match(r"a?b|c|(?:x|y)z", text))


@pytest.mark.parametrize(
    "text",
    [
        *(read_exact(p) for p in SEEDS + CORPUS + DEV),
        "- a\n* b\n+ c\n1. d\n2) e\n- [ ] f\n- [x] g\n  - [X] h\n",
        "".join(f"- [ ] x{i}\n" if i % 3 else f"- y{i}\n" for i in range(300)),
    ],
    ids=lambda t: str(len(t)),
)
def test_a_lists_items_iterate_as_they_index(text: str) -> None:
    from postmortem.parsing.blocks import parse_blocks

    lists = [b for b in parse_blocks(text, 0, len(text)) if b.kind == "list"]
    assert lists or not text.startswith("- ")
    for b in lists:
        items = b.items
        assert list(items) == [items[k] for k in range(len(items))]


def _first_ascii(seq: Any, fold: bool) -> tuple[set[str], bool]:
    """The ASCII characters a match of the parsed pattern ``seq`` may start with, and whether
    it may match the empty string (zero-width assertions are passed over: a superset)."""
    try:
        from re import _constants as sc  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sc  # type: ignore[no-redef]

    ascii_ = [chr(c) for c in range(128)]
    cats = {
        sc.CATEGORY_DIGIT: r"\d", sc.CATEGORY_NOT_DIGIT: r"\D", sc.CATEGORY_SPACE: r"\s",
        sc.CATEGORY_NOT_SPACE: r"\S", sc.CATEGORY_WORD: r"\w", sc.CATEGORY_NOT_WORD: r"\W",
    }  # fmt: skip

    def lit(code: int, c: str) -> bool:
        return c == chr(code) or (fold and c.lower() == chr(code).lower())

    def leaf(op: Any, av: Any) -> set[str]:
        if op is sc.LITERAL:
            return {c for c in ascii_ if lit(av, c)}
        if op is sc.NOT_LITERAL:
            return {c for c in ascii_ if not lit(av, c)}
        if op is sc.ANY:
            return set(ascii_)
        got: set[str] = set()
        negate = False
        for iop, iav in av:
            if iop is sc.NEGATE:
                negate = True
            elif iop is sc.LITERAL:
                got |= {c for c in ascii_ if lit(iav, c)}
            elif iop is sc.RANGE:
                lo, hi = iav
                folds = (lambda c: (c, c.lower(), c.upper())) if fold else (lambda c: (c,))
                got |= {c for c in ascii_ if any(lo <= ord(x) <= hi for x in folds(c))}
            elif iop is sc.CATEGORY:
                got |= {c for c in ascii_ if re.fullmatch(cats[iav], c)}
            else:
                raise AssertionError(f"unexpected {iop} in a character set")
        return set(ascii_) - got if negate else got

    out: set[str] = set()
    for op, av in seq:
        if op in (sc.LITERAL, sc.NOT_LITERAL, sc.ANY, sc.IN):
            return out | leaf(op, av), False
        if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue
        if op is sc.BRANCH:
            alts = [_first_ascii(alt, fold) for alt in av[1]]
            out |= set().union(*(f for f, _ in alts))
            empty = any(e for _, e in alts)
        elif op is sc.SUBPATTERN:
            first, empty = _first_ascii(av[3], fold)
            out |= first
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            first, empty = _first_ascii(av[2], fold)
            out |= first
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"unexpected {op} in the pattern")
        if not empty:
            return out, False
    return out, True


def test_the_first_characters_of_a_stamp_are_those_its_pattern_takes() -> None:
    try:
        from re import _parser as sp  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as sp  # type: ignore[no-redef]
    from postmortem import timestamps as ts

    pattern = ts._TOKEN
    first, empty = _first_ascii(sp.parse(pattern.pattern, pattern.flags), True)
    assert not empty and first == {c for c in ts._TOKEN_FIRST if c < "\x80"}
    # What split_stamp may find first: a token, a wrapper, a blank or comma, a label.
    for p in (ts._HHMM, ts._GAP):
        assert _first_ascii(sp.parse(p.pattern, p.flags), True)[0] <= ts._SPLIT_FIRST
    label = ts._BARE_LABEL
    assert _first_ascii(sp.parse(label.pattern, label.flags), True)[0] <= ts._LABELLED_FIRST


@pytest.mark.parametrize("path", SEEDS + CORPUS + DEV, ids=lambda p: p.name)
def test_stamps_are_split_as_without_the_short_cuts(
    path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from postmortem import timestamps as ts

    lines = read_exact(path).splitlines()  # type: ignore[arg-type]
    lines += [ln.lstrip(" -*#>|0123456789.") for ln in lines]
    fast = [(ts.split_stamp(ln), ts.split_stamp(ln, labelled=True)) for ln in lines]
    everything = frozenset(chr(c) for c in range(128))
    monkeypatch.setattr(ts, "_TOKEN_FIRST", everything)
    monkeypatch.setattr(ts, "_SPLIT_FIRST", everything)
    monkeypatch.setattr(ts, "_LABELLED_FIRST", everything)
    monkeypatch.setattr(ts, "_REMEMBERED_CHARS", -1)  # nothing remembered either
    slow = [(ts.split_stamp(ln), ts.split_stamp(ln, labelled=True)) for ln in lines]
    assert fast == slow


# --- the block reader's short cut for lists over nested lists ("- 2021-04-13" then
# "  - 4:16: x") gives the blocks, the model and the text marko's reading gives ---

_PLAIN_TEXT = ["x", "2021-04-13", "4:16: x", "10:00 deploy", "**Date:** y", "`c`", "x  ", "é"]
_ODD_TEXT = ["a | b", "x\ty", "- y", "1. y", "# h", "", "> q", "***", "---", "<b>", "x \t"]


@st.composite
def _nested_lists(draw: st.DrawFn) -> str:
    """A list of day items over nested items, with the odd line marko may read otherwise: an
    indent of 2 to 4 or a tab, any marker, tasks, blank lines, lazy lines, trailing blanks.
    How often a line is odd is drawn for each text, from never to half the lines."""
    rate = draw(st.sampled_from([0, 0, 2, 6, 20]))

    def odd() -> bool:
        return rate > 0 and draw(st.integers(0, rate)) == 0

    def text() -> str:
        return draw(st.sampled_from(_ODD_TEXT if odd() else _PLAIN_TEXT))

    lines: list[str] = []
    kind = draw(st.sampled_from(["-", "*", "+", ".", ")"]))
    for k in range(draw(st.integers(1, 6))):
        if odd():
            kind = draw(st.sampled_from(["-", "*", "+", ".", ")"]))
        marker = kind if kind in "-*+" else f"{draw(st.sampled_from([k + 1, 1, 10]))}{kind}"
        box = draw(st.sampled_from(["", "", "[ ] ", "[x] "]))
        lines.append(f"{marker} {box}{text()}")
        width = len(marker) + 1
        for _ in range(draw(st.integers(0, 4))):
            indent = " " * width
            if odd():
                indent = draw(st.sampled_from(["  ", "   ", "    ", "\t", " ", " " * width + " "]))
            shape = "item"
            if odd():
                shape = draw(st.sampled_from(["blank", "lazy", "text", "spaces"]))
            sub = draw(
                st.sampled_from(["-", "*", "+", "1.", "1)"] + (["2.", "01."] if odd() else []))
            )
            box = draw(st.sampled_from(["", "", "[ ] ", "[X] "]))
            lines.append(
                {
                    "item": f"{indent}{sub} {box}{text()}",
                    "blank": "",
                    "lazy": text(),
                    "text": f"{indent}{text()}",
                    "spaces": indent,
                }[shape]
            )
        if odd():
            lines.append("")
    after = draw(st.sampled_from(["", "", "", "\nx", "\n# h", "x", "# h", "- z", "\n"]))
    return "\n".join([*lines, after]) + draw(st.sampled_from(["\n", "", "\n\n", "  \n"]))


def _marko_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block read by marko: the short cut reads nothing."""
    from postmortem.parsing import blocks

    monkeypatch.setattr(blocks, "_simple_blocks", lambda text, pos, end: ([], pos))


@settings(max_examples=600, deadline=None)
@given(_nested_lists(), st.booleans())
def test_nested_lists_read_as_marko_reads_them(text: str, timeline: bool) -> None:

    text = ("# T\n\n## Timeline\n\n" if timeline else "") + text
    _reads_as_marko_reads(text)


def _reads_as_marko_reads(text: str) -> None:
    """The short cut's blocks, model and text are those of marko's reading of ``text``."""
    from postmortem.parsing import blocks
    from postmortem.serialize import to_dict

    fast_blocks = blocks.parse_blocks(text, 0, len(text))
    fast = postmortem.parse(text)
    with pytest.MonkeyPatch.context() as mp:
        _marko_path(mp)
        slow_blocks = blocks.parse_blocks(text, 0, len(text))
        slow = postmortem.parse(text)
    assert fast_blocks == slow_blocks
    assert fast == slow
    assert to_dict(fast) == to_dict(slow)
    assert postmortem.dumps(fast) == postmortem.dumps(slow) == text


@pytest.mark.parametrize(
    "text",
    [
        "- 2021-04-13\n  - 4:16: x\n  - 4:17: y\n- 2021-04-14\n  - 4:16: x\n" * 50,
        "1. a\n   - b\n   2. c\n2. d\n   1) e\n\n\n",
        "- [ ] a\n  - [x] b  \n- c\n",
        "10. a\n    - b\n11. c\n\n# h\n",
    ],
)
def test_the_short_cut_reads_nested_lists(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from postmortem.parsing import blocks

    got, upto = blocks._simple_blocks(text, 0, len(text))
    assert upto == len(text)  # read without marko ...
    _marko_path(monkeypatch)
    assert got == blocks.parse_blocks(text, 0, len(text))  # ... as marko reads it


@pytest.mark.parametrize(
    "text", ["MayMayMay2020-01-01 ſep 2024/1/2", "5-7 ſep 2024", "ſep 5-7, 2024"]
)
def test_a_month_matched_through_a_case_fold_reads(text: str) -> None:
    # IGNORECASE matches the long s as "s": the range of days it opened raised KeyError.
    assert first_date(text, 0, False) == parse_date(text, dayfirst=False)
    postmortem.parse(f"# Outage\n\n{text}\n")


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "x y", " ", "\t", "#", "##", " #", "\t#", "{#id}", "\\#", "é"]),
        max_size=8,
    ),
    st.sampled_from(["#", "##", "######"]),
    st.sampled_from([" ", "\t"]),
    st.sampled_from(["\n", "", "\n\nx\n", "\n# h\n"]),
)
def test_headings_with_tabs_read_as_marko_reads_them(
    parts: list[str], marks: str, blank: str, after: str
) -> None:
    # The short cut reads a heading's tabs too (marko took quadratic time over a run of
    # them): the blocks, the model and the text are those of marko's reading.
    _reads_as_marko_reads(f"{marks}{blank}{''.join(parts)}{after}")


#: The one pattern ``fields._slot_label_line`` reads in three linear steps: it backtracked
#: over a long run of symbols before a word ("- [x] [x] ... x": 4 s at 40 KB).
_SLOT_LABEL_ONE_PATTERN = re.compile(
    r"[\W_]*(?:(?:[^\W_][\w'’-]*[ \t]+){0,3}[^\W_][\w'’-]*[ \t]*[*_`]*:)?[\W_]*"
)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "Factor", "1", " ", "\t", ":", "*", "_", "`", "✅", "-", "[x]", "é", "’", "x y"]
        ),
        max_size=10,
    )
)
def test_slot_label_lines_read_as_the_one_pattern_did(pieces: list[str]) -> None:
    from postmortem.parsing import fields

    line = "".join(pieces)
    assert fields._slot_label_line(line) == bool(_SLOT_LABEL_ONE_PATTERN.fullmatch(line))
