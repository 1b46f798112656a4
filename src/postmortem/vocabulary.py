"""The one place that maps report wording to model meaning.

Headings and keys are matched after :func:`normalize`: case-folded, emoji and mis-decoded emoji
bytes, numbering ("1.", "A.") and parentheticals removed, trailing punctuation dropped. Tables are
plain data so a caller can extend them (``SECTION_WORDS.append(...)``) before parsing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from postmortem.model import ActionStatus, Horizon, Priority, SectionKind, SeverityLevel

K = SectionKind

#: Heading wording -> section kind. Matched in order; a phrase matches a heading equal to it or
#: starting with it followed by a word boundary ("timeline of events", "timeline - may 29").
SECTION_WORDS: list[tuple[str, SectionKind]] = [
    ("executive summary", K.SUMMARY),
    ("incident summary", K.SUMMARY),
    ("issue summary", K.SUMMARY),
    ("incident overview", K.SUMMARY),
    ("overview", K.SUMMARY),
    ("summary", K.SUMMARY),
    ("tl dr", K.SUMMARY),
    ("what happened", K.DETAILS),
    ("incident description", K.DETAILS),
    ("incident details", K.DETAILS),
    ("issue description", K.DETAILS),
    ("details of incident", K.DETAILS),
    ("background", K.BACKGROUND),
    ("leadup", K.BACKGROUND),
    ("lead up", K.BACKGROUND),
    ("impact", K.IMPACT),
    ("incident impact", K.IMPACT),
    ("customer impact", K.IMPACT),
    ("business impact", K.IMPACT),
    ("technical impact", K.IMPACT),
    ("team impact", K.IMPACT),
    ("what was impacted", K.IMPACT),
    ("timeline", K.TIMELINE),
    ("incident timeline", K.TIMELINE),
    ("root cause", K.ROOT_CAUSE),
    ("root causes", K.ROOT_CAUSE),
    ("root cause analysis", K.ROOT_CAUSE),
    ("causes", K.ROOT_CAUSE),
    ("cause", K.ROOT_CAUSE),
    ("primary cause", K.ROOT_CAUSE),
    ("fault", K.ROOT_CAUSE),
    ("analysis", K.ROOT_CAUSE),
    ("trigger", K.TRIGGER),
    ("contributing factors", K.CONTRIBUTING_FACTORS),
    ("why it happened", K.ROOT_CAUSE),
    ("detection", K.DETECTION),
    ("alert", K.DETECTION),
    ("response and resolution", K.RESPONSE),
    ("response", K.RESPONSE),
    ("investigation", K.RESPONSE),
    ("escalation", K.ESCALATION),
    ("mitigation", K.MITIGATION),
    ("workarounds", K.MITIGATION),
    ("resolution", K.RESOLUTION),
    ("resolution details", K.RESOLUTION),
    ("recovery", K.RESOLUTION),
    ("remediation", K.RESOLUTION),
    ("how it was fixed", K.RESOLUTION),
    ("steps to resolution", K.RESOLUTION),
    ("action taken", K.RESOLUTION),
    ("details of fix", K.RESOLUTION),
    ("lessons learned", K.LESSONS_LEARNED),
    ("lessons", K.LESSONS_LEARNED),
    ("insights", K.LESSONS_LEARNED),
    ("takeaways", K.LESSONS_LEARNED),
    ("what we learned", K.LESSONS_LEARNED),
    ("what went well", K.WENT_WELL),
    ("what worked well", K.WENT_WELL),
    ("what worked", K.WENT_WELL),
    ("things that went well", K.WENT_WELL),
    ("what went wrong", K.WENT_WRONG),
    ("what went poorly", K.WENT_WRONG),
    ("things that went poorly", K.WENT_WRONG),
    ("what didn t go well", K.WENT_WRONG),
    ("what didn t work", K.WENT_WRONG),
    ("what could have gone better", K.WENT_WRONG),
    ("areas for improvement", K.WENT_WRONG),
    ("where we got lucky", K.LUCKY),
    ("action items", K.ACTION_ITEMS),
    ("what we re doing about it", K.ACTION_ITEMS),
    ("what we are doing about it", K.ACTION_ITEMS),
    ("review actions", K.ACTION_ITEMS),
    ("root cause remediations", K.ACTION_ITEMS),
    ("remediation items", K.ACTION_ITEMS),
    # Not the fix made ("Remediation" above): the actions, done and to come, under it
    # ("## Remediation Actions" / "### Immediate (Completed)" / "### Recommended (Future)",
    # Tasbihfy's compromise report), as "Remedial Actions" is read.
    ("remediation actions", K.ACTION_ITEMS),
    ("remediation plan", K.ACTION_ITEMS),
    # Fixes made, items done ("## Fixes Implemented", schedule-website's duplicate sessions;
    # GROUP_STATUS reads the state), as "Actions taken" are.
    ("fixes implemented", K.ACTION_ITEMS),
    ("fixes applied", K.ACTION_ITEMS),
    ("short term improvements", K.ACTION_ITEMS),
    ("medium term improvements", K.ACTION_ITEMS),
    ("long term improvements", K.ACTION_ITEMS),
    ("planned actions", K.ACTION_ITEMS),
    ("actions planned", K.ACTION_ITEMS),
    ("action planned", K.ACTION_ITEMS),
    ("actions taken", K.ACTION_ITEMS),
    ("action points", K.ACTION_ITEMS),
    ("action plan", K.ACTION_ITEMS),
    ("action item", K.ACTION_ITEMS),
    ("actions", K.ACTION_ITEMS),
    ("follow ups", K.ACTION_ITEMS),
    ("follow up tasks", K.ACTION_ITEMS),
    ("follow up actions", K.ACTION_ITEMS),
    ("follow up items", K.ACTION_ITEMS),
    ("followups", K.ACTION_ITEMS),
    ("corrective actions", K.ACTION_ITEMS),
    ("corrective and preventative actions", K.ACTION_ITEMS),
    ("resulting action", K.ACTION_ITEMS),
    ("future measures", K.ACTION_ITEMS),
    ("next steps", K.ACTION_ITEMS),
    ("immediate actions", K.ACTION_ITEMS),
    ("short term actions", K.ACTION_ITEMS),
    ("medium term actions", K.ACTION_ITEMS),
    ("long term actions", K.ACTION_ITEMS),
    ("prevention measures", K.PREVENTION),
    ("preventative measures", K.PREVENTION),
    ("preventive measures", K.PREVENTION),
    ("prevention", K.PREVENTION),
    ("metrics and kpis", K.METRICS),
    ("metrics", K.METRICS),
    ("stats", K.METRICS),
    ("team performance", K.TEAM),
    ("team members", K.TEAM),
    ("response team", K.TEAM),
    ("responders", K.TEAM),
    ("attendees", K.TEAM),
    ("communication", K.COMMUNICATION),
    ("communication plan", K.COMMUNICATION),
    ("follow up", K.FOLLOW_UP),
    ("follow up plan", K.FOLLOW_UP),
    ("review schedule", K.FOLLOW_UP),
    ("success criteria", K.SUCCESS_CRITERIA),
    ("appendix", K.APPENDIX),
    ("appendices", K.APPENDIX),
    ("supporting information", K.APPENDIX),
    ("supporting documentation", K.APPENDIX),
    ("references", K.APPENDIX),
    ("links", K.APPENDIX),
    ("more resources", K.APPENDIX),
    ("sign off", K.SIGN_OFF),
    ("signatures", K.SIGN_OFF),
]

# Chinese ordinals too: "一、事件经过" (review 57).
_LEAD_NUMBER = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)]?|[A-Za-z][.)])\s+|^[一二三四五六七八九十]+[、．.]\s*"
)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]\([^)]*\)")


_OPENER = re.compile(r"[(\[]")


def _drop_parens(t: str) -> str:
    # _PAREN.sub(" ", t) written out: the pattern scans from every "(" or "[" to the next ")"
    # or "]", which is quadratic on a long run of "(" with no ")" after it (a 40,000-character
    # table header took 3 s). Each closer is looked for once and reused until passed.
    out: list[str] = []
    i = last = 0
    close = bracket = after = -2  # next ")", next "]", the ")" after that "](": -1 if none
    while (mm := _OPENER.search(t, i)) is not None:
        i = mm.start()
        if close != -1 and close <= i:
            close = t.find(")", i + 1)
        if close < 0:
            break  # no ")" left: neither alternative can match any more
        if t[i] == "(":
            end = close + 1
        else:
            if bracket != -1 and bracket <= i:
                bracket = t.find("]", i + 1)
                after = -2
            if bracket < 0 or t[bracket + 1 : bracket + 2] != "(":
                i += 1
                continue
            if after == -2:
                after = t.find(")", bracket + 2)
            if after < 0:
                i += 1
                continue
            end = after + 1
        out += (t[last:i], " ")
        i = last = end
    out.append(t[last:])
    return "".join(out)


# Kept: ASCII letters and digits (accents are folded off first) and the scripts written
# without spaces (Japanese kana, CJK ideographs, Hangul), so "Ações Preventivas" reads
# "acoes preventivas" and "後続の対応" stays itself rather than nothing.
#: Kana, CJK ideographs and Hangul: the scripts whose keys are compared by their characters.
UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
#: The alphabets written with spaces besides Latin: Greek, Cyrillic, Hebrew, Arabic,
#: Devanagari, Thai. Kept too: "Временная шкала" reads "временная шкала", not nothing.
_ALPHABETS = "\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
_NON_WORD = re.compile(rf"[^0-9a-z{UNSPACED_SCRIPTS}{_ALPHABETS}]+")
# Up to the first ASCII letter or digit, or character of those scripts: emoji, and mojibake
# of emoji ("\uf8ffüö® Incident Summary"), before a heading's words.
#: Latin letters with accents ("État", "Événement", "Über"): letters, not junk before them.
#: Not "Â", "Ã", "â", "ð" nor the letters Windows-1252 adds ("Ÿ", "œ", "š", ...): the first
#: characters of emoji decoded as Windows-1252 ("ðŸ” Incident Timeline"), which no heading's
#: word opens with.
_LATIN = (
    "\u00c0\u00c1\u00c4-\u00d6\u00d8-\u00e1\u00e3-\u00ef\u00f1-\u00f6\u00f8-\u0151"
    "\u0154-\u015f\u0162-\u0177\u0179-\u017c\u017f-\u0191\u0193-\u024f\u1e00-\u1eff"
)
#: A first "word" that holds a symbol outside ASCII is an emoji, or one decoded in the wrong
#: charset ("\uf8ffüö® Incident Summary", "üõ†Ô∏è Resolution Details" in Mac Roman): junk
#: before the heading's words, whatever letters it holds ("Über" and "État" hold none).
_MAC_EMOJI = re.compile(r"^\s*(?=[^\x00-\x7f])\S*?[^\w\s\x00-\x7f]\S*\s+")
_LEADING_JUNK = re.compile(rf"^[^0-9A-Za-z\[({_LATIN}{UNSPACED_SCRIPTS}{_ALPHABETS}]+")
_UNSPACED = re.compile(rf"[{UNSPACED_SCRIPTS}][{UNSPACED_SCRIPTS}0-9 ]*")
#: "’" decoded as Windows-1252 by an exporter ("What Didnâ€™t Work").
_MOJIBAKE_APOSTROPHE = "\u00e2\u20ac\u2122"


#: Latin letters NFKD does not split into a letter and a mark: "Hva lærte vi?" reads "hva
#: laerte vi", "Oppfølging" "oppfolging", "Właściwości" "wlasciwosci" (the text is casefolded).
_UNSPLIT_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d"})


def unaccented(t: str) -> str:
    """``t`` without its accents and with its joined letters apart ("Élevée" -> "Elevee")."""
    if t.isascii():
        return t
    t = t.translate(_UNSPLIT_LETTERS)
    # Composed again after: NFKD splits a Hangul syllable into letters that are no marks.
    bare = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def normalize(text: str) -> str:
    """Fold heading or key wording to a comparable form ("1. 🚨 Incident Summary:" -> ...)."""
    # Full-width parentheses are parentheses: "长期改进（1-3 个月）" is "长期改进", as
    # "Long-term improvements (1-3 months)" is (NFKD folds them only later, after what they
    # hold was read as words and as the emoji pattern's text).
    t = text.strip().replace("\uff08", "(").replace("\uff09", ")")
    t = t.replace("**", "").replace("__", "").replace("`", "")
    t = _LEADING_JUNK.sub("", _MAC_EMOJI.sub("", t))
    t = _LEAD_NUMBER.sub("", t)
    t = _LEADING_JUNK.sub("", t)
    t = _drop_parens(t)
    t = t.replace(_MOJIBAKE_APOSTROPHE, "'")
    t = unaccented(t.casefold().replace("&", " and ").replace("’", "'"))
    return _NON_WORD.sub(" ", t).strip()


def unspaced(norm: str) -> bool:
    """Whether a normalised key or heading is written in those scripts alone ("开始时间",
    "発生日時"): matched on its characters, since it has no words between spaces."""
    return bool(_UNSPACED.fullmatch(norm))


# Cached: a document asks for the same few keys over and over ("time", "event" in each object
# of a component's data), and a hostile one for tens of thousands.
@lru_cache(maxsize=2048)
def key_words(key: str) -> str:
    """A key in any spelling as words: "startedAt", "started_at", "Started At" -> "started at",
    "OutageFinish" -> "outage finish"."""
    return normalize(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " "))


#: What a status page's opening post says when the team already knows of the incident: the
#: post then dates the detection ("We are investigating", "We are aware of reports", "There is
#: an ongoing outage", "Wir verzeichnen derzeit einen Ausfall").
STATUS_AWARE_WORDS: tuple[str, ...] = (
    r"(?:we are|we're|we have been|the team is) (?:currently )?(?:investigating|looking into|"
    r"aware of|working (?:on|with|to))",
    r"investigating (?:reports?|an? (?:issue|problem|outage|incident))",
    r"there is an? (?:ongoing|current) (?:outage|incident|issue|problem|disruption)",
    # The failure told as going on while the post is written: "A Cloudflare outage is
    # affecting our web services" (EIS's status page), "Our CDN provider is currently facing
    # issues" (Hygraph's), "An outage on a major cloud provider is causing downtime on our
    # API" (HardyPress's), "We are experiencing delays".
    # The failure is the subject (review 58: not "outages like this are affecting your
    # business", "a memory leak is impacting throughput", "Nothing is currently affecting").
    r"(?:outage|incident|issue|problem|disruption|failure|error|degradation)s? "
    r"(?:(?!like\b|such\b)[\w.-]+ ){0,6}?(?:is|are) (?:currently )?(?:affecting|impacting|"
    r"causing (?:downtime|errors|issues|problems|an outage|outages|delays|degraded))",
    r"(?:is|are) currently (?:facing|experiencing) (?:issues|problems|an outage|outages|errors|"
    r"difficulties|degraded)",
    r"(?:is|are) currently (?:down|unavailable|unreachable)",
    r"(?:we are|we're) (?:currently )?experiencing (?:issues|problems|an outage|outages|errors|"
    r"difficulties|degraded|an? (?:incident|disruption))",
    r"wir (?:verzeichnen|untersuchen|arbeiten)",
)
#: ... unless the same sentence looks back: "After investigating the logs, we found ...",
#: "working on a long-term fix for the root cause", "this post explains what happened".
STATUS_LOOKING_BACK_WORDS: tuple[str, ...] = (
    r"after",
    r"while",
    r"long-term",
    r"root cause",
    r"prevent",
    r"what happened",
    r"post-?mortem",
    r"explains?",
)


#: The states a status page's front matter gives its incident ("status: resolved" in Simple
#: Analytics' and LiveAgent's status sites, "closed" and "open" in freistil IT's,
#: "in_progress" in the clearstatus theme's): not a post's own ("status: published", "draft").
FRONT_MATTER_INCIDENT_STATES: frozenset[str] = frozenset(
    {
        "resolved", "closed", "open", "opened", "reopened", "investigating", "identified",
        "monitoring", "in progress", "ongoing", "mitigated", "fixed", "scheduled",
    }
)  # fmt: skip


def opens_by_date(keys: Iterable[object]) -> bool:
    """Whether status-page front matter with these keys opens its incident with "date": it also
    says whether or when the incident was resolved ("resolved: true", "resolvedWhen",
    "resolvedDate"). The parser reads it so and the writer writes it so."""
    return any(key_words(str(k)).startswith("resolved") for k in keys)


def opens_by_state(data: Mapping[Any, object]) -> bool:
    """Whether front matter may open its incident with "date" because it gives the incident's
    state ("status: closed"), without a "resolved..." key (``opens_by_date``) or a key of its
    own for the start. A report keeps its own state so too ("status: resolved" over a post
    written days later): the parser takes the date as the start only when nothing in the body
    comes before it."""
    words = [key_words(str(k)) for k in data]
    if any(w.startswith("resolved") or FRONT_MATTER_INSTANTS.get(w) == "started_at" for w in words):
        return False
    return any(
        w == "status"
        and isinstance(v, str)
        and key_words(v.strip()) in FRONT_MATTER_INCIDENT_STATES
        for w, v in zip(words, data.values(), strict=True)
    )


_SECTION_INDEX: dict[str, SectionKind] | None = None


_LONGEST = [1]  # words in the longest phrase of SECTION_WORDS, found with the index


#: The kinds of section that hold a plan: their dates are items' due days and phases.
PLAN_KINDS: frozenset[SectionKind] = frozenset(
    {SectionKind.ACTION_ITEMS, SectionKind.PREVENTION, SectionKind.FOLLOW_UP}
)


def section_kind(title: str) -> SectionKind:
    """The kind of a section from its heading text; OTHER when nothing matches."""
    global _SECTION_INDEX
    if _SECTION_INDEX is None or _BUILT_FROM[0] != len(SECTION_WORDS):
        # Rebuilt when a caller extends SECTION_WORDS (measured by its length, as built).
        _SECTION_INDEX = {}
        for phrase, kind in SECTION_WORDS:
            _SECTION_INDEX.setdefault(phrase, kind)
        _LONGEST[0] = max((len(p.split()) for p in _SECTION_INDEX), default=1)
        _BUILT_FROM[0] = len(SECTION_WORDS)
        _KINDS.clear()
    known = _KINDS.get(title)
    if known is not None:
        return known
    kind = _section_kind(title, _SECTION_INDEX)
    if len(title) <= 200:  # a hostile megabyte heading is not kept alive
        if len(_KINDS) > 4096:
            _KINDS.clear()
        _KINDS[title] = kind
    return kind


#: Headings already looked up: a report asks for the kind of each heading several times.
_KINDS: dict[str, SectionKind] = {}
_BUILT_FROM = [-1]


def _section_kind(title: str, index: dict[str, SectionKind]) -> SectionKind:
    n = normalize(title)
    if not n:
        return K.OTHER
    hit = index.get(n)
    if hit is not None:
        return hit
    if _TIMELINE_WORD.search(n) and not any(c.isdigit() for c in n):
        # A timeline of any part of the incident is its timeline ("Response Timeline",
        # "Detection Timeline", "Follow-up timeline"): not the response, detection or
        # follow-up whose name starts the heading, whose text would be the entries again.
        return K.TIMELINE
    # Longest phrase that the heading starts with ("timeline of events", "impact assessment").
    # No phrase is longer than the longest in the table, so a long heading costs no more.
    words = n.split(" ", _LONGEST[0])
    for size in range(min(len(words) - 1, _LONGEST[0]), 0, -1):
        hit = index.get(" ".join(words[:size]))
        if hit is not None:
            return hit
    if not any(c.isdigit() for c in n):  # "4:09-4:56 PM: Post-Incident Follow-up" is an entry
        for pattern, kind in _section_keywords():
            if pattern.search(n):
                return kind
    return K.OTHER


_TIMELINE_WORD = re.compile(r"\btimelines?$|\btimeline (?:of|in|for|times|utc|\w{2,4}$)")

#: Words that give a heading no phrase matched its kind, wherever they stand in it: "Preventive
#: / Follow-up Actions", "Corrective and Preventive Measures", "What is being done about
#: this?", "Plan". Tried in order after SECTION_WORDS.
SECTION_KEYWORDS: list[tuple[str, SectionKind]] = [
    (
        # The follow-up recommended: "Recommended Follow-Up" (Direct-Private-Offers' incident
        # report), as "Follow-up" alone and "Recommended follow-ups" are read. Not "One Week
        # Follow-Up" (seed 002's review dates under its "Follow-Up").
        r"\bfollow ?ups\b|\bfollow ?up (?:actions?|items?|tasks?)\b"
        r"|\b(?:recommended|suggested|proposed) follow ?up$"
        r"|\baction items?\b"
        r"|\bcorrective\b|\bpreventa?t?ive actions?\b",
        K.ACTION_ITEMS,
    ),
    (r"\bwhat (?:is|are|we re|we are|will be|we will) (?:being )?(?:done|doing)\b", K.ACTION_ITEMS),
    # "## Action Required" (greenhouse-beach's sensor outage, ConfigHub's image tag), "##
    # Required Actions" (Maia's breach), "## 8. Remaining Work / Next Actions" (BoltRoute),
    # "## 📞 NEXT ACTIONS" (a talent agency's data loss), "## TODO List" (Cloud Posse), as
    # "Immediate Actions Required" and "Next steps" are read.
    (
        r"^(?:the )?plan$|\bnext (?:steps|actions)\b|^to ?dos?$|^to ?do list$"
        # Not another's actions: "Customer Action Required" is advice (review 51).
        r"|^(?:(?:immediate|further|additional|follow ?up|urgent|next) )?actions? required\b"
        r"|^required actions$",
        K.ACTION_ITEMS,
    ),
    # What the failure was, in a write-up's plainer words, as the whole heading: "## The
    # Issue" (Metakgp), "## Problem" (Danavira), "## Symptom" (quasarlab), "## Symptoms"
    # (Mezo). Not "Problem: the chain is halted", a step of Evmos' Five Whys.
    (r"^(?:the )?(?:issue|problem|symptoms?)$", K.DETAILS),
    # Changes named as the team's own, done or to come: "Conclusions - What We Plan to
    # Change", "Work Items Discovered" (NuGet), "What We Changed" (dotabod), "Recommended
    # Actions" (lambda-feedback), "Remedial Actions" (Cyb3r-Jak3), "How am I fixing it?"
    # (Dev-Osmium), "Future Work" (Rotko, Kroma's "Future works").
    (
        r"\bwhat (?:we|i) (?:plan to |will |are going to |re going to |ll )?"
        r"(?:change|changed|changing|improve|improved|improving)\b|\bwhat we re changing\b"
        r"|\b(?:recommended|remedial|remediation) actions?\b|\bwork items\b"
        r"|\bhow (?:am i|are we|we are|we re|we will|will we) (?:be )?"
        r"(?:fixing|preventing|addressing)\b"
        r"|^future works?$",
        K.ACTION_ITEMS,
    ),
    # "Preventive Enhancements", "Prevent Recurrence", "Future prevention", "What could be
    # done to avoid this in future?".
    # "How do we stop it from repeating?" (Scala's release post-mortems), and "forebyggande"
    # (Swedish, Norwegian, Danish: preventive; Searchboost's "Förebyggande efter
    # återställning").
    (
        r"\bprevent(?:ion|ive|ing)?\b|\bavoid (?:this|it|that|a repeat)\b"
        r"|\bstop (?:it|this|that) (?:from )?(?:repeating|recurring|happening again)\b"
        r"|\bforebygg",
        K.PREVENTION,
    ),
    # Other languages (accents folded): "Ações Preventivas", "Acciones correctivas", "Próximos
    # pasos", "后续待办事项" (follow-up to-dos), "改进措施", "下一步行动" (next actions, as
    # "next steps"), "再発防止策", "今後の対応".
    (
        r"\b(?:acoes|acciones|actions) (?:preventiv|corretiv|correctiv)\w*|\bproximos pass?os\b"
        # "Próximas ações sugeridas" (bwb-stream2yt), as "next steps" and "recommended actions".
        r"|\bproximas acoes\b|\b(?:acoes|acciones) (?:sugeridas|recomendadas)\b"
        # "恒久対策" (permanent measures, GiganticMinecraft's migration failure), as
        # "corrective actions".
        r"|后续|待办|改进措施|行动项|下一步|再発防止|今後の対応|恒久対策|恒久対応"
        # Improvements by their horizon, as "Short-term" and "Long-term improvements": "###
        # 🔧 短期优化（2周内）", "### 🏗️ 长期改进（1-3个月）" (Luckin US's RDS report; as the
        # follow-ups of many Chinese fix reports write them), "### 7.4 長期的改善項目"
        # (ekiden-tracker).
        r"|(?:短期|中期|长期|長期)的?(?:改进|改善|优化|措施|对策|対策|行动|行動)",
        K.ACTION_ITEMS,
    ),
    # A checklist that verifies the fix is checks, not actions: "Verification checklist",
    # "Checklist de Verificação Pós-Incidente", "验证清单".
    (
        r"\bverification checklist\b|\bchecklist de verifica\w*|\blista de verifica\w*|验证清单"
        r"|検証",
        K.SUCCESS_CRITERIA,
    ),
    # The sections of a report in other languages, as normalised (accents folded: "Línea de
    # tiempo" is "linea de tiempo", "Действия" is "деиствия"). Chinese, Japanese and Korean
    # words stand anywhere in a heading: those scripts write no spaces between words.
    (
        r"タイムライン|時系列|^経過$|^经过$|时间线|时间轴|時間軸|타임라인|^경과$|\bcronologia\b"
        # "事件经过" (the course of events), as a Chinese report heads its timeline; "事故经过",
        # "故障经过".
        r"|^(?:事件|事故|故障)[经經][过過](?:说明|說明)?$"
        r"|\blinha do tempo\b|\blinea de tiempo\b|\bхронолог|\bвременная шкала\b|\bzeitablauf\b"
        r"|\bchronologie\b"
        # Norwegian, Danish and Swedish "Tidslinje" (NAV's post-mortems); German "Verlauf",
        # "Störungsverlauf" (the course of it).
        r"|\btidslinjen?\b|^(?:storungs|ausfall|incident|vorfalls)?verlauf$"
        # Vietnamese "Dòng thời gian" (a Vietnamese engineer's post-mortems); Czech "Časová osa
        # incidentu" (a Czech team's GPU incident), Polish "Oś czasu".
        r"|\bdong thoi gian\b|\bcasova osa\b|\bos czasu\b"
        # Indonesian "Kronologi", "Linimasa"; Turkish "Zaman çizelgesi"; Dutch "Tijdlijn";
        # Polish "Chronologia"; Italian "Sequenza temporale".
        r"|^kronologi\b|\blinimasa\b|\bzaman cizelgesi\b|\btijdlijn\b|^chronologia\b"
        r"|\bsequenza temporale\b",
        K.TIMELINE,
    ),
    (
        r"アクションアイテム|^対策|对策|재발 ?방지|\bacciones\b|^деиствия\b|\bмеры\b"
        r"|\bmassnahmen\b"
        # "Action items", "follow-up actions", "next steps" and "improvement proposals" as
        # Korean, Russian and Japanese teams write them: "## 7. 액션 아이템" (linkpulse),
        # "### 후속 조치" (psarbot), "## 10. Следующие шаги" (an expense bot's report),
        # "🎯 Следующие шаги" (HEYS), "## 改善提案" (SOTAS).
        r"|액션 ?아이템|후속 ?조치|다음 ?단계|\bследующие шаги\b|\bдальнеишие шаги\b"
        r"|\bплан деиствии\b|改善提案|改善策"
        # "Next steps" in French, German and Italian; what is left open, in English and as
        # Portuguese, French and German teams head it: "## Pendências" (oimpresso), "### 4.6
        # Ce qui reste ouvert" (Tracky).
        r"|\bprochaines etapes\b|\bnachste schritte\b|\bprossimi passi\b"
        # Not "Open items" nor "Outstanding items": as often questions still open.
        r"|^(?:open|outstanding|pending) (?:actions|tasks|work)$|^pending items$|^remaining work$"
        r"|^pendencias$|\bce qui reste (?:ouvert|a faire)\b|^offene punkte$"
        # "Action points" in Norwegian, Danish and Dutch: "## Aksjonspunkter" (NAV's
        # post-mortems), "Actiepunten". Not "Tiltak", "Åtgärder" (measures): as often taken.
        r"|\baksjonspunkter\b|\bhandlingspunkter\b|\bactiepunten\b"
        # Fixes to make or made: "## Fixes Needed", "## Remaining fixes needed"
        # (DaylightStation's post-mortems), "## Fix plan" (Invegent's), "### Fixes" over the
        # table of them (Flutter's), "## Fixes" over those done (MarketEdgePro's). Not "The
        # Fix" nor "How it was fixed": the fix made, one.
        r"|^fixes$|^fix(?:es)? plan$|\bfixes (?:needed|required|planned|to make)\b"
        r"|\bremaining fixes\b"
        # Vietnamese "Hạng mục hành động" (action items).
        r"|\bhang muc hanh dong\b"
        # Follow-up measures and what is left to do, as German, Polish, French, Swedish and
        # Dutch teams head them: "## Folgemaßnahmen" (a homelab's backup failure), "## 8.
        # Działania następcze" (freshmarket), "## Travaux restants" (RDV-Solidarités), "## 8.
        # Att göra härnäst" (Searchboost), "## 12. Aanbevolen vervolgstap" (webuildanddesign).
        # "Korrektur-" and "naprawcze" as English "corrective actions"; not "Gegenmaßnahmen"
        # (countermeasures, as often the response made).
        r"|\b(?:folge|korrektur|verbesserungs)massnahmen\b"
        r"|\bdzialania (?:nastepcze|naprawcze)\b|^travaux restants$|^att gora(?: harnast)?$"
        r"|\bvervolgstap(?:pen)?\b"
        # A fix or solution proposed, not the one made: "✅ RECOMMENDED FIX PROCEDURE"
        # (CastBot), "## Aanbevolen fix (gefaseerd)" (Branddock), "### Navrhované řešení" (a
        # Czech team's GPU incident), "### Mitigazione proposta" (live-draft-companion),
        # "### 권장 조치" (a Korean blog's failover report: recommended measures).
        # Not "Suggested mitigations" nor "Recommended solution": as often advice to the
        # report's readers.
        r"|\b(?:recommended|proposed|suggested) fix(?:es)?\b"
        r"|\baanbevolen (?:fix|oplossing)\b|\bnavrhovane reseni\b|\bmitigazione propost"
        r"|권장 ?조치"
        # "修复措施" (LingFlow, GEO Radar: fix measures), as "改进措施".
        r"|修复措施",
        K.ACTION_ITEMS,
    ),
    (r"^预防|^予防|^防止策|\bprevencion\b|\bprevencao\b|\bпрофилактик", K.PREVENTION),
    (
        r"根本原因|^原因|根因|근본 ?원인|^원인|장애 ?원인|\bcausa raiz\b|\bпервопричин|^причин"
        r"|\bursache|\bcause racine\b|\bnguyen nhan goc\b",
        K.ROOT_CAUSE,
    ),
    (r"^影響|^影响|^영향|^impacto\b|^влияние\b|^auswirkung|^anh huong\b", K.IMPACT),
    (
        r"^(?:サマリー|概要|概述|摘要|개요|요약|resumen|resumo|сводка|резюме|zusammenfassung|resume"
        r"|tong quan(?: su co)?|tom tat)$",
        K.SUMMARY,
    ),
    (
        r"教訓|经验教训|^교훈|\blecciones aprendidas\b|\blicoes aprendidas\b|^уроки\b"
        # "What did we learn?" in Norwegian, Danish and Swedish (NAV's "Hva lærte vi?").
        r"|^hva laerte vi\b|^hvad laerte vi\b|^vad lard?e vi\b|^laerdom|^bai hoc\b",
        K.LESSONS_LEARNED,
    ),
]


def _section_keywords() -> list[tuple[re.Pattern[str], SectionKind]]:
    if _KEYWORDS_BUILT[0] != len(SECTION_KEYWORDS):
        _KEYWORDS[:] = [(re.compile(w), k) for w, k in SECTION_KEYWORDS]
        _KEYWORDS_BUILT[0] = len(SECTION_KEYWORDS)
    return _KEYWORDS


_KEYWORDS: list[tuple[re.Pattern[str], SectionKind]] = []
_KEYWORDS_BUILT = [-1]


# ---------------------------------------------------------------------------------------------
# Field keys: "**Incident ID:** ..." -> a dotted path in the model. Context-specific entries
# (keyed by the section kind the key appears in) win over the global ones.

#: Words that make a key with a date-and-time value a key event, whatever else the key says
#: ("Time of Detection: 2025-08-18 23:15 UTC", "Service Recovery: ...", "Natural Resolution:
#: ..."): tried, in this order, only for keys FIELD_KEYS does not know.
KEY_EVENT_WORDS: tuple[tuple[str, str], ...] = (
    # "Reported:", "Fixed:", "Closed:": the key timestamps of incident.io's exports.
    (r"\bdetect|\bdiscover|\balert|\baware\b|\bnotic|\breported\b", "metadata.detected_at"),
    (r"\bdeclar", "metadata.declared_at"),
    (r"\backnowledg|\backed\b", "metadata.acknowledged_at"),
    # A fix that is part of the way back: "**Partial Fix #1**: October 9, 2025 05:45 UTC"
    # (contributor.info), "**Hotfix:** ... (11:30 PM)" (INC-934), "Temporary fix:".
    (
        r"\bmitigat|\bworkaround|\bpartial fix|\bhot[- ]?fix|\b(?:temporary|interim|quick) fix",
        "metadata.mitigated_at",
    ),
    (r"\brecover|\brestor|\brepair|\bfixed\b", "metadata.repaired_at"),
    (r"\bresol|\bclosed?\b", "metadata.resolved_at"),
    # "Issue commenced:" (the Natural History Museum's service bulletins).
    (r"\bstart|\bbegan\b|\bbegin|\bonset\b|\bcommenc", "metadata.started_at"),
    (r"\bfinish|\bend(?:ed)?\b", "metadata.ended_at"),
    # The same in Spanish, Portuguese, French, German and Italian keys, accents folded
    # ("Detección", "Störungsbeginn", "Rétablissement", "Fin del incidente"): German joins
    # its words, so "beginn" and "ende" close the key rather than open a word.
    (r"\bdetec|erkannt\b|entdeckt\b|\brilevat", "metadata.detected_at"),
    (r"\bmitigac|\bmitigaz", "metadata.mitigated_at"),
    (r"\brestablec|\bretabli|\brestaurad|wiederhergestellt\b|\bripristin", "metadata.repaired_at"),
    (r"\bresuel|\bgelost\b|behoben\b|\brisolt", "metadata.resolved_at"),
    (r"\binici|\bcomienz|\bdebut\b|beginn\b|\binizi", "metadata.started_at"),
    (r"\bfin\b|\bfim\b|ende\b|\bfine\b", "metadata.ended_at"),
    # Norwegian, Danish, Swedish and Dutch: "Feil introdusert: 22.02.2024 10.00", "Feil
    # oppdaget:", "Feil rettet:" (NAV's post-mortems); "upptäckt", "ontdekt", "hersteld".
    (r"\boppdaget\b|\bopdaget\b|\bupptackt\b|\bontdekt\b", "metadata.detected_at"),
    (
        r"\brettet\b|\bgjenopprettet\b|\bgenoprettet\b|\baterstalld\b|\bhersteld\b",
        "metadata.repaired_at",
    ),
    # Not Norwegian "løst", which folds to the English "lost" ("Connection lost: 10:20").
    (r"\bopgelost\b", "metadata.resolved_at"),
    (
        r"\bintrodusert\b|\bintroduceret\b|\bintroducerad\b|\bgeintroduceerd\b|\bstartet\b",
        "metadata.started_at",
    ),
)
#: The same in Chinese, Japanese and Korean keys, which write no spaces between words
#: ("开始时间" start time, "恢复时间" recovery time, "発生日時", "復旧日時", "복구 시각").
KEY_EVENT_WORDS_CJK: tuple[tuple[str, str], ...] = (
    (r"发现|發現|検知|検出|発見|발견|감지", "metadata.detected_at"),
    (r"恢复|恢復|復旧|复旧|복구", "metadata.repaired_at"),
    (r"解决|解決|해결", "metadata.resolved_at"),
    (r"开始|開始|发生|發生|発生|시작|발생", "metadata.started_at"),
    # The incident's date and time, as "Date and time" is read: "| **장애 일시** | 2025-12-31
    # 13:08:01 ~ 진행 중 |" (eventitta's deadlock report), "障害日時", "故障时间", "事故时间".
    (r"장애일시|障害日時|故障[时時]间|事故[时時][间間]", "metadata.started_at"),
    (r"结束|結束|終了|종료", "metadata.ended_at"),
)
#: Words that make such a key something else: a plan, an estimate, a record's own date
#: ("Estimated resolution: ...", "Alert rule created: ...", "Next review: ..."), or the
#: team's response ("Response started: ..." is no start of the incident).
KEY_EVENT_NOT_WORDS = (
    r"\b(?:estimat\w*|expected|planned|target|next|eta|rule|created|updated|published|"
    r"scheduled|review|due|response)\b"
)
#: The same in Chinese, Japanese and Korean keys: a meeting's, a maintenance's, a campaign's
#: or a plan's start ("ミーティング開始日時", "メンテナンス開始", "会议开始时间", "점검 시작",
#: review 56) is no key event of the incident.
KEY_EVENT_NOT_WORDS_CJK: tuple[str, ...] = (
    r"会議", r"会议", r"會議", r"ミーティング", r"メンテナンス", r"キャンペーン", r"维护", r"維護",
    r"회의", r"점검", r"予定", r"预计", r"預計", r"計画", r"计划", r"예정",
)  # fmt: skip
#: Field keys whose value may be the incident's window ("Date: 11:30 - 17:30 UTC", "Start/End:
#: 14:02 - 14:37 PT"): the key's last word names it. Russian names it first: "**Время**:
#: 15:48-16:03 UTC" (GrantService), "## Время: 04:50 - 04:56 MSK" (Fonana), "**Время
#: инцидента:** 13:30–13:33 (Asia/Almaty)" (GPT1C), "Время простоя", "Период
#: недоступности"; the key opens with it ("Рабочее время", working hours, is no window), and
#: what follows says whose time it is ("Время предыдущего инцидента" is another's).
WINDOW_FIELD_WORDS = (
    r"date|time|period|window|duration|outage|incident|impact|downtime|when|end"
    r"|(?<![^\W\d_] )(?:время|период)"
    r"(?: (?:инцидента|сбоя|простоя|аварии|отказа|недоступности|инцидент|события))?"
)


#: The key a field is written under when the report has no line for it yet, where the first
#: of ``FIELD_KEYS`` for its path is another language's ("inicio", "deteccion").
FIELD_LABELS: dict[str, str] = {
    "metadata.started_at": "start time",
    "metadata.detected_at": "detected",
    "metadata.resolved_at": "resolved",
    "metadata.ended_at": "end time",
}

#: Keys that name a field only when their value reads as its kind: Portuguese, Italian and
#: Polish "**Data:** 01/12/2025 - 12:00 BRT" (a WhatsApp dispatcher's problem report) is the
#: date, English "**Data:** 1,200 customer records" is no date.
DATED_ONLY_KEYS: frozenset[str] = frozenset({"data"})

#: "Time" in other languages, as keys are read (accents folded): "Hora", "Heure",
#: "Uhrzeit", "Ora", "Время". A field, a key event's time line and a section's time alike.
OTHER_TIME_WORDS: tuple[str, ...] = ("hora", "heure", "uhrzeit", "ora", "время")
#: "Date and time" in other languages.
OTHER_DATE_AND_TIME_WORDS: tuple[str, ...] = (
    "fecha y hora", "data e hora", "date et heure", "datum und uhrzeit",
)  # fmt: skip

FIELD_KEYS: dict[str, str] = {
    "incident id": "metadata.incident_id",
    "incident": "metadata.incident_id",
    "id": "metadata.incident_id",
    "incident title": "title",
    "title": "title",
    "date": "metadata.date",
    "incident date": "metadata.date",
    "date of incident": "metadata.date",
    # The same key in other languages (accents folded: "Дата" reads "дата").
    "fecha": "metadata.date",
    "fecha del incidente": "metadata.date",
    "data do incidente": "metadata.date",
    "datum": "metadata.date",
    # Turkish, Indonesian, Italian and Polish, whose month names the date reader knows:
    # "**Tarih:** 25 Şubat 2026" (OpsMantik's root-cause analyses), "Tanggal".
    "tarih": "metadata.date",
    # Portuguese, Italian and Polish "Data": the date only where its value reads as one
    # (``DATED_ONLY_KEYS``); an English report's "Data:" is what was affected.
    "data": "metadata.date",
    "olay tarihi": "metadata.date",
    "tanggal": "metadata.date",
    "tanggal insiden": "metadata.date",
    "tanggal kejadian": "metadata.date",
    "data dell incidente": "metadata.date",
    "data incydentu": "metadata.date",
    # Key events in other languages, whose values may be a day alone ("**Inicio:**
    # 2026-09-26"); keys of a date and a time in more wordings are KEY_EVENT_WORDS'.
    "inicio": "metadata.started_at",
    "inicio del incidente": "metadata.started_at",
    "comienzo": "metadata.started_at",
    "debut": "metadata.started_at",
    "debut de l incident": "metadata.started_at",
    "beginn": "metadata.started_at",
    "storungsbeginn": "metadata.started_at",
    "inizio": "metadata.started_at",
    "deteccion": "metadata.detected_at",
    "detectado": "metadata.detected_at",
    "deteccao": "metadata.detected_at",
    "detecte": "metadata.detected_at",
    "erkannt": "metadata.detected_at",
    "resuelto": "metadata.resolved_at",
    "resolvido": "metadata.resolved_at",
    "resolu": "metadata.resolved_at",
    "behoben": "metadata.resolved_at",
    "risolto": "metadata.resolved_at",
    # "Closed" in other languages, as "incident closed": "**Cierre:** 2026-06-17 17:30 UTC-3"
    # (a Chilean BaaS's status log), "Encerramento", "Clôture", "Abschluss", "Chiusura".
    "cierre": "metadata.resolved_at",
    "encerramento": "metadata.resolved_at",
    "cloture": "metadata.resolved_at",
    "abschluss": "metadata.resolved_at",
    "chiusura": "metadata.resolved_at",
    "fim": "metadata.ended_at",
    "fin": "metadata.ended_at",
    "fin del incidente": "metadata.ended_at",
    "ende": "metadata.ended_at",
    "storungsende": "metadata.ended_at",
    "fin de l incident": "metadata.ended_at",
    "дата": "metadata.date",
    "дата инцидента": "metadata.date",
    "日期": "metadata.date",
    "日付": "metadata.date",
    # "Incident date" as Chinese and Japanese write it: "- **事故日期**：2026-10-07" (bforecast).
    "事故日期": "metadata.date",
    "故障日期": "metadata.date",
    "障害発生日": "metadata.date",
    # The days of the incident: "## 発生期間" over "2026/03/14 〜 2026/03/17" (the period of
    # occurrence), "Period:", "Incident period:".
    "発生期間": "metadata.date",
    "発生日": "metadata.date",
    "期間": "metadata.date",
    "period": "metadata.date",
    "incident period": "metadata.date",
    "outage period": "metadata.date",
    "날짜": "metadata.date",
    "date and time": "metadata.started_at",
    "time": "metadata.started_at",
    # (These, with "Hora" and the other languages' words below, are ``TIME_KEY_WORDS``: not
    # the start under a heading of ``OWN_TIME_HEADING_WORDS``.)
    # The same in other languages (``OTHER_TIME_WORDS``): "**Hora:** 23:49 UTC-05:00 (Perú)"
    # under "**Fecha:** 2025-11-13" (gallerapp).
    **{w: "metadata.started_at" for w in (*OTHER_TIME_WORDS, *OTHER_DATE_AND_TIME_WORDS)},
    "severity": "metadata.severity",
    "severity level": "metadata.severity",
    # The same in other languages (keys are read without accents): "**Severidad**:" (six
    # Spanish reports), "**Severidade:**" (Cadencia, tts-webui, Urban AI), "**Gravité** :".
    "severidad": "metadata.severity",
    "severidade": "metadata.severity",
    "gravedad": "metadata.severity",
    "gravidade": "metadata.severity",
    "gravite": "metadata.severity",
    "severite": "metadata.severity",
    "gravita": "metadata.severity",
    "schweregrad": "metadata.severity",
    "status": "metadata.status",
    # The same in other languages: "- 상태: 해결." (inno-extension), "**状态**：✅ 已修复"
    # (goku-docs), "**Estado:** Resuelto", "**Statut :** Résolu", "**Статус:** Решён".
    "상태": "metadata.status",
    "状态": "metadata.status",
    "狀態": "metadata.status",
    "状態": "metadata.status",
    "ステータス": "metadata.status",
    "estado": "metadata.status",
    "situacao": "metadata.status",
    "statut": "metadata.status",
    "статус": "metadata.status",
    "stato": "metadata.status",
    "owner": "metadata.owners",
    "owners": "metadata.owners",
    "incident owner": "metadata.owners",
    "incident owner s": "metadata.owners",
    "document owner": "metadata.owners",
    "authors": "metadata.authors",
    "author": "metadata.authors",
    "participants": "metadata.participants",
    "affected services": "metadata.affected_services",
    "affected systems services": "metadata.affected_services",
    "services affected": "metadata.affected_services",
    "service affected": "metadata.affected_services",
    "duration": "metadata.duration",
    "total duration": "metadata.duration",
    "start time": "metadata.started_at",
    # Key-event summaries in their many wordings ("- Fault began: 14:02").
    "fault began": "metadata.started_at",
    "fault occurred": "metadata.started_at",
    "impact start": "metadata.started_at",
    "impact started": "metadata.started_at",
    "impact began": "metadata.started_at",
    "incident start": "metadata.started_at",
    "incident started": "metadata.started_at",
    "outage start": "metadata.started_at",
    "outage began": "metadata.started_at",
    "team aware": "metadata.detected_at",
    "became aware": "metadata.detected_at",
    "first alert": "metadata.detected_at",
    "first alerted": "metadata.detected_at",
    "time detected": "metadata.detected_at",
    # The day a milestone fell on, named by "date": "| **Date detected** | 2026-07-23 |"
    # (Digital Aid Seattle's post-mortems), as "Time detected" names its time.
    "date detected": "metadata.detected_at",
    "detection date": "metadata.detected_at",
    "date of detection": "metadata.detected_at",
    "date discovered": "metadata.detected_at",
    "date resolved": "metadata.resolved_at",
    "resolution date": "metadata.resolved_at",
    "date of resolution": "metadata.resolved_at",
    "date restored": "metadata.repaired_at",
    "restored": "metadata.repaired_at",
    "service restored": "metadata.repaired_at",
    "impact end": "metadata.repaired_at",
    "impact ended": "metadata.repaired_at",
    "time restored": "metadata.repaired_at",
    "incident resolved": "metadata.resolved_at",
    "incident closed": "metadata.resolved_at",
    "closed": "metadata.resolved_at",
    "time resolved": "metadata.resolved_at",
    "first detected": "metadata.detected_at",
    "detected": "metadata.detected_at",
    "discovered": "metadata.detected_at",
    "outage discovered": "metadata.detected_at",
    "issue discovered": "metadata.detected_at",
    "outage end": "metadata.repaired_at",
    "outage ended": "metadata.repaired_at",
    "incident declared": "metadata.declared_at",
    "declared": "metadata.declared_at",
    # Incident tools' exports and templates (Rootly, incident.io, FireHydrant) give the
    # acknowledgement and the mitigation their own keys ("**Mitigated at:** 23:39 UTC").
    "acknowledged": "metadata.acknowledged_at",
    "acknowledged at": "metadata.acknowledged_at",
    "time acknowledged": "metadata.acknowledged_at",
    "mitigated": "metadata.mitigated_at",
    "mitigated at": "metadata.mitigated_at",
    "time mitigated": "metadata.mitigated_at",
    "mitigation time": "metadata.mitigated_at",
    "repaired": "metadata.repaired_at",
    "resolved": "metadata.resolved_at",
    "resolved at": "metadata.resolved_at",
    "end time": "metadata.ended_at",
    "team department": "metadata.team",
    "date of report": "metadata.report_date",
    "report prepared by": "metadata.prepared_by",
    "prepared by": "metadata.prepared_by",
    "post mortem completed by": "metadata.prepared_by",
    "approved by": "metadata.approved_by",
    "version": "metadata.version",
    "template version": "metadata.version",
    "last updated": "metadata.last_updated",
    "last update": "metadata.last_updated",
    "next review": "metadata.next_review",
    "next review date": "metadata.next_review",
    "next retrospective review date": "metadata.next_review",
    "distribution": "metadata.distribution",
    "incident commander": "team.incident_commander",
    "technical lead": "team.technical_lead",
    "communications lead": "team.communications_lead",
    "support team": "team.support",
    "post mortem facilitator": "team.facilitator",
    "scribe": "team.scribe",
    "incident summary": "summary.text",
    "key findings": "summary.key_findings",
    "recommendations": "summary.recommendations",
    "what happened": "details.what_happened",
    "when did it happen": "details.when",
    "where did it happen": "details.where",
    "who was affected": "details.who_affected",
    "impact": "impact.text",
    "users affected": "impact.customer.users_affected",
    "geographic impact": "impact.customer.geographic",
    "geographic scope": "impact.customer.geographic",
    "service impact": "impact.customer.services",
    "service disruption": "impact.customer.services",
    "customer impact": "impact.customer.services",
    "external": "impact.customer.external",
    "internal": "impact.customer.internal",
    "affected stakeholders": "impact.stakeholders",
    "revenue impact": "impact.business.revenue",
    "revenue lost": "impact.business.revenue",
    "revenue loss": "impact.business.revenue",
    "financial impact": "impact.business.revenue",
    "reputation impact": "impact.business.reputation",
    "reputational impact": "impact.business.reputation",
    "compliance impact": "impact.business.compliance",
    "sla credits": "impact.business.sla_credits",
    "customer trust": "impact.business.customer_trust",
    "operational impact": "impact.business.operational",
    "business impact": "impact.business.operational",
    "system downtime": "impact.technical.downtime",
    "downtime": "impact.technical.downtime",
    "service downtime": "impact.technical.downtime",
    "data loss": "impact.technical.data_loss",
    "performance degradation": "impact.technical.performance",
    "security impact": "impact.technical.security",
    "technical impact": "impact.technical.performance",
    "root cause": "root_cause.primary",
    "primary cause": "root_cause.primary",
    "initial cause": "root_cause.trigger",
    "trigger": "root_cause.trigger",
    "contributing factors": "root_cause.contributing_factors",
    "why it happened": "root_cause.why_it_happened",
    "technical reason": "root_cause.technical",
    "process reason": "root_cause.process",
    "human reason": "root_cause.human",
    "system reason": "root_cause.system",
    "method": "detection.method",
    "detected by": "detection.detected_by",
    "detection time": "detection.time",
    "actions taken": "response.actions",
    "immediate actions taken": "response.actions",
    "escalation": "response.escalation",
    "resolution method": "resolution.method",
    "resolution time": "resolution.time",
    "verification": "resolution.verification",
    "immediate mitigation": "resolution.mitigation",
    "permanent fix": "resolution.permanent_fix",
    "why it worked": "resolution.why_it_worked",
    "what worked well": "lessons.went_well",
    "what went well": "lessons.went_well",
    "what went wrong": "lessons.went_wrong",
    "where we got lucky": "lessons.lucky",
    "team members": "team.members",
    "members": "team.members",
    "responders": "team.members",
    "timezone": "metadata.timezone",
    "time zone": "metadata.timezone",
    "what didn't work": "lessons.went_wrong",
    "what didn t work": "lessons.went_wrong",
    "areas for improvement": "lessons.went_wrong",
    "what could be improved": "lessons.improvements",
    "recommendations for future prevention": "lessons.improvements",
    "technical lessons": "lessons.technical",
    "process lessons": "lessons.process",
    "organizational lessons": "lessons.organisational",
    "organisational lessons": "lessons.organisational",
    "process improvements": "prevention.process",
    "technical improvements": "prevention.technical",
    "monitoring improvements": "prevention.monitoring",
    "tool improvements": "prevention.tools",
    "internal communication": "communication.internal",
    "external communication": "communication.external",
    "success criteria": "follow_up.success_criteria",
}

#: Keys whose meaning depends on the section they are in: (section kind, key) -> path.
CONTEXT_KEYS: dict[tuple[SectionKind, str], str] = {
    (K.DETECTION, "time"): "detection.time",
    (K.RESPONSE, "time"): "response.time",
    (K.RESOLUTION, "time"): "resolution.time",
    (K.DETECTION, "detection"): "detection.text",
    (K.RESPONSE, "detection"): "detection.text",
    (K.RESPONSE, "escalation"): "response.escalation",
    (K.RESPONSE, "mitigation"): "resolution.mitigation",
    (K.RESPONSE, "resolution"): "resolution.text",
    (K.SUMMARY, "root cause"): "root_cause.primary",
    (K.SUMMARY, "what happened"): "summary.text",
    (K.ROOT_CAUSE, "what happened"): "root_cause.primary",
    (K.SUMMARY, "resolution"): "resolution.text",
    (K.IMPACT, "technical impact"): "impact.technical.performance",
    (K.IMPACT, "business impact"): "impact.business.operational",
    (K.IMPACT, "severity"): "metadata.severity",
    (K.IMPACT, "impact on operations"): "impact.text",
    (K.LESSONS_LEARNED, "technical insights"): "lessons.technical",
    (K.LESSONS_LEARNED, "process insights"): "lessons.process",
    (K.FOLLOW_UP, "success criteria"): "follow_up.success_criteria",
    # "Time" in other languages is that section's time too ("## Resolución" over "**Hora:**
    # 11:30 UTC"), as it is the incident's under the title (``FIELD_KEYS``).
    **{
        (kind, word): f"{field}.time"
        for word in OTHER_TIME_WORDS
        for kind, field in (
            (K.DETECTION, "detection"),
            (K.RESPONSE, "response"),
            (K.RESOLUTION, "resolution"),
        )
    },
}

#: Headings of subsections whose body fills a field: (parent kind or None, heading) -> path.
SUBSECTION_FIELDS: dict[str, str] = {
    "primary cause": "root_cause.primary",
    "contributing factors": "root_cause.contributing_factors",
    "why it happened": "root_cause.why_it_happened",
    "what went well": "lessons.went_well",
    "what worked well": "lessons.went_well",
    "what worked": "lessons.went_well",
    "things that went well": "lessons.went_well",
    "what went wrong": "lessons.went_wrong",
    "what went poorly": "lessons.went_wrong",
    "things that went poorly": "lessons.went_wrong",
    "what didn t work": "lessons.went_wrong",
    "what didn t go well": "lessons.went_wrong",
    "where we got lucky": "lessons.lucky",
    "what could be improved": "lessons.improvements",
    "process improvements": "prevention.process",
    "technical improvements": "prevention.technical",
    "monitoring improvements": "prevention.monitoring",
    "tool improvements": "prevention.tools",
    "internal communication": "communication.internal",
    "external communication": "communication.external",
    "success criteria": "follow_up.success_criteria",
    "why it worked": "resolution.why_it_worked",
    "summary": "summary.text",
    "date": "metadata.date",
    "authors": "metadata.authors",
    "author": "metadata.authors",
    "status": "metadata.status",
    "severity": "metadata.severity",
    "executive summary": "summary.text",
    "incident summary": "summary.text",
}

#: Front-matter keys of the report's title and date, first found wins: "post_title" and
#: "post_date" are what the WordPress-to-Jekyll exporter writes for every post it exports.
#: Words that open a line dating the document, not the incident ("Last Update: May 4,
#: 2025", "Updated 2023-03-03", "Published on ..."): no day for the timeline's entries.
REVISION_WORDS: tuple[str, ...] = (
    r"last\s+updated?",
    r"updated(?:\s+on)?",
    r"published(?:\s+on)?",
    r"posted(?:\s+on)?",
    r"revised",
    r"modified",
    r"last\s+edited",
)
FRONT_MATTER_TITLE_KEYS: tuple[str, ...] = ("title", "post_title")
FRONT_MATTER_DATE_KEYS: tuple[str, ...] = (
    # The incident's own day first: a post's "date" is often when it went out.
    "incident_date", "incidentdate", "incident-date", "date", "post_date",
    # The publication day, by the names site generators give it: "pubDate: May 2, 2024"
    # (Astro, Val Town's blog), "published: 2026-05-11" (TanStack), "published: Mon, 17 Feb
    # 2020 at 04:57 AM" (Pine.blog), Hugo's "publishDate" ("published: true" is no day).
    "pubdate", "pub_date", "publishdate", "publish_date", "published_at", "publishedat",
    "published",
    # The moment a post is about: "timestamp: 2026-01-17 05:45:00 -0500" (Travel
    # Syndication Technology's incident notices), "timestamp: 2012-04-23t10:45:00.10+02:00"
    # (jid.pl's blog).
    "timestamp",
    # The day a note was written, last: "created_at: Thu Jan 31 2013 13:00:00 CET" (Travis
    # CI's blog), "created: 2026-02-10" (Obsidian vaults: Cogni's and kibana-oo's notes).
    "created_at", "createdat", "created", "date_created", "creation_date",
)  # fmt: skip

#: Section kinds whose whole body text is the value of one field.
SECTION_TEXT_FIELDS: dict[SectionKind, str] = {
    K.SUMMARY: "summary.text",
    K.TRIGGER: "root_cause.trigger",
    K.CONTRIBUTING_FACTORS: "root_cause.contributing_factors",
    K.WENT_WELL: "lessons.went_well",
    K.WENT_WRONG: "lessons.went_wrong",
    K.LUCKY: "lessons.lucky",
    K.DETECTION: "detection.text",
    K.ROOT_CAUSE: "root_cause.primary",
    K.IMPACT: "impact.text",
    K.RESOLUTION: "resolution.text",
    K.FOLLOW_UP: "follow_up.text",
    K.RESPONSE: "response.text",
}

# ---------------------------------------------------------------------------------------------
# Value words

SEVERITY_WORDS: dict[str, SeverityLevel] = {
    "critical": SeverityLevel.CRITICAL,
    "crit": SeverityLevel.CRITICAL,
    "p0": SeverityLevel.CRITICAL,
    "sev0": SeverityLevel.CRITICAL,
    "sev1": SeverityLevel.CRITICAL,
    "s1": SeverityLevel.CRITICAL,
    "high": SeverityLevel.HIGH,
    "major": SeverityLevel.HIGH,
    "down": SeverityLevel.CRITICAL,
    "disrupted": SeverityLevel.HIGH,
    "notice": SeverityLevel.LOW,
    "p1": SeverityLevel.HIGH,
    "sev2": SeverityLevel.HIGH,
    "s2": SeverityLevel.HIGH,
    "medium": SeverityLevel.MEDIUM,
    "moderate": SeverityLevel.MEDIUM,
    "p2": SeverityLevel.MEDIUM,
    "sev3": SeverityLevel.MEDIUM,
    "s3": SeverityLevel.MEDIUM,
    "low": SeverityLevel.LOW,
    "minor": SeverityLevel.LOW,
    "p3": SeverityLevel.LOW,
    "p4": SeverityLevel.LOW,
    "sev4": SeverityLevel.LOW,
    "sev5": SeverityLevel.LOW,
    "s4": SeverityLevel.LOW,
    # Spanish, Portuguese, Italian, French and German, read without accents: "**Severidad**:
    # CRÍTICA", "**Severidade:** Alta", "**Gravité** : Moyenne", "Schweregrad: hoch".
    "critica": SeverityLevel.CRITICAL,
    "critico": SeverityLevel.CRITICAL,
    "critique": SeverityLevel.CRITICAL,
    "kritisch": SeverityLevel.CRITICAL,
    "alta": SeverityLevel.HIGH,
    "alto": SeverityLevel.HIGH,
    "elevee": SeverityLevel.HIGH,
    "haute": SeverityLevel.HIGH,
    "hoch": SeverityLevel.HIGH,
    "media": SeverityLevel.MEDIUM,
    "medio": SeverityLevel.MEDIUM,
    "moyenne": SeverityLevel.MEDIUM,
    "mittel": SeverityLevel.MEDIUM,
    "baja": SeverityLevel.LOW,
    "bajo": SeverityLevel.LOW,
    "baixa": SeverityLevel.LOW,
    "baixo": SeverityLevel.LOW,
    "bassa": SeverityLevel.LOW,
    "faible": SeverityLevel.LOW,
    "basse": SeverityLevel.LOW,
    "niedrig": SeverityLevel.LOW,
}
#: Level words of ``SEVERITY_WORDS`` that are also English words: a level only as the
#: severity's first word ("Media", not "Social media login broken").
SEVERITY_WORDS_FIRST_ONLY: frozenset[str] = frozenset({"media"})

STATUS_WORDS: dict[str, ActionStatus] = {
    "done": ActionStatus.DONE,
    "complete": ActionStatus.DONE,
    "completed": ActionStatus.DONE,
    "closed": ActionStatus.DONE,
    "fixed": ActionStatus.DONE,
    "resolved": ActionStatus.DONE,
    "merged": ActionStatus.DONE,
    "implemented": ActionStatus.DONE,
    "open": ActionStatus.OPEN,
    "todo": ActionStatus.OPEN,
    "to do": ActionStatus.OPEN,
    "not started": ActionStatus.OPEN,
    "planned": ActionStatus.OPEN,
    "pending": ActionStatus.OPEN,
    "new": ActionStatus.OPEN,
    "in progress": ActionStatus.IN_PROGRESS,
    "doing": ActionStatus.IN_PROGRESS,
    "in-progress": ActionStatus.IN_PROGRESS,
    "started": ActionStatus.IN_PROGRESS,
    "ongoing": ActionStatus.IN_PROGRESS,
    "wip": ActionStatus.IN_PROGRESS,
    "won't do": ActionStatus.WONT_DO,
    "wont do": ActionStatus.WONT_DO,
    "won t do": ActionStatus.WONT_DO,
    "wontfix": ActionStatus.WONT_DO,
    "cancelled": ActionStatus.WONT_DO,
    "canceled": ActionStatus.WONT_DO,
    "dropped": ActionStatus.WONT_DO,
    # Portuguese, Spanish, French and German, accents folded: "aberto" / "concluído"
    # (kharis), "⏳ Pendiente" (a Luanti server's action table), "en cours", "erledigt".
    "aberto": ActionStatus.OPEN, "aberta": ActionStatus.OPEN, "pendente": ActionStatus.OPEN,
    "abierto": ActionStatus.OPEN, "pendiente": ActionStatus.OPEN, "ouvert": ActionStatus.OPEN,
    "a faire": ActionStatus.OPEN, "offen": ActionStatus.OPEN,
    "em andamento": ActionStatus.IN_PROGRESS, "em progresso": ActionStatus.IN_PROGRESS,
    "en progreso": ActionStatus.IN_PROGRESS, "en curso": ActionStatus.IN_PROGRESS,
    "en cours": ActionStatus.IN_PROGRESS, "in arbeit": ActionStatus.IN_PROGRESS,
    "in bearbeitung": ActionStatus.IN_PROGRESS,
    "concluido": ActionStatus.DONE, "concluida": ActionStatus.DONE, "feito": ActionStatus.DONE,
    "resolvido": ActionStatus.DONE, "completado": ActionStatus.DONE, "hecho": ActionStatus.DONE,
    "resuelto": ActionStatus.DONE, "terminado": ActionStatus.DONE, "fait": ActionStatus.DONE,
    "termine": ActionStatus.DONE, "resolu": ActionStatus.DONE, "erledigt": ActionStatus.DONE,
    "abgeschlossen": ActionStatus.DONE, "implementado": ActionStatus.DONE,
    "implementada": ActionStatus.DONE, "umgesetzt": ActionStatus.DONE,
    "cancelado": ActionStatus.WONT_DO, "annule": ActionStatus.WONT_DO,
    "verworfen": ActionStatus.WONT_DO,
    # Norwegian, Danish, Swedish and Dutch: "[Utført](...)" in NAV's action tables.
    "utfort": ActionStatus.DONE, "udfort": ActionStatus.DONE, "utford": ActionStatus.DONE,
    "ferdig": ActionStatus.DONE, "gedaan": ActionStatus.DONE,
    "afgerond": ActionStatus.DONE, "apen": ActionStatus.OPEN, "aben": ActionStatus.OPEN,
    "pagar": ActionStatus.IN_PROGRESS, "pagaende": ActionStatus.IN_PROGRESS,
    # Vietnamese: "✅ Đã xong", "⏳ Đang chờ" (waiting), "Đang làm" (being done).
    "da xong": ActionStatus.DONE, "hoan thanh": ActionStatus.DONE,
    "dang cho": ActionStatus.OPEN,
    "chua lam": ActionStatus.OPEN, "dang lam": ActionStatus.IN_PROGRESS,
    "dang xu ly": ActionStatus.IN_PROGRESS, "hoan thanh mot phan": ActionStatus.IN_PROGRESS,
    "xong": ActionStatus.DONE,
}  # fmt: skip

PRIORITY_WORDS: dict[str, Priority] = {
    "critical": Priority.CRITICAL,
    "p0": Priority.CRITICAL,
    "urgent": Priority.CRITICAL,
    "high": Priority.HIGH,
    "p1": Priority.HIGH,
    "medium": Priority.MEDIUM,
    "med": Priority.MEDIUM,
    "p2": Priority.MEDIUM,
    "normal": Priority.MEDIUM,
    "low": Priority.LOW,
    "p3": Priority.LOW,
}

HORIZON_WORDS: list[tuple[str, Horizon]] = [
    ("immediate", Horizon.IMMEDIATE),
    ("short term", Horizon.SHORT_TERM),
    ("short-term", Horizon.SHORT_TERM),
    ("medium term", Horizon.MEDIUM_TERM),
    ("medium-term", Horizon.MEDIUM_TERM),
    ("long term", Horizon.LONG_TERM),
    ("long-term", Horizon.LONG_TERM),
]

#: A plan's horizon written where a table's time goes ("| **24 hours** | Clean git history |",
#: "| 1 week |", "| NOW |", "| Ongoing |", "| Q3 |", "| Next sprint |"): a table whose column of
#: times holds such cells and no time is a plan, not a log (``TimelineReader._times_in``).
#: Not a time of the past in words ("Early March", "Day 1", "Monday", "Morning").
PLAN_HORIZON = (
    r"(?i)(?:now|immediate(?:ly)?|asap|ongoing|continuous(?:ly)?|recurring|weekly|monthly|"
    r"quarterly|(?:short|medium|mid|long)[- ]?term|(?:this|next) (?:week|month|quarter|sprint)|"
    r"q[1-4](?: \d{4})?|week \d{1,2}|(?:within |in |\+ ?)?\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?"
    r"(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?)(?: from now)?)"
)

#: Keys that name a time alone ("Time", "Hora"): the incident's start, except under a step's,
#: a message's or a plan's heading (``OWN_TIME_HEADING_WORDS``).
TIME_KEY_WORDS: frozenset[str] = frozenset(
    {"time", "date and time", *OTHER_TIME_WORDS, *OTHER_DATE_AND_TIME_WORDS}
)
#: Words of a heading over a step, a message or a plan (as normalised), whose "Time" field
#: is its own, not the incident's start: "## Communication", "## Fix", "## Resolución",
#: "## Status page update" (review 56).
OWN_TIME_HEADING_WORDS: tuple[str, ...] = (
    r"fix(?:es)?", r"resolution", r"resolucion", r"resolucao", r"solucion", r"solucao",
    r"communications?", r"comunicacion", r"comunicacao", r"notifications?", r"announcements?",
    r"updates?", r"status page", r"deploy(?:ment)?", r"rollback", r"recovery", r"restore",
    r"restoration", r"mitigation", r"mitigacion", r"response", r"respuesta", r"escalation",
    r"meeting", r"retrospective", r"review", r"follow[ -]?ups?", r"next steps",
)  # fmt: skip
OWN_TIME_HEADING_WORDS_CJK: tuple[str, ...] = (
    r"対応", r"復旧", r"通知", r"连络", r"連絡", r"处理", r"恢复", r"修复",
    r"대응", r"복구", r"공지",
)  # fmt: skip
#: Table column headings -> timeline event field.
TIMELINE_COLUMNS: dict[str, str] = {
    "time": "time",
    "date": "time",
    # "| Day | Time (UTC) | Event |" (Mezo's halt report): a column of days, read as such
    # beside the column of times.
    "day": "time",
    "date and time": "time",
    "datetime": "time",
    "timestamp": "time",
    "when": "time",
    # "| Start | End | Event |": an entry's start is its instant.
    "start": "time",
    "from": "time",
    "time utc": "time",
    "event": "text",
    "event description": "text",
    "description": "text",
    "what happened": "text",
    "events": "text",
    "details": "text",
    # Also the keys of entries written as objects in MDX/JSX data ({ time: ..., text: ... }).
    "at": "time",
    "text": "text",
    "message": "text",
    "action taken": "action",
    "action": "action",
    "actions": "action",
    "actor": "actor",
    "who": "actor",
    "owner": "actor",
    "by": "actor",
    "phase": "phase",
    "milestone": "phase",
}
#: Headers of a timeline table's column of notes beside the event's words (as normalised):
#: "| Time (UTC) | Event | Notes |" (a common template's, and many teams' logs), "| 时间 (UTC)
#: | 事件 | 说明 |" (Luckin US's RDS report). Their words may name how the entry's moment was
#: found, reduced or ended (``timeline._NOTE_MILESTONES``).
NOTE_COLUMN_WORDS: frozenset[str] = frozenset(
    {
        # Not "Context", "Impact", "Result": as often a plan or what the step was for.
        "notes", "note", "comments", "comment", "remarks", "remark", "observations",
        "observation",
        "说明", "說明", "备注", "備註", "備考", "비고", "설명", "notas", "nota",
        "observaciones", "observacoes", "bemerkung", "bemerkungen", "anmerkung", "remarques",
        "remarque",
    }
)  # fmt: skip
#: Words that make a note a plan, a condition or another incident's, whose milestones are not
#: the entry's: "Rollback plan: failover complete in 5 minutes if needed" (review 56).
NOTE_PLAN_WORDS: tuple[str, ...] = (
    r"plan(?:s|ned)?", r"if (?:needed|necessary|required)", r"would", r"will", r"should",
    r"could", r"estimated", r"eta", r"计划", r"預計", r"预计", r"予定", r"예정",
    # Or another incident recalled: "Same as INC-123, which was resolved by a restart".
    r"same as", r"inc-?\d+", r"previous(?:ly)?", r"last time", r"prior incident",
)  # fmt: skip
#: Words that name a timeline table's time or text column in other languages, anywhere in its
#: heading ("| Hora (UTC-3) | Evento |", "| 시점 | 사건 |", "| 時刻 | 内容 |", "| Время |
#: Событие |"): the column is known even where some rows hold no stamp ("복구", recovery).
TIME_COLUMN_WORDS: tuple[str, ...] = (
    "hora", "heure", "uhrzeit", "zeit", "zeitpunkt", "datum", "fecha", "horario", "время",
    "дата", "時刻", "時間", "日時", "时间", "時点", "시각", "시간", "시점", "일시",
    "thoi gian", "thoi diem",
    # "When" as "| When | What happened |" heads the column: "| Quando | O que aconteceu |"
    # (NOC Horizon's timeline), "cuándo", "quand", "wann", "kdy", "kiedy".
    "quando", "cuando", "quand", "wann", "kdy", "kiedy",
    # Italian, Dutch, Polish, Indonesian and Turkish: "| Data | Ora | Evento |" (a Laravel
    # module's restoration log), "tijd", "czas", "godzina", "waktu", "jam", "tanggal", "saat".
    "ora", "data", "tijd", "tijdstip", "czas", "godzina", "waktu", "jam", "tanggal", "zaman",
    "saat", "tarih",
)  # fmt: skip
TEXT_COLUMN_WORDS: tuple[str, ...] = (
    "evento", "evenement", "ereignis", "descripcion", "descricao", "beschreibung", "событие",
    "описание", "内容", "事象", "出来事", "事件", "描述", "사건", "내용", "이벤트",
    "su kien", "mo ta",
    # "What happened": "o que aconteceu", "qué pasó", "cosa è successo", "was passiert ist".
    "aconteceu", "paso", "successo", "passiert",
    "descrizione", "gebeurtenis", "beschrijving", "zdarzenie", "opis", "kejadian", "peristiwa",
    "keterangan", "olay", "aciklama",
)  # fmt: skip

#: Table column headings -> action item field.
ACTION_COLUMNS: dict[str, str] = {
    "id": "id",
    "": "id",
    "no": "id",
    "action": "description",
    "action item": "description",
    "action items": "description",
    "item": "description",
    "description": "description",
    "task": "description",
    "what": "description",
    "owner": "owner",
    "owners": "owner",
    "who": "owner",
    "assignee": "owner",
    "assigned to": "owner",
    "responsible": "owner",
    "priority": "priority",
    "due date": "due",
    "due": "due",
    "deadline": "due",
    "target date": "due",
    "eta": "due",
    "status": "status",
    "state": "status",
    "type": "category",
    "category": "category",
    "horizon": "horizon",
    "bug": "tracking",
    "tracking bug": "tracking",
    "ticket": "tracking",
    "issue": "tracking",
    "link": "tracking",
    "tracking": "tracking",
    # The same columns in Portuguese, Spanish, French and German (accents folded): "| # |
    # Ação | Tipo | Prioridade | Responsável | Status |" (kharis), "| Acción | Prioridad |
    # Estado | Responsable | Fecha Límite |" (a Luanti server's post-mortem).
    "acao": "description", "accion": "description", "massnahme": "description",
    "responsavel": "owner", "responsable": "owner", "verantwortlich": "owner",
    "prioridade": "priority", "prioridad": "priority", "prioritat": "priority",
    "estado": "status", "situacao": "status", "statut": "status",
    "prazo": "due", "fecha limite": "due", "echeance": "due", "frist": "due",
    # Norwegian, Danish and Swedish (NAV's "| Aksjon | Type | Eier | Referanse |"), Dutch.
    "aksjon": "description", "tiltak": "description", "atgard": "description",
    "actie": "description", "eier": "owner", "ansvarlig": "owner", "ejer": "owner",
    "agare": "owner", "eigenaar": "owner",
    # Korean, Chinese and Japanese: "| 항목 | 상태 | 담당자 |" (Twodragon's checklist, a
    # Korean RCA's "| # | 조치 | 대상 | 상태 |"), "| 任务 | 负责人 | 状态 |",
    # "| 対応 | 担当 | 状態 |".
    "상태": "status", "状态": "status", "狀態": "status", "状態": "status", "ステータス": "status",
    "담당자": "owner", "담당": "owner", "负责人": "owner", "担当": "owner", "担当者": "owner",
    "조치": "description", "조치 항목": "description",
    # Vietnamese: "| Hành động | Phụ trách | Hạn hoàn thành | Trạng thái |".
    "hanh dong": "description", "phu trach": "owner", "nguoi phu trach": "owner",
    "han hoan thanh": "due", "thoi han": "due", "trang thai": "status",
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Milestone wording. Each entry is a regular-expression fragment matched case-insensitively at
# word boundaries in the first line of a timeline entry or in a sentence of prose. The parser
# turns a match into evidence (see postmortem.parsing.evidence); metrics only choose among the
# evidence. Extend a tuple to teach the library a new phrasing.

#: What makes an intervention's wording the failure itself, when the rest of its sentence
#: says so: "The autoscaler scaled down the nodes, causing the outage", "The database shuts
#: down unexpectedly", "TLS verification was disabled by a config change". Bounded by the
#: sentence; a negative lookahead after the verb phrase.
#: What a team isolates to contain an incident.
_CONTAINED = (
    r"(?:hosts?|machines?|servers?|nodes?|laptops?|devices?|workstations?|endpoints?|"
    r"instances?|vms?|validators?|containers?|accounts?)"
)
#: The team isolating them: "isolated the affected hosts", "quarantined the infected laptop".
_CONTAINING = (
    r"(?:isolat|quarantin)(?:es|ed|ing) (?:the |an? |all |our )?(?:affected |compromised |"
    rf"infected )?(?:[\w-]+ ){{0,2}}(?:{_CONTAINED})\b"
)
#: After a step named: not decided, planned, refused or without effect ("Rollback to v1.2
#: proposed", "Rollback: not needed", "ROLLBACK: pending approval", "... did nothing").
_NOT_REFUSED = (
    r"(?!(?:[^.;\n]|\.(?=\w)){0,60}?\b(?:propos|reject|cancel|abort|not (?:needed|required|"
    r"performed|done|possible|yet)|none\b|n/?a\b|tbd\b|pending|request|(?:awaiting|needs) "
    r"approval|block|schedul|plan|false\b|needed\b|did nothing|no effect))"
)
#: Before a bare verb: not the purpose of something made or wanted ("A proposal was created
#: to deploy the fix", "scheduled to apply the patch", "need to process the backlog"); the
#: act done after "proceeded to", "went on to", "was able to" is the act.
_NOT_A_PURPOSE = "".join(
    rf"(?<!{w} to )"
    for w in ("created", "made", "scheduled", "planned", "order", "need", "needs", "opened",
              "submitted", "prepared", "want", "wants", "ready")
)  # fmt: skip
_NOT_THE_CAUSE = (
    r"(?![^.;!?\n]{0,200}?\b(?:caus(?:e|es|ed|ing)|unexpected(?:ly)?|accidental(?:ly)?|"
    r"inadvertent(?:ly)?|by mistake|started the|led to|leading to|resulting in|"
    r"by an? (?:\w+ )?(?:config\w*|change|bug|script|job|deploy\w*))\b)"
)

#: Before "reopened": not an incident ("Incident reopened", "the issue was re-opened"), whose
#: reopening brings it back; a place reopened is back.
#: One look-behind for each subject and link: Python's look-behinds take one width each.
_NOT_AN_INCIDENT = "".join(
    f"(?<!{noun}{plural} {link})"
    for noun in ("incident", "outage", "issue", "ticket", "case", "bug")
    for plural in ("", "s")
    for link in ("", "was ", "is ", "are ", "were ", "has been ", "got ", "been ", "is being ")
)
#: After a restart, words that make it not the team's act that held: "restarted by kubelet",
#: Italian words before an end's that make it one to come: "sarà nuovamente operativo".
_NOT_TO_COME_IT = r"(?<!sarà )(?<!sara' )(?<!saranno )(?<!sia )(?<!siano )"
#: "restarted automatically", "Restarted 14 times", "Restarted pods keep crashing" (review 56).
_NOT_THEIR_RESTART = (
    # By a system, not by a person: "restarted by kubelet", "by the orchestrator" (review 57:
    # "Restarted by the on-call engineer" is the team's).
    r"(?! (?:automatically|on its own|itself|\d+ times\b))"
    r"(?! by (?:the )?(?:kubelet|systemd|kubernetes|k8s|orchestrator|scheduler|supervisor|"
    r"docker|watchdog|cloud provider|provider|hypervisor|kernel|os|system|platform)\b)"
    r"(?![^.;\n]{0,60}\b(?:repeatedly|in a (?:crash ?)?loop|over and over|again and again|"
    r"unexpectedly|CrashLoopBackOff|keeps? (?:crashing|failing)|kept (?:crashing|failing)|"
    r"continued to (?:crash|fail)|never came back|still (?:failing|crashing|down|unhealthy)|"
    r"(?:crash|fail)(?:ed|es|s)? again|went down again)\b)"
)
#: After a verb of finding: not the cause or the reason of what failed.
_NOT_A_CAUSE = r"(?! (?:that )?the (?:\w+ )?(?:cause|reason)\b)"

#: Words that tell a failure, in English and other languages: an entry whose first line
#: names one, not negated in its clause, tells a failure (``evidence.lead_in_start``). Not
#: the weak "issue" or "problem" (in entries as often a report received), nor words with
#: other senses: "down" alone ("scaled down", "shut down"), "dead" ("dead letter queue"),
#: "offline" ("taken offline for patching"), Dutch "storing" (English "storing"), German
#: "Fehl-" ("Fehlalarm", "Fehlerbehebung"), Chinese "中断" (a halt the team made).
#: "première vague d'erreurs" (RDV-Solidarités), "mulai gagal" (HIFDI), "thất bại" (a
#: Vietnamese team's Playwright report), "scheitert", "błąd", "selhal", "başarısız".
FAILURE_WORDS: tuple[str, ...] = (
    r"fail(?:s|ed|ing|ures?)?", r"errors?", r"erroring", r"crash\w*", r"froze\w*", r"freez\w*",
    r"outages?", r"broken", r"unavailable", r"unreachable", r"unresponsive",
    r"(?:is|was|are|were|went|goes|go|gone) down", r"degraded", r"corrupt\w*", r"panic\w*",
    r"deadlock\w*", r"notready",
    # German, French, Spanish, Portuguese, Italian, Dutch.
    r"fehlgeschlagen", r"fehler(?:n|haft)?", r"scheiter\w*", r"ausf[aä]ll\w*", r"gestört",
    r"störung\w*", r"abgestürzt", r"absturz", r"erreurs?", r"échec\w*", r"pannes?",
    r"indisponibles?", r"plant(?:e|é|ée)", r"erros?", r"errores", r"falh\w*", r"fall[oó]",
    r"fallaron", r"fallando", r"fallid[oa]s?", r"caíd[oa]s?", r"indisponível", r"errori?",
    r"guast[oi]", r"storingen", r"mislukt",
    # Polish, Czech, Indonesian, Turkish, Vietnamese.
    r"błąd\w*", r"błęd\w*", r"awari\w*", r"chyb[ay]", r"selhal\w*", r"výpad\w*", r"gagal",
    r"galat", r"hata\w*", r"başarısız", r"kesinti", r"lỗi", r"thất bại", r"sự cố",
    # Russian: "Первая ошибка `read ECONNRESET`" (Azarean), "с этого момента CI не
    # запускается" (a homelab's DiskPressure report), "логин .ru сломан" (Perfscale), "Бот
    # не отвечал" (Svinolink).
    # Not "упал" ("CPU упал до 10%": fell).
    r"ошиб(?:к|ок)\w*", r"сбо[йяеюи]\w*", r"недоступ\w*", r"сломан\w*", r"падени\w*",
    r"не работа\w*", r"не запуска\w*", r"не отвеча\w*",
)  # fmt: skip
#: What a failure looks like from outside, told in an entry as its failure is: "Checkout
#: requests start timing out", "Queue backlog grows past 1M". Not "cannot" or "unable to":
#: as often what the team could not do ("unable to scale up", DFDS's AWS warning).
SYMPTOM_WORDS: tuple[str, ...] = (
    r"timing out", r"stuck",
    r"hang(?:s|ing)?", r"hung", r"backlog", r"oom\w*", r"5\d\ds", r"not responding",
    r"nicht (?:mehr )?erreichbar", r"ne répond(?: plus)?", r"fora do ar", r"no responde",
    # An HTTP error status served: "First noticed `/api/auth/me` returning 404" (a data
    # startup's), "returned HTTP 500" (iTutor), "return 500 errors" (Mozilla's Taskcluster),
    # "throwing 505 errors" (Berkeley DataHub), "returned 404" (TechTrek).
    r"(?:return|serv|throw|giv)\w* (?:an? |the )?(?:http )?(?:status )?(?:code )?[45]\d\d",
)  # fmt: skip
#: How a thing works again, when a report says so: "working normally again".
_AGAIN_MANNER = r"(?: (?:normally|fine|properly|correctly|smoothly|successfully))?"

#: What a log or a screen shows when it shows a failure (``MILESTONE_WORDS`` detected).
_SHOWN_FAILURES = (
    *FAILURE_WORDS, *SYMPTOM_WORDS, r"\w*exceptions?", r"timeouts?", r"time[ds]? ?out",
    r"refused", r"segfaults?", r"[45]\d\ds", r"[45]xx", r"spik\w*", r"saturat\w*", r"pegged",
    r"(?:disk|volume|partition|queue)s? (?:is |are |was |were )?(?:\w+ )?full",
    r"reject\w*", r"exhaust\w*", r"drop\w* to zero", r"fall\w* off", r"flatlin\w*",
    r"no data(?! loss)", r"keine daten", r"sem dados", r"sin datos",
)  # fmt: skip
_SHOWS_A_FAILURE = rf"(?=[^.;!?\n]{{0,80}}?\b(?:{'|'.join(_SHOWN_FAILURES)})\b)"

MILESTONE_WORDS: dict[str, tuple[str, ...]] = {
    "started": (
        r"(?:outage|incident|impact|problems?|issues?|errors?|failures?|degradation|attack|"
        r"downtime|spam)\s+(?:reports?\s+)?(?:officially\s+)?(?:begins?|began|started|starts)"
        # Not the recovery: "the reconnection errors started to be less frequent".
        r"(?!\s+to\s+(?:be\s+(?:less|fewer|rarer)|decrease|drop|subside|fall|clear|recover|"
        r"improve|disappear|go\s+down|taper))",
        r"(?:begins?|began|started|starts)\s+(?:failing|to fail|erroring|returning|"
        r"experiencing|timing out|to time out|to take|taking|crash(?:ing|-?looping))",
        r"stops?\s+responding",
        # "The primary had stopped accepting writes at 10:02", "the proxy stopped serving".
        r"stop(?:s|ped)\s+(?:accepting|serving|responding|working)",
        # A chain's or a node's work stopping: "the Picasso parachain stopped producing
        # blocks" (Composable), "the network stopped producing randomness" (drand), "nodes
        # stopped syncing on mainnet" (Equilibrium's Pathfinder).
        # Not the team's act: "We stopped processing refunds to contain the issue".
        r"(?<!\bwe )(?<!\bWe )(?<!\bI )(?<!team )"
        r"stop(?:s|ped)\s+(?:producing|processing|syncing|signing|finali[sz]ing|functioning)",
        r"went down",
        r"goes down",
        # A thing turning unresponsive: "Database server becomes unresponsive" (UseGalaxy.eu),
        # "the relay simulator ... became unresponsive" (Titan), "Redis shard (redis:2) became
        # completely unresponsive" (Redis), "nodes to become unresponsive" (Civo). Not a state
        # found ("I realise that the Pi is unresponsive"): that is how it was seen.
        r"(?:becomes?|became|becoming|went|goes) (?:completely |totally |fully )?unresponsive",
        # "the network halted", and the chain's words for its cause: "causing the chain to
        # halt at block height 13263217" (persistenceOne; audits and release notes of many
        # Cosmos chains).
        r"(?:network|chain|service|site|cluster)\s+(?:to\s+)?halt(?:s|ed)?",
        # A chain's own work stopping, as its operators write it: "Block production halts due
        # to a bug in the runtime upgrade" (Avail), "Block production stalled" (cheqd).
        r"(?:block production|finality|consensus)\s+(?:halt|stall)(?:s|ed)\b",
        r"first (?:errors?|failures?|wave)",
        # A leak's impact is its exposure: "**Início da exposição.**", "**Fim da exposição.**"
        # (NOC Horizon's token exposure) as "start of the outage" and "end of the outage".
        r"start of (?:the )?(?:outage|exposure)",
        r"fully down",
        # What serves users, in a failed state, as a log line states it: "Kubernetes API
        # unreachable, cluster down" (a Talos homelab), "Website down". A compound named by
        # its last part too: "The Matrix.org homeserver was unavailable from 2025-09-02 17:45
        # UTC" (Matrix.org), "100% of the webserver was down" (two ALX-style write-ups),
        # "MongoDB was down" (bounded: tried at every word).
        r"(?:api|cluster|site|website|service|server|database|db|app|application|portal|"
        r"[a-z]{2,12}(?:server|service)|[a-z]{2,12}db)s?"
        r" (?:is |are |was |were |went |goes )?(?:completely |totally |fully )?"
        r"(?:down|unreachable|unavailable|offline|inaccessible)\b(?! (?:for maintenance|again))",
        # German, French, Spanish, Portuguese and Russian: "Ausfall begann", "tombe en
        # panne", "inicio de la caída", "começou a falhar", "начался сбой".
        r"(?:ausfall|störung) (?:beginnt|begann)",
        r"beginn (?:der störung|des ausfalls)",
        r"(?:fällt|fiel|fielen) aus",
        # Norwegian, Danish and Swedish: "feil begynner å komme", "begynte å logge mange
        # warnings" (NAV's timelines), "begyndte at fejle", "började misslyckas".
        r"(?:begynner|begynte|begynder|begyndte|börjar|började) (?:å|at) (?:komme|feile|fejle|"
        r"logge|kaste|misslyckas|krasje|krasjet)",
        r"début de (?:la panne|l'incident|la coupure)",
        r"tomb(?:e|ent|é|ée) en panne",
        r"(?:comienz[ao]|inicio) (?:de )?la (?:caída|interrupción|incidencia)",
        r"(?:início|inicio) da (?:queda|indisponibilidade|falha|exposição)",
        r"começ(?:a|ou|am|aram) a falhar",
        r"начал(?:ся|ась|ось|и)? (?:сбой|отказ|падать)",
    ),
    "detected": (
        # Not the alerting's own parts, unless they fire: "the alerting chain", "alert rules
        # updated", "alerting pipeline was down" (quasarlab's homelab; the "alerting path" of
        # two others); but "Alert rule HighErrorRate fired", "alert-system triggered".
        r"alert(?:s|ed|ing)?\b(?![ -](?:chain|pipeline|path|system|stack|rules?|config\w*|setup|"
        r"infrastructure|integration|polic(?:y|ies)|thresholds?|coverage|gaps?)\b"
        r"(?![^.;\n]{0,40}\b(?:fired|fires|triggered|triggers|breached|posted|sent|went off)\b))",
        # Prometheus' Alertmanager when it speaks, not its silences ("Alertmanager silences
        # removed", valen's homelab), nor its own parts, as for "alert" above: "Initial
        # Alertmanager deployment with Slack config" (lotoos0), "the
        # `alertmanager-telegram-bridge` pod" (bibigon14).
        r"alertmanager\b(?![ -](?:silences?|deployment|deploy|config\w*|setup|bridge|pods?|"
        r"chart|values|instances?|operator|schema|integration|[\w-]*bridge)\b)",
        r"alarms?",
        r"paged\b",  # not "pageload"
        # "page" and "pages" are mostly the noun ("status page is set to resolved", "the
        # account page"): the verb only with whom it calls.
        r"pages? (?:someone|somebody|(?:the |an? |our )?(?:on-?call|oncall|engineers?|sres?|"
        r"responders?|(?:[\w-]+ )?team)\b|@)",
        # The noun when it is the alert: "Page sent to the primary", "First page fires",
        # "receives a page".
        r"pages? (?:was |were |is )?(?:sent|fires?|fired|went out|goes out|triggered)\b",
        r"(?:receives?|received|gets?|got) an? page\b",
        r"pager",
        # Not "a detectable signal", "sinal adicional detectável" (kharis): what could be
        # detected is no detection.
        r"detect(?:s|ed|ing)?(?!abl|ável|avel|ible)",
        r"notic(?:e|es|ed)\b",  # not "noticeably slower"
        # A status post's present tense: "We are noticing issues with new node and cluster
        # launches" (Civo), "We are noticing errors also on the primary disk" (freistil), "We
        # are currently seeing elevated response times".
        r"noticing",
        r"seeing (?:elevated|increased|higher|degraded|intermittent|errors?|issues?|problems?|"
        r"failures?|timeouts?)",
        # A cause found is no detection: "We later discovered the true cause: at 2:10am SAST
        # the nightly cronjob had ..." (TorBox); the problem found is.
        rf"discover(?:s|ed)?\b{_NOT_A_CAUSE}",
        r"became aware",
        r"aware of",
        # A problem learned of, as the prose's detection words have it: "The team behind
        # this document learns of the malicious files" (the fractureiser log), "we learned
        # about the incident" (AsyncAPI's supply-chain post-mortem).
        r"(?<!customers )(?<!users )(?:learned|learnt|learns) (?:about|of) (?:[\w-]+ ){0,3}?"
        r"(?:issues?|incidents?|outages?|problems?|compromises?|malicious|attacks?|"
        r"breach(?:es)?|vulnerabilit(?:y|ies)|bugs?|errors?|failures?|leaks?)\b"
        r"(?! (?:fix\w*|resolution|being fixed|mode))",
        r"reports?",
        r"reported",
        r"reporting",
        # Someone reaching out to us reports it; we reaching out escalate or tell users: "We
        # reached out to Alchemy", "Team reaches out to Alchemy" (Optimism), "we have
        # reached out to them directly to advise of the incident" (Snoonet).
        r"(?<!\bwe )(?<!\bWe )(?<!\bI )(?<!\bteam )(?<!\bTeam )(?<!\bwe have )"
        r"(?<!\bWe have )(?<!\bwe've )(?<!\bWe've )reach(?:es|ed)? out",
        r"notif(?:y|ies|ied)\b",
        r"notifying (?:the )?(?:[\w-]+ ){0,2}(?:team|maintainers|on-?call|engineers?|us)\b",
        # "we received two support request from a user getting an 'access denied' error"
        # (FlowFuse's disruption reports): what users send in.
        r"receive[sd]? (?:an? |two |several |multiple |many |some |\d+ |(?:our |the )?first )?"
        r"(?:support |user |customer )?(?:e-?mails?|reports?|messages?|tickets?|complaints?)\b",
        r"receive[sd]? (?:an? |two |several |multiple |many |some |\d+ |(?:our |the )?first )?"
        r"(?:support |user |customer )?requests?\b(?! (?:to|for) )",
        r"sends? (?:first|an?) (?:e-?mail|alert)",
        r"first (?:recorded )?(?:instance|report|sign|indication)",
        # Not the last one seen: "Last observed database error, dddice returns online" ends it.
        r"(?<!last )(?<!final )observed",
        # A problem found: "Issue identified with Discord bridge", "malformed block identified
        # from external validator" (not "root cause identified", nor "outage identified as a
        # new version of ...", which names the cause).
        # "Incident identified during workflow cleanup" (a key exposure found by its owner).
        # "Login service disruption identified" (Arkain's status post-mortems).
        r"(?:issues?|problems?|errors?|bugs?|outages?|failures?|anomal(?:y|ies)|blocks?|"
        r"incidents?|disruptions?|degradations?) (?:was |were |is |has been |had been )?"
        r"(?:first )?identified\b(?! as\b)",
        # The noun, opening what was found: "Discovery of data loss" (Fruition Forest Garden),
        # "Discovery that `trysnowball-debts-api-prod` worker missing" (TrySnowball),
        # "Discovery and investigation of chain halt" (Helium). Not a thing named for it:
        # "Flight discovery tasks", "re sonnet discovery, which ...".
        # Opening the entry or a label only, not after a word: not "AWS Cloud Discovery of
        # instances", "Service Discovery that manages DNS". (Look-behinds, not a group of
        # them: the phrase keeps its first letter for ``_alternation``.)
        r"(?<![\w,] )(?<![\w-])discovery (?:and [\w ]{0,20}? )?(?:of|that)\b",
        r"(?<![\w,] )(?<![\w-])(?:initial|first|early) discovery (?:of|that)\b",
        # "BM sends email ... observing that SQS messages are aging", "We are observing issues
        # that are affecting site publishing" (a status page's first post).
        r"observ(?:es|ing)\b",
        r"warn(?:s|ed)\b",
        r"warnings? (?:from|about|fired|raised|triggered|received)",
        r"informs?\b",  # not "information"
        r"informed",
        r"(?:user|customer|community member)s? (?:e-?mails?|contacts?|messages?|tells?)",
        r"elevated (?:error|latency|errors)",
        r"monitoring (?:system )?(?:sends|flagged|caught|shows)",
        r"flag(?:s|ged)",
        rf"realis(?:e|es|ed){_NOT_A_CAUSE}",
        rf"realiz(?:e|es|ed){_NOT_A_CAUSE}",
        r"raised (?:an? |the )?(?:support )?(?:question|issue|ticket|concern)",
        r"consensus failure confirmed",
        # German, French, Spanish, Portuguese and Russian: "Alarm", "signalé", "detectado",
        # "reportado", "Владелец сообщает о провалах звука".
        r"alarmiert",
        r"bemerkt",
        # Norwegian, Danish and Swedish: "gjør oss oppmerksom på" (makes us aware), "sier ifra
        # på #produksjonshendelser at ... gir feil" (NAV's timelines), "oppdaget", "opdaget",
        # "upptäckt", "varslet".
        r"oppmerksom på",
        r"opmærksom på",
        r"sier ifra",
        r"sa ifra",
        r"oppdag(?:et|er)",
        r"opdag(?:et|er)",
        r"upptäck(?:t|te|s)",
        r"varsl(?:et|er|ing)",
        r"gemeldet",
        # "User meldet: ..." (a user reports), as "gemeldet": a user's or a customer's report,
        # not a monitor's ("Grafana meldet wieder alle Checks grün").
        # Not one who signs up or off ("meldet sich an"), none ("Kein Kunde meldet",
        # "Kunden melden keine Fehler mehr"), success again, or a condition ("Falls ein
        # Kunde meldet").
        r"(?<![Kk]ein )(?<![Kk]eine )(?<!alls ein )(?<!enn ein )(?<!alls )(?<!enn )"
        r"\b(?:User|Nutzer|Benutzer|Anwender|Kund(?:e|en|in|innen))(?:in|innen)? meld(?:et|en)\b"
        r"(?! sich| kein| nichts| wieder)",
        r"entdeckt",
        r"alerte",
        r"alerté",
        r"signal(?:é|ée|és|e|ent)\b",
        r"détect(?:é|ée|és|ion)",
        r"remarqu(?:é|ée)",
        r"constat(?:é|ée)",
        r"inform(?:é|ée|és)\b",
        r"alerta",
        r"detectad[oa]s?",
        r"reportad[oa]s?",
        r"report(?:ó|ou)",
        r"notificad[oa]s?",
        r"avis(?:ó|ou)",
        r"detect(?:ó|ou)",
        r"алерт",
        r"оповещени",
        r"обнаруж(?:ен|ил|ено|ена|или)",
        r"замети(?:л|ли|ла)",
        r"сообща(?:ет|ют)",
        r"сообщил",
        r"жалоб",
        # Italian, Dutch, Polish, Czech, Indonesian and Turkish, as the others: "Fatal Error
        # rilevato durante login" (a Laravel module's log), "segnalato", "gemeld",
        # "opgemerkt", "wykryto", "zgłoszono", "zjištěno", "terdeteksi", "dilaporkan",
        # "tespit edildi", "fark edildi".
        r"rilevat[oaie]",
        r"segnalat[oaie]",
        r"notat[oaie]",
        r"gedetecteerd",
        r"gemeld",
        r"opgemerkt",
        r"wykryt[oaey]",
        r"zgłoszon[oaey]",
        r"zauważon[oaey]",
        r"zjištěn[oaéy]",
        r"nahlášen[oaéy]",
        r"terdeteksi",
        r"dilaporkan",
        r"tespit edil(?:di|miştir)",
        r"fark edil(?:di|miştir)",
        r"bildiril(?:di|miştir)",
        # "discovered", as the English word is read, in French, Spanish, Portuguese, Italian,
        # Dutch and Indonesian: "Guillaume découvre sites inaccessibles" (Moverz), "bug
        # scoperto"; not a cause found ("découvre la cause", "descobre que o certificado
        # expirou", "Oorzaak ontdekt", "Akar masalah ditemukan"), as ``_NOT_A_CAUSE`` has it
        # in English. "remonté par notre système de surveillance" (raised by our monitoring,
        # RDV-Solidarités) as "monitoring flagged"; not "remonté par l'astreinte au
        # fournisseur" (escalated). Not German "festgestellt", as often a finding of the
        # analysis, nor "encontrar" (found a fix as often as a fault).
        r"découv(?:re|rent|ert|erte|erts|ertes)\b"
        r"(?! (?:que|la cause|les causes|l'origine|la raison|la source|le coupable|le motif)\b)",
        r"descubr(?:e|en|ió|ieron|imos)\b"
        r"(?! (?:que|la causa|el origen|el motivo|la raíz|la raiz)\b)",
        r"descobr(?:e|em|iu|iram|imos)\b(?! (?:que|a causa|a origem|o motivo|a raiz)\b)",
        r"scopert[oaie]\b(?! (?:la |il |l')?(?:causa|motivo|origine|radice)\b)",
        r"(?<!oorzaak )(?<!oorzaak is )(?<!oorzaak werd )ontdekt",
        r"(?<!masalah )(?<!penyebab )(?<!penyebabnya )ditemukan",
        r"remonté(?:e|s|es)? par (?:notre|nos|la|le|les) (?:\w+ ){0,2}"
        r"(?:supervision|surveillance|monitoring|alertes?|sondes?|utilisateur|utilisatrices?"
        r"|usagers?|clients?)",
        # What a log or a screen shows the team, the failure seen: "Logs mostram
        # UnsatisfiedDependencyException" (nutriplus), "Panel zeigt „keine Daten seit 20:25“"
        # (adsapp01), "Logs show 502s from the upstream", "Grafana zeigt".
        r"(?:logs?|dashboards?|graphs?|grafana|panel|painel|panneau|console|monitoring|metrics)"
        r" (?:shows?|showed|showing|reveal(?:s|ed)?|zeigt|zeigen|zeigte|mostram?|mostrou"
        r"|muestran?|mostró|montrent?|montrait)\b"
        # Not nothing seen, nor health, nor the cause found: "Logs zeigen (wieder) keinen
        # Fehler", "logs show no errors", "Dashboard shows normal traffic", "Metrics show the
        # fix worked", "Logs show the cause".
        r"(?! (?:\w+ )?(?:zero|nothing|none|nichts|nenhum\w*|nada|ningun\w*"
        r"|aucune?|rien|pas|normal\w*|recover\w*|healthy|green|stable|success\w*|improv\w*"
        r"|wieder|the fix|the cause|the root cause)\b)"
        # Nor a failure over or made by hand: "the spike is gone", "the queue is no longer
        # full", "the timeout was raised to 30s", "the 404s were from bots".
        r"(?![^.;!?\n]{0,60}?\b(?:gone|no longer|raised|increased|bumped|set to|from bots"
        r"|failed over)\b)"
        r"(?! (?:\w+ )?(?:no|kein\w*)\b(?! data\b(?! loss)))"
        # And what it shows is a failure, not its ebb: not "Logs show the migration ran",
        # "Metrics show error rate dropping" (nor health or the cause, above).
        + _SHOWS_A_FAILURE
        + r"(?![^.;!?\n]{0,40}?\b(?:errors?|failures?|latency|timeouts?|5xx|fehler\w*|erros?"
        r"|errores)\b[^.;!?\n]{0,20}?\b(?:drop\w*|fall\w*|fell|decreas\w*|declin\w*|subsid\w*"
        r"|recover\w*|improv\w*|normal\w*|sinkt|sinken|gesunken|baixa\w*|caindo|bajando)\b)",
        # The failure confirmed as it was found: "Confirmación del fallo de postbacks en Cloud
        # Logging" (xafra-ads), "Confirmed the outage", "confirmação da falha".
        r"confirm(?:ed|s) (?:the |an? )?(?:outage|failure|errors?|incident|breakage)\b"
        r"(?! (?:was|were|is|are) (?:caused|due|triggered|gone|resolved|fixed|cleared))",
        r"confirmaci[oó]n del? (?:la )?(?:fallo|falla|error|caída|incidente)",
        r"confirmação d[ao] (?:falha|erro|queda|indisponibilidade)",
    ),
    "declared": (
        r"incident (?:was |is )?(?:declared|opened|created|raised)",
        r"declared? an? incident",
        # "docbrown declares incident #465" (the SRE book's example timeline).
        r"declares? (?:the |an? )?incident\b",
        r"incident channel (?:was )?(?:created|opened)",
        r"sev ?\d (?:ticket|incident) (?:raised|opened|declared)",
        r"incident response (?:path )?(?:initiated|started|begins|began)",
    ),
    "acknowledged": (
        r"acknowledg\w*",
        r"(?:begins?|began|started|starts)\s+(?:looking|investigat\w*|to investigate|"
        r"work(?:ing)? on)",
        r"investigation (?:began|begins|started|starts)",
        r"untersuchung (?:begonnen|beginnt|gestartet)",
        r"début de l'(?:analyse|investigation)",
        r"(?:inicio|comienz[ao]) de la investigación",
        r"(?:início|inicio) da investigação",
        r"начал(?:ась|и|ся)? (?:расследован|разбират|диагностик)",
        # A responder joining, not the other side ("Turkish attackers join", Pollinations.ai's
        # token compromise; "more bots joined the flood").
        r"(?<!attacker )(?<!attackers )(?<!bots )(?<!spammers )joins?",
        r"(?<!attacker )(?<!attackers )(?<!bots )(?<!spammers )joined",
        # Not "engagement", nor declining to deal with someone ("Refused to engage" with an
        # extortionist, Vuetify).
        r"(?<!refused to )(?<!declined to )(?<!refuse to )(?<!decline to )(?<!refusing to )"
        r"(?<!not to )(?<!not )(?<!n't )engag(?:e|es|ed)\b",
        r"on-?call (?:engineer )?(?:responds|responded|paged)",
        r"pings?",
        r"loops? in",
        # Not "back online and responding to requests", nor a failure: "Nodes fail to respond".
        r"(?<!fail to )(?<!fails to )(?<!failed to )(?<!failing to )respond(?:s|ed)?\b",
        r"triage (?:begins|began|started)",
    ),
    "mitigated": (
        r"mitigat\w*",
        r"rolled back",
        r"rolls back",
        # "Rollback of the release completed" (passbolt's cloud degradation report).
        # The same done in Dutch, German, French, Spanish and Portuguese: "Rollback uitgevoerd"
        # (webuildanddesign's release log), "Rollback durchgeführt", "rollback effectué".
        r"rollback (?:of (?:[\w.-]+ ){1,4})?(?:was |is |has been )?(?:completed?|deployed|done|"
        r"succeeded|uitgevoerd|durchgeführt|effectuée?|réalisée?|realizad[oa]|ejecutad[oa])",
        # The act itself as the entry's first word: "rollback to latest stable version" (Open
        # Collective's transactions incident), "**ROLLBACK: `cp ikimon.life.pre-cutover ...`**"
        # (ikimon's cut-over). Not after other words ("Decided to rollback to v1.2", "Plan:
        # rollback to ...", "No rollback to ... was possible"), nor told as not done yet or
        # not at all ("Rollback to v1.2 proposed", "Rollback: not needed", "ROLLBACK: pending").
        # (Two phrases: a group that opens with look-behinds alone would hide the phrase's
        # first letters from the grouped alternation.)
        rf"(?<!\w )(?<!: )(?<!\w)rollback(?: to\b|:){_NOT_REFUSED}",
        rf"(?:performed|executed|emergency|full|immediate|manual)(?: an?)? rollback to\b"
        rf"{_NOT_REFUSED}",
        r"reverted",
        r"workaround",
        r"fail(?:ed)?[ -]?over",
        # A database's standby made the primary: "we promoted the replica at 2:45pm".
        r"promot(?:e|es|ed|ing) (?:the |a |our )?(?:[\w-]+ )?"
        r"(?:replica|standby|secondary|follower)",
        r"hotfix (?:is |was )?(?!being )(?:\w+ )?(?:deployed|released)",
        # "Manual fix for app.foundries.io deployed": what it fixes may stand between. A fix
        # "being implemented" is not in yet (Statuspage's "Identified" update says so).
        # "Fix pushed (`b568a62`)" (opsydyn's release fix), "A fix is pushed for a bug on the
        # claims backend" (Optimism): pushed where the repository is what runs.
        # Not pushed for review only ("Fix pushed to a branch for review", "Patch pushed to
        # staging only"), nor not yet.
        r"(?:fix|patch) (?:for (?:[\w.-]+ ){1,3})?(?:is |was |has been )?(?!being |not )"
        r"(?:\w+ )?(?:deployed|applied|released|lands|landed|rolled out|implemented|"
        r"pushed(?! (?:to (?:an? |the )?(?:branch|pr\b|pull request|staging)|for review)))",
        # A setting put back as it was: "DockerHub password changed back to previous value"
        # (the Ministry of Justice's image pull outage), "Changed the `irma.app` DNS settings
        # back to the old server" (Yivi). Not "Incident status changed back to monitoring",
        # nor "the ASG desired size being set back to 15" (the failure).
        r"(?<!accidentally )(?<!inadvertently )(?<!mistakenly )"
        r"(?:changed|switched|set|pointed|moved|flipped) (?:[\w`.-]+ ){0,5}back to "
        r"(?:the |its |our )?(?:previous|old|original|prior|last known|former)\b"
        rf"(?![^.;\n]{{0,60}}\b(?:breaking|broke)\b){_NOT_THE_CAUSE}",
        r"alleviat(?:es|ed)",
        # "Issue with relay demotion logic patched and deployed" (Gattaca's relay report); not
        # "patched versions", nor "Hosts were patched with the new kernel" (a change, maybe
        # the trigger).
        r"patched and (?:deployed|released|rolled out|shipped|applied)",
        # A measure in place until the fix ("Temporary measure put in place to allow our CI to
        # run", Foundries.io; "pushed a stopgap measure", Optimism), as 暫定対応 below.
        r"temporary (?:measure|fix|solution|workaround|mitigation)s? (?:\w+ ){0,2}"
        r"(?:put in place|in place|applied|deployed|implemented|added|enabled|rolled out)",
        r"(?:push(?:es|ed)?|deploy(?:s|ed)?|put in place|appl(?:y|ies|ied)) (?:a |the )?"
        r"stop-?gap",
        r"(?:partial(?:ly)?|partly) (?:restor\w*|recover\w*|back|available|online)",
        # Not its purpose: "A technical committee proposal was created to deploy the fix"
        # (Avail's bridge disclosure), "a window scheduled to apply the patch".
        rf"(?:{_NOT_A_PURPOSE}deploys?|deployed|{_NOT_A_PURPOSE}release[sd]?|applied|applies|"
        rf"{_NOT_A_PURPOSE}apply) (?:a |the )?(?:fix|patch|hotfix)",
        r"revoked?",
        r"revokes",
        r"unpublish(?:es|ed)?",
        r"taken down",
        r"took down",
        # The thing named between: "SW restarts the `foel_prod` systemd service" (COG-UK),
        # "restarted the nginx service", "restarted the web server".
        # Not one to come ("need to restart", "will restart"), nor a system's own restarts in
        # a loop ("Kubernetes restarted the pods repeatedly", "in a crash loop", review 45).
        r"(?<!to )(?<!will )(?<!should )(?<!would )"
        r"restart(?:s|ed)? (?:an?|the|our) (?:[\w`.-]+ ){0,3}?"
        r"(?:sequencer|node|server|service|cluster|daemon|listener|container|pod|worker)s?\b"
        r"(?![^.;\n]{0,40}\b(?:repeatedly|in a (?:crash ?)?loop|over and over|again and again|"
        r"unexpectedly|CrashLoopBackOff)\b)",
        r"firewall (?:implemented|enabled|added)",
        # The symptom gone after an act, which the entry names with it: "Delete
        # `gke-resource-quotas` and issue goes away" (mybinder), "This restarts the pods. the
        # 401 Unauthorized error disappears" (Oxymoron's IoT outage, where it was one vendor's
        # part): a mitigation, the end where nothing later ends it.
        r"(?:issues?|problems?|errors?|alerts?|symptoms?|failures?)\s+(?:goes|went|go|(?:has|have)"
        r"\s+gone)\s+away",
        r"(?:issues?|problems?|errors?|alerts?|symptoms?|failures?)\s+(?:disappear(?:s|ed)?|"
        r"vanish(?:es|ed)?)",
        # "Secrets redacted, commit amended, force pushed" (TestBoost's key exposure).
        r"(?:credentials?|tokens?|keys?|secrets?|passwords?|creds)(?: \w+){0,3} (?:rotated|rolled|"
        r"invalidated|redacted)",
        r"(?:credentials?|tokens?|keys?|secrets?|passwords?|creds) rotation",
        # Done, not asked for ("Key revocation requested from the vendor", "... pending").
        r"(?:credentials?|tokens?|keys?|secrets?|passwords?|creds) revocation (?:was |is |has "
        r"been )?(?:completed?|done|finished|confirmed)",
        # A secret pushed to a repository, taken out of its history: "Git history cleaned and
        # force-pushed" (a workflow repository's key exposure), "Cleaned history
        # force-pushed" (walduae101/siraj's), "purged from git history". A repository's
        # history only: not "Chat history was purged by retention policy".
        r"git history (?:was )?(?:cleaned|rewritten|purged|scrubbed)",
        r"(?:cleaned|rewrote|rewritten|purged|scrubbed) (?:the )?(?:git |repo(?:sitory)? )history",
        r"history (?:\w+ )?force-?pushed",
        r"purged from (?:the )?(?:git |repo(?:sitory)? )history",
        r"(?:rotat(?:es|ed|ing)|invalidat(?:es|ed|ing)) (?:of )?(?:all |the )?(?:[\w-]+ )?"
        r"(?:credentials?|tokens?|keys?|secrets?|passwords?|creds)",
        r"firewalled",
        # An attack's sources shut out: "The user's IP address is blocked from accessing the
        # site" (crates.io), "We blocked another 85 IP ranges" (openSUSE's OBS), "First
        # attacker blocked" (Pollinations.ai), "Attacker access blocked" (a tenant's account
        # breach). Not a step held up ("Robotoff deployment is blocked by a CPU flag").
        # Passive, closing its clause or before where or how: not "Bots blocked checkout"
        # (the attack), "The IP was not blocked", "IP ranges to be blocked" (review 43).
        r"(?:ips?|ip (?:address(?:es)?|ranges?)|attackers?|attacker's|attacker access|bots?|"
        r"crawlers?|scrapers?|spammers?|malicious (?:\w+ )?traffic) (?:[\w-]+ )?"
        r"(?:(?:is|are|was|were|has been|have been|now) )?blocked\b"
        r"(?=[ \t]*(?:$|[.,;:!)]|(?:at|from|on|via|with|in|using|through|for|and)\b))"
        r"(?! (?:on|by|until|waiting)\b)",
        r"\bblocked (?:the |all |another |further |\d+ )?(?:[\w'-]+ ){0,2}"
        r"(?:ips?|ip (?:address(?:es)?|ranges?)|attackers?|bots?|crawlers?|scrapers?|spammers?)\b",
        # Containment: "Host isolated" (Vuetify's infostealer notice), "cheqd validators
        # isolated" (cheqd's testnet retrial), "quarantined the infected laptop". Not what a
        # partition did ("node-3 became isolated from the rest of the cluster").
        rf"(?<!became )(?<!become )(?<!got )(?:{_CONTAINED}) (?:was |were |is |are |has been |"
        r"have been )?(?:isolated|quarantined)\b"
        r"(?! (?:from|by|due|because|when|after|during|in|and|while|as|on)\b)"
        rf"{_NOT_THE_CAUSE}",
        # Done by the team, the entry's first words or after "we": "A misconfigured ACL
        # isolated the database servers" is the failure. (Two phrases, each behind one
        # look-behind: a group of look-behinds first would hide the phrase's first letters.)
        rf"(?<!\w ){_CONTAINING}{_NOT_THE_CAUSE}",
        rf"(?<=\bwe ){_CONTAINING}{_NOT_THE_CAUSE}",
        # Not the failure: "a wrong server was restarted by mistake" (Allegro's post-mortem).
        r"(?:is|are|was|were) restarted"
        r"(?! (?:by mistake|by accident|accidentally|unintentionally|in error|inadvertently))",
        # The team's restart of any part, the entry's first word or after "we"/"I": "**04:06:48**:
        # Restarted pveproxy, GUI accessible" (homeiac), "we restarted core services one by one"
        # (Python Discord), "we restarted the chat service on its own" (dotabod). Not a
        # system's own restarts ("the node restarted", "Kubernetes restarted the pods"), nor
        # in a loop (review 45).
        # Not by another hand ("restarted by kubelet", "restarted automatically", "14 times"),
        # nor a restart that did not hold ("Restarted pods keep crashing", "Rebooted node never
        # came back", "crashed, restarted, and crashed again"), nor one weighed ("whether we
        # restarted too early", review 56).
        # (Three phrases, each a look-behind before the words: a group of look-behinds first
        # would hide the phrase's first letters from ``_alternation``.)
        *(
            rf"{who}(?:restarted|rebooted)\b{_NOT_THEIR_RESTART}"
            for who in (r"(?<!\w )", r"(?<=\bwe )(?<!whether we )(?<!if we )", r"(?<=\bI )")
        ),
        # The team's own restart said with how: "Manual K3s restart on still-fawn", "Manually
        # restarted K3s on affected nodes" (homeiac), "I forced a restart" (Cyb3r-Jak3).
        r"(?:manual(?:ly)?|forced?) (?:a |an |the )?(?:[\w-]+ ){0,2}restart(?:s|ed)?\b",
        r"(?:lands|landed|deploys|deployed) (?:a )?change",
        r"to restore basic",
        rf"re-?deploy(?:s|ed)?\b{_NOT_THE_CAUSE}",
        rf"scal(?:es|ed) (?:[\w-]+ ){{0,4}}(?:up|down|out|to)\b{_NOT_THE_CAUSE}",
        r"(?:bump(?:s|ed)?|increas(?:es|ed)|rais(?:es|ed)|doubl(?:es|ed)) (?:the )?(?:[\w-]+ ){0,3}"
        rf"(?:limits?|guarantees?|quotas?|capacity|replicas|threads|workers)\b{_NOT_THE_CAUSE}",
        # Not "killed": "The OOM killer killed the worker pods" is the failure.
        r"(?:delete[sd]?|deleting|removes?|removed|removing|drain(?:s|ed)|cordon(?:s|ed)) "
        r"(?:the |all |a )?(?:[\w-]+ ){0,3}(?:pods?|nodes?|vms?|vmis?|instances?|containers?|jobs?|"
        rf"access|workers?)\b{_NOT_THE_CAUSE}",
        # The same told of what was removed: "Remaining GitHub access removed from legacy
        # teams", "The user's account is deleted", "All user pods are deleted".
        r"(?:pods?|nodes?|vms?|instances?|containers?|jobs?|access|workers?|accounts?|packages?|"
        r"binaries) (?:is |are |was |were |has been |have been )?(?:\w+ )?(?:deleted|removed|"
        rf"drained|cordoned)\b{_NOT_THE_CAUSE}",
        r"(?:disabl(?:es|ed)|paus(?:es|ed)|shuts? down|was shutdown|suspend(?:s|ed))"
        rf"{_NOT_THE_CAUSE}",
        r"revert to",
        r"(?:moved?|shift(?:s|ed)|redirect(?:s|ed)|switch(?:es|ed)) (?:the )?traffic",
        r"re-?routed",
        # Recovery under way, not yet over: "the backlog starts to decrease", "k3s nodes began
        # to recover".
        r"(?:starts?|begins?|began|started) to (?:decrease|recover|improve|subside|clear)",
        # "Customer instances started to come back online" (PortSwigger), "Cloudinary started
        # to come back online" (the Financial Times' image service).
        r"(?:starts?|begins?|began|started) to come back",
        # The same as a gerund: "GitHub Actions began recovering" (GitHub's status page); not
        # "decreasing", which falls as often as it recovers ("netspace started decreasing").
        r"(?:starts?|begins?|began|started) (?:recovering|improving|subsiding|clearing)",
        # The work that piled up being done: "We are slowly going through the queue" (Packit's
        # status page), "left to try and process the backlog of messages" (t2bot.io); its end
        # ("the backlog was cleared") ends the impact.
        r"(?:going|working|chewing|churning) through (?:the |its |our )?(?:[\w-]+ )?"
        r"(?:queue|backlog)s?\b",
        rf"(?:{_NOT_A_PURPOSE}process|processing|{_NOT_A_PURPOSE}work off|working off|"
        rf"{_NOT_A_PURPOSE}drain|draining) "
        r"(?:the |its |our )?"
        r"(?:[\w-]+ ){0,2}(?:queue|backlog)s?\b",
        # A service switched on again after it was stopped: "Synapse was turned back on".
        r"(?:turned|switched|powered) back on\b",
        # German, French, Spanish, Portuguese and Russian: "neu gestartet", "redémarrage",
        # "reiniciado", "перезагружает ноду", "откат".
        r"zurückgesetzt",
        r"zurückgerollt",
        r"neu gestartet",
        r"neustart",
        r"umgeleitet",
        r"redémarr(?:é|ée|és|age|ent|e)\b",
        r"retour arrière",
        r"contournement",
        r"atténu",
        r"bascul(?:é|ée|ement)",
        r"reinici(?:o|ó|ado|ada|amos|ou|aram)\b",
        r"revertid[oa]",
        r"solución temporal",
        r"solução temporária",
        r"mitigad[oa]",
        r"откат",
        r"перезапу(?:ск|стил|щен|скает)",
        r"перезагру(?:зил|жает|жена|жен|зка)",
        r"обходн(?:ой|ое) (?:путь|решение)",
    ),
    "impact_ended": (
        r"services? (?:is |was |are |were )?(?:fully |now )?(?:restored|recovered|back)",
        r"back to (?:normal|baseline)",
        # "The service is operating normally, but large chunks of recent data are missing"
        # (Hosted Graphite), "the network was again operating normally" (the Sepolia report):
        # not a state before the failure ("was operating normally until 14:05").
        r"(?<!no longer )(?<!stopped )(?<!continued )(?<!continues )(?<!continue )"
        r"(?<!remained )(?<!remains )(?<!be )(?<!been )"
        r"(?:operating|functioning|running) normally(?!,? (?:until|before|when|prior|for)\b)",
        r"return(?:s|ed)? to (?:normal|baseline)",
        # Dashboards' words: "All of the services are returning to green", "volumes attached
        # and healthy".
        r"(?:back|return(?:s|ed|ing)?) to (?:green|healthy)",
        r"and healthy\b",
        # "ingestion was healthy again" (PostHog), "59 Apps healthy, ZOT stabil" (derever's
        # cluster): what was failing counted healthy, not "Healthy nodes all get killed" nor
        # "Pods were healthy according to Kubernetes" (a check while investigating).
        r"healthy again",
        # (Digits as a range: a class such as \d would leave the table's phrases ungrouped.)
        r"\b(?:[0-9]+|all) (?:(?:of )?(?:the |our )?)(?:apps?|services?|nodes?|pods?|systems?"
        r"|hosts?|instances?|replicas?|jobs?) (?:are |were |is |now |back )*healthy\b",
        # German and French: "Alle Dienste sind wieder erreichbar", "à nouveau accessible".
        r"wieder (?:erreichbar|verfügbar|online|nutzbar)",
        # Norwegian, Danish and Swedish: "tilstanden normaliserte seg" (NAV's timelines),
        # "fungerer igjen", "virker igen", "fungerar igen", "tilgjengelig igjen".
        r"normaliserte (?:seg|sig)",
        r"(?:fungerer|virker|fungerar|tilgjengelig|tilgængelig|tillgänglig|oppe) (?:igjen|igen)",
        r"nouveau (?:accessibles?|disponibles?|en ligne)",
        # The other French order, and the return itself: "le site est accessible à nouveau",
        # "email indiquant le retour en ligne" (RDV-Solidarités' incident log).
        r"(?:accessibles?|disponibles?|en ligne) (?:à|de) nouveau",
        # Not tried, planned, partial or failed: "Tentative de remise en ligne", "retour en
        # ligne prévu à 18h", "Retour en ligne partiel", "La remise en ligne a échoué".
        r"(?<!tentative de )(?<!tentative de la )(?:retour|remise) en ligne"
        r"(?! (?:prévue?|prevue?|partiel|partielle|a échoué|a echoue|échoue|echoue)\b)",
        # The work that piled up is done: "Once the backlog was cleared", "It was fully caught up".
        r"(?:backlogs?|queues?) (?:is |was |were |has been |had been )?(?:fully )?(?:cleared|"
        r"drained|processed|reduced to zero|caught up)",
        r"fully caught up",
        r"normali[sz]ed",
        r"back online",
        # "dddice returns online" (dddice's status log), "the VM and Uptime Kuma returned
        # online", "the runner returned online/idle" (operators' logs in the search index).
        # Not for a moment ("returns online for a brief moment"): a blip the failure went on
        # after.
        r"(?<!briefly )return(?:s|ed)? online(?! (?:for (?:a (?:brief |short )?(?:moment|while|"
        r"minute)|(?:about |only |just )?(?:\d+|a few|two|three|several) (?:seconds?|minutes?))"
        r"|briefly))(?![^.;\n]{0,60}\bbefore (?:failing|going down|crashing)\b)",
        # "All production resources are back up and running" (K-State Libraries' status
        # page), "Cluster is back up and running" (UBIKA's).
        r"back up and running",
        r"(?:fully |verified |back )operational",
        # A status page's all-clear: "All Systems Operational" (Statuspage, Atlassian's own
        # words), "all systems are now operational".
        r"all (?:systems|services) (?:are )?(?:now )?operational",
        # A service named working, in a log's terse words: "System operational" (a homelab's
        # Mac Pro log), "Primary engineer declares `prod` hub online" (2i2c's LEAP outages).
        # Only at the end of its clause: not "System operational status: degraded", "API
        # operational metrics", "Service operational?", "operational but slow".
        # Or with the means it runs on: "System operational with new storage backend"
        # (sudoflux's k3s log), "system live and operational in its reverted form" (Lambda
        # Feedback); not "operational with degraded performance".
        r"\b(?:system|service|site|website|platform|cluster|api|hub|server)s? "
        r"(?:(?:is|are|now|live and) ){0,2}(?:fully )?operational(?=[ \t]*(?:[.;!]|\n|$)"
        r"| (?:with|using|via|on|in) (?!(?!no )(?:\w+ )?(?:degraded|reduced|limited|partial|"
        r"errors?|issues?|some|most|many|intermittent|read[- ]only|(?:the )?exception|high|"
        r"elevated|increased|slow|latency|maintenance|standby|backup|failover|best[- ]effort)\b)"
        # Nor a part left out or still down later in its clause: "on the old cluster only",
        # "in the EU region; US still down" (review 44).
        r"(?![^.;!\n]{0,80}\b(?:only|except|still|but)\b))",
        # Its service named as what is declared: not "Declared online voting open", nor "the
        # backup server online as primary" (a failover).
        r"declare[sd]? (?:the |our |`[^`\n]{1,30}` |\w+ ){0,2}"
        r"(?:system|service|site|website|platform|cluster|api|hub|server)s? "
        r"(?:back )?(?:online|operational)(?=[ \t]*(?:[.;,!]|\n|$| and\b))",
        # In the present tense of a log: "Cellar recovers", "Impacted Materia services recover"
        # (Clever Cloud's timelines), as "resumes" and "restarts" are read. Not "to recover",
        # "trying to recover", "helps recover": the attempt or its means.
        r"recovered",
        r"(?<!to )(?<!\bcan )(?<!\bcould )(?<!helps )(?<!help )(?<!will )(?<!would )"
        r"(?<!n't )(?<!not )(?<!unable to )recovers?\b(?! from\b)",
        r"recovery (?:of .{0,60})?completed?",
        # A log's entry that opens on it: "Full recovery - metrics flowing at ~183k samples/s"
        # (a home cluster's Kafka outage), "Full recovery confirmed; repository workflow
        # completed successfully" (an Azure lab's Actions outage). Not one awaited or planned
        # ("until full recovery", "Full recovery expected by 18:00", "Full recovery plan").
        r"(?<!until )(?<!before )(?<!no )(?<!awaiting )(?<!await )(?<!for )(?<!toward )"
        r"(?<!towards )(?<!pending )(?<!after )(?<!to )(?<!of )"
        r"full recovery(?= *(?:$|[-–—:;,.(]|confirmed\b|achieved\b|complete))"
        # Not one estimated (review 58: "Full recovery — ETA two hours", "(ETA 12:30)").
        r"(?![ \t]*[-–—:;,(]?[ \t]*(?:eta|expected|estimated?|planned|pending|in about|"
        r"within|by \d)\b)",
        r"announced the recovery",
        r"outage ends",
        r"end of (?:the )?(?:outage|exposure)",
        r"fim da (?:queda|indisponibilidade|falha|exposição)",
        r"outage (?:is )?(?:resolved|over)",
        r"errors? (?:stopped|subsided|ceased)",
        # A state reached again: "Prow is once again merging at its usual rate" (Kubernetes'
        # Prow). Not work begun again ("the user sync process began once again", what set off
        # Python Discord's outage) nor a failure ("once again failing").
        r"once again,? (?:(?:fully |back )?(?:up|online|available|operational|reachable|"
        r"accessible|healthy|stable|normal|live|responsive|functional|usable|"
        r"in (?:service|operation))|able to|merging|processing|serving|accepting|working|"
        r"functioning|operating|running (?:normally|as (?:expected|normal)))\b"
        r"(?! (?:with|on) (?:errors?|issues?|problems?)\b)",
        # "Users can once again log in", "Once again, all is well".
        r"(?:can|could) once again \w+",
        r"once again,? (?:all|everything) is (?:well|fine|normal|working)",
        r"healthy, allowing traffic",
        r"restored",
        r"resum(?:e|es|ed|ing)",
        # A place open again ("the store reopened"), not an incident reopened ("re-opening
        # outage because of reports", vulpine.club's status log; "We are reopening this
        # incident", status pages): that one is back.
        rf"{_NOT_AN_INCIDENT}re-?open(?:s|ed)?\b"
        r"(?! (?:the |this |an? |our )?(?:outage|incident|issue|ticket|case|bug)s?\b)",
        r"all[- ]clear",
        r"able to (?:start|connect|log ?in|access)",
        # With how it works, if said: "it is working normally again" (NYC Mesh's status log).
        r"(?:working|reachable|online|responding|accessible|available|operational|"
        rf"up and running){_AGAIN_MANNER} again",
        # "writes succeeded again from 10:43", "jobs flowing again"; a run that succeeds, said
        # so: "The first jobs run successfully again" (UseGalaxy.eu), not "it can be run again".
        rf"(?:succeed(?:s|ed|ing)|work(?:s|ed)|flow(?:s|ed|ing)|load(?:s|ed|ing)){_AGAIN_MANNER}"
        r" again",
        # "run" only after its plural subject ("jobs run"), not "to run", "can run".
        r"(?:runs|running|ran|(?<=s )run) (?:normally|fine|properly|correctly|smoothly|"
        r"successfully) again",
        # A chain's or a pipeline's own work resumed: "validators are signing again" (Cosmos
        # Hub), "nodes are syncing again", "jobs are processing again", "we began processing
        # requests normally again" (Search.gov's status page).
        r"(?:signing|syncing|producing (?:\w+ )?blocks|processing(?: requests| jobs)?|serving "
        r"(?:\w+ )?(?:traffic|requests)|accepting (?:\w+ )?(?:connections|requests|jobs))"
        rf"{_AGAIN_MANNER} again",
        r"(?:is|are) (?:up|available) again",
        # The other order, as "the network was again operating normally" is read: "All
        # servers are again reachable" (freistil IT's status posts).
        # Working or responding only as its clause's end: not "was again working on the
        # rollback", "was again responding with errors".
        r"\b(?:is|are|was|were) again (?:reachable|available|online|accessible|operational|"
        r"up and running|(?:working|responding)(?=[ \t]*(?:$|[.,;:!)]|normally|as (?:expected|"
        r"normal))))",
        r"confirmed to be up",
        # "Issue verified fixed in production" (VA.gov), "fix verified" (seed 003's style).
        r"(?:verified|confirmed) (?:as |to be )?(?:fixed|resolved|working)",
        r"fix(?:es)? (?:was |were |is |has been )?(?:verified|confirmed)",
        # German, French, Spanish, Portuguese and Russian: "funktioniert wieder", "rétabli",
        # "restablecido", "voltou a funcionar", "восстановлен".
        r"wieder (?:möglich|funktionsfähig|fehlerfrei|stabil)",
        r"(?:funktioniert|läuft) wieder",
        r"wiederhergestellt",
        # Czech "recovered": "Systém se zotavil, SSH funguje" (a Czech team's GPU report).
        r"zotavil[aoy]?\b",
        r"rétabli(?:e|s|es|ssement)?\b",
        r"restauré(?:e|s|es)?\b",
        r"fonctionne(?:nt)? (?:à nouveau|de nouveau|normalement)",
        # The infinitive after a modal: "tout devrait désormais fonctionner à nouveau" (Flus),
        # not a purpose ("pour fonctionner à nouveau, il faut redémarrer").
        r"(?:devrai[et]|devraient|doi[tv]|doivent|peu[tv]|peuvent)(?: \w+)? fonctionner "
        r"(?:à nouveau|de nouveau|normalement)",
        r"retour à la normale",
        r"restablecid[oa]s?",
        r"restaurad[oa]s?",
        r"vuelve a funcionar",
        r"funciona(?:ndo)? (?:de nuevo|nuevamente|con normalidad|normalmente)",
        r"restabelecid[oa]s?",
        r"volt(?:ou|aram) a funcionar",
        r"funcionando normalmente",
        r"восстановлен[аоы]?\b",
        r"восстановил",
        r"снова (?:доступ|работа|в эфире)",
        r"работает (?:нормально|штатно)",
        r"заработал",
        # Italian, Dutch, Polish, Czech, Indonesian and Turkish, as the others: "✅ Trait
        # ripristinato" (a Laravel module's log), "weer bereikbaar", "przywrócono",
        # "obnoveno", "dipulihkan", "geri yüklendi".
        r"ripristinat[oaie]",
        r"di nuovo (?:online|disponibil[ei]|raggiungibil[ei]|funzionant[ei]|operativ[oaie])",
        # Working again, as Italian status pages and monitors write it: "i servizi sono
        # tornati a funzionare", "il CED è tornato a rispondere correttamente" (MMB's status
        # page), "Il servizio ... è nuovamente operativo" (a ticketing monitor's mail, Moodle's
        # "il sito è nuovamente operativo"), "nuovamente funzionante"; "Il problema è
        # rientrato" (the problem has subsided).
        # Not one to come: "sarà nuovamente operativo entro le 18:00", "sia nuovamente".
        rf"{_NOT_TO_COME_IT}tornat[oaie] a (?:funzionare|rispondere)(?! con errori)",
        rf"{_NOT_TO_COME_IT}(?<!torni )"
        r"nuovamente (?:online|operativ[oaie]|funzionant[ei]|disponibil[ei]|raggiungibil[ei])",
        r"(?:problema|disservizio|malfunzionamento|guasto) (?:è |e' )?(?:stato )?rientrat[oa]",
        r"hersteld",
        r"weer (?:online|beschikbaar|bereikbaar)",
        r"przywrócon[oaey]",
        r"obnoven[oaéy]",
        r"dipulihkan",
        r"geri yüklendi",
    ),
    "resolved": (
        r"incident (?:is |was )?(?:resolved|closed|over|ends|ended)",
        # The incident's tracking issue or ticket closed: "The issue is closed and everything
        # seems fine" (2i2c's hub incidents, tracked as GitHub issues), "Ticket closed".
        r"(?:issue|ticket) (?:is |was |has been |got )?closed",
        r"end of (?:the )?incident",
        r"close[sd]? the incident",
        r"resolution (?:is )?confirmed",
        r"(?:marked|declared|confirmed) (?:as )?resolved",
        # The check that closes the response, of the whole: "All services confirmed healthy"
        # (ananjiani's homelab), "All systems verified operational" (DFDS), "Confirmed
        # healthy: 17 containers up, all probes green" (valen's homelab). Not one part's
        # check while investigating ("Pods confirmed healthy, so not the scheduler").
        # The check closes its sentence: not "All pods confirmed healthy, so not the
        # scheduler", "... confirmed healthy, but the queue kept failing", "confirmed healthy
        # disks before the upgrade".
        r"\b(?:all|everything)\b[^.;:\n]{0,40}?\b(?:confirmed|verified) (?:as |to be )?"
        r"(?:healthy|operational|working|stable|green)(?=[ \t]*(?:[.;:!(]|$))",
        r"(?<!\w )(?<!\w)(?:confirmed|verified) (?:as |to be )?(?:healthy|operational)"
        r"(?:[ \t]*[:.;]|$)",
        r"all[- ]clear",
        r"outage resolved",
        r"issues? (?:were |was |is )?resolved",
        r"resolving the (?:outage|incident|issue|problem)",
        r"resolved",
        # German, French, Spanish, Portuguese and Russian: "behoben", "résolu", "resuelto",
        # "resolvido", "устранено".
        r"gelöst",
        r"behoben",
        # Norwegian, Danish and Swedish: "løst", "löst" (not "uløst", unsolved).
        r"(?<!u)løst\b",
        r"(?<!o)löst\b",
        r"störung (?:ist )?(?:beendet|beseitigt)",
        r"résolu(?:e|s|es)?\b",
        r"clôtur(?:é|ée)",
        r"resuelt[oa]s?",
        r"solucionad[oa]s?",
        r"resolvid[oa]s?",
        r"решен[аоы]?\b",
        r"решён",
        r"устранен",
        r"устранён",
        r"закрыт[аоы]?\b",
        # Italian, Dutch, Polish, Czech, Indonesian and Turkish: "risolto", "opgelost",
        # "rozwiązano", "vyřešeno", "diselesaikan", "çözüldü".
        r"risolt[oaie]",
        r"opgelost",
        r"rozwiązan[oaey]",
        r"vyřešen[oaéy]",
        r"diselesaikan",
        r"çözüldü",
    ),
}

#: The same milestones in Chinese, Japanese and Korean entries ("**検知** — ユーザーが報告",
#: "**緩和策適用**", "服务已恢复", "복구 완료"). These scripts write no spaces between words, so
#: the phrases match anywhere in the entry, not at word boundaries; an end is read only when
#: it is done ("復旧確認", "recovery confirmed"), not begun ("緊急復旧開始").
MILESTONE_WORDS_CJK: dict[str, tuple[str, ...]] = {
    "started": (
        # Not none arising ("問題が発生しないことを確認", "発生せず"): a check that passed.
        r"発生(?!日時|時刻|原因|件数|し(?:ない|なかった|ません)|せず)",
        r"[发發]生(?!时间|時間)", r"발생(?!\s?시각)",
        # "Outage start", as the other languages' words say it: "장애 시작", "전면 500 시작"
        # (linkpulse's timelines), "障害開始", "故障开始".
        # These are tried where their script begins: the errors' number before "시작" is
        # looked behind for.
        r"(?:장애|오류|에러|실패)\s?시작", r"(?:(?<=500)|(?<=500 )|(?<=5xx)|(?<=5xx ))시작",
        r"障害(?:が)?開始", r"故障开始",
    ),
    "detected": (
        # A report received ("ユーザー報告", "ユーザーから報告"), not one made to customers.
        r"検知", r"検出", r"発覚", r"気[付づ]い", r"アラート",
        # "ユーザ" is as often written without the long mark; a user who "observed" the
        # error found it ("ユーザが s4rciv.com で Error 1033 を観測", S4rCiv).
        # With what was reported between: "ユーザーから500エラー報告" (VRC Shift Scheduler).
        # Not one to be made ("ユーザーから報告するためのフォーム": a form for reports), of
        # recovery or of nothing ("ユーザーから復旧報告", "ユーザーから特に報告はなかった",
        # "問題ないと報告"), nor a report document ("障害報告書").
        r"(?:ユーザー?|利用者|顧客)(?:から(?:(?!解消|復旧|回復|問題な|正常|特に)[^。\n、]){0,16}?)?"
        r"の?報告(?!する|し(?:ない|なかった)|用|書|は?な(?:し|かった|い)|され(?:て)?(?:い)?な)",
        # Not one that did not happen or is what a form is for ("観測することはなかった",
        # "気付く様子はない", "報告するためのフォーム", review 45).
        r"(?:ユーザー?|利用者|顧客)が[^。\n]{0,40}?(?:を観測|を報告|に気[付づ])"
        r"(?![^。\n]{0,6}?(?:こと(?:は|が)?な|ため|様子はな|せず|しな|かな))",
        r"[发發][现現]", r"[告报報]警",
        # "检测到主实例无响应" (the primary detected unresponsive, Luckin US's RDS report), as
        # "検知" and "감지": not none detected, nor unable to ("未检测到", "没有检测到",
        # "未能检测到", "无法检测到", review 56).
        r"(?<![未没沒])(?<!没有)(?<!沒有)(?<!未能)(?<!无法)(?<!無法)(?<!不能)(?<!并未)(?<!並未)"
        r"(?<!没能)(?<!沒能)(?<!未及时)(?<!未及時)(?<!未曾)(?<!未被)[检檢][测測]到",
        r"감지", r"탐지", r"발견",
        # As English "alert": "收到 Cloudflare 78% 额度预警" (bforecast's SSE storm), "health
        # check 실패 알림" (Twodragon's Karpenter outage); not a notice to users ("사용자 알림").
        # Received or fired, not a setting ("调整预警阈值", "알림 설정 변경").
        r"(?:收到|触发|觸發)[^。；\n]{0,20}?[预預]警", r"(?:실패|장애|에러|오류|다운)\s?알림",
        r"알림\s?(?:발생|수신)",
        # A failure confirmed or recognised as it was found: "本番環境でエラー発生を確認"
        # (a bingo app's Prisma outage), "misskey.ioに接続できないことを認識" (Misskey's DDoS).
        # Not a recovery confirmed ("復旧を確認").
        # Not none confirmed, nor its end, its cause or the steps ("エラーがないことを確認",
        # "障害の解消を確認", "障害対応手順を確認").
        r"(?:エラー|障害|異常|不具合|失敗|ダウン)"
        r"(?:(?!ない|なし|無し|解消|復旧|収束|収ま|対応|原因|減少|低下)[^。\n、]){0,8}を確認",
        # The noun compound, with no "を": "ダッシュボードでAPI 401エラー確認" (okayus' auth
        # outage), "障害発生確認"; not "401エラー解消確認" (its end confirmed).
        # Not none found, nor a step or a request ("障害確認なし", "エラー確認できず",
        # "エラー確認手順", "エラー確認用のダッシュボード", "障害確認依頼").
        r"(?:エラー|障害|異常|不具合)(?:発生)?確認"
        r"(?!でき(?:ず|な)|なし|無し|され(?:ず|な)|手順|用|依頼|方法|中)",
        r"(?:できない|落ちている|止まっている)ことを(?:確認|認識)",
    ),
    "acknowledged": (
        r"対応(?:を)?開始", r"調査(?:を)?開始",
        r"开始调查", r"開始調查",
        r"조사\s?시작", r"대응\s?시작",
    ),
    "mitigated": (
        r"緩和", r"暫定対応", r"切り戻", r"ロールバック",
        r"[缓緩]解", r"回[滚滾]",
        r"완화", r"롤백",
        # As English "hotfix deployed", "workaround", "keys rotated", "revoked": "实施热修复 1"
        # (bforecast), "CEO がローテーション実行" (REYZ), "임시 조치", "密钥已轮换", "失効".
        # Done, not tried nor readied ("尝试热修复失败", "开始准备热修复", "임시 조치 방안 검토").
        r"(?:实施|實施|部署|上线|上線|发布|發布|应用|應用)了?[热熱]修[复復](?!失败|失敗)",
        r"ホットフィックス(?:を)?(?:適用|配備|リリース)", r"핫픽스\s?(?:배포|적용)",
        r"임시\s?조치\s?(?:적용|완료|배포|실시)", r"ローテーション(?:を)?(?:実行|実施|完了|済)",
        r"(?:密钥|秘钥|凭证)已轮换", r"키\s?(?:교체|로테이션|폐기)\s?(?:완료|실시)",
        r"失効(?:させ|済|完了)",
        # A failover done, as "Failover complete" is read: "Multi-AZ 故障转移完成" (Luckin
        # US), "切换到备用实例", "フェイルオーバー完了", "페일오버 완료". Not one begun.
        # Done: not planned nor failed ("计划切换到备用实例", "切换到备用库失败", review 56).
        r"(?:故障|主[备備从從])(?:转移|轉移|切换|切換)(?:已)?完成",
        r"(?:已经?|已經|成功)切[换換]到[备備]用(?![^。；\n]{0,12}失[败敗])",
        r"フェイルオーバー(?:が|を)?(?:完了|実行|実施)", r"페일오버\s?(?:완료|실시|수행)",
    ),
    # Not planned ("復旧完了予定", recovery expected) nor still not ("仍未恢复正常").
    "impact_ended": (
        r"(?<!未)復旧(?:確認|完了|した|しました|済|デプロイ)(?!予定|見込)",
        r"(?<!未)回復(?:した|しました|確認)", r"(?<!未)正常化(?!予定|見込)",
        # A recovery without the team's hand, and a service "back" ("200 復帰"): "無再起動で
        # 自己復旧" (S4rCiv). Not planned, nor its mechanism or the line's return.
        # Done, as "復旧" is read (review 45): not "復帰しなかった", "自己復旧せず", "復帰待ち".
        r"(?:自己|自動)復旧(?:した|しました|済|完了|確認|(?=[。）)]|\s*$))",
        r"(?<![未回線])復帰(?:した|しました|済|完了|確認|(?=[（(。）)]|\s*$))",
        # "目前已经恢复" (USTCLUG's notices): the adverb between, as often as not.
        r"(?<![未没沒])(?:已|服务|服務)?[恢回][复復]正常(?!预计|預計)", r"已[经經]?[恢回][复復]",
        r"복구\s?(?:완료|됨|되었)(?!\s?예정)", r"정상화(?!\s?예정)",
    ),
    "resolved": (
        r"解決(?:した|しました|済)", r"収束",
        r"已[经經]?解[决決]", r"解[决決]了", r"已[经經]?修[复復]",
        # "事故彻底解决并闭环" (bforecast's SSE storm): fully resolved, the loop closed.
        r"(?<![未没沒])(?:彻底|徹底)解[决決]",
        r"해결\s?(?:완료|됨|되었)",
    ),
}  # fmt: skip

#: Wording that makes an entry a failed attempt, an intention or someone else's act: it marks no
#: mitigation, recovery or resolution.
FAILED_ATTEMPT_WORDS: tuple[str, ...] = (
    r"attempt(?:s|ed)?",
    # "we failed over to the secondary" is a mitigation; "deleting failed VMIs", "retry on
    # both failed builds" (proompteng's lab, plyr.fm) name what failed, before the act.
    r"fail(?:s|ed)?(?![ -]?over)(?! (?:vmis?|pods?|nodes?|jobs?|builds?|requests?|"
    r"transactions?|deployments?|runs?|checks?|tests?|disks?|drives?|instances?|hosts?|"
    r"servers?|containers?|tasks?|workers?|services?|migrations?|replicas?)\b)",
    r"unsuccessful",
    r"tries",
    r"tried",
    r"again,? as problem",
    r"not fixed",
    r"initiat(?:e|es|ed)",
    # A hedge ("the problem was apparently resolved") is a belief, not the end.
    r"apparently",
    r"gives up",
    r"no effect",
    # The outcome closing the step: "rerun prod-elife-xpub for a redeploy, no change" (eLife),
    # "restarted the pods, no improvement", "no luck". Not "(no changes to data)".
    r"no (?:change|improvement|luck|difference)s?(?=\s*(?:$|[.;,!)]))",
    # An outcome told in the next sentence: "Restarted the node. It did not help."
    # "Also does not seem to mitigate the original build/launch problem" (mybinder).
    r"(?:did|does|do)(?: not|n't) (?:seem to |appear to )?(?:help|work|fix|resolve|change|"
    r"improve|mitigate|solve)",
    # What an attacker does ("The attacker unpublished ...") is no response to the incident;
    # an attacker shut out is one ("First attacker blocked", "We blocked the attackers").
    r"(?<!blocked )(?<!blocked the )(?<!blocked all )(?<!blocked all the )attackers?"
    r"(?!(?:'s)? (?:[\w-]+ )?(?:(?:is|are|was|were|has been|have been|now) )?"
    r"(?:blocked|banned|locked out)\b(?! (?:[\w-]+ )?(?:traffic|users?|customers?|access|"
    r"requests?|logins?|checkout)\b))",
    # An end still to come: "Services will be restored when power returns".
    r"(?:will|should|would) (?:be |get )?(?:restored|fixed|resolved|back|available|"
    r"deployed|rolled back|reverted|mitigated)",
    r"bald wieder",  # German "soon again": "dass wir bald wieder online sind"
)

#: A step begun, right after the words that name it (a word between at most): "Key rotation
#: started" (umans-tech's key exposure), "Git history cleanup started" (a leaked-keys report
#: of walduae101/siraj), "revert / config fix begins" (Kubernetes' Prow), "Recovery Started"
#: (a league-analytics app's report). The step takes effect later ("revocation completed").
BEGUN_WORDS: tuple[str, ...] = (
    r"started", r"began", r"begins", r"beginning", r"under ?way", r"in progress", r"kicked off",
)  # fmt: skip

#: Negations: like FAILED_ATTEMPT_WORDS, but only in the sentence that names the milestone,
#: since they negate their own clause. "The pods would not respond to explicit delete. The
#: pods were forcefully deleted" still deletes them.
NEGATION_WORDS: tuple[str, ...] = (
    r"(?:is|was|are|were) not (?:allowed|possible|permitted)",
    r"(?:could|can|did|does|do|would)(?: not|n't)",
    r"cannot",
    r"unable to",
)

#: Negations of German, French, Portuguese, Russian and others ("nicht wiederhergestellt", "ne
#: parvient pas à redémarrer", "não restaurado", "не восстановлен"): short and frequent, so
#: they negate a milestone only right before its words, not anywhere in its sentence ("Der
#: Dienst läuft wieder, Fehler treten nicht mehr auf" is back). Spanish "no" is an English
#: word too, and left out.
NEGATION_BEFORE_WORDS: tuple[str, ...] = (
    r"nicht", r"kein(?:e|en|er)?", r"pas", r"não", r"nao", r"не", r"нет",
    # Norwegian, Danish, Swedish, Dutch: "Problemet er fortsatt ikke løst".
    r"ikke", r"ikkje", r"inte", r"niet",
    # Italian, Polish, Czech, Indonesian and Turkish: "non risolto", "nie przywrócono",
    # "není vyřešeno", "belum dipulihkan", "tidak", "henüz" ("not yet").
    r"non", r"nie", r"není", r"nebylo", r"belum", r"tidak", r"henüz",
)  # fmt: skip

#: English negations right before an end's words, a word or two between: "trees closed
#: again, as problem is not fixed" (Mozilla's Taskcluster), "the HCA API was not coming back
#: online" (VA.gov), "we'd not yet fixed the load issues" (Node.js), "Cloudinary still haven't
#: resolved the issue" (the Financial Times). Not "not fully restored", a part of the way back
#: (``NOT_ALL_WORDS``), nor a "not" further off ("haven't seen errors since we restarted").
NOT_BEFORE_WORDS: tuple[str, ...] = (r"not", r"never", r"\w+n't")
#: Words after such a negation that make it "not all of it": the end is partial, not denied.
NOT_ALL_WORDS: tuple[str, ...] = (
    r"fully", r"completely", r"entirely", r"all", r"only", r"totally", r"100%",
)  # fmt: skip

#: A purpose: an end of impact or resolution named after it in its clause is what an act is
#: for, not what happened ("scaled down to zero to prevent a thundering herd when the gateways
#: are brought back online").
PURPOSE_WORDS: tuple[str, ...] = (
    r"to prevent", r"to avoid", r"in order to", r"so that",
)  # fmt: skip

#: Leads of an infinitive that names an act still to come, when the act follows "to" within
#: three words: "are working with our upstream provider to mitigate", "waiting on our
#: upstream provider to apply the identified mitigations" (GitHub's status updates), "trying
#: to roll back". Not "working as intended to serve cached pages, and the site is back
#: online", nor "trying to reproduce, they found the fix worked and service was restored".
INTENDED_ACT_LEADS: tuple[str, ...] = (
    r"working (?:with|alongside) (?:[\w-]+ ){0,4}?", r"working (?:[\w-]+ ){0,2}?", r"trying ",
    r"waiting (?:on|for) (?:[\w-]+ ){0,4}?", r"waiting ",
)  # fmt: skip

#: An act still to come: a mitigation, recovery or resolution named after these in its clause is
#: wanted, planned or agreed, not done ("would like to re-deploy", "Approval granted to revoke
#: legacy teams", "agree that it's appropriate to release a patch", "proposed workaround"). A
#: decision is not among them: "Decide to delete the hub pod: `kubectl delete pod ...`" acts.
INTENTION_WORDS: tuple[str, ...] = (
    r"would like to", r"wants? to", r"plan(?:s|ned)? to", r"planning to", r"intends? to",
    r"propos(?:e|es|ed|ing)", r"approv(?:e|es|ed|al)", r"agree(?:s|d)?", r"suggest(?:s|ed)?",
    # Not a declaration: "We consider the outage resolved" (Eis's status log).
    r"consider(?:s|ed|ing)?(?= \w+ing\b| to\b| an?\b| whether\b)", r"going to",
    # Under way, not done: "are working on mitigating it and restoring access", "are working
    # with our upstream provider to mitigate" (GitHub's status page, quoted in a lab's
    # report of its Actions outage), "trying to roll back".
    r"working on", r"in the process of",
    # The future: "OVH will take several weeks or more to bring the services online again".
    r"will",
    # Looked for: "Service is expected to be restored within a few hours" (SourceHut),
    # "expected to be able to come back" (Matrix.org), "hope to have this resolved" (NYC Mesh).
    r"expect(?:s|ed|ing)? to", r"hop(?:e|es|ed|ing) to",
)  # fmt: skip

#: Words of an act talked of or readied, not done, up to three words before the end's
#: words: "Discussion between teams about potential workarounds" (Evmos), "discussed fixes",
#: "Deeper discussion on fix", "prepared the fix" (Ethereum's Sepolia incident), "preparing
#: for mitigation using a different region" (the Financial Times, of Cloudinary), "Operations
#: Team Prepare Emergency Full Failover Procedure" (OpenStreetMap). Not further, nor past a
#: word that opens another clause (``INTENTION_NEAR_BREAKS``): "as quickly as possible", "the
#: possible culprit deploy and service was restored", "After discussing with the DB team we
#: failed over", "Deployed the prepared hotfix and the incident was resolved" end it.
INTENTION_NEAR_WORDS: tuple[str, ...] = (
    r"discuss(?:es|ed|ing|ions?)?", r"potential", r"possible", r"prepar(?:e|es|ed|ing)",
    # A recovery waited for, hoped for or doubted: "We wait to see if the cluster recovers",
    # "Waiting until replication recovers", "Checking whether the consumers recover", "the
    # broker should recover on its own", "We hope the broker recovers".
    r"if", r"whether", r"hop(?:e|es|ed|ing)", r"wait(?:s|ed|ing)?(?: until| for)?", r"should",
    r"may", r"might", r"must", r"unclear",
    # An aim put first: "The operator prioritises getting the service back up and running"
    # (GDS's GSP team), "focused on restoring service" (as incident handbooks and write-ups
    # put it), then acts.
    # Only before the act aimed at ("prioritises getting", "focused on restoring"): not
    # "Prioritised traffic restored", "focused on the failover, restoring service".
    r"prioriti[sz](?:e|es|ed|ing)\s+\w+ing", r"focus(?:es|ed|ing|sed|sing)?\s+on\s+\w+ing",
)  # fmt: skip
INTENTION_NEAR_BREAKS: tuple[str, ...] = (
    r"and", r"but", r"then", r"so", r"we", r"they", r"which", r"after", r"before", r"while",
    r"when", r"until", r"once",
)  # fmt: skip

#: What makes an end of impact whole: "Function execution is fully restored", "completely
#: recovered", "full recovery". An earlier end that a later whole one follows was partial.
FULL_END_WORDS: tuple[str, ...] = (
    r"fully", r"completely", r"entirely", r"full (?:recovery|restoration)",
    # "Full SDN controller functionality restored" (r0cketNet), "full service resumed at
    # 2025-09-03 18:00 UTC" (Matrix.org), "restored full node functionality".
    r"full (?:[\w-]+ ){0,3}(?:functionality|service|services|capacity|operations?)",
)  # fmt: skip

#: A failure told again after an end, which makes the end a mitigation: "AP node fails
#: again" (cheqd), "Es liegt eine weitere Störung vor" (Schullogin's status page), "再次出现了
#: 间歇性的网络问题" (USTCLUG). Not a retry ("versuchten es erneut") nor what is prevented
#: ("to prevent its reoccurrence").
RELAPSE_WORDS: tuple[str, ...] = (
    r"\b(?:fail(?:s|ed|ing)?|(?:went|goes|is|was|are|were) down|crash(?:es|ed)?|broke|"
    r"unavailable|unreachable|offline|unresponsive|erroring|stalled|halted) again\b",
    # Not "recurring", an adjective as often ("the recurring backup schedule").
    r"\b(?:recurr(?:ed|s)|reoccurr(?:ed|s)|reappear(?:ed|s)|relaps(?:ed|es))\b",
    # Not "errors returned to normal".
    r"\b(?:issue|problem|errors?|outage|failures?) (?:has |have )?(?:returned|came back)\b"
    r"(?! to (?:normal|baseline))",
    # The failure seen again, or an entry that opens with it: "We are seeing some errors
    # again" (Hygraph's status page), "Problem again with Sunset Park sector antenna" (NYC
    # Mesh's log). Not "we will look at the issue again".
    r"\b(?:seeing|see|saw|seen|getting|got|having|experiencing|observing|observed) "
    r"(?:some |more |new |the same |intermittent )?(?:errors?|issues?|problems?|failures?|"
    r"timeouts?) again\b",
    r"^\W*(?:problems?|issues?|errors?|failures?|outages?) again\b",
    r"\bweitere (?:Störung|Ausfall)", r"\b(?:erneut|wieder) (?:ausgefallen|gestört)",
    r"再次出现", r"又出现", r"再次(?:中断|故障|宕机)", r"再発",
    # The failure told as going on after an end: "~10:00 G4 host connectivity restored"
    # before "~10:05 VMs still unreachable" (Tim McCann's homelab), "Affected pods still
    # erroring despite healthy mounts" (pgmac), "NFS remains down" (drewburr).
    r"\b(?:still|remains?|remained) (?:unreachable|down|failing|unavailable|broken|erroring|"
    r"offline|not (?:working|reachable|responding|resolving))\b",
    r"\b(?:immer noch|weiterhin) (?:nicht erreichbar|gestört|down)\b",
    r"\btoujours (?:indisponible|injoignable|en panne)\b", r"\bainda (?:fora do ar|indisponível)\b",
    r"\bsigue (?:caído|caida|caída|sin servicio)\b",
)  # fmt: skip
#: Words before a relapse's that say it did not happen or is what a change prevents: "The
#: issue has not recurred", "so the deploy never fails again", "问题未再次出现".
RELAPSE_DENIED_WORDS: tuple[str, ...] = (
    r"\bnot\b", r"n't\b", r"\bnever\b", r"\bno longer\b", r"\bnothing\b", r"\bnone\b",
    r"\bprevent", r"\bavoid",
    r"\bso (?:that )?", r"\bensure", r"未", r"没", r"沒", r"不",
)  # fmt: skip

#: The subject of a recovery that says only part of what failed is back ("Most validators
#: are signing again", "Some workflows succeed again"): the recovery is a mitigation.
SOME_OF_WORDS: tuple[str, ...] = (
    r"most", r"some", r"several", r"a few", r"a number of", r"many", r"half(?: of)?",
    r"part of",
    # "The majority of the affected workloads have been recovered" (Civo's status page).
    r"(?:the )?(?:vast |great )?majority of", r"the bulk of",
    r"a (?:small )?(?:subset|handful|portion|fraction|minority) of",
)  # fmt: skip

#: Part of the way back: a recovery so qualified, right before its words, is a mitigation,
#: not the end of impact or the resolution ("Function execution is partially restored").
PARTIAL_WORDS: tuple[str, ...] = (
    r"partial(?:ly)?", r"partly",
    # "Problemet er delvis løst", "teilweise behoben", "gedeeltelijk opgelost".
    r"delvis", r"teilweise", r"gedeeltelijk",
    # A recovery begun, not done: "started to come back online" (PortSwigger).
    r"(?:starts?|begins?|began|started) to come",
)  # fmt: skip

#: After an end's words in its sentence, a part left out of it: the end is part of the way
#: back, a mitigation. "Access was restored to all services except ..." (SourceHut), "All
#: services are available again (except ...)" (Overwolf), "currently available except for
#: HSPC" (UVA's CNS), "back online, except ..." (Prysm), "recovered except ..." (Foundries),
#: "back up, but not ..." (Wynton). Not "but not before ...", an end that came late, nor
#: a part left out of something denied ("no data loss other than ...", ``_EXCEPT`` reads).
EXCEPT_WORDS: tuple[str, ...] = (
    r"except", r"apart from", r"other than", r"with the exception of", r"save for",
    r"but not(?! (?:before|until|till|after|so)\b)",
)  # fmt: skip

#: Right before a detection word, wording that says nothing was detected there: "despite not
#: reporting any errors", "without alerting", "no alarms".
UNDETECTED_BEFORE_WORDS: tuple[str, ...] = (r"\bnot", r"\bno", r"\bnever", r"\bwithout", r"n't")
#: The subject of a detection word that makes it the other side's find, not the team's:
#: "Attacker discovers open Nomad API" (Polydev's lock-out); ESLint (dev 065) writes "The
#: attacker presumably found the maintainer's reused email and password".
ADVERSARY_WORDS: tuple[str, ...] = (
    r"attackers?", r"hackers?", r"threat actors?", r"adversar(?:y|ies)", r"malicious actors?",
    r"intruders?",
)  # fmt: skip
#: Adverbs that may stand between the adversary and its find ("The attacker then quickly
#: discovers ...").
ADVERSARY_ADVERBS: tuple[str, ...] = (
    r"\w+ly", r"presumably", r"then", r"also", r"later", r"first", r"soon", r"eventually",
)  # fmt: skip
#: The adversary's find: a discovery verb in the present ("discovers"), or in the past
#: ("discovered leaked AWS keys") where no "by/at/..." or clause end follows.
ADVERSARY_FINDS_NOW: tuple[str, ...] = (
    r"discovers", r"detects", r"notices", r"spots", r"finds", r"identifies",
)  # fmt: skip
ADVERSARY_FOUND: tuple[str, ...] = (
    r"discovered", r"detected", r"noticed", r"spotted", r"found", r"identified",
)  # fmt: skip
#: What says the day a note names holds for every entry not dated otherwise ("All times UTC,
#: 2026-08-08 unless stated", lucos; "Unless otherwise noted ...", docs.rs).
UNLESS_STATED_WORDS: tuple[str, ...] = (
    r"stated", r"noted", r"specified", r"indicated", r"mentioned", r"marked",
)  # fmt: skip
#: The key of a heading that gives the incident's start time ("## Time: 5:13:57 UTC",
#: comdex; "## Время: 04:50 - 04:56 MSK", Fonana).
TIME_HEADING_KEYS: frozenset[str] = frozenset({"time", "время"})
#: Right after an alert's word, wording that says it stayed silent: "Alarm does not fire"
#: (GNS Science's backup timeline), "the volume-spike alert did not fire", "the alert never
#: triggered", "alarms failed to go off".
UNDETECTED_AFTER_WORDS: tuple[str, ...] = (
    r"(?:does|did|do|would|was|were|has|had)(?:\s+not|n't)(?:\s+have)?(?:\s+been)?",
    r"never", r"failed to", r"fails to",
)  # fmt: skip
UNDETECTED_AFTER_VERBS: tuple[str, ...] = (
    r"fir(?:e|ed|es)", r"trigger(?:ed|s)?", r"go(?:ne)? off", r"went off", r"sound(?:ed|s)?",
    r"page[ds]?", r"alert(?:ed|s)?", r"notif(?:y|ied|ies)", r"catch", r"caught",
)  # fmt: skip
#: A report that is a document, not a sighting: "update this entry with a detailed report on
#: the cause", "the full report follows".
REPORT_DOCUMENT_WORDS: tuple[str, ...] = (
    r"detailed", r"full", r"complete", r"final", r"written", r"post-?mortem", r"incident",
    r"rca", r"status",
)  # fmt: skip

#: Wording that makes a "reported"/"found" entry something other than a detection.
NOT_DETECTION_WORDS: tuple[str, ...] = (
    r"root cause",
    # The write-up, not a report received: "Security report created" (a key exposure's
    # last entry), "Report Prepared" (Appwrite's and the OSM Foundation's reports).
    # A write-up's own kind of report, or the line's first words ("Report Prepared"): not
    # "Bug report created by a user", "User report created in Zendesk".
    r"(?:\A|\b(?:security|incident|post-?mortem|status|final|internal|rca|summary) )report "
    r"(?:was |is |has been )?(?:created|written|drafted|published|prepared|completed|"
    r"finali[sz]ed)(?! by (?:a|an|the)? ?(?:user|customer|client|member|researcher|tester))",
    # Nothing noticed: "no errors have been reported", "no issues were observed".
    r"no (?:\w+ ){0,3}(?:have|has|had|were|was|are|is|being)(?: been)? "
    r"(?:reported|detected|observed)",
    # A report of success, a test or a check passing as the entry's last words: "Hypha
    # reports fresh state swap test passes" (Cosmos Hub's upgrade retro), "CI reports all
    # checks passed"; not "the test pass rate dropped", "the latency threshold passed".
    r"\b(?:tests?|checks?) pass(?:es|ed)?(?=[\s.!;]*$)",
    # The write-up's own day, a field's label: "Report Date: November 27, 2025." (Veritable
    # Games, Recomp 100).
    r"\breport date\b",
    # A state a machine reports: "K3s upgrade completed, all nodes reported Ready" (homeiac).
    r"reported (?:as )?(?:ready|healthy|ok|up|green|successful|success|available|running)\b",
)

#: Entries named after their phase ("Detection", "Resolution") mark that phase's milestone.
PHASE_MILESTONES: dict[str, str] = {
    "detection": "detected",
    "response": "acknowledged",
    "mitigation": "mitigated",
    "resolution": "resolved",
    "recovery": "impact_ended",
}

#: Words by which a heading names a phase of the response ("### Phase 1: Initial Triage
#: (January 18)", Dippy's subnet outage; "### Phase 1: 緊急対応（2025-10-26）", mulukhiya's).
PHASE_HEADING_WORDS: tuple[str, ...] = (r"phase", r"stage", r"fase", r"étape", r"etapa", r"etappe")
PHASE_HEADING_WORDS_CJK: tuple[str, ...] = (r"フェーズ", r"阶段", r"階段", r"단계")

#: A report's status field that says the incident is over ("✅ Resolved", "Resolved. No
#: recurrence observed", "Closed", "해결.", "Решён", "Behoben", "解決済み"), matched on its text
#: casefolded past any marks before it: with the report's day and no timeline, the day it
#: was resolved on (to the day, inferred).
RESOLVED_STATUS = re.compile(
    r"(?:resolved|fixed|solved|closed|resuelto|resuelta|solucionado|resolvido|resolvida"
    r"|corrigido|r[ée]solue?|corrig[ée]e?|behoben|gel(?:ö|oe?)st|erledigt|opgelost|risolt[oa]"
    r"|rozwi[ąa]zan[eya]|реш[её]н[оа]?|исправлен[оа]?|закрыт[оа]?|해결(?: ?(?:됨|완료))?|완료"
    r"|解決(?:済み?)?|解决|已解决|已修复|已恢复)"
    # A check mark or an emoji after it: "Resolved ✅".
    r"(?:[ \t]*[^\w\s?()]{1,3})?"
    # The word alone, or a sentence after it: not a doubt, a note in parentheses, a reason it
    # is closed undone, a state still open ("Resolved?", "Closed (duplicate)", "Closed -
    # won't fix", "Resolved - pending root cause", "Fixed in next release", "해결 중").
    r"(?:\s*$|[.;,!。](?!.*\b(?:pending|monitor\w*|recurring|recurs|recurred|again|partial\w*"
    r"|partly|in part|won'?t|not|duplicate|next|draft|review|workaround|reopen\w*"
    r"|investigat\w*|temporary|incomplete|cannot|open)\b)(?!.*(?:중|частичн|parcial"
    r"|teilweise|partiel)))",
    re.IGNORECASE,
)

#: A status field that says the incident is over and when: "**Status**: ✅ FIXED (as of
#: 2025-10-25 16:56 UTC)" (an indie app's bug report), "Resolution Status: resolved @ 15:22
#: ICT, Sept 26 2021" (Notional's validator log). The stamp in ``at``.
RESOLVED_STATUS_AT = re.compile(
    r"(?:resolved|fixed|solved|closed)\b[ \t]*[^\w\s(]{0,3}[ \t]*(?P<o>\()?[ \t]*"
    r"(?:as of|since|at|on|@)[ \t]+(?P<at>[^()\n]{3,60}?)[ \t]*(?(o)\))[ \t.]*$",
    re.IGNORECASE,
)

#: Status-page update labels ("::: update Monitoring | ...", "[Resolved - ...]") -> the
#: milestone the update marks: under "Monitoring" a fix is in and being watched.


STATUS_UPDATE_MILESTONES: dict[str, str] = {
    "investigating": "acknowledged",
    # The label a writer gives a new update of a milestone is the last one listed for it.
    "mitigated": "mitigated",
    "monitoring": "mitigated",
    "solved": "resolved",
    "fixed": "resolved",
    "resolved": "resolved",
}

#: The word a status page writes before an update's time, on a line of its own under or over
#: the update: "*Posted Dec 22, 2022 - 22:20 UTC*", "Posted 3 years ago. Mar 12, 2024 - 14:05
#: UTC" (Statuspage's page, and pages that copy it). Not "Updated": a report's own "Updated
#: 2023-03-03 10:00" line is no status update.
POSTED_WORDS: tuple[str, ...] = ("posted",)
#: The age such a line shows before the time: "3 years ago.", "about 1 hour ago".
AGO_UNITS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "year")

#: Explicit markers, written in capitals as a label in an entry (**OUTAGE BEGINS**).
MILESTONE_MARKERS: tuple[tuple[str, str], ...] = (
    # The nouns too, as a label: "**INCIDENT START:**", "**OUTAGE END:**".
    (
        r"\b(?:OUTAGE|IMPACT) (?:WINDOW )?(?:BEGINS|STARTS|STARTED|START)\b|<START OF OUTAGE>",
        "started",
    ),
    (r"\bINCIDENT START\b(?=\W{0,3}:)", "started"),
    # "**13:17:46**: Polar fully down. **Incident starts**" (Polar's retro) starts it; a
    # declaration says so in its words too ("**INCIDENT BEGINS** docbrown declares incident
    # #465", the SRE book's example).
    (r"\bINCIDENT (?:BEGINS|STARTS|STARTED)\b", "started"),
    # A leak's window as its writer labels it: "**Início da exposição.**", "**Fim da
    # exposição.**" (NOC Horizon's token exposure), "**Start of exposure**".
    (r"\b(?:START OF (?:THE )?EXPOSURE|IN[IÍ]CIO DA EXPOSI[CÇ][AÃ]O)\b", "started"),
    (r"\b(?:END OF (?:THE )?EXPOSURE|FIM DA EXPOSI[CÇ][AÃ]O)\b", "impact_ended"),
    (r"\bINCIDENT DECLARED\b", "declared"),
    (r"\b(?:OUTAGE|INCIDENT|IMPACT) MITIGATED\b", "mitigated"),
    (r"\b(?:OUTAGE|IMPACT) (?:WINDOW )?(?:ENDS|END)\b|<END OF OUTAGE>", "impact_ended"),
    (r"\bINCIDENT (?:ENDS|RESOLVED|CLOSED|END)\b", "resolved"),
)

# Prose that dates the incident. Case matters here (the stamp pattern tells month names by
# their capital), so the fragments spell out the capitals they accept.

#: Words that open an incident window: "between 12:17 and 12:30", "from 16:58 to 18:46".
WINDOW_OPENERS: tuple[str, ...] = (
    r"[Ff]rom", r"[Bb]etween",
    # French, Spanish, Portuguese and German: "indisponible de 1h02 à 10h17 (UTC+2)"
    # (alwaysdata), "de 18h00 à 22h00 (heure de Paris)" (VerySwing's status page), "Entre
    # 15h26 et 15h48" (Gandi), "von 14:00 bis 15:30 Uhr".
    r"[Dd]e", r"[Ee]ntre", r"[Vv]on",
    # "Zwischen 20:25 und 20:33 Uhr", "tra le 14:00 e le 15:30", "tussen 14:00 en 15:30".
    r"[Zz]wischen", r"[Tt]ra le", r"[Tt]ra", r"[Tt]ussen",
)  # fmt: skip
#: Words that close it.
WINDOW_JOINERS: tuple[str, ...] = (
    r"to", r"and", r"until", r"through", r"till", r"à", r"et", r"a", r"e", r"y", r"bis",
    r"und", r"en", r"tot", r"e le",
)  # fmt: skip
#: A window told by its two ends: "starting at 07:00 UTC and ending at 11:00 UTC"
#: (Cloudflare, LangChain, CS++). Only these joined by "and": "beginning at 14:20 UTC and
#: 14:30 UTC" is two times.
WINDOW_START_WORDS: tuple[str, ...] = (r"[Ss]tarting", r"[Bb]eginning")
WINDOW_END_WORDS: tuple[str, ...] = (r"ending", r"ended")
#: Verbs of finding a problem, for a day the prose says it was found on when a timeline logs
#: the response from a later day: "The issue was detected by our partner on September 09,
#: 2025" (Wilmington College's report), "The problem was discovered on March 17" (GPA Lab).
FOUND_WORDS: tuple[str, ...] = (
    r"detected", r"discovered", r"noticed", r"spotted", r"first reported",
    r"bec(?:a|o)me aware",
)  # fmt: skip
#: What joins a window opened by a start word to its end: "Starting on 1/23/2024 at 3:00pm
#: ET to 1/24/2024 at 11:12am ET" (VA.gov), "Starting on March 15th and going through to
#: March 17th" (Node.js). Not "and" alone: "starting at 14:20 UTC and 14:30 UTC" is two times.
WINDOW_START_JOINERS: tuple[str, ...] = (
    r"to", r"until", r"till", r"through", r"(?:and )?going (?:through )?to",
)  # fmt: skip
#: Words that make a sentence's window a plan, not the incident's: "We will run a failover
#: drill beginning at 02:00 UTC and ending at 03:00 UTC".
PLANNED_WORDS: tuple[str, ...] = (
    r"will", r"shall", r"going to", r"scheduled", r"planned", r"plan", r"drills?",
    r"maintenance", r"we'll",
)  # fmt: skip
#: Words of a title that names a failure, for a window in the title to be the incident's:
#: "MEET - Ausfall am 21.04.2020 von 10:04 - 10:24", "Outage on ... from 10:04 to 10:24"; not
#: "Maintenance window from 10:00 to 11:00" nor "Migration from v1 to v2".
FAILURE_TITLE_WORDS: tuple[str, ...] = (
    r"outages?", r"incident", r"down(?:time)?", r"failures?", r"disruptions?", r"degradation",
    r"degraded",
    r"errors?", r"unavailab\w*", r"ausfall", r"störung", r"panne", r"caída", r"falha",
    r"interrupci\w+", r"indisponib\w*", r"storing", r"сбой", r"авария",
)  # fmt: skip
FAILURE_TITLE_WORDS_CJK: tuple[str, ...] = (r"障害", r"故障", r"장애")
#: Parts of a day whose "of" names the incident's day, not another's: "the night of
#: Thursday", "on the morning of Monday".
DAY_PART_WORDS: tuple[str, ...] = ("day", "night", "morning", "evening", "afternoon")
#: Look-behinds that keep ``OTHER_DAY_WORDS``' "of" from taking a day part's day.
NOT_AFTER_A_DAY_PART = "".join(rf"(?<!{w} )" for w in DAY_PART_WORDS)
#: Words after which a day dates something other than the incident, in a report's opening:
#: "Since March 3, 2019 we have run our own mirror", "before 2024-06-30", "Last updated".
OTHER_DAY_WORDS: tuple[str, ...] = (
    r"since", r"before", r"until", r"updated", r"posted", r"published", r"released",
    r"introduced", r"of",
)  # fmt: skip
#: A timeline heading's words beside ``OTHER_DAY_WORDS`` that date something else than its
#: entries: "## Timeline (report written 2026-09-05)", "(last edited ...)", "(as of ...)",
#: "week of 2026-08-24", "(2026-08-31 follow-up)".
HEADING_OTHER_DAY_WORDS: tuple[str, ...] = (
    r"written", r"edited", r"reviewed", r"revised", r"as of", r"week", r"follow-?up",
    r"aktualisiert", r"mis à jour", r"actualizado", r"bijgewerkt",
)  # fmt: skip
#: Words that make a window told without an opener ("unavailable 02:00–04:00 UTC",
#: "2026-03-10 22:00〜23:00 JST") a routine, not the incident: "our weekly maintenance window",
#: "Nightly backups take the reporting DB offline 00:00-01:00 UTC", a review of logs, and
#: the Japanese "メンテナンス" (maintenance), "定期" (regular), "予定" (planned).
ROUTINE_WORDS: tuple[str, ...] = (
    r"nightly", r"daily", r"weekly", r"monthly", r"usual(?:ly)?", r"routine(?:ly)?",
    r"every (?:day|night|week|month|morning|evening|\w+day)",
    r"regular(?:ly)?", r"reviewed", r"logs",
)  # fmt: skip
ROUTINE_WORDS_CJK: tuple[str, ...] = (
    r"メンテナンス", r"定期", r"予定", r"维护", r"維護", r"例行", r"计划(?!外)", r"計劃(?!外)",
    r"점검", r"예정", r"정기", r"계획",
)  # fmt: skip
#: Words of a window field's key that make it another window than the incident's, with
#: ``PLANNED_WORDS`` and ``ROUTINE_WORDS``: "Maintenance window: 02:00 to 04:00 UTC", "|
#: Deploy window | 22:00 to 23:00 UTC |", "Rollback window: ...". Not when the key also
#: names the impact: "Business impact window", "Backup outage window".
OTHER_WINDOW_KEY_WORDS: tuple[str, ...] = (
    r"deploy\w*", r"release", r"change", r"rollback", r"migration", r"upgrade", r"patch",
    r"cutover", r"support", r"office", r"business", r"shift", r"on-?call", r"freeze",
    r"backup", r"batch", r"job", r"cron", r"train",
)  # fmt: skip
#: The words of a window field's key that make it an earlier incident's, whatever else the
#: key says: "Previous outage window", "Prior incident window", "Last outage".
EARLIER_WINDOW_KEY_WORDS: tuple[str, ...] = (
    r"previous", r"prior", r"last", r"earlier", r"former",
)  # fmt: skip
#: Words that make a window of days the incident's, beside the start words: "The token was
#: exposed from ... through ...", "Between July 9 and July 16, 2023, one of our servers was
#: exposed" (not "We reviewed logs from 2024-01-01 to 2024-03-01").
WINDOW_IMPACT_WORDS: tuple[str, ...] = (
    r"exposed", r"exposure", r"affected", r"impacted", r"unavailable", r"down", r"outages?",
    r"compromised", r"leaked", r"lack of", r"missing", r"errors?", r"incidents?",
    r"not (?:sent|delivered|processed|working|served)",
)  # fmt: skip
#: The words of impact a range of times may follow with nothing between: "Every service was
#: unreachable 03:35–09:17 UTC", "the API was down 14:00-14:47".
BARE_WINDOW_WORDS: tuple[str, ...] = (
    r"unreachable", r"unavailable", r"inaccessible", r"degraded",
    # Not the team's own act: "Pods were shut down 03:00-04:00 UTC", "took the DB offline".
    # (The word first, then what came before it: tried at every word of the prose, the
    # look-behinds would run before the word is known.)
    r"(?:down|offline)(?<!shut down)(?<!spun down)(?<!scaled down)(?<!powered down)"
    r"(?<!brought down)(?<!taken down)(?<!take down)(?<!took down)(?<!taken offline)"
    r"(?<!take offline)(?<!took offline)(?<!brought offline)",
)  # fmt: skip
#: Hedges before a window's day: "from on or about 2025-02-10" (security advisories' words).
DAY_HEDGES: tuple[str, ...] = (
    r"on or about", r"on or around", r"about", r"around", r"approximately", r"roughly",
)  # fmt: skip
# "began"/"started" before the team's own work start the work, not the incident: "issued a
# new version on February 19th and began rolling it out" (drand), "started investigating".
_NOT_RESPONSE = (
    r"(?![ \t]+(?:to[ \t]+)?(?:roll|investigat|work|look|deploy|fix|mitigat|restor|recover|"
    r"migrat|respond|patch|upgrad|rebuild|repair)\w*)"
)
#: Verbs of a sentence that dates the start: "At 14:02 the API began returning errors".
#: Chinese, Japanese and Korean prose that dates the incident: a time, then the failure
#: said to occur ("今天下午 14:44 左右，网易云音乐出现不可用故障" in Vonng's retelling of
#: NetEase's outage, "14時44分頃、障害が発生し", "장애가 발생"), and a time at which service
#: came back ("至 17:11 分恢复", "美国东部时间晚上10点，……很快就完全恢复了" in CyberMiles's
#: post-mortem). The failure's words are ``CJK_FAILURE_WORDS``.
CJK_OCCURRED_WORDS: tuple[str, ...] = (
    r"出现",
    r"出現",
    r"发生",
    r"發生",
    r"発生",
    r"발생",
    r"出了",
)
#: Words between a time and the failure that make it no failure of this incident: a plan
#: or a maybe ("计划进行数据库升级，期间可能出现短暂不可用"; not "计划外", unplanned), or one
#: that happened before or elsewhere (``CJK_OTHER_INCIDENT_WORDS``).
CJK_PLAN_WORDS: tuple[str, ...] = (
    # A plan to do: "计划进行", "计划于", not a planned thing ("计划内的变更", "按照计划",
    # "计划任务") nor an unplanned one ("计划外").
    # Not "as planned" ("按计划", "按照计划", "原计划", "依计划").
    r"(?<![按照原依])[计計][划劃画]"
    r"(?:于|於|在|将|將|要|会|會|进行|進行|周(?!期)|下周|明天|明日|今晚|本周|凌晨|下个|下個)"
    r"(?![^。，,；\n]{0,6}的)",
    r"計画(?:して|では|通り実施)",
    r"预计", r"預計", r"予定(?!より)", r"見込", r"예정", r"계획", r"将会", r"將會",
    r"可能(?:会|會)?(?:出现|出現|发生|發生)",
)  # fmt: skip
#: Another incident than the report's, told in a sentence of its own: "我们曾出现过类似问题",
#: "另一个集群也出现过同样的问题".
CJK_OTHER_INCIDENT_WORDS: tuple[str, ...] = (
    r"曾", r"类似", r"類似", r"另一", r"也出现过", r"也出現過", r"也发生过", r"也發生過",
)  # fmt: skip
#: Words after a recovery that, before a failure's words, say the service was still not
#: back: "CPU 恢复正常，但服务仍然不可用" (but still), "缓存集群恢复正常，但数据库仍然出现
#: 延迟". Not "恢复正常，但我们仍在调查根因" (still investigating).
CJK_STILL_WORDS: tuple[str, ...] = (
    r"仍", r"依然", r"依旧", r"依舊", r"还是", r"還是", r"尚未", r"まだ", r"여전히", r"아직",
)  # fmt: skip
#: "But" before such words: "恢复正常，但服务不可用".
CJK_BUT_WORDS: tuple[str, ...] = (r"但", r"却", r"卻", r"しかし", r"하지만", r"그러나")
#: A recovery done: not one still to come or not yet ("仍未恢复", "恢复预计").
CJK_RESTORED_WORDS: tuple[str, ...] = (
    # The clause's end after "了": not what was brought back ("恢复了告警功能").
    # "了" ending its clause or before the service or normal: not what else was brought
    # back ("恢复了告警功能").
    r"(?<![未没沒不])(?:已经?|已經|完全|全面|均已|都已)?[恢回][复復]"
    r"(?:了(?=[。，,；;！!\s]|$|正常|(?:对外|對外)?服[务務]|运行|運行|访问|訪問|使用)|正常|成功)",
    r"(?<![未没沒不])(?:已经?|已經)[恢回][复復]",
    r"(?<!未)復旧(?:した|しました|完了|確認|済)", r"回復(?:した|しました)",
    r"복구\s?(?:완료|됨|되었)",
)  # fmt: skip
PROSE_START_WORDS: tuple[str, ...] = (
    r"experienced", rf"began{_NOT_RESPONSE}", rf"begun{_NOT_RESPONSE}",
    rf"started{_NOT_RESPONSE}", r"went down", r"was down", r"failed",
    r"failing", r"broke", r"broken", r"degraded", r"outage", r"exploited", r"halted",
    r"(?:not|no longer) (?:reachable|available|accessible|responding)", r"unreachable",
    # "At 16:00 UTC a certificate expired", "our primary database became unresponsive".
    r"expired", r"crashed",
    # The words "was"/"were" take below: "all services ... became inaccessible" (Dev Osmium).
    r"became (?:unresponsive|unavailable|unreachable|inaccessible|offline)",
    r"(?:was|were) (?:unavailable|unreachable|inaccessible|offline)",
    # A window's start said after its length: "impacted for 1 hour and 20 minutes, starting
    # at 10:05 UTC". Not alone: "starting at approximately 20:00" beside a timeline's first
    # failure is a rounder figure than the timeline's.
    r"(?:hours?|minutes?|mins?|hrs?),? (?:starting|beginning)(?= at\b)",
    r"stopped (?:responding|working|serving|accepting)",
    # The service's work ceasing: "the API service ceased functioning" (KolibriCloud).
    r"ceased (?:functioning|working|operating|to (?:work|function|operate))",
    r"(?<!\bwe )(?<!\bWe )(?<!\bI )(?<!team )"
    r"stopped (?:producing|processing|syncing|signing|finali[sz]ing|functioning)",
    # A supply-chain compromise starts with its malicious release: "an attacker published a
    # malicious version of `guardrails-ai` (0.10.1) to PyPI" (Guardrails AI), "an attacker
    # published 84 malicious versions" (TanStack), "The first malicious package push
    # occurred at 06:58 UTC" (AsyncAPI).
    # Not "released a fix blocking malicious requests", nor "we yanked the malicious release":
    # the response to it.
    r"(?:published|pushed|uploaded|released) "
    r"(?:(?!(?:fix|patch|rule|advisory|blocking|against|to|for|on|that)\b)[\w@/.`'()-]+ ){0,3}?"
    r"malicious",
    r"(?<!yanked the )(?<!removed the )(?<!deleted the )(?<!blocked the )(?<!reverted the )"
    r"(?<!unpublished the )(?<!pulled the )(?<!deprecated the )"
    r"malicious (?:[\w-]+ ){0,2}?(?:push|publish|upload|release)(?:es|ed)?",
)  # fmt: skip
#: A service's failed state, which a time after "from" starts: "The Matrix.org homeserver was
#: unavailable from 2025-09-02 17:45 UTC and full service resumed at ..." (Matrix.org).
#: Past only: "is unavailable from 02:00 UTC every Sunday" is a schedule (review 57).
STATE_FROM_WORDS: tuple[str, ...] = (
    r"(?:was|were|went|been|became) (?:completely |totally |fully |partially |largely )?"
    r"(?:down|unavailable|unreachable|offline|inaccessible|unresponsive|degraded)",
    r"(?:was|were) (?:failing|erroring|returning errors)",
)  # fmt: skip
#: After such a state's time, words that make it a routine's or another incident's: "was
#: offline from 02:00 UTC for its weekly backup", "was down from 2025-07-01 in a previous
#: incident" (review 57).
STATE_FROM_NOT_WORDS: tuple[str, ...] = (
    r"every", r"each", r"nightly", r"weekly", r"daily", r"for (?:its |the |a )?(?:scheduled )?"
    r"(?:maintenance|backups?|upgrade)", r"previous", r"prior", r"earlier incident",
    r"last (?:week|month|year|time)",
)  # fmt: skip
#: Between a time and a start's words, wording that makes the time when the failure was
#: learnt of, not when it began: "at 10:35 UTC, we were notified that the certificate had
#: expired" (OpenTelemetry), "At 14:09 UTC, it was confirmed that the transaction had
#: triggered the split" (go-ethereum).
REPORTED_THAT_WORDS: tuple[str, ...] = (
    # Not "saw": "the load balancer saw that all backends were failing" is the failure.
    r"notif(?:y|ied|ies)", r"told", r"inform(?:s|ed)?", r"alerted", r"warned", r"noticed",
    r"discovered",
    r"learn(?:ed|t)", r"reali[sz]ed", r"confirmed", r"reported", r"found",
)  # fmt: skip
#: Of those, the verbs of seeing, after which "that" may go unsaid: "I noticed the
#: dashboard was unreachable".
SAW_THAT_WORDS: tuple[str, ...] = (r"noticed", r"discovered", r"reali[sz]ed", r"found")
#: Words that date what a post tells on the day it was posted, beside a time: "At ~11:30am
#: today we became aware" (BC Platform Services; Mataroa, deSEC, JASMIN and Chicago's data
#: portal write "today" for the post's day). Before any day the opening names, the post's
#: own date is the incident's; "Today we publish our review of the outage of March 3rd" is
#: no time of the incident.
TODAY_WORDS: tuple[str, ...] = (r"today", r"this (?:morning|afternoon|evening)", r"tonight")
#: A failure told as going on since a time, the words before "since" in its clause: "Crate
#: builds were failing since 2019-10-20 00:55 UTC" (docs.rs), "We have been having DNS
#: problems on Michael today since around 14:40" (UCL's status page). Negated, they tell a
#: recovery: "no errors since 15:05", "hasn't been down since".
SINCE_FAILING_WORDS: tuple[str, ...] = (
    r"fail(?:s|ed|ing|ures?)?", r"errors?", r"problems?", r"issues?", r"down", r"outage",
    r"unavailable", r"unreachable", r"unresponsive", r"offline", r"broken", r"degraded",
    r"stopped",
    # German, French, Spanish and Portuguese: "hors-service depuis environ 17h" (Flus), "Seit
    # dem 25.07.2019 gegen 17 Uhr liegt eine großflächige Störung ... vor" (Freifunk Dresden).
    r"störung\w*", r"ausf[aä]ll\w*", r"gestört", r"nicht (?:mehr )?erreichbar", r"fehler\w*",
    r"hors[- ]service", r"en panne", r"pannes?", r"indisponibles?", r"inaccessibles?",
    r"erreurs?", r"caíd[oa]s?", r"fuera de servicio", r"errores", r"fora do ar",
    r"indisponíve(?:l|is)", r"falhas?",
)  # fmt: skip
#: "Since" before the time such a failure goes on from, its words after it ("failing since
#: 14:40", "hors-service depuis environ 17h", "caído desde las 10:00").
SINCE_WORDS: tuple[str, ...] = (r"since", r"depuis(?: le| l')?", r"desde(?: (?:las?|as?|o|el))?")
#: The same where the failure's words follow the time, as German and Dutch put them: "Seit
#: dem 25.07.2019 gegen 17 Uhr liegt eine großflächige Störung unseres Netzwerks vor".
SINCE_FIRST_WORDS: tuple[str, ...] = (r"seit(?: dem)?", r"sinds")
#: Words in such a sentence that tell a recovery since the time, not a failure: "Seit 17 Uhr
#: läuft alles wieder, die Störung ist behoben", "Sinds 10:00 werkt alles weer normaal".
SINCE_RECOVERED_WORDS: tuple[str, ...] = (
    # Working again, not failing again ("gibt es wieder Störungen").
    r"(?:läuft|laufen|funktioniert|funktionieren|geht|gehen|werkt|werken)\b[^.;]{0,30}?"
    r"\b(?:wieder|weer)",
    r"behoben", r"beseitigt", r"opgelost", r"hersteld", r"resolved", r"restored",
)  # fmt: skip
#: A change made or routine work done, told as the timeline's first entry before the failure
#: it led to: "DAST 2025.5 rollout began." (PortSwigger), "PR #1919 ... merged → triggers
#: MAJOR bump" (orchestkit), "Routine system update performed on Mac Pro" (a homelab),
#: "✅ Automated backup ran successfully" (Meaningful Conversations), "Cloud backup created"
#: (PipVault). The failure starts after it. Not "deployed": a deploy is as often keyed as
#: the start it caused (openSUSE's "We deployed a change set to production, everything went
#: well").
LEAD_IN_WORDS: tuple[str, ...] = (
    r"merged", r"rollout (?:began|begins|started|starts)",
    r"update (?:performed|applied|installed)", r"backup (?:ran|created|completed|taken)",
)  # fmt: skip
#: Words that make such an entry a failure's own (``SINCE_FAILING_WORDS`` and these): "PR
#: #42 merged and checkout latency spiked", "accounts merged incorrectly".
LEAD_IN_FAILURE_WORDS: tuple[str, ...] = (
    r"crash\w*", r"time[ds]? ?out", r"stall\w*", r"freez\w*", r"froze\w*", r"saturat\w*",
    r"5\d\d", r"5xx", r"corrupt\w*", r"wrong\w*", r"incorrect\w*", r"panic\w*", r"reject\w*",
    r"spik\w*", r"lock(?:ed|s)?", r"loops?", r"expos\w*", r"leak\w*", r"slow\w*", r"latency",
    r"lost", r"loss",
)  # fmt: skip
#: Words of an entry that tells the report itself written or posted ("Post-mortem
#: published", "Documented the issue in a blog post"): a report dated by that day began
#: before it.
REPORT_POSTED_WORDS: tuple[str, ...] = (
    r"post-?mortem", r"retrospective", r"write-?up", r"blog", r"published", r"documented",
    r"report (?:written|posted|shared|sent)",
)  # fmt: skip
#: Negations before a failure's word in its clause: "shows no errors", "did not fail",
#: "kein Fehler", "sans erreur", "sem erros".
FAILURE_NEGATIONS: tuple[str, ...] = (
    r"no", r"not", r"never", r"without", r"zero", r"none", r"nothing", r"\w+n't", r"kein\w*",
    r"nicht", r"ohne", r"sans", r"aucune?", r"pas", r"sem", r"sin", r"ning[uú]n\w*", r"geen",
    r"niet", r"zonder", r"nie", r"brak", r"bez", r"tanpa", r"tidak", r"yok", r"non",
    r"без", r"нет", r"ни",
)  # fmt: skip
#: The same in scripts that write no spaces between words: failed, error, fault, crashed,
#: "실패", "오류", "장애".
FAILURE_WORDS_CJK = r"失败|失敗|错误|錯誤|エラー|障害|故障|宕机|崩溃|실패|오류|에러|장애"
#: A clause after the change that may tell what it did ("Rollout began; customers hit login
#: loops", "merged and auto-deployed, which locked the orders table", "Backup completed but
#: wrote ..."): an entry with one is no lead-in.
LEAD_IN_CLAUSE = r"[;,]|\b(?:but|which|while|then|causing|breaking)\b"
#: Work that does not happen, told in a timeline entry: "Users cannot reach the dashboard",
#: "Webhooks stop arriving" (with ``SINCE_NOT_WORKING_WORDS``): an entry with one is no
#: quiet one (``evidence.lead_in_start``).
NOT_WORKING_WORDS: tuple[str, ...] = (r"cannot", r"unable to", r"stop(?:s|ped)? \w+ing")
#: Work that has not happened since a time, a failure too: "hadn't reported any readings
#: since approximately 9pm the previous evening" (differentpla's home network).
SINCE_NOT_WORKING_WORDS: tuple[str, ...] = (
    r"\w+n't", r"not (?:been )?(?:\w+ing|\w+ed|available|reachable)", r"no longer",
)  # fmt: skip
#: Front-matter keys whose value is the post's own summary in prose, read for the incident's
#: day and times as the summary is: "summary:" and "intro:" (SimpleLogin's Hugo blog),
#: "subtitle:" (Inngest), "description:" (dotabod, Polar, Firezone), "excerpt:" (AsyncAPI).
FRONT_MATTER_PROSE_KEYS: frozenset[str] = frozenset(
    {"summary", "description", "excerpt", "intro", "subtitle", "abstract", "tldr", "lead"}
)
#: Words that put a failure told beside the incident outside it: "who had been handling
#: unrelated disk issues since 09:00", "DNS problems since 08:00, which are tracked separately".
UNRELATED_WORDS: tuple[str, ...] = (
    r"unrelated", r"not related", r"independent(?:ly)?", r"different",
    r"another (?:incident|issue|problem)",
    # Not "two separate clusters had been failing": what failed, counted.
    r"(?:tracked|handled|treated|reported|investigated) separately",
    r"(?:a )?separate (?:incident|issue|problem|outage|matter)s?",
)  # fmt: skip
#: Words after such a time that put it on the day before the sentence's: "since 9pm the
#: previous evening", "since 23:00 yesterday".
SINCE_DAY_BEFORE_WORDS: tuple[str, ...] = (
    r"the (?:previous|prior) (?:evening|night|day)", r"the (?:night|evening|day) before",
    r"yesterday", r"last night",
)  # fmt: skip
#: Words before the length of impact stated after its start: "for a duration of 54
#: minutes", "for 47 minutes", "lasted approximately 4 hours" (Google Cloud's incident
#: reports; status-page summaries).
PROSE_LENGTH_WORDS: tuple[str, ...] = (
    r"for (?:a (?:total )?(?:duration|period) of |a total of )?", r"lasted (?:for )?",
    r"lasting (?:for )?",
)  # fmt: skip
#: Words before a length after which the impact ended, told in the words that follow: "After
#: 46 minutes our servers were reachable again" (not "Within 5 minutes we were paged").
AFTER_LENGTH_WORDS: tuple[str, ...] = (r"[Aa]fter",)
#: Hedges before such a length: the length is still the one stated.
LENGTH_HEDGES: tuple[str, ...] = (
    "about", "approximately", "around", "roughly", "nearly", "almost", "up to", "just over",
    "~",
)  # fmt: skip
#: Words that open the sentence after a dated change when the failure followed at once: "At
#: 7:29 UTC the upgrade was activated. Shortly after activation, validators began ...".
PROSE_FOLLOW_ON_WORDS: tuple[str, ...] = (
    r"[Ss]hortly after(?:wards)?", r"[Rr]ight after(?:wards)?", r"[Ii]mmediately(?: after)?",
    r"[Ss]oon after(?:wards)?", r"[Dd]irectly after", r"[Jj]ust after", r"[Mm]oments later",
    r"[Ss]hortly thereafter", r"[Ss]oon thereafter",
    r"[Ww]ithin (?:a few |several )?(?:seconds|minutes)",
)  # fmt: skip
#: Verbs of a sentence that dates the detection: "notified the channel on Aug 27 13:09 UTC".
PROSE_DETECT_WORDS: tuple[str, ...] = (
    r"alert(?:s|ed)?", r"report(?:s|ed)?", r"notif(?:y|ies|ied)", r"noticed", r"detected",
    r"paged", r"receiv(?:e|es|ed) (?:[^.]|\.(?=\S)){0,80}?(?:exceptions|errors|alerts)",
    # "On 2021-10-21 at 21:00 UTC, we identified a bug in our code" (Sourcegraph's privacy
    # incident), "around 8:00 AM ET, it was discovered that no online check-ins were
    # successful" (VA.gov): a problem found, not its cause ("identified the root cause").
    # Not a cause found: "We later discovered the true cause: at 2:10am SAST the nightly
    # cronjob had ..." (TorBox) dates the cause.
    rf"discovered{_NOT_A_CAUSE}", r"became aware", r"(?:was|were) made aware",
    rf"reali[sz]ed{_NOT_A_CAUSE}",
    # "At around 4:40pm GMT on December 30 (Friday), we learned about a malicious dependency"
    # (PyTorch), "We learned about the compromise from a third party" (TanStack), "we
    # learned about the incident" (AsyncAPI). Not "we learned that ...", a lesson.
    # What was learned must be the problem: not "learned about the limits of our pool".
    # In a log's present tense too: "The team behind this document learns of the malicious
    # files" (the fractureiser investigation's log).
    r"(?:learned|learnt|learns) (?:about|of) (?:[\w-]+ ){0,3}?(?:issues?|incidents?|outages?|"
    r"problems?|compromises?|malicious|attacks?|breach(?:es)?|vulnerabilit(?:y|ies)|bugs?|"
    r"errors?|failures?|leaks?)\b",
    # A problem found ("identified a bug", "identified the problem"), not a diagnosis
    # ("identified the issue as a bad config").
    r"identified (?:a|an|the) (?:[\w-]+ )?(?:bug|issue|problem|error|outage|vulnerability)"
    r"(?! as\b)",
)  # fmt: skip
#: Verbs of a sentence that dates the end of impact: "at 15:40 service was restored".
PROSE_END_WORDS: tuple[str, ...] = (
    r"corrected", r"fixed", r"resolved", r"restored", r"blocked", r"closed",
    # What ceased was the failure ("the unknown entity ceased their dust storm", Chia), not
    # the service: "feed fetching ceased" (NewsBlur), "the API service ceased functioning"
    # (KolibriCloud) start the incident.
    r"(?<!fetching )(?<!processing )(?<!syncing )(?<!serving )(?<!indexing )(?<!ingestion )"
    r"ceased(?! (?:functioning|working|operating|to (?:work|function|operate)))",
    r"ended", r"successfully mitigated", r"recovered", r"back online", r"up again",
    r"back up", r"available again",
    r"(?:succeeded|worked|working|flowing|loading) again",
    # "error rates returned to normal", "Full recovery was confirmed at 15:10 UTC",
    # "with restoration completed by 6:00 PM EST".
    r"(?:returned|back) to (?:normal|baseline)",
    # The service's work taken up again, as the "not until" form below has it the other way
    # round: "full service resumed at 2025-09-03 18:00 UTC" (Matrix.org), "normal service
    # resumed at 17:05". Not the team's work ("we resumed the migration").
    r"(?:[Ss]ervices?|[Oo]perations?|[Pp]roduction) (?:has |have |was |were )?(?:fully )?resumed",
    r"resumed (?:full |normal )?(?:service|operations?)",
    r"(?:recovery|restoration) (?:was )?(?:confirmed|complete)",
    r"confirmed (?:the |full )?recovery",
    r"fully operational",
    # "lasted until Friday, November 18th, at 3:01pm", "continued until natural recovery at".
    r"(?:lasted|lasting|continued|persisted) until",
)  # fmt: skip

#: Verbs of an end told as its absence until then: "did not resume production until
#: Tuesday, December 28, 2021, 6:02:48.533 PM", "was not fully restored until 17:06".
PROSE_NOT_UNTIL_WORDS: tuple[str, ...] = (
    # What resumed is the service's work, not the team's ("did not resume deployments").
    r"resum(?:e|ed)? (?:production|service|operations?|normal (?:service|operations?))",
    r"recover\w*", r"restored", r"resolved", r"return(?:ed)? to normal", r"back online",
    r"back up",
)  # fmt: skip

#: Words that, anywhere in a heading, mark the run of entries under it as a timeline
#: ("Incident Response & Containment Timeline", "Chronology"). Evidence, not a requirement:
#: a run of stamped entries is a timeline candidate under any heading.
TIMELINE_HINT_WORDS: tuple[str, ...] = (
    "timeline", "time line", "chronolog", "sequence of events", "key events", "event log",
    "zeitlicher ablauf", "zeitleiste", "chronologie", "cronologia", "tijdlijn",
)  # fmt: skip
#: A line that is only one of these, over a list, names the list a timeline as a heading
#: would ("Updates:", packit's cState files; "Timeline:", "Status updates:").
UPDATE_LOG_LABELS: frozenset[str] = frozenset(
    {"updates", "status updates", "update log", "update history", "timeline", "chronology",
     "events", "event log"}
)  # fmt: skip
#: The same in scripts that ``normalize`` folds away: Japanese, Chinese and Korean headings
#: ("発生から復旧までのタイムライン", "事件经过", "타임라인").
TIMELINE_HINT_CJK: tuple[str, ...] = (
    "タイムライン", "時系列", "経緯", "时间线", "时间轴", "经过", "經過", "타임라인", "경과",
)  # fmt: skip


def timeline_hint(title: str) -> bool:
    """Whether a heading names a timeline in any of its words."""
    flat = normalize(title)
    return any(w in flat for w in TIMELINE_HINT_WORDS) or (
        not title.isascii() and any(w in title for w in TIMELINE_HINT_CJK)
    )


#: Front-matter keys that static-site generators and status pages use for the incident's
#: instants -> the metadata field they fill. Keys are matched after normalising ("startTime",
#: "start_time" and "Start Time" are one key). cState's "date" opens an incident only beside
#: its "resolvedWhen", so "date" is not here.
FRONT_MATTER_INSTANTS: dict[str, str] = {
    "start": "started_at", "started": "started_at", "start time": "started_at",
    "started at": "started_at", "start date": "started_at", "impact start": "started_at",
    "incident start": "started_at", "began": "started_at", "begin": "started_at",
    "outage start": "started_at", "downtime start": "started_at", "incident started": "started_at",
    "detected": "detected_at", "detected at": "detected_at", "detection time": "detected_at",
    "declared": "declared_at", "declared at": "declared_at",
    "acknowledged": "acknowledged_at", "acknowledged at": "acknowledged_at",
    "mitigated": "mitigated_at", "mitigated at": "mitigated_at", "mitigation time": "mitigated_at",
    # Statuspage's incident record: "monitoring_at" is when a fix was in and being watched.
    "monitoring at": "mitigated_at", "monitoring started": "mitigated_at",
    "end": "ended_at", "ended": "ended_at", "end time": "ended_at", "ended at": "ended_at",
    "end date": "ended_at",
    # The incident's end as the window of the outage: when the impact ended; the resolution
    # may come after it ("Incident closed" once verified).
    "incident end": "repaired_at", "incident ended": "repaired_at", "outage end": "repaired_at",
    "downtime end": "repaired_at",
    "impact end": "repaired_at", "restored": "repaired_at", "restored at": "repaired_at",
    "resolved at": "resolved_at", "resolved when": "resolved_at", "resolution time": "resolved_at",
    "resolved time": "resolved_at", "closed at": "resolved_at", "resolved date": "resolved_at",
    "resolved on": "resolved_at",
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Follow-up actions: wording read by parsing/actions.py beyond the section table above. Kept in
# one block so the action reader can be tuned without touching the shared tables.

#: Headings, matched on the normalised text, whose section holds follow-up actions although
#: their section kind is another one: "## Prevention", "## Remediation", "# Future works",
#: "## How are we going to do better in the future?", "## What is CMS doing prior to ...",
#: "## What we are changing beyond the patch", "### Future mitigations", "## What is being
#: done about this?".
ACTION_HEADING_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"^(?:prevention|remediation|remediations)$"),
    re.compile(r"^future (?:plans?|works?|improvements|actions|mitigations?)\b"),
    re.compile(r"^how (?:are|will|do|can) we\b.*\b(?:do better|prevent|avoid|improve)\b"),
    re.compile(r"^what (?:(?:we|\w+) (?:are|is|re|will be)|(?:is|are) \w+) (?:doing|changing)\b"),
    # "## What is being done about this?", "## Looking Forward", "## Moving Forward: Lessons
    # Learned and Future Safeguards", "## Going forward".
    re.compile(r"^what (?:is|are|will be|has been|have been) (?:being )?done\b"),
]

#: Headings that hold follow-up actions only in a report with no other action section: a
#: "## Looking Forward" of four numbered areas is the report's actions, a "### Moving forward"
#: after a "Remediation" section restates what it listed.
ACTION_HEADING_FALLBACK_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"^(?:looking|moving|going) forward\b"),
    # "## Improvements" (Equilibrium's Pathfinder, VU Amsterdam's handbook), "### Improvements
    # for next time" (CloudCannon), "## Improving Recovery Procedures" (GitLab).
    # Not "Improvements observed", "Improvement in latency": what got better.
    re.compile(r"^improvements?(?: (?:for|to) (?:next time|the future|make))?$|^improving\b"),
]
#: Advice given in the report, its actions only when it has no other action section (read as
#: ``ACTION_HEADING_FALLBACK_PATTERNS`` are, lists and tables only): "## Recommendations"
#: (DIA radio, kevsrobots, PrestaShop), "## Immediate Recommendations" / "## Long-term
#: Recommendations" (Pollinations), "### Рекомендации" (Fonana). Beside a section of action
#: items, recommendations restate them or advise others (GOV.UK's platform reports, Merlin2).
RECOMMENDATION_HEADING = re.compile(
    r"^(?:(?:future|immediate|short term|medium term|long term) )?recommendations?\b"
    r"|^рекомендаци"
)
#: Columns of a table of advice ("| Area | Recommendation | Priority |"): the item's words
#: where no column is named for the action itself ("| Finding | Recommendation | Action |").
ADVICE_COLUMNS: frozenset[str] = frozenset(
    {"recommendation", "recommendations", "suggestion", "suggestions", "рекомендация",
     "рекомендации"}
)  # fmt: skip
#: A label that leads into the objects of its verb ("Adding alerts for:", "We will add
#: alerts for:"), not a group's name (normalised words).
LABEL_INTO_OBJECTS = re.compile(r"\b(?:for|to|with|about|on|into|from|of)$")
#: A heading of steps taken that also names what is still to come: "Actions taken /
#: planned", "Actions Taken & Next Steps", "Actions taken to prevent recurrence", "Follow-up
#: actions taken" (normalised words).
TAKEN_AND_TO_COME = re.compile(
    r"\b(?:planned|plan|next|follow|prevent\w*|future|pending|open|to ?do|remaining|recurrence)\b"
)
#: How a Russian infinitive ends ("Добавить", "Настроить", "Проверяться"): a label that opens
#: with one names an action, not a group. The "-ость" nouns ("Безопасность") end otherwise;
#: the nouns that end as an infinitive does are listed.
RUSSIAN_INFINITIVE_ENDINGS: tuple[str, ...] = ("ать", "ять", "еть", "ить", "уть", "ыть", "ться")
RUSSIAN_NOUNS_LIKE_INFINITIVES: frozenset[str] = frozenset(
    {"память", "сеть", "мать", "знать", "рать"}
)
#: Who advice is for when it is not the team: "we have a few recommendations for npm package
#: maintainers and users" (ESLint's 2018 report), "### For User" (scholarship-api's and
#: Merlin2's recommendations). Advice to them is no action of the report's.
ADVICE_AUDIENCE_WORDS: tuple[str, ...] = (
    "users?", "customers?", "clients?", "maintainers?", "readers?", "community", "everyone",
    "you", r"пользовател\w*", r"клиент\w*",  # accents folded: "й" is "и" once normalised
)  # fmt: skip
#: A prevention heading worded as a possibility ("What we could do to prevent this happening
#: again", GOV.UK's platform reports; "What could be done to avoid this in future?", the FT's
#: Origami reports): ideas, the report's actions only when it has no other action section
#: (GOV.UK's reports list their commitments under "### Actions" beside them; the FT's have
#: none).
POSSIBILITY_HEADING = re.compile(r"\b(?:could|might|possible|possibly|ideas?)\b")

#: Headings whose section holds follow-ups only as paragraphs ("## Follow-up" of five
#: paragraphs, each one follow-up); a list there is a review schedule, not actions.
PROSE_ACTION_KINDS: frozenset[SectionKind] = frozenset({SectionKind.FOLLOW_UP})

#: A paragraph ending in ":" that commits to the list after it, outside any action section:
#: "The team will address the following items ...:", "The following mandates are being
#: enacted ...:", "Going forward, we will do the following:", "Node operators should do all of
#: the following:". Both a commitment and "following" are needed ("we will upgrade ...
#: Specifically:" introduces features, not actions).
ACTION_LEAD_IN = re.compile(
    r"(?i)\b(?:will|we'll|we’ll|shall|should|must|(?:are|is) being|(?:are|is) going to|"
    r"plan to|intend to|(?:are|is) taking)\b[^:\n]*\bfollowing\b"
    r"|\bfollowing\b[^:\n]*\b(?:will be|(?:are|is) being|(?:are|is) to be)\b"
)

#: Wording that makes a prose paragraph a commitment ("We will ...", "It would be useful to
#: ...", "We should ...") or reports its outcome in a closing parenthesis ("(fixed by ...)").
COMMITMENT = re.compile(
    # Not a rule stated in the passive: "the block at slot x+8 should not even be considered"
    # (Prysm's testnet notes); "We will not deploy on Fridays" commits all the same. "could
    # not" tells what did not happen.
    r"(?i)\b(?:will|we'll|we’ll|shall|should|must|need to|needs to|going to|plan to|"
    r"intend to|would be (?:useful|good|better|nice))\b"
    r"(?!\s+(?:not|never)\s+(?:even\s+)?be\s+(?:\w+(?:ed|en)|able)\b)|\bcould\b(?!\s+not\b)"
    r"|\((?:filed|fixed|added|done|completed|tracked)\b[^()]*\)\s*$"
)

#: Imperative verbs that open an action written as a sentence ("Investigate how we can
#: test ...", "Add monitoring for ...").
ACTION_VERBS: frozenset[str] = frozenset(
    {
        "add",
        "adopt",
        "alert",
        "assign",
        "audit",
        "automate",
        "backfill",
        "block",
        "build",
        "change",
        "check",
        "clean",
        "communicate",
        "conduct",
        "configure",
        "consider",
        "create",
        "define",
        "delete",
        "deploy",
        "deprecate",
        "design",
        "disable",
        "document",
        "enable",
        "ensure",
        "establish",
        "evaluate",
        "explore",
        "fix",
        "follow",
        "harden",
        "hire",
        "implement",
        "improve",
        "increase",
        "introduce",
        "investigate",
        "limit",
        "lock",
        "measure",
        "migrate",
        "monitor",
        "move",
        "notify",
        "page",
        "pause",
        "pin",
        "plan",
        "prevent",
        "publish",
        "purchase",
        "reduce",
        "refactor",
        "remove",
        "rename",
        "replace",
        "require",
        "rerun",
        "restrict",
        "retry",
        "review",
        "revisit",
        "revoke",
        "rewrite",
        "roll",
        "rotate",
        "run",
        "scale",
        "schedule",
        "set",
        "share",
        "split",
        "start",
        "stop",
        "switch",
        "teach",
        "test",
        "track",
        "train",
        "tune",
        "update",
        "upgrade",
        "use",
        "validate",
        "verify",
        "write",
    }
)

#: Wording that says an action is already done: an item that opens with "Already" ("Already
#: added the fix ..."), a lead-in in the perfect ("CMS has implemented new processes ...,
#: improvements include:"), a label or heading "Actions taken".
DONE_WORDING = re.compile(
    r"(?i)^\W*already (?!planned|scheduled|in |on |underway|being)\w+"
    # "So far we've rolled out:" (Railway's report), as "CMS has implemented ...".
    r"|(?:\b(?:has|have)|['’]ve) (?:already )?(?:been )?(?:implemented|completed|added|fixed|"
    # Not what was learnt or checked: "This new knowledge has made clear several steps that we
    # need to take" (npm's 2013 outage), "Once you have made sure ...".
    r"deployed|introduced|put in place|done|made(?! (?:it )?clear\b| sure\b)|enabled|"
    r"established|rolled out|shipped)\b"
)
#: Prose that moves on a day from the last one written ("the following night", "the next
#: morning", "the day after"), and the same said right after a time ("around 3am UTC of the
#: following night").
NEXT_DAY_WORDS = r"(?:the )?(?:following|next) (?:day|night|morning|evening)\b(?!s)|the day after"
OF_NEXT_DAY_WORDS = r"of the (?:following|next) (?:day|night|morning|evening)\b"
#: A stamp's note that puts its time on the day before the entries' ("21:01 (prev. night)",
#: DaylightStation's audits; "~23:29 (ngày hôm trước)", a Vietnamese post-mortem's).
PREVIOUS_DAY_STAMP_WORDS = "|".join(
    # The words "failing since 23:00 the previous evening" uses, and shorter or translated.
    [rf"\b{w}\b" for w in SINCE_DAY_BEFORE_WORDS]
    + [r"\bprev(?:ious|\.)? (?:day|night|evening)\b", r"\b(?:day|night|evening) before\b"]
    + [r"\bla veille\b", r"\bd[ií]a anterior\b"]
    + [r"\bvortag", r"\bvorabend", "hôm trước", "hôm qua", "前日", "前一天", "전날"]
)
#: A time told on the day before the report's ("at 15:43:14 IST yesterday", "from about
#: 9:30pm to 12:30am last night"): a blog post written the morning after (Rollbar's, KDE
#: neon's, EPCC's status updates). The words of other languages only in lower case: "Ayer"
#: is also a name.
PREVIOUS_DAY_WORDS = (
    r"\b(?:yesterday|last night)\b(?!-)"
    r"|(?-i:\b(?:[Gg]estern|ayer|[Oo]ntem|[Ii]eri|[Gg]isteren|[Ww]czoraj|[Hh]ier soir)\b)"
    r"|昨日|昨天|昨晚|어제"
)
#: The words of a notice's or a change's day: "as announced yesterday", "since #44 merged
#: (2026-07-09)".
CHANGE_DAY_WORDS: tuple[str, ...] = (
    r"announced", r"deployed", r"shipped", r"merged", r"changed", r"mentioned", r"wrote",
    r"written", r"said", r"launched", r"rolled out", r"scheduled", r"planned",
)  # fmt: skip
#: Words before a weekday or "yesterday" that make it no day of the incident: one to come or
#: a habit ("next Tuesday", "every Sunday", "Starting Monday"), or the day of a notice or a
#: change ("as announced yesterday", "a config change deployed yesterday").
NOT_INCIDENT_DAY_WORDS: tuple[str, ...] = (
    r"next", r"coming", r"upcoming", r"following", r"every", r"each", r"starting",
    r"nächsten?", r"jeden", r"ab", r"prochain", r"chaque", r"próximo", r"cada",
    r"volgende", r"elke", r"iedere", r"vanaf", r"prossimo", r"ogni",
    *CHANGE_DAY_WORDS,
)  # fmt: skip
#: Words of a sentence that tell what is still to come ("On Monday we will roll out a fix",
#: "a review is planned for Friday"): a day it names is no day of the incident.
FUTURE_WORDS: tuple[str, ...] = (
    r"will", r"won't", r"going to", r"plan(?:s|ned)? to", r"intend", r"werden", r"wird",
    r"zullen", r"zal", r"va(?:s|mos)? a", r"vamos", r"allons", r"sera", r"seront",
)  # fmt: skip
#: Words of time before a weekday that make it a day: "on Thursday", "last Sunday", "this
#: past Friday", "op dinsdag", "am Montag", "le lundi", "el lunes", "na segunda-feira".
WEEKDAY_TIME_WORDS: tuple[str, ...] = (
    r"on", r"last", r"past", r"this", r"early", r"late", r"op", r"afgelopen", r"vorige",
    r"vorige week", r"am", r"letzten", r"vergangenen", r"diesen", r"dieser", r"ce",
    r"nuit de", r"nuit du", r"el", r"el pasado", r"este", r"esta", r"na", r"no", r"lo",
    r"scors[oa]", r"in der nacht zu", r"overnight", r"during", r"from",
    r"(?:morning|afternoon|evening|night) of",
)  # fmt: skip
#: What follows a weekday that opens its sentence when it is a day ("Dinsdag was de website
#: ...", "Monday, we ...", "Sunday morning the disk filled"): a comma, a time of the day, or
#: a verb in the past. Not a noun it qualifies ("Monday deploy train"), nor what may be a
#: habit ("Monday the deploy train is paused", "Lundi notre équipe déploie").
WEEKDAY_CLAUSE_WORDS: tuple[str, ...] = (
    r"morning", r"afternoon", r"evening", r"night", r"at", r"around", r"was", r"were",
    r"had", r"saw", r"brought", r"started", r"began", r"ochtend", r"middag", r"avond",
    r"nacht", r"abend", r"früh", r"war", r"fiel", r"hatten", r"hadden", r"werd", r"wurde",
    r"ging", r"matin", r"soir", r"dernier", r"fue", r"estuvo", r"hubo",
)  # fmt: skip
#: A subject after a weekday that opens its sentence ("Sunday we experienced an outage",
#: "Monday our checkout failed", "Lunes nuestro servicio se cayó"): a day when a verb in
#: the past follows in its clause (``WEEKDAY_PAST_VERBS``), not "Tuesday we deploy".
WEEKDAY_SUBJECT_WORDS: tuple[str, ...] = (
    r"we", r"our", r"the", r"a", r"an", r"it", r"there", r"nuestro", r"nuestra", r"notre",
    r"nous", r"wir", r"unser\w*", r"de", r"het", r"onze",
)  # fmt: skip
#: Verbs of what befell the subject, whose perfect takes "to be" ("Mardi, nos serveurs sont
#: tombés", "Montag sind die Server ausgefallen", "Dinsdag is de database gecrasht"): with
#: "est"/"sont", "ist"/"sind", "is"/"zijn" they tell a past. Other participles after those
#: tell a state or a passive: "Dimanche, nos serveurs sont redémarrés automatiquement",
#: "Sonntag ist die Datenbank gesperrt", "Zondag is de database bevroren".
WEEKDAY_ERGATIVE_PARTICIPLES: tuple[str, ...] = (
    r"tombée?s?", r"morte?s?", r"devenue?s?", r"arrivée?s?", r"passée?s?", r"parti(?:e|s|es)?",
    r"restée?s?", r"survenue?s?", r"apparue?s?", r"intervenue?s?", r"venue?s?", r"revenue?s?",
    r"sortie?s?", r"descendue?s?",
    r"ausgefallen", r"abgestürzt", r"zusammengebrochen", r"aufgetreten", r"passiert",
    r"geschehen", r"gecrasht", r"abgelaufen", r"vollgelaufen", r"hängengeblieben",
    r"stehengeblieben", r"gegangen", r"gekommen", r"gewesen", r"fehlgeschlagen",
    r"eingetreten", r"uitgevallen", r"platgegaan", r"neergegaan", r"vastgelopen", r"verlopen",
    r"gestopt", r"geweest", r"opgetreden", r"mislukt", r"ontstaan", r"gebeurd",
)  # fmt: skip
WEEKDAY_PAST_VERBS: tuple[str, ...] = (
    r"\w+ed", r"was", r"were", r"had", r"did", r"went", r"saw", r"took", r"broke", r"fell",
    r"got", r"came", r"ran", r"began", r"lost", r"hit", r"made", r"brought", r"found",
    r"left", r"spent", r"shut", r"woke", r"became", r"threw", r"blew", r"froze", r"sent",
    r"built", r"kept", r"held", r"led", r"caught", r"rose", r"grew", r"gave", r"tore",
    r"struck", r"stood", r"sank", r"\w+ó", r"estuvo", r"fue", r"hubo", r"tuvo",
    r"(?:h[ao]n?|hemos|has|he) \w+(?:[ai]do|echo|icho|ierto|uesto|uelto|isto)",
    r"était", r"étaient", r"avons", r"ont", r"a \w+[éiu]e?s?",
    # "est"/"sont" with what befell the subject; a pronominal past: "une panne s'est
    # produite", "le serveur s'est arrêté".
    r"(?:est|sont) \w+ée?s?",
    rf"(?:est|sont) (?:\w+ ){{0,2}}(?:{'|'.join(WEEKDAY_ERGATIVE_PARTICIPLES)})\b",
    r"(?:s'est|s’est|se sont) \w+(?:ée?s?|ite?s?|ue?s?|is)\b",
    r"war", r"waren", r"wurde", r"hatte\w*", r"hat", r"fiel", r"ging", r"werd", r"hadden",
    r"viel", r"heeft", r"hebben",
    # A perfect told with its participle: "haben wir die Datenbank verloren", "wurde neu
    # gestartet", "ist das Deployment gescheitert", "è caduto"; and with "ist"/"sind",
    # "is"/"zijn" a verb of what befell the subject that the general shape misses.
    r"(?:ist|sind|hat|haben|wurden?) (?:\w+ ){0,4}(?:\w*ge|ver|zer|ent|be|er|über|miss)"
    r"\w+(?:en|t)\b",
    rf"(?:ist|sind|is|zijn) (?:\w+ ){{0,6}}(?:{'|'.join(WEEKDAY_ERGATIVE_PARTICIPLES)})\b",
    r"è \w+[aiu]t[oaie]", r"sono \w+[aiu]t[oaie]",
    # A past denied: "users couldn't log in", "the backup didn't run", "was not reachable".
    # "would not" only of a thing that failed to ("wouldn't start"), not of a plan ("We
    # wouldn't deploy on Friday", "would not be safe").
    r"(?:could|did|was|were|had)(?:n't|n’t| not)",
    r"would(?:n't|n’t| not) (?:start|load|boot|respond|connect|work|come up|run|open|mount|sync)",
    # Irregular pasts; those that are also nouns only with what follows them ("a screen
    # shot", "the spoke network", "won’t" are none).
    r"hung", r"spun", r"quit", r"drove", r"bled", r"paid", r"told", r"heard", r"knew",
    r"thought", r"bought", r"fought", r"wrote", r"chose", r"forgot", r"slept", r"dealt",
    r"hid", r"slid", r"fled", r"swung", r"dug", r"shot up", r"spoke (?:with|to)",
    r"met (?:the|with|our)", r"sont \w+ée?s?",
    # Perfects told with "avere" and Dutch ones: "abbiamo perso il database", "ha smesso
    # di rispondere", "is de database gecrasht", "hebben we ... verloren".
    r"(?:ha|hanno|abbiamo) (?:\w+ ){0,2}\w+(?:at|ut|it|ss|rs|tt)[oaie]",
    r"(?:is|zijn|heeft|hebben) (?:\w+ ){0,4}(?:ge|ver|be|ont)\w+(?:d|t|en)\b",
    # Irregular pasts of Spanish and Portuguese: "tuvimos una caída", "houve uma queda".
    r"tuvimos", r"estuvimos", r"hicimos", r"fuimos", r"tivemos", r"houve", r"foi",
    r"foram", r"teve", r"esteve", r"estava", r"estavam",
)  # fmt: skip
#: Words before or after a weekday that make it a past one: "last Tuesday", "letzten
#: Dienstag", "afgelopen dinsdag"; "mardi dernier", "martedì scorso", "el martes pasado".
PAST_WEEKDAY_BEFORE_WORDS: tuple[str, ...] = (
    r"last", r"past", r"letzten", r"vergangenen", r"vorige", r"afgelopen", r"scors[oa]",
)  # fmt: skip
PAST_WEEKDAY_AFTER_WORDS: tuple[str, ...] = (
    r"dernier", r"scors[oa]", r"pasado", r"passad[oa]", r"passé",
)  # fmt: skip
#: A day written the Chinese, Japanese or Korean way that dates another thing: one planned
#: ("计划在2019年5月20日", "予定"), one after which or ever since ("…日以降", "…以来").
CJK_PLANNED_WORDS: tuple[str, ...] = (r"计划", r"計画", r"预计", r"予定", r"예정", r"계획")
CJK_AFTER_WORDS: tuple[str, ...] = (r"以来", r"以後", r"以降", r"之后", r"이후")
#: "From" after such a day: the failure's start where its sentence tells a failure
#: (``CJK_FAILURE_WORDS``), another thing's where it does not ("2019年5月1日起我们启用了新集群").
CJK_FROM_WORDS: tuple[str, ...] = (r"起", r"から", r"부터")
CJK_FAILURE_WORDS: tuple[str, ...] = (
    r"故障", r"障害", r"장애", r"中断", r"停止", r"宕机", r"不可用", r"异常", r"異常", r"停机",
    r"ダウン", r"エラー", r"오류", r"다운", r"无法", r"無法", r"失败", r"失敗", r"不具合",
    r"できない", r"遅延", r"延迟", r"延遲", r"错误", r"錯誤", r"报错", r"問題", r"问题", r"不能",
    r"실패", r"불가", r"수 없", r"지연", r"문제",
)  # fmt: skip
#: Endings of a past in Spanish, Portuguese, French and Italian ("los servidores
#: fallaron", "no funcionaba", "perdimos", "o servidor caiu", "falhou", "pararam", "l'API ne
#: répondait plus", "non funzionava", "era"), read only beside a weekday of another
#: language than English: in English they end names and words ("Sharon", "Liu", "Bayou",
#: "Alibaba", "wait", "era").
WEEKDAY_PAST_ENDINGS: tuple[str, ...] = (
    r"\w+(?:aron|ieron|aba|aban|ían|imos)", r"\w+iu", r"\w{3,}ou", r"\w+(?:aram|eram|iram)",
    r"\w+(?:ait|aient)", r"\w{4,}(?:ava|avano|eva|evano)", r"era(?:no)?",
)  # fmt: skip
#: Words of a heading's parentheses around the zone that say it is the entries' zone:
#: "(timeline, UTC)", "(times are in UTC)", "(local time, CEST)", "(Zeiten in MEZ)".
ZONE_NOTE_WORDS: tuple[str, ...] = (
    r"timeline", r"times?", r"timestamps?", r"zone", r"local", r"all", r"are", r"is", r"in",
    r"shown", r"given", r"approximate", r"approx", r"no", r"dst", r"adjustment", r"clock",
    r"zeiten", r"zeitangaben", r"alle", r"tijden", r"tijd", r"heures?", r"en", r"horas?",
    r"horário", r"ora", r"orari", r"reported", r"logged", r"recorded", r"written",
    r"uhrzeit", r"zeit",
)  # fmt: skip
#: Words of a sentence opened by a weekday that make it a habit or a plan, not a day:
#: "Sunday is our maintenance day", "Friday at 17:00 is our deploy cut-off", "Montag früh
#: deployen wir immer".
WEEKDAY_HABIT_WORDS: tuple[str, ...] = (
    r"is", r"are", r"sind", r"sont", r"es", r"son", r"zijn", r"always", r"usually", r"immer",
    r"ist", r"(?<!['’])(?-i:est)",
)  # fmt: skip
#: Adverbs of a habit: they make the weekday's clause one only when it tells no past ("We
#: always deploy on Friday", "Dimanche, le cache est vidé automatiquement"), not "On Monday,
#: the database automatically failed over".
WEEKDAY_HABIT_ADVERBS: tuple[str, ...] = (
    r"always", r"usually", r"immer", r"meistens", r"toujours", r"siempre", r"sempre",
    r"altijd", r"automatically", r"automatiquement", r"automatisch", r"automaticamente",
    r"regelmäßig", r"régulièrement", r"regelmatig",
)  # fmt: skip
#: Participles of a restriction in place, a state rather than a past after "is"/"sind":
#: "Montag sind die Deployments gesperrt", "Op zondag zijn de deploys bevroren".
WEEKDAY_STATE_PARTICIPLES: tuple[str, ...] = (
    r"gesperrt", r"blockiert", r"geschlossen", r"bevroren", r"geblokkeerd", r"gesloten",
    r"bloquée?s?", r"fermée?s?", r"gelée?s?",
)  # fmt: skip
#: Verbs of staying, before such a participle a past: "le déploiement est resté bloqué".
WEEKDAY_STAYED_WORDS: tuple[str, ...] = (
    r"restée?s?", r"geblieben", r"gebleven", r"rimast[oaie]",
)  # fmt: skip
#: The "be" helpers of French, German and Dutch, whose participle may tell a present
#: passive or a state as well as a past ("sont redémarrés", "ist … gesperrt").
WEEKDAY_PASSIVE_HELPERS: tuple[str, ...] = (
    r"est", r"sont", r"ist", r"sind", r"is", r"zijn",
)  # fmt: skip
#: The "be" helpers of a plan in place ("une maintenance est programmée", "ist eine Wartung
#: vorgesehen", "è stata pianificata"); not a past passive ("wurde das Update terminiert" is
#: the day it was scheduled).
WEEKDAY_PLAN_BE_HELPERS: tuple[str, ...] = (
    *WEEKDAY_PASSIVE_HELPERS, r"è", r"sono", r"está", r"estaba", r"été", r"stat[oaie]", r"sido",
)  # fmt: skip
#: Participles of a plan, after a "be" helper: "Am Samstag ist eine Wartung geplant",
#: "Sabato è prevista una manutenzione", "une maintenance est programmée". (After "have"
#: they tell the act: "hat AWS eine Wartung angekündigt".)
WEEKDAY_PLANNED_WORDS: tuple[str, ...] = (
    r"geplant", r"gepland", r"programmat[oaie]", r"previst[oaie]", r"pianificat[oaie]",
    r"programad[oa]s?", r"planificad[oa]s?", r"previst[oa]s?", r"planejad[oa]s?",
    r"agendad[oa]s?", r"planifiée?s?", r"prévue?s?", r"angesetzt", r"eingeplant",
    r"programmée?s?", r"vorgesehen", r"angekündigt", r"terminiert", r"angekondigd",
    r"voorzien",
)  # fmt: skip
#: "As" before such a participle: "wie geplant", "zoals gepland", "comme prévu" (as
#: planned) tell a plan kept, not one to come.
WEEKDAY_AS_WORDS: tuple[str, ...] = ("wie", "zoals", "comme", "come", "como")
#: The determiners that open a subject (not those that are also pronouns: "On Monday, this
#: happened"): a word in "-ed" after one is an adjective ("our managed database").
SUBJECT_DETERMINERS: tuple[str, ...] = (
    r"the", r"a", r"an", r"our", r"their", r"its", r"his", r"her", r"my", r"your", r"every",
)  # fmt: skip
#: Time words that may stand alone before a weekday opening its sentence ("On Sunday
#: scheduled maintenance is performed").
OPENING_TIME_WORDS: tuple[str, ...] = (
    r"on", r"last", r"this", r"this past", r"early", r"early on", r"late", r"late on",
)  # fmt: skip
#: Italian weekdays, after which "sera" is the evening ("Martedì sera"), not French "will be".
ITALIAN_WEEKDAYS: tuple[str, ...] = (
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
)  # fmt: skip
#: A title or an opening that dates the incident itself on the day before the post's:
#: "Post-mortem from last night's outage", "yesterday's incident". Not "caused by
#: yesterday's config change".
PREVIOUS_DAY_INCIDENT = (
    r"\b(?:yesterday|last night)(?:'s|’s) (?:[\w-]+ ){0,2}?"
    r"(?:outage|incident|downtime|disruption|failure|breakage)s?\b"
)
#: Status words an action item may say in parentheses after its bold label ("**Audit by
#: capability.** *(done during the response)*").
LABEL_STATUS_WORDS: tuple[str, ...] = (
    "done", "completed?", "fixed", "shipped", "merged", "implemented", "deployed",
    "outstanding", "open", "todo", "to do", "pending", "planned", "not started",
    "in progress", "ongoing", "won't do",
)  # fmt: skip
#: An item's words that say it is still to do, whatever the heading over it says.
NOT_DONE_WORDING = re.compile(
    r"(?i)^\W*(?:todo|to do)\b|\b(?:will|planned|plan to|going to|to be done|not yet)\b"
)
DONE_HEADING = re.compile(
    r"(?i)\b(?:actions?|steps?) (?:taken|completed|done)\b"
    # "Принятые меры", "Mesures prises", "Medidas tomadas", "Ergriffene Maßnahmen".
    r"|\bпринят\w* меры|\bmesures prises\b|\bmedidas (?:tomadas|adoptadas)\b"
    r"|\bergriffene ma(?:ß|ss)nahmen\b"
)

# What a group of action items is called, around the words of its state: "### Completed",
# "Open follow-ups", "Fixes Implemented", "**Bereits umgesetzt (technisch):**".
_GROUP_NOUNS = (
    r"(?:(?:action )?items?|actions?|tasks?|steps?|work|fixes|follow ups?|changes|"
    r"massnahmen|mesures|medidas)"
)
#: A heading or label that says the state of the action items under it, matched on its
#: normalised words or on those of a parenthesis in it ("### Immediate (Implemented)",
#: "### Medium-term (In Progress)", "### Long-term (Planned)"). Both or neither ("Completed or
#: In Progress") say nothing. Written from Cumulo's validator reports ("### Completed"),
#: AgrarLeads' breach notice ("Bereits umgesetzt" / "Noch erforderlich"), the siraj key
#: exposure ("(In Progress)", "(Planned)") and the eddisonso node failure ("(Implemented)").
GROUP_STATUS: tuple[tuple[re.Pattern[str], ActionStatus], ...] = tuple(
    (re.compile(rf"(?:{_GROUP_NOUNS} )?(?:{words})(?: {_GROUP_NOUNS})?"), status)
    for words, status in (
        (
            r"(?:already )?(?:done|complete|completed|implemented|fixed|finished|shipped|"
            r"in place)|(?:bereits )?(?:umgesetzt|erledigt|abgeschlossen)"
            r"|realisee?s?|faite?s?|terminee?s?|hech[oa]s?|completad[oa]s?|realizad[oa]s?"
            # Russian, Korean, Japanese and Chinese: "**Превентивные меры (добавлены):**"
            # (Svinolink's incident log: added), "### 즉시 조치 (완료)" (a Korean RCA: done),
            # "（完了）", "（已完成）".
            r"|добавлен[ыоа]?|выполнен[ыоа]?|сделан[ыоа]?|внедрен[ыоа]?|완료|完了|対応済み?"
            r"|已完成|已修复|已实施",
            ActionStatus.DONE,
        ),
        (
            r"in progress|ongoing|underway|in arbeit|in bearbeitung|en cours|en curso",
            ActionStatus.IN_PROGRESS,
        ),
        (
            r"(?:still )?(?:open|to do|todo|remaining|outstanding|pending|planned|"
            r"not (?:yet )?(?:done|started))|(?:noch )?(?:erforderlich|offen|zu tun)|geplant"
            r"|a faire|prevue?s?|pendientes?|planificad[oa]s?|pendencias|offene punkte"
            r"|ce qui reste (?:ouvert|a faire)"
            # Planned: "(예정)", "（予定）", "（计划）", "(запланировано)".
            r"|예정|予定|未対応|计划|待办|запланирован[ыоа]?",
            ActionStatus.OPEN,
        ),
    )
)

#: A label naming one action, whose text follows on its line or in the next block:
#: "Action point: ...", "**Action taken:** ...", "**Action planned:**" (the plural labels
#: head lists and are sections).
#: The words of such a label, also read at the head of a line by the action reader.
ACTION_LABEL_WORDS = r"action (?:point|item|planned|taken|required)"
SINGLE_ACTION_LABEL = re.compile(rf"(?i)^{ACTION_LABEL_WORDS}$")

#: Status words of remediation trackers beyond STATUS_WORDS ("🟢 CLEANED", "🔴 OUTSTANDING").
ACTION_STATUS_EXTRA: dict[str, ActionStatus] = {
    "cleaned": ActionStatus.DONE,
    "added": ActionStatus.DONE,
    "filed": ActionStatus.OPEN,
    "mitigated": ActionStatus.DONE,
    "shipped": ActionStatus.DONE,
    "deployed": ActionStatus.DONE,
    "outstanding": ActionStatus.OPEN,
    "blocked": ActionStatus.OPEN,
}

#: Words of a longer table header ("Remediation Action Required", "Current Status") that name
#: an action column, when the header is not in ACTION_COLUMNS itself.
ACTION_COLUMN_WORDS: dict[str, str] = {
    "action": "description",
    "actions": "description",
    "remediation": "description",
    "status": "status",
    "owner": "owner",
    "owners": "owner",
    "due": "due",
    "deadline": "due",
}

#: Headings and labels of a list that restates items already read, by category ("### Action
#: Categories"), and of legends that explain priorities or types: neither adds items.
RESTATING_HEADING = re.compile(r"(?i)\b(?:categories|by (?:category|type|area|theme))\b")
LEGEND_HEADING = re.compile(
    r"(?i)^(?:legend|key|priority (?:levels?|definitions?|key)|priorities|"
    r"(?:action |item )?types?|status (?:legend|key|definitions?))$"
)

#: Labels inside an action section that name a list of something else ("**Impacted
#: Applications:**", "**References**"): the list after them is not actions.
NOT_ACTION_LABEL = re.compile(
    r"(?i)\b(?:impacted|affected|references|links|thanks|acknowledg\w*)\b"
    # Notes and context beside the actions ("**Context:**", "**Why it was missed:**").
    r"|^(?:notes?|context|background|why\b.*|examples?|details)$"
)
NOT_ACTION_KINDS: frozenset[SectionKind] = frozenset(
    {
        SectionKind.IMPACT,
        SectionKind.TIMELINE,
        SectionKind.APPENDIX,
        SectionKind.TEAM,
        SectionKind.SIGN_OFF,
        SectionKind.METRICS,
        SectionKind.WENT_WELL,
        SectionKind.WENT_WRONG,
        SectionKind.LUCKY,
    }
)

#: A body that says a heading has nothing under it ("### Process\n\nNone.").
NOTHING_WORDS: frozenset[str] = frozenset({"none", "n a", "na", "nothing", "nothing yet", "tbd"})
#: A column of the action each row's subject needs ("| Token | Status | Action Needed |"),
#: by its heading's words: its "None" says there is none.
NEEDED_ACTION_HEADER = re.compile(r"\b(?:needed|required|to take)\b")
#: An action table's cell that says there is nothing to do ("| Workspace | ✅ Secured | None
#: |"), written whole: "None (monitor only)" still names something.
NO_ACTION_CELLS: frozenset[str] = (NOTHING_WORDS - {"tbd"}) | {
    "none needed", "nothing needed", "no action", "no action needed", "no action required",
    "not needed", "not required",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Stated figures ("Time to repair: 55 minutes"): what their names mean and how precisely they
# are written, read by postmortem.metrics when it compares them with the timeline.

#: What a stated duration's name can mean: names (after :func:`stated_key`) -> the duration it
#: is named after and the (start, end) readings the name allows, the usual one first. A stated
#: figure is compared with the duration of that name when the preset has one, else with the
#: first reading the preset has (see docs/metrics.md).
STATED_METRIC_MEANINGS: list[tuple[tuple[str, ...], str, tuple[tuple[str, str], ...]]] = [
    (("time to detect", "time to detection", "ttd", "mttd", "mean time to detect"),
     "time_to_detect", (("started", "detected"),)),
    (("time to acknowledge", "time to response", "time to respond", "mtta",
      "mean time to acknowledge"),
     "time_to_acknowledge",
     (("detected", "acknowledged"), ("declared", "acknowledged"), ("started", "acknowledged"))),
    (("time to mitigate", "time to mitigation", "mttm"),
     "time_to_mitigate", (("started", "mitigated"), ("detected", "mitigated"))),
    (("time to recover", "time to recovery"),
     "time_to_recover",
     (("mitigated", "impact_ended"), ("detected", "impact_ended"), ("started", "impact_ended"))),
    (("time to repair", "mttr", "mean time to recovery", "mean time to repair",
      "time to restore", "time to restore service"),
     "time_to_repair",
     (("detected", "impact_ended"), ("started", "impact_ended"), ("started", "resolved"))),
    (("time to resolve", "time to resolution", "total duration", "incident duration",
      "mean time to resolve"),
     "time_to_resolve",
     (("started", "resolved"), ("detected", "resolved"), ("declared", "resolved"))),
    (("duration", "total downtime", "downtime", "impact duration", "outage duration"),
     "impact_duration", (("started", "impact_ended"), ("started", "resolved"))),
]  # fmt: skip

#: Words that make a stated figure approximate ("about 3 hours", "~2h"): its tolerance widens.
APPROXIMATE_WORDS: tuple[str, ...] = (
    "about", "around", "approximately", "approx", "roughly", "circa", "nearly", "almost",
    "just over", "just under", "over", "under", "more than", "less than", "some", "~", "≈",
)  # fmt: skip

#: Seconds in each unit a stated duration may use, keyed by the unit's first letter ("m" is
#: minutes; "mo" would be months, which no stated figure here uses).
_UNIT_STEP = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
_STATED_UNIT = re.compile(
    r"(?P<n>\d+(?:\.(?P<frac>\d+))?|half an|an|a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s*(?P<u>weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?"
    r"|s)\b",
    re.IGNORECASE,
)


def stated_key(name: str) -> str:
    """A stated figure's name as :data:`STATED_METRIC_MEANINGS` lists it ("Time to Resolution
    (TTR)" -> "time to resolution")."""
    return " ".join(_PAREN.sub("", name).strip().rstrip(":").lower().split())


