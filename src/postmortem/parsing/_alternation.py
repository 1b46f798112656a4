"""A long alternation of phrases as a pattern Python's regex engine searches quickly.

``re`` tries every alternative of ``a|b|c|...`` at every position: a search for any of 150
milestone phrases cost about 0.4 us a character of prose. Grouped by the letter each phrase
can start with, a position tries only the phrases that can start there. The grouped pattern
matches at exactly the positions the plain alternation does: each phrase sits in the group of
every character it can start with.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

# The regex engine's own parser, to read an alternative's first characters: private, so any
# surprise falls back to the plain alternation (same matches, only slower).
try:
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # Python 3.10
    _p = importlib.import_module("sre_parse")
    _c = importlib.import_module("sre_constants")


def _first(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed pattern can start with; None when that is not a known set
    (a class such as ``\\w``, or a pattern that can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: "\b", a look-behind ("(?<!incident )reopened")
        if op is _c.LITERAL:
            out.add(chr(av))
            return out
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.add(chr(a))
                elif o is _c.RANGE:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op is _c.SUBPATTERN:
            f = _first(list(av[3]))
            if f is None:
                return None
            return out | f
        if op is _c.BRANCH:
            for alt in av[1]:
                f = _first(list(alt))
                if f is None:
                    return None
                out |= f
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, _hi, sub = av
            f = _first(list(sub))
            if f is None:
                return None
            out |= f
            if lo == 0:
                continue
            return out
        return None
    return None


def alternation(alternatives: Sequence[str], flags: int = 0) -> str:
    """``"|".join(alternatives)``, grouped by first character when every alternative's first
    characters are known (else the plain join). Compile it with the same ``flags``."""
    plain = "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        try:
            first = _first(list(_p.parse(alt, flags)))
        except Exception:  # the private parser changed shape
            return plain
        if first is None:
            return plain
        for ch in first:
            key = ch.lower() if flags & re.IGNORECASE else ch
            if len(key) != 1:
                return plain  # "İ" lowers to two characters: no one-character group
            if alt not in groups.setdefault(key, []):
                groups[key].append(alt)
    ascii_groups = [
        f"(?={re.escape(ch)})(?:{'|'.join(alts)})"
        for ch, alts in sorted(groups.items())
        if ch.isascii()
    ]
    other = [
        f"(?={re.escape(ch)})(?:{'|'.join(alts)})"
        for ch, alts in sorted(groups.items())
        if not ch.isascii()
    ]
    if other:
        # Phrases of other alphabets ("откат") behind one test: an ASCII position tries none.
        ascii_groups.append(f"(?=[^\x00-\x7f])(?:{'|'.join(other)})")
    return "|".join(ascii_groups)