def stated_precision(text: str) -> tuple[float, bool]:
    """How precisely a stated duration is written: the step of its smallest unit in seconds
    ("1h" -> 3600, "1h 28m" -> 60, "1.5 hours" -> 360, "1:28" -> 60) and whether it is hedged
    ("about 3 hours")."""
    step = 0.0
    for mt in _STATED_UNIT.finditer(text):
        unit = mt.group("u").lower()
        s = float(_UNIT_STEP["m" if unit.startswith("mi") or unit == "m" else unit[0]])
        if mt.group("frac"):
            s /= 10 ** len(mt.group("frac"))
        step = s if step == 0 else min(step, s)
    if step == 0:
        step = 60.0  # a clock form ("1:28") or no unit: minutes
    low = f" {text.lower()} "
    hedged = any(
        (w in low) if not w[0].isalpha() else re.search(rf"\b{re.escape(w)}\b", low) is not None
        for w in APPROXIMATE_WORDS
    )
    return step, hedged


# -- Several incidents in one document (parsing.incidents) -------------------------------------

#: The labels of a status page's updates ("**Resolved** - This incident has been resolved.").
STATUS_UPDATE_LABELS: frozenset[str] = frozenset(
    {"resolved", "investigating", "identified", "monitoring", "update", "mitigated", "postmortem"}
)
#: The columns of a table that gives an incident a row: its start, its end or length, what it
#: was ("| ID | Date | Duration | Cause | Info |"). Headers are compared normalised.
INCIDENT_TABLE_COLUMNS: dict[str, str] = {
    "date": "start", "start": "start", "started": "start", "start time": "start",
    "started at": "start", "date/time": "start", "date and time": "start", "began": "start",
    "end": "end", "ended": "end", "end time": "end", "ended at": "end", "resolved": "end",
    "resolved at": "end", "recovered": "end",
    "duration": "duration", "length": "duration", "downtime": "duration",
    "outage duration": "duration",
    "title": "title", "incident": "title", "summary": "title", "cause": "title",
    "description": "title", "issue": "title", "what happened": "title",
    # "| When | Duration | What |" (SLAC S3DF's outage log).
    "when": "start", "what": "title",
}  # fmt: skip
#: The heading over such a table: what it lists ("## Interruptions", "## Outages", "Incident
#: log"), not earlier incidents a report recalls ("Previous incidents").
INCIDENT_TABLE_HEADING = re.compile(
    r"(?i)^\W*(?:(?:incident|outage|downtime|interruption)s?(?:\s+(?:log|list|history))?"
    r"|(?:un)?planned\s+outages)\W*$"
)
#: Keys with which an entry of an incident log states its own incident ("**Impact:** ...").
INCIDENT_ENTRY_KEYS: frozenset[str] = frozenset(
    {"impact", "duration", "start", "started", "start time", "end", "ended", "end time",
     "resolved", "detected", "root cause", "cause", "resolution", "status", "severity",
     "affected", "affected services", "window", "customer impact", "trigger", "fix",
     # Azure's status history words its entries so, and pages copy it ("**Summary of
     # Impact**:", "**Preliminary Root Cause**:", KOLIBRI Cloud's status page).
     "summary of impact", "preliminary root cause",
     # The length in other languages: Korean "지속" and "기간", German "Dauer", French
     # "durée", Spanish "duración", Portuguese "duração", Japanese and Chinese.
     # (keys are compared with their accents folded: "durée" is read as "duree").
     "지속", "기간", "지속 시간", "dauer", "duree", "duracion", "duracao", "継続時間", "所要時間",
     "持续时间", "持續時間",
     # The fix and the measures taken, as "fix" and "resolution": "- 조치: Cloud Run job 알림
     # 작업 일시 중지", "- 해결: Session pooler 방식 삭제" (litomi's log), "解決", "解决".
     "해결", "조치", "解決", "解决"}
)  # fmt: skip
#: A document's title that names it a log of incidents: "# Incident Log — Svinolink Bot", "#
#: Incidents Log" (cBioPortal's), "# tutka — Incident Log", "# Outage history". Its dated
#: headings that say what happened are incidents each (``parsing.incidents``). As a section's
#: heading, "Incident log" is a report's own log of one incident.
_LOG_OF_INCIDENTS = r"(?:incidents?|outages?|downtimes?)\s+(?:log|history|journal|register|archive)"
INCIDENT_LOG_TITLE = re.compile(
    # Not "Incident log: DB migration failure" (one incident's log, named after the colon)
    # nor "Post-incident log" (a hyphen inside a word).
    rf"(?i)^\W*{_LOG_OF_INCIDENTS}\b(?!\s*:)|(?:^|\s)[—–:|·-]\s*{_LOG_OF_INCIDENTS}\W*$"
)
#: A heading over a history of incidents ("Past incidents", Statuspage's own words for its
#: history and OpenProject's and Wobscale's status pages; "Incident history"), the whole
#: heading: the dated headings below it are incidents each. Not "Incident log" or "Previous
#: incidents": a report's own log, or related outages it recalls.
INCIDENT_LOG_HEADING = re.compile(
    # "Past exceptions" (UCR's HPC alerts log), "Past Maintenance windows" (KolibriCloud).
    r"(?i)^\W*(?:past|resolved|earlier|older)\s+(?:incidents|outages)\W*$"
    # Only after "past": "Earlier events" tells a report's own lead-up.
    r"|^\W*past\s+(?:maintenance\s+)?(?:exceptions|disruptions|windows)\W*$"
    r"|^\W*(?:incident|outage)s?\s+(?:history|archive)\W*$"
)
#: An incident's number in its heading: "Incident #5: Shard3 CPU Timeout", "INC-112 ...",
#: "Chain Stuck at Genesis (Incident #6)".
INCIDENT_NUMBER = re.compile(r"(?i)\b(?:inc|incident)[-_ ]?#?\s*(\d+)\b")
#: A heading that names an incident rather than a part of one ("Incident 3: ...", "INC-112 ...",
#: "Outage on ...").
INCIDENT_HEADING = re.compile(
    r"(?i)^\W*(?:incident|outage|post-?mortem|inc)\b[\s#:.\-–—]*[\w]"
    r"|^\W*(?:inc|incident)[-_ ]?#?\d+\b"
    # Its number after its name: "Chain Stuck at Genesis (Incident #6)" (Prysm's testnet
    # post-mortems page), "Login failures (INC-112)".
    r"|\(\s*(?:inc|incident|outage)[-_ ]?\s*#?\s*\d+\s*\)\s*$"
)


def incident_number(title: str) -> str | None:
    """The number of the incident a heading names ("Incident #5: Shard3 CPU Timeout" -> "5"),
    or None."""
    if INCIDENT_HEADING.search(title) is None:
        return None
    mm = INCIDENT_NUMBER.search(title)
    return mm.group(1) if mm is not None else None


#: Common words of English, and of the languages that write the day before the month
#: (Portuguese, Spanish, French, German, Italian, Dutch, Indonesian, Turkish, Polish), none in
#: both nor an English word
#: ("no", "die", "per", "con", "den"): a document whose
#: dates do not tell their order is read in the order its language writes
#: (``timestamps.guess_dayfirst``).
ENGLISH_COMMON_WORDS: frozenset[str] = frozenset({
    "the", "and", "of", "to", "was", "were", "we", "is", "are", "at", "on", "with", "for",
    "this", "that", "it", "from", "by", "has", "have", "had", "not",
})  # fmt: skip
DAY_FIRST_COMMON_WORDS: frozenset[str] = frozenset({
    # Portuguese
    "de", "que", "não", "nao", "às", "com", "para", "em", "um", "uma", "foi", "os", "das",
    "dos", "na", "pelo", "pela", "também",
    # Spanish
    "los", "las", "el", "del", "por", "una", "fue", "y", "es",
    # French
    "le", "les", "des", "et", "est", "une", "pour", "dans", "sur", "pas", "du", "au", "avec",
    "été",
    # German
    "und", "der", "nicht", "ist", "mit", "wurde", "ein", "eine", "auf",
    "zu", "von", "sich", "auch",
    # Italian
    "il", "di", "che", "della", "delle", "sono", "è", "gli",
    # Dutch
    "het", "een", "niet", "van", "zijn", "werd",
    # Indonesian, Turkish and Polish
    "yang", "dan", "dari", "tidak", "untuk", "dengan", "ini", "itu",
    "ve", "bir", "bu", "için", "ile", "olarak", "değil",
    "nie", "się", "jest", "że", "oraz", "przez",
})  # fmt: skip
