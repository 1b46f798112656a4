"""Timestamps as reports write them, resolved to datetimes against a context.

A timeline entry usually starts with a stamp ("[13:26]", "2:54 PM PST:", "**16:58 UTC** -",
"June 14th, 2022, 10:00 AM:"). :func:`split_stamp` finds where the stamp ends and the text begins;
:func:`resolve` turns the stamp into a datetime using the report's date, the day heading above the
entry, the zone the report declares and the previous entry (midnight rollover). Zone abbreviations
and city names map to IANA zones, so the offset is the right one for the date (PST vs PDT).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache, wraps
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from attrs import define, field
from dateutil import parser as _du

from postmortem.vocabulary import DAY_FIRST_COMMON_WORDS, ENGLISH_COMMON_WORDS

# Abbreviations and city names -> IANA zone. "PST" in a summer report means Pacific time, so an
# abbreviation names the zone and the date picks the offset.
ZONES: dict[str, str] = {
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    # Zones written out: "All times are Greenwich Mean Time" (Ben Howe's outage retro),
    # "Eastern Daylight Time" (PyPI), "Pacific Daylight Time" (NuGet) are read by their
    # region's word; a name whose first word is a US region's ("Central European Time") is
    # its own zone, not the region's.
    "greenwich mean time": "UTC",
    "coordinated universal time": "UTC",
    "central european time": "Europe/Paris",
    "central european summer time": "Europe/Paris",
    "central european standard time": "Europe/Paris",
    "eastern european standard time": "Europe/Athens",
    "british summer time": "Europe/London",
    "eastern european time": "Europe/Athens",
    "eastern european summer time": "Europe/Athens",
    # The US zones written out: "At around 6:30 PM Eastern Standard Time on Monday" (Dev
    # Osmium), "All times are Pacific Daylight Time" (NuGet), "(all times Central Standard
    # Time)" (Prysm). As with "PST", the name gives the region and the date the offset.
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "indian standard time": "Asia/Kolkata",
    "japan standard time": "Asia/Tokyo",
    # The same names in Chinese, Japanese and Korean: "## 事实时间线（北京时间）" (GEO Radar's
    # pipeline incidents), "日本時間", "한국 시간", as "Japan Standard Time" above.
    "北京时间": "Asia/Shanghai",
    "北京時間": "Asia/Shanghai",
    "日本時間": "Asia/Tokyo",
    "日本时间": "Asia/Tokyo",
    "한국 시간": "Asia/Seoul",
    "한국시간": "Asia/Seoul",
    # US time as Chinese and Japanese posts give it: "美国东部时间凌晨5点左右" (CyberMiles's
    # post-mortem).
    "美国东部时间": "America/New_York",
    "美國東部時間": "America/New_York",
    "美东时间": "America/New_York",
    "美東時間": "America/New_York",
    "米国東部時間": "America/New_York",
    "美国太平洋时间": "America/Los_Angeles",
    "美國太平洋時間": "America/Los_Angeles",
    "米国太平洋時間": "America/Los_Angeles",
    "+utc": "UTC",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mt": "America/Denver",
    "mountain": "America/Denver",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "ct": "America/Chicago",
    "central": "America/Chicago",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "eastern": "America/New_York",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "bst": "Europe/London",
    "wet": "Europe/Lisbon",
    "eet": "Europe/Athens",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "nzt": "Pacific/Auckland",
    # Further abbreviations teams outside the US and western Europe write: not English words,
    # so read in any case as the ones above are. Not ICT or SAST: in reports they are more
    # often the IT department and security testing than Indochina or South Africa.
    "eest": "Europe/Athens",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "msk": "Europe/Moscow",
    "idt": "Asia/Jerusalem",
    "hkt": "Asia/Hong_Kong",
    "sgt": "Asia/Singapore",
    "wib": "Asia/Jakarta",
    "pht": "Asia/Manila",
    "awst": "Australia/Perth",
    "acst": "Australia/Adelaide",
    "acdt": "Australia/Adelaide",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "brt": "America/Sao_Paulo",
    # Brasília's time as Brazilian reports name it ("Linha do tempo (horário de Brasília)",
    # NOC Horizon): the phrase, not the city alone ("(São Paulo)" names AWS's region).
    "horário de brasília": "America/Sao_Paulo",
    "horario de brasilia": "America/Sao_Paulo",
    "horário de brasilia": "America/Sao_Paulo",
    "hora de brasília": "America/Sao_Paulo",
    "hora de brasilia": "America/Sao_Paulo",
    "denver": "America/Denver",
    "london": "Europe/London",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "amsterdam": "Europe/Amsterdam",
    "copenhagen": "Europe/Copenhagen",
    "new york": "America/New_York",
    "chicago": "America/Chicago",
    "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "tokyo": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "singapore": "Asia/Singapore",
}
#: A country's or a city's time, as a report written there names its clock: "22:10 - 23:27
#: Thailand Time" (MiMiVibe's pricing incident), "at 9:10 Moscow time" (Tzlvt's iOS release),
#: "by 6:00 PM Philippine time" (Furries PH's status page), "10:00-12:00 Paris time" (DIA
#: radio), "16:37 Denver time" (Jenkins). Read only with "time" after the place: "(Paris)"
#: or "Moscow" alone is as often a region or an office. Countries of one zone only.
PLACE_ZONES: dict[str, str] = {
    "thailand": "Asia/Bangkok", "thai": "Asia/Bangkok", "bangkok": "Asia/Bangkok",
    "moscow": "Europe/Moscow", "philippine": "Asia/Manila", "philippines": "Asia/Manila",
    "manila": "Asia/Manila", "taiwan": "Asia/Taipei", "taipei": "Asia/Taipei",
    "japan": "Asia/Tokyo", "japanese": "Asia/Tokyo", "tokyo": "Asia/Tokyo",
    "korea": "Asia/Seoul", "korean": "Asia/Seoul", "seoul": "Asia/Seoul",
    "india": "Asia/Kolkata", "beijing": "Asia/Shanghai", "china": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "singapore": "Asia/Singapore",
    "vietnam": "Asia/Ho_Chi_Minh", "hanoi": "Asia/Ho_Chi_Minh", "jakarta": "Asia/Jakarta",
    "malaysia": "Asia/Kuala_Lumpur", "kuala lumpur": "Asia/Kuala_Lumpur",
    "dubai": "Asia/Dubai", "israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem",
    "istanbul": "Europe/Istanbul", "turkey": "Europe/Istanbul", "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv", "ukraine": "Europe/Kyiv", "warsaw": "Europe/Warsaw",
    "poland": "Europe/Warsaw", "berlin": "Europe/Berlin", "germany": "Europe/Berlin",
    "german": "Europe/Berlin", "paris": "Europe/Paris", "france": "Europe/Paris",
    "french": "Europe/Paris", "madrid": "Europe/Madrid", "spain": "Europe/Madrid",
    "rome": "Europe/Rome", "italy": "Europe/Rome", "amsterdam": "Europe/Amsterdam",
    "netherlands": "Europe/Amsterdam", "dutch": "Europe/Amsterdam",
    "stockholm": "Europe/Stockholm", "sweden": "Europe/Stockholm", "oslo": "Europe/Oslo",
    "norway": "Europe/Oslo", "helsinki": "Europe/Helsinki", "finland": "Europe/Helsinki",
    "copenhagen": "Europe/Copenhagen", "denmark": "Europe/Copenhagen",
    "zurich": "Europe/Zurich", "vienna": "Europe/Vienna", "prague": "Europe/Prague",
    "london": "Europe/London", "uk": "Europe/London", "dublin": "Europe/Dublin",
    "ireland": "Europe/Dublin", "lisbon": "Europe/Lisbon", "new york": "America/New_York",
    "toronto": "America/Toronto", "chicago": "America/Chicago", "denver": "America/Denver",
    "seattle": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles", "california": "America/Los_Angeles",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "auckland": "Pacific/Auckland", "new zealand": "Pacific/Auckland",
    "argentina": "America/Argentina/Buenos_Aires", "buenos aires": "America/Argentina/Buenos_Aires",
    "chile": "America/Santiago", "colombia": "America/Bogota", "peru": "America/Lima",
    "nigeria": "Africa/Lagos", "lagos": "Africa/Lagos", "kenya": "Africa/Nairobi",
    "nairobi": "Africa/Nairobi", "egypt": "Africa/Cairo", "cairo": "Africa/Cairo",
    "south africa": "Africa/Johannesburg",
}  # fmt: skip
ZONES.update({f"{place} time": iana for place, iana in PLACE_ZONES.items()})
#: The places as written before "time", capitalised ("Thailand", "Hong Kong", "UK"), for
#: the patterns that find a zone named in prose.
PLACE_TIME_ALT = "|".join(
    sorted((p.upper() if len(p) <= 2 else p.title() for p in PLACE_ZONES), key=len, reverse=True)
)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
#: The months in French, Spanish, Portuguese, German, Russian, Italian, Dutch, Polish, Czech,
#: Indonesian and Turkish, as reports in those languages date them ("28 Février 2026", "20 de
#: septiembre de 2025", "06. Juni 2024", "15 января 2024", "15 janv. 2024", "3 maggio 2023",
#: "21 Ott 2025", "12 kwiecień", "14. srpna 2019", "10 Agu 23:24", "3 Ekim 2024"), their
#: genitive forms too: read only beside a day number, as English names are. Their
#: abbreviations too, but not those that are English words ("out", "set", "ago") nor French
#: ones ("des").
OTHER_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv", "enero", "ene", "janeiro", "januar", "jänner", "января", "январь",
     "янв", "gennaio", "gen", "januari", "styczeń", "stycznia", "leden", "ledna", "ocak"),
    ("février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "februar", "февраля",
     "февраль", "фев", "febbraio", "februari", "luty", "lutego", "únor", "února", "şubat",
     "subat"),
    ("mars", "marzo", "março", "marco", "märz", "maerz", "марта", "март", "мар", "maart",
     "marzec", "marca", "březen", "března", "maret", "mart"),
    ("avril", "avr", "abril", "abr", "апреля", "апрель", "апр", "aprile", "kwiecień",
     "kwietnia", "duben", "dubna", "nisan"),
    ("mai", "mayo", "maio", "мая", "май", "maggio", "mag", "mei", "maj", "maja", "květen",
     "května", "mayıs", "mayis"),
    ("juin", "junio", "junho", "juni", "июня", "июнь", "июн", "giugno", "czerwiec", "czerwca",
     "červen", "června", "giu", "haziran"),
    ("juillet", "juil", "julio", "julho", "juli", "июля", "июль", "июл", "luglio", "lipiec",
     "lipca", "červenec", "července", "lug", "temmuz"),
    ("août", "aout", "agosto", "августа", "август", "авг", "augustus", "sierpień", "sierpnia",
     "srpen", "srpna", "agustus", "agu", "agt", "ağustos"),
    ("septembre", "septiembre", "setiembre", "setembro", "сентября", "сентябрь", "сен", "сент",
     "settembre", "wrzesień", "września", "září", "eylül", "eylul"),
    ("octobre", "octubre", "outubro", "oktober", "okt", "октября", "октябрь", "окт", "ottobre",
     "październik", "października", "říjen", "října", "ott", "ekim"),
    ("noviembre", "novembro", "ноября", "ноябрь", "ноя", "listopad", "listopada", "listopadu",
     "kasım", "kasim"),
    ("décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dezember",
     "декабря", "декабрь", "дек", "dicembre", "grudzień", "grudnia", "prosinec", "prosince",
     "desember", "aralık", "aralik"),
)  # fmt: skip
for _i, _names in enumerate(OTHER_MONTHS):
    _MONTHS.update({_name: _i + 1 for _name in _names})
#: Each weekday's names, Monday first, in the languages stamps are read in. Whole names only
#: in other languages: German "So", "Do" and "Mi" are English words.
WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "montag", "lundi", "lunes", "segunda-feira", "maandag", "lunedì",
     "понедельник"),
    ("tuesday", "tue", "tues", "dienstag", "mardi", "martes", "terça-feira", "terca-feira",
     "dinsdag", "martedì", "вторник"),
    ("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "quarta-feira",
     "woensdag", "mercoledì", "среда"),
    ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "quinta-feira",
     "donderdag", "giovedì", "четверг"),
    ("friday", "fri", "freitag", "vendredi", "viernes", "sexta-feira", "vrijdag", "venerdì",
     "пятница"),
    ("saturday", "sat", "samstag", "samedi", "sábado", "sabado", "zaterdag", "sabato",
     "суббота"),
    ("sunday", "sun", "sonntag", "dimanche", "domingo", "zondag", "domenica", "воскресенье"),
)  # fmt: skip
#: A weekday's name -> its number (0 = Monday).
WEEKDAY_NUMBER = {name: i for i, names in enumerate(WEEKDAY_NAMES) for name in names}
# Longest first: "tues" before "tue", as the alternation tries them.
_WEEKDAYS = "|".join(sorted(WEEKDAY_NUMBER, key=len, reverse=True))
_WEEKDAY_NAMES = frozenset(WEEKDAY_NUMBER)


def calendar_word(word: str) -> bool:
    """Whether a word only names a month or a weekday ("March", "Sept", "Dienstag"), in any
    language the stamps are read in."""
    w = word.lower()
    return (w in _MONTHS and w not in _WEAK_MONTHS) or w in _WEEKDAY_NAMES


#: The parts of the day Chinese, Japanese and Korean write before an hour: after noon
#: ("下午3点", "午後3時", "오후 2시", "晚上10点", "傍晚6点", "저녁 7시"), at noon ("中午1点",
#: 13:00) and before it ("上午", "午前", "오전", "凌晨5点", "早上", "아침", "새벽").
CJK_PM_WORDS: tuple[str, ...] = ("午後", "下午", "오후", "晚上", "傍晚", "夜間", "저녁")
CJK_NOON_WORDS: tuple[str, ...] = ("中午",)
CJK_AM_WORDS: tuple[str, ...] = ("午前", "上午", "오전", "凌晨", "早上", "清晨", "아침", "새벽")
CJK_DAY_PART_WORDS: tuple[str, ...] = CJK_PM_WORDS + CJK_NOON_WORDS + CJK_AM_WORDS
_CJK_DAY_PARTS = "|".join(CJK_DAY_PART_WORDS)
#: Japanese "around" (頃, ごろ, 前後, くらい) and "from ... on" (以降) after a day.
_CJK_APPROX = "頃|ごろ|以降|前後|くらい|ぐらい"
#: Japanese "around" after a time: "2026-04-16 00:00 頃".
_CJK_AROUND = "頃|ごろ|前後|くらい|ぐらい"
#: Abbreviations that are also English words ("eat", "cat"): a zone only in capitals, after a
#: time as "9:56AM EAT" writes it, never "cat" or "art" in a sentence.
CASED_ZONES: dict[str, str] = {
    "EAT": "Africa/Nairobi",
    "CAT": "Africa/Maputo",
    "WAT": "Africa/Lagos",
    "ART": "America/Argentina/Buenos_Aires",
    # After a time, "GST" is the Gulf's (Dubai's opening hours, schedules and logs in the code
    # index; persistenceOne's chain-halt timeline) and "SAST" South Africa's (TorBox's
    # post-mortems, office hours): as words they are a sales tax and a security scan, so
    # not before the noun they name (see ACRONYM_NOUNS).
    "GST": "Asia/Dubai",
    "SAST": "Africa/Johannesburg",
}
#: Zones that are also acronyms of a team's tools: after a time and before one of these nouns
#: they are the tool ("10:00 SAST scan rerun"), not the zone ("at 2:10am SAST the cronjob").
ACRONYM_NOUNS = (
    "scans?", "scanners?", "tools?", "findings?", "results?", "reports?", "checks?",
    "pipelines?", "jobs?", "rules?", "alerts?", "amount", "rates?", "invoices?", "returns?",
)  # fmt: skip
_ACRONYM_ZONES = ("SAST", "GST")
_ZONE_ALT = (
    "|".join(sorted((re.escape(z) for z in ZONES if z != "z"), key=len, reverse=True))
    + "|(?-i:"
    + "|".join(z for z in CASED_ZONES if z not in _ACRONYM_ZONES)
    + "|(?:"
    + "|".join(_ACRONYM_ZONES)
    + r")(?!\s+(?i:"
    + "|".join(ACRONYM_NOUNS)
    + r")\b))"
)
#: Months' names that are also words, names or abbreviations of other things ("Gen 2
#: functions", "2 mag tapes", "5 lug nuts", "Ott", "Mart", "Kasim", "Nisan" as names): a
#: month only before a year ("21 Ott 2025", as an Italian table writes it).
_WEAK_MONTHS = frozenset(
    {"gen", "mag", "giu", "lug", "ott", "agt", "mart", "nisan", "kasim", "kasım"}
)
_MONTH_ALT = "|".join(
    [n for n in sorted(_MONTHS, key=len, reverse=True) if n not in _WEAK_MONTHS]
    + [rf"(?:{'|'.join(sorted(_WEAK_MONTHS))})(?=\.?,?[ \t]+\d{{4}}\b)"]
)

# One token of a stamp. The stamp is the longest run of these at the start of an entry.
_TOKEN = re.compile(
    rf"""
    (?P<approx>[~〜～]|±(?=\s?\d{{1,2}}:\d{{2}})|≈|approx(?:\.|imately)?\b|circa\b|about\b|around\b|{_CJK_AROUND}
        # The same in French, German, Spanish and Portuguese: "environ 15:30" (RDV-Solidarités'
        # incident log), "vers 9h", "gegen 14:00", "alrededor de las 15:30", "por volta das".
        |environ\b|vers\b|gegen\b|etwa\b|alrededor\s+de(?:\s+las)?\b|cerca\s+d[ea]s?(?:\s+las)?\b
        |por\s+volta\s+d[ae]s?\b
        # A bound for a time not known closer: "### After 02:10 CET", "- Before 09:00".
        |after\b|before\b
        # After the time: "**2017/01/31 23:00-ish**" (GitLab), "14:10ish".
        |-?ish\b)
    # A range written in words: "Between 02:00 and 02.30 PM", "From 09:00 to 10:30 UTC". Its
    # start is the stamp's instant; the joiner counts only before another date or time.
  | (?P<opener>between\b|from\b
        # "À partir de 13:17 : erreurs" (RDV-Solidarités), "a partir de las 13:17", "ab 13:17",
        # "desde las 13:17": from then on.
      |à\s+partir\s+de\b|a\s+partir\s+d(?:e(?:\s+las)?|as)\b|desde(?:\s+las)?\b
      |ab\b(?=\s*\d))
  | (?P<joiner>(?:and|to|until|till|through)\b(?=\s*(?:\d|(?:{_MONTH_ALT})\b)))
  | (?P<iso>\d{{4,5}}-\d{{2}}-\d{{2}}(?:[T\s/]+(?:\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?
        (?:\s*[ap]\.?m(?:\.|\b)|[ap]\b)?(?:\+(?![\d:]))?
        # A range after a spaced or long dash, its end maybe on the next day: "2025-11-17
        # 15:30 - 17:00" (LiveOne's incident log), "2019-09-12 19:59 - 20:52 ET" (Open
        # Library's), "2022-01-07 12:39 - 15:30" (Oslo's okctl), as "Nov 17 15:30 - 17:00"
        # is read ("14:00-15:30" is read as an offset first, see ``_read_iso``). Only where
        # the end closes the stamp, a zone maybe after it, before a colon, a cell's border or
        # the line's end: "- 2024-03-05 10:20 - 20:55 level=error" is a time and its words
        # (as the classic style writes an entry whose words open with a time).
        (?:(?:[ \t]+[-–—][ \t]*|[–—][ \t]*)(?:\d{{4}}-\d{{2}}-\d{{2}}[T \t]+)?
            (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d|:\d)(?:\s*[ap]\.?m(?:\.|\b))?
            (?=(?:[ \t]*(?:{_ZONE_ALT})\b)?[*_)\]]*[ \t]*(?:[:|]|\n|$)))?
        |--:--|(?:[01]\d|2[0-3])[0-5]\d(?=\s*[:|\-–—]|\s*$)|X(?=\s*:|\s*$)))?
        (?:Z\b|[+-]\d{{2}}:?\d{{2}}\b)?)
    # "2021/11/25", "2024.05.12": year first with slashes or dots, as East Asian and German
    # reports write it; never read as the "21/11/25" inside it.
  | (?P<ymd>(?<![\w/.:-])(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{4}}\.\d{{2}}\.\d{{2}}
        # "2021-2-27": ISO's order with a day or month unpadded.
        |(?:19|20)\d{{2}}-(?:\d-\d{{1,2}}|\d{{2}}-\d)(?![\d:]))\b(?![/.]\w))
    # A range of days before its month, the year the report's: "24–25/09" (NOC Horizon's
    # Portuguese timeline), as "27-28 July 2026" is written with the month's name. Alone in
    # its cell or before a colon or a time only: "3-4/5 of the nodes" is a fraction.
  | (?P<dayrange>(?<![\d/.])\d{{1,2}}[-–—]\d{{1,2}}/\d{{1,2}}(?![\d/.])
        (?=[*_]{{0,2}}(?:[ \t]*(?::|\n|$)|[ \t]+~?[ \t]?\d{{1,2}}:\d{{2}})))
  | (?P<numdate>(?<![\d/.])\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b)
    # Chinese and Japanese dates: "2016年12月21日", "12月21日" (full-width digits too).
    # Korean: "2025년 10월 3일".
  | (?P<cjkdate>(?:\d{{4}}\s*[年년]\s*)?\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일])
    # Their times: "午後3時" (3 PM), "午前10時47分", "15时30分", "下午3点", "오전 2:27" (2:27 AM).
  | (?P<cjktime>(?:{_CJK_DAY_PARTS})\s*\d{{1,2}}
        (?::\d{{2}}|\s*[時时点시](?![間间간])\s*(?:\d{{1,2}}\s*[分분])?)
      | \d{{1,2}}\s*[時时点시](?![間间간])\s*(?:\d{{1,2}}\s*[分분])?)
    # A part of the day after a date, with no time: "2025年9月17日上午：无法加载通知" (Capchdo's
    # outage log; Chinese writes "5月10日下午：" so in plans and logs alike), "2024年4月13日晚上".
    # It decorates the day and dates nothing closer.
  | (?P<daypart>(?:(?<=[日일])|(?<=[日일]\s))
        (?:上午|下午|中午|晚上|早上|凌晨|傍晚|深夜|夕方|午前|午後
        |오전|오후|아침|저녁|밤|晚|夜|朝|昼)(?![\s\d]*[\d０-９]))
    # "2025-Feb-07", "07-Feb-2025": numeric day and year around a month's name.
  | (?P<namedmonth>\d{{4}}-(?:{_MONTH_ALT})-\d{{1,2}}\b
        # "15-JAN-24", Oracle's default; "15/Jan/24 4:58 PM", Jira's; "22/Mar/2022", as web
        # servers' logs date a request. Two digits of a year are of this century.
        |(?:[0-2]?\d|3[01])(?P<nm_sep>[-/])(?:{_MONTH_ALT})(?P=nm_sep)(?:\d{{4}}|\d{{2}})\b)
    # The year first, then the month's name and the day: "## 2025 August 27th: Evaluation
    # functions temporarily unavailable" (Lambda Feedback's status log), "2025 Aug 27".
  | (?P<ymonthday>(?<![\w.])(?:19|20)\d{{2}}[ \t]+(?:{_MONTH_ALT})\.?[ \t]+\d{{1,2}}
        (?:st|nd|rd|th)?\b(?![:.]\d))
    # "Feb 9 1924 UTC" is 19:24 on Feb 9, not the year 1924: four digits before a zone are a
    # time (see ``mil``), unless they make a year of 1970-2099 ("Nov 27, 2025 UTC").
    # The day's ordinal dot before its time or year, as "30. Jan" has it before the month:
    # "**Jan 30. 02:56** – Service Disruption Occurs" (Arkain's status notices).
  | (?P<monthday>(?:{_MONTH_ALT})\.?(?:\s+|-)\d{{1,2}}(?:\.(?=[ \t]+\d)|(?:st|nd|rd|th)?\b)
        # A range of days, read as its first ("October 9-23, 2025", "January 30 - February
        # 2, 2026"): only before a year ("Jan 14 - 10:18" is a day and a time).
        (?:[ \t]*[-–—][ \t]*(?:(?:{_MONTH_ALT})\.?[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?
            (?=,?[ \t]+\d{{4}}\b)
        # Without its year, the dash unspaced and no time after: "**Jan 22-26**: Old
        # workflows continue running" (FinTechNewsBot), "**Jan 18-24**: Stayed degraded"
        # (Maya); not "Jan 14-10:18".
          |[-–—]\d{{1,2}}\b(?![:.]\d))?
        (?:,?\s*(?:(?:19[7-9]|20\d)\d\b|\d{{4}}\b(?!\s*(?:hrs?\b|(?:{_ZONE_ALT})\b))))?)
  | (?P<daymonth>\d{{1,2}}
        # "27-28 July 2026": a range of days, read as its first; only with its year, and
        # no blanks around the dash ("Incident 7 - 28 March 2026" is no range).
        (?:(?:st|nd|rd|th)?[-–—]\d{{1,2}}
            (?=(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b\.?,?[ \t]+\d{{4}}\b))?
        # "14th of December" (British English: Chia's, Comdex's and Revoke.cash's reports).
        (?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th|\.)?\s+(?:de\s+)?
            # Dots and no blanks, the month's name between: "10.Feb.2020" (KOLIBRI Cloud's
            # status page), as "10. Feb. 2020" is written spaced.
          |\.(?=(?:{_MONTH_ALT})\.\d{{4}}\b))
        (?:{_MONTH_ALT})\b\.?
        (?:,?\s*(?:de\s+)?\d{{4}}\b)?)
  | (?P<mmdd>\d{{1,2}}-\d{{1,2}}(?=[ T]~?\d{{1,2}}:\d{{2}})
        # "3/4 2:05pm", "Mon 10/21 14:05": the same day with a slash, before its time only
        # (a fraction, "1/20", is followed by no time); an approximate one too, "28/09
        # ~13:00" (NOC Horizon's timeline), "10/14 ~9:00".
      | (?<![\d/.])\d{{1,2}}/\d{{1,2}}
        (?=,?[ \t]+(?:(?:@|at)[ \t]+|~[ \t]?)?\d{{1,2}}(?::\d{{2}}|[ \t]*[ap]\.?m\b))
        # "15.01. 14:05", "Do, 16.10. um 14:00": German writes a day of this year so, day first.
      | (?<![\d/.])\d{{1,2}}\.\d{{1,2}}\.(?=,?[ \t]+(?:um[ \t]+|~[ \t]?)?\d{{1,2}}[:.h]\d{{2}})
        # The same day alone, over its words in a table's row ("| **22.07.** | Untersuchung
        # beginnt |", a German homelab's post-mortem), its day and month in two digits each
        # (not a section's number, "1.2."); and with a comma before its time ("**20.07.,
        # 11:00**").
      | (?<![\d/.])\d{{2}}\.\d{{2}}\.(?=[*_]{{0,2}}:?[ \t]*(?:\n|$))
        # "* 11/25" over the day's timed items, "### 3/14": a day alone, nothing after it.
      | (?<![\d/.])\d{{1,2}}/\d{{1,2}}(?=[*_]{{0,2}}:?[ \t]*(?:\n|$))
        # "- 8/24頃: feeds fail", "- 8/30以降: back": a day and a colon, maybe "around" or
        # "from" after it as Japanese writes them.
      | (?<![\d/.])\d{{1,2}}/\d{{1,2}}(?:{_CJK_APPROX})?(?=[*_]{{0,2}}[ \t]*(?::[ \t]|$)))
    # "16:2x", "~13:5x": a time whose last digit of the minute is not known, as a log read
    # afterwards gives it; read as the ten minutes' start, approximate.
  | (?P<tens>\d{{1,2}}:[0-5][xX](?![\w])
        # With Zulu after it, as a day before it: "~2026-02-17 06:2xZ" (proompteng's lab).
      | \d{{1,2}}:[0-5][xX](?=(?-i:Z)\b))
    # Seconds may carry a fraction, as a log or a grid recorder gives them ("12:19:30.5");
    # a dotted time is read before a separator, "am"/"pm" or a zone ("08.45 UTC").
    # French hours, and as French typography spaces them: "15h50", "9 h 21" (RDV-Solidarités).
  | (?P<time>\d{{1,2}}(?:[:：]\d{{2}}(?:[:：]\d{{2}}(?:[.,]\d{{1,6}}(?!\d))?)?|h\d{{2}}
        |[ \t]h[ \t]\d{{2}}\b(?![ \t]*(?:min|m\b))
        |\.[0-5]\d(?=\s*(?:[ap]\.?m|[-–—:|]|$)|\s+(?:{_ZONE_ALT})\b))
        (?:\s*[ap]\.?m(?:\.|\b)|[ap]\b)?
        # A range: "10:01-10:02", "14:05 → 14:20", "14:05->14:20".
        (?:\s*(?:->|→|[-–])\s*\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?|h\d{{2}}|[ \t]h[ \t]\d{{2}}\b)
            (?:\s*[ap]\.?m(?:\.|\b))?)?
        # From then on: "**15:49+ UTC** - Bot начал перезапускаться" (grantservice), "| 15:52+
        # | Traffic partially restored" (bible-on-site), "**11:27+** - System stable" (a
        # Pi-hole's crash loop); the instant is its start. Not an offset ("14:00+02:00").
        (?:\+(?![\d:]))?)
    # Military time with its zone after a date ("Feb 7 1506 UTC"); alone, "1506 - text" is
    # found by ``_HHMM`` at the head of an entry.
  | (?P<mil>(?:[01]\d|2[0-3])[0-5]\d(?=\s*hrs?\b)
      # "2036 UTC" too: a day before it reads a year there first ("Nov 27, 2025 UTC"), and a
      # quarter makes it one ("Q4 2025 UTC").
      | (?<!Q[1-4]\s)(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:{_ZONE_ALT})\b)
        # "1405Z": Zulu, as military and aviation reports write UTC.
      | (?:[01]\d|2[0-3])[0-5]\d(?=(?-i:Z)\b))
  | (?P<relative>(?:T0?\s?)?\+\s?\d{{1,3}}(?:\.\d+)?\s?(?:hours?|hrs?|h|minutes?|mins?|m|days?|d)\b
        # "T+00:05", "T+1:30": hours and minutes after T0.
      | T0?\s?\+\s?\d{{1,2}}:\d{{2}}\b
        # "+0:05", "+1:30" alone: a one-digit hour after "+" is no zone's offset, which is
        # written "+05:30" or after its name ("UTC+5:30"); nor after a time or a zone's
        # name ("14:22 +5:30", "14:22 GMT +1:00", "2:22 PM +5:30"), where it is that offset.
      | (?<![\w:.+-])(?<![\w:.)][ \t])(?<![\w:.)][ \t]{{2}})\+\d:[0-5]\d\b(?!:)
        # "T+0", "T0": the instant the others count from, as "T+15m" counts from it.
      | T\+?0\b(?!\s?\+))
    # "Day 2, 03:00 - rebalance done": the incident's second day, before a time only.
  | (?P<dayn>day[ \t]+\d{{1,2}}(?=,?[ \t]+(?:at[ \t]+)?\d{{1,2}}(?:[:h]\d{{2}}|[ \t]*[ap]\.?m\b)))
  | (?P<later>(?:\d{{1,3}}|an?|one|two|three)\s(?:hours?|hrs?|minutes?|mins?|days?)\slater\b)
  | (?P<hour>\d{{1,2}}\s*[ap]\.?m(?:\.|\b))
  | (?P<unknown>\?{{2,}}|--:--|TBD\b|unknown\b|\d{{4}}-MM-DD)
  | (?P<footnote>\[\^[\w-]+\])
  | (?P<zone>(?:{_ZONE_ALT})\b(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?|[+-]\d{{2}}:?\d{{2}}\b
        # "14:05Z", "1405Z": Zulu, UTC, right after the time.
      | (?<=[\dxX])(?-i:Z)\b)
  | (?P<weekday>(?:{_WEEKDAYS})\b\.?)
  | (?P<month>(?:{_MONTH_ALT})\b\.?(?:\s+\d{{4}}\b)?)
  | (?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)\b)
    # A word after a clock time: "10:00 Uhr", "9 o'clock".
  | (?P<clockword>uhr\b|o['’]?clock\b|hrs?\b)
  | (?P<paren>\((?:[^()]{{0,40}})\)
      # Full-width, as Japanese and Chinese write them: "20:18頃（UTC+9）" (LINE's notices).
      | （(?:[^（）]{{0,40}})）)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_GAP = re.compile(r"[\s,]*")


#: The ASCII characters a token of a stamp (``_TOKEN``) may start with, in either case: the
#: digits, its marks, and the first letters of its words (months, weekdays, zones and the
#: words of its alternatives). A stamp is tried at the head of every line and item of a
#: report, and most start with something else: one look at a set is far cheaper than the
#: pattern's two dozen alternatives failing one by one (3-4 us). Characters outside ASCII
#: (full-width digits, "≈", the long s that IGNORECASE reads as "s") always go to the pattern.
#: A test holds this set to the pattern.
_TOKEN_WORDS = (
    "approx", "approximately", "circa", "about", "around", "after", "before", "between", "from",
    "and", "to", "until", "till", "through", "a", "an", "one", "two", "three", "tbd", "unknown",
    "uhr", "o'clock", "oclock", "ish", "hrs", "hr",
    "environ", "vers", "gegen", "etwa", "alrededor", "cerca", "por", "desde", "ab",
)  # fmt: skip
_TOKEN_FIRST = frozenset(
    "0123456789~+-?[(zZ"
    + "".join(
        w[0] + w[0].upper()
        for w in (*_TOKEN_WORDS, *_MONTHS, *WEEKDAY_NUMBER, *(z for z in ZONES if z != "z"))
    )
)
#: What ``split_stamp`` may find first, past its blanks: a token, a wrapper ("**", "`", "[",
#: "{{"), or a blank or comma (``_GAP`` skips those before a token).
_SPLIT_FIRST = _TOKEN_FIRST | frozenset("*_`{[,") | {chr(c) for c in range(128) if chr(c).isspace()}
#: The same for a heading, where a status update's label may come first ("Update 10:00").
_LABELLED_FIRST = _SPLIT_FIRST | frozenset("uUrRmMiI")


def _token_at(text: str, p: int) -> re.Match[str] | None:
    """``_TOKEN.match(text, p)``, answered at once where no token can start."""
    if p < len(text):
        c = text[p]
        if c < "\x80" and c not in _TOKEN_FIRST:
            return None
    return _TOKEN.match(text, p)


# What separates a stamp from its text: ":", "|", "-", "--", "—", a run of them ("::::: "), "=>".
#: What may follow a stamp inside its bold label: a word about the time (", ongoing",
#: " (approx.)", " onwards"), not the entry's words ("**10:00 Alert**" says an alert).
_STAMP_NOTE = re.compile(
    r",?[ \t]+\(?(?:ongoing|onwards?|approx\.?|approximately|est\.?|estimated|roughly|"
    r"local(?: time)?|or so|or (?:earlier|later)|ish)\)?[ \t]*",
    re.IGNORECASE,
)
_SEP = re.compile(r"\s*(?:[:|,：]+\s*[-–—]?|[-–—]+>?|=>|\.(?=\s))?\s*")
# "1405 hrs: ...": military time with its "hours" word, as government and military reports write.
#: "About" before it as before any time: "~1940: Alice decided ..." (the Financial Times).
_HHMM = re.compile(
    r"(?:[~〜～] ?)?(?P<hhmm>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
    r"(?=\s*(?:[:\-–—|]\s|\s+(?:[A-Z]{3}\b)|\s*hrs?\b))"
)
#: Stamp tokens that only decorate a stamp: none starts one.
_DECORATIONS = frozenset({"ordinal", "zone", "paren", "footnote", "clockword", "daypart"})
# Stamp tokens that carry a date or time; a stamp needs at least one.
_ANCHORS = (
    "iso", "ymd", "numdate", "dayrange", "namedmonth", "cjkdate", "cjktime", "mmdd", "monthday",
    "daymonth", "ymonthday", "time", "tens", "hour",
    "unknown", "hhmm", "mil", "relative", "later", "dayn",
)  # fmt: skip


@define
class Stamp:
    """The result of reading one stamp."""

    text: str
    date: dt.date | None = None
    time: dt.time | None = None
    end_time: dt.time | None = None
    zone: dt.tzinfo | None = None
    approximate: bool = False
    unknown: bool = False
    lenient: bool = False
    explicit_date: bool = False
    #: The zone as written ("PST", "Denver"), when the stamp names one.
    zone_name: str = ""
    #: Written with AM/PM or an hour past 12: cannot be a 12-hour clock missing its "PM".
    clock24: bool = False
    #: Why a date written in the stamp could not be believed ("five-digit year 20223").
    problem: str = ""
    #: A relative stamp ("[+1 hrs]"): the time since the timeline's first instant, or since
    #: the entry before with ``after_previous`` ("1 hour later").
    offset: dt.timedelta | None = None
    after_previous: bool = False
    #: "Day 2, 03:00": the day of the incident it falls on, counting its first day as 1.
    day_number: int | None = None
    kinds: tuple[str, ...] = field(factory=tuple)


# The words that label a status-page update, "Update" in the languages read too: "Mise à
# jour de 18h15 : ..." (flus), "[Aktualizacja 23.04.2012 11:45 CEST]" (jid.pl).
#: "Update" in the languages read ("Mise à jour", "Aktualizacja", "Actualización").
UPDATE_WORDS = (
    r"updated?|mise à jour|aktualizacja|actualizaci[oó]n|atualiza[cç][aã]o|aggiornamento"
    r"|aktualisierung"
)
_LABELS = rf"{UPDATE_WORDS}|resolved|monitoring|identified|investigating"
# The same label unbracketed, at the head of a line or heading: "Update 27.08.2022 10:00",
# "Update at 18:15", "Mise à jour de 18h15".
_BARE_LABEL = re.compile(
    rf"(?:{_LABELS})\b[ \t]*(?:[-–—:]|(?:at|de|à|um|o|às|a las)\b)?[ \t]*", re.IGNORECASE
)
# A status-page update's label before its stamp, inside the brackets: "[Update - ...]".
# After "Update" the separator may be left out before the stamp's digits or its emphasis:
# "[Update **2014-09-16 14:18 CEST**]" (sebst's blog notice). Not after "Updated": "Updated
# 2024-03-10 14:00" dates an edit of the page.
_UPDATE_LABEL = re.compile(
    rf"\s*(?:(?:{_LABELS}|postmortem)\s*[-–—:]\s*|update[ \t]+(?=[*_`\d]))", re.IGNORECASE
)
# An update's own word, which labels a stamp wherever it stands (not only in a heading):
# "**Update 2026-10-07 09:15**: F1 and F2 are fixed". "Resolved 14:05" in a list is a key
# event's field, and "Updated" an edit's date, so only this word; and only before a time of
# day, since "**Update 2021-03-10:** added the root cause" is an editor's note on the page.
# The word may take its connector, as the bare label does: "**Update at 12:15:**", "**Edit de
# 12h15 :**" (Flus's notices; "Edit:" labels freenode's too), "**Mise à jour de 18h15 :**".
#: "Edit" labelling an update, before a time of day alone ("**Edit de 12h15 :**", Flus's
#: notices): before a day it dates an editor's note ("**Edit 2024-03-12 09:00:** typo fixed"),
#: no update of the incident.
EDIT_LABEL = (
    r"edit(?:[ \t]*[-–—:][ \t]*|[ \t]+(?:(?:at|de|à)[ \t]+)?)(?=~?\d{1,2}[:h][0-5]\d(?![\d./-]))"
)
_UPDATE_WORD = re.compile(
    r"\s*(?:(?:update|mise à jour|aktualizacja|actualizaci[oó]n|atualiza[cç][aã]o"
    r"|aggiornamento|aktualisierung)"
    r"(?:\s*[-–—:]\s*|[ \t]+(?:(?:at|de|à|um|o|às|a las)[ \t]+)?(?=[*_`\d]))"
    rf"|{EDIT_LABEL})",
    re.IGNORECASE,
)

_Span3 = tuple[int, int, int]


class _SplitStamp(Protocol):
    def __call__(self, text: str, *, labelled: bool = False) -> _Span3 | None: ...


#: Lines up to this long have their stamp's place remembered (see ``_remembered``).
_REMEMBERED_CHARS = 200


def _remembered(read: _SplitStamp) -> _SplitStamp:
    """``read``, remembering its answer for the last few thousand short lines.

    The readers ask the same line several times: as a possible date line, as an entry, as
    a loose bullet, and once more in each candidate run of the timeline search. The answer
    depends on the text alone. Longer texts are not kept, so the memory stays small.
    """

    @lru_cache(maxsize=4096)
    def short(text: str, labelled: bool) -> _Span3 | None:
        return read(text, labelled=labelled)

    @wraps(read)
    def split(text: str, *, labelled: bool = False) -> _Span3 | None:
        if len(text) > _REMEMBERED_CHARS:
            return read(text, labelled=labelled)
        return short(text, labelled)

    return split


@_remembered
def split_stamp(text: str, *, labelled: bool = False) -> tuple[int, int, int] | None:
    """Where a leading stamp is in ``text``: (stamp start, stamp end, body start), or None.

    Wrapped stamps ("[13:26]", "**16:58 UTC**", "`14:15`") return the span inside the wrapper.
    With ``labelled``, a status update's label may come first ("Update 27.08.2022 10:00 Uhr"):
    asked of headings, where such a label heads an update (in a list, "Resolved 2023-01-11
    15:51" is a key-event summary's field).
    """
    text = _plain_hyphens(text)  # one character for one: the spans stay the text's
    i = 0
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    if i == n or (
        text[i] < "\x80" and text[i] not in (_LABELLED_FIRST if labelled else _SPLIT_FIRST)
    ):
        return None  # nothing a stamp, a wrapper or a label starts with (see _TOKEN_FIRST)
    into = _AT_LEAD.match(text, i) or _ICON_LEAD.match(text, i)
    if into is not None:
        # "- At 14:02 UTC, the checkout alert fired.": "At" leads into the stamp and stays
        # in the text as written, before it (the entry's text starts after the stamp).
        hit = split_stamp(text[into.end() :], labelled=labelled)
        if hit is not None:
            return hit[0] + into.end(), hit[1] + into.end(), hit[2] + into.end()
    if text.startswith(("***", "**_", "__*", "___", "_**", "*__"), i):
        # A stamp in bold italics: "**_02:00_** An Octopus engineer deployed ..." (Octopus
        # Deploy's incident timelines), "***14:05*** ..."; the italics outside the bold,
        # "_**13:16:59**: backup ran_" (Polar's), are read as a whole entry in italics below.
        closer = text[i : i + 3][::-1]
        close = text.find(closer, i + 3)
        inner = text[i + 3 : close] if close > 0 else ""
        stripped = inner.rstrip(" :-–—,")
        if stripped.strip() and close - i <= 80 and _is_stamp(stripped.strip()):
            m = _SEP.match(text, close + 3)
            body = m.end() if m else close + 3
            return i + 3 + len(inner) - len(inner.lstrip()), i + 3 + len(stripped), body
    # "{{ 06:10 }}": a template slot someone filled in and left the braces around. cState's
    # shortcode at the head of a line stamps the words after it: '{{< track "2020-01-19T11:29Z"
    # >}}The symptom is ...'.
    for opener, closer in (
        ('{{< track "', '" >}}'), ("**", "**"), ("__", "__"), ("`", "`"), ("{{", "}}"), ("[", "]"),
        ("*", "*"), ("_", "_"), ("(", ")"),
    ):  # fmt: skip
        if text.startswith(opener, i):
            close = text.find(closer, i + len(opener))
            if close < 0:
                continue
            inner = text[i + len(opener) : close]
            label = (
                _UPDATE_LABEL.match(inner)
                if opener == "[" or (labelled and opener in ("**", "__"))
                else None
            ) or (
                _UPDATE_WORD.match(inner)
                if opener in ("**", "__") and _HAS_CLOCK.search(inner)
                else None
            )  # "[Update - 2023-03-29 15h50 UTC]", labelled "**Update: 09:55**", "**Edit 12:15**"
            if label is not None:
                inner = inner[label.end() :]  # "[Update - 2023-03-29 15h50 UTC]"
            emphasis = 0
            link = _LINK_TARGET.match(text, close + 1) if opener == "[" else None
            if opener == "[" and (label is not None or link is not None):
                # "[Update **2014-09-16 14:18 CEST**]": the stamp in emphasis within; so in a
                # link's text ("[**02:19**](https://...) misskey.io unreachable", Misskey's
                # outage notes linking each step to the note that told it).
                bare = inner.rstrip(" :-–—,")
                for mark in ("**", "__", "`", "*", "_"):
                    if len(bare) > 2 * len(mark) and bare.startswith(mark) and bare.endswith(mark):
                        emphasis = len(mark)
                        inner = inner[emphasis : len(bare) - emphasis]
                        break
            stripped = inner.rstrip(" :-–—,")
            lead = len(inner) - len(inner.lstrip()) + (label.end() if label else 0) + emphasis
            bracketed = opener == "[" or stripped.lstrip().startswith("[")
            # A stamp as a link's text, to the chat message it dates: "[17:58](https://...
            # slack.com/archives/...): Jake acknowledged" (the Financial Times' incident
            # logs), "[1758](...)" in 24-hour digits alone. The target is no part of the text.
            if (
                stripped
                and close - i <= 80
                and (
                    _is_stamp(stripped.strip())
                    or (bracketed and _is_placeholder_time(stripped))
                    or (link is not None and _link_hhmm(text, stripped, link))
                )
            ):
                after = link.end() if link is not None else close + len(closer)
                m = _SEP.match(text, after)
                body = m.end() if m else after
                skip = (label.end() if label else 0) + emphasis
                start = i + len(opener) + lead
                return start, i + len(opener) + skip + len(stripped), body
            inner_start = i + len(opener)
            if opener in ("**", "__"):
                # A whole entry in bold: "**2019-10-20 00:55: builds started failing**".
                end = _scan(text, inner_start)
                if end is not None and end < close and _STAMP_NOTE.fullmatch(text, end, close):
                    # A label of the stamp and a word about it, the text after the bold:
                    # "**Nov 6, ongoing** - Monitoring continues".
                    after = close + len(closer)
                    m = _SEP.match(text, after)
                    if m is not None and m.end() > after and text[after : m.end()].strip():
                        return inner_start, close, m.end()
                if end is not None and end < close:
                    m = _SEP.match(text, end)
                    body = m.end() if m else end
                    if body > end:
                        return inner_start, end, body
            elif opener in ("*", "_"):
                # A whole entry in italics: "_13:16 backup ran_", "_**13:16:59**: backup ran_".
                last = (
                    close if not text.startswith(("**", "__"), inner_start) else text.rfind(closer)
                )
                if text.startswith("[", inner_start) and text.rstrip().endswith(closer):
                    # "*[Update **2014-09-16 14:18 CEST**]: DNS settings seem correct.*": the
                    # italics close at the entry's end, past the emphasis inside.
                    last = len(text.rstrip()) - len(closer)
                sub = split_stamp(text[inner_start:last]) if last > inner_start else None
                if sub is not None:
                    return inner_start + sub[0], inner_start + sub[1], inner_start + sub[2]
            return None
    label = _BARE_LABEL.match(text, i) if labelled else None
    if label is not None and label.end() < n and text[label.end()].isdigit():
        # A status update's label before its stamp, unbracketed: "Update 27.08.2022 10:00
        # Uhr:", "Resolved - 14:05 UTC: ...". The stamp starts after the label.
        i = label.end()
    end = _scan(text, i)
    if end is None:
        return None
    m = _SEP.match(text, end)
    body = m.end() if m else end
    # Text right after a full-width parenthesis needs no blank ("（UTC+9）発生"): Japanese and
    # Chinese write none between words.
    if body == end and end < n and text[end] not in " \t\n" and text[end - 1] != "）":
        return None
    return i, end, body


#: A clock time where a stamp's time would follow its day ("21:00", "2 PM"), and one inside a
#: stamp already read (not a dot: "2024.05.12" is a day).
#: "At" before an entry's clock time ("At 14:02 UTC, the alert fired", "At 2:40 PM: ...").
_AT_LEAD = re.compile(
    r"[Aa]t[ \t]+(?=\d{1,2}(?::\d{2}|[ \t]*[AaPp]\.?[Mm]\b))"
    # "* On Sep 29 at 14:00, as part of ..." (Replit), "- On Apr 4th at 12:32 GMT, ..."
    # (Matrix): "On" before a day and its time leads into the stamp as "At" does.
    r"|[Oo]n[ \t]+(?=[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?,?"
    r"[ \t]+at[ \t]+\d)"
)
#: Status icons before an entry's stamp ("- 🔴 14:02 UTC Alert fired", "✅ 15:20 ..."): the
#: symbols and pictographs of Unicode, with their variation selector and joiner.
_ICON_LEAD = re.compile(
    "(?:[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*)+"
    r"[ \t]*(?=[\d*_`\[(~])"
)
#: "@" or "at" between a day and its time: "2023-08-15 @ 08:02 AM ET" (VA.gov's post-mortems),
#: "Sept 26 2021 @ 15:22 ICT" (Notional's log), "Aug 15 at 8:02am".
#: The same in other languages: "15 janvier 2024 à 10h05", "16.10. um 14:00", "às 10:05",
#: "a las 10:05".
_DAY_AT = re.compile(r"[ \t]*(?:@|at\b|à\b|um\b|às\b|a las\b)[ \t]*", re.IGNORECASE)
_CLOCK_AT = re.compile(r"\d{1,2}(?::\d{2}|h\d{2}|\s*[ap]\.?m\b)", re.IGNORECASE)
_HAS_CLOCK = re.compile(r"\d[:h]\d{2}|\d\s*[ap]\.?m\b", re.IGNORECASE)


#: A link's target after its text in brackets: "(https://example.slack.com/archives/p14)".
_LINK_TARGET = re.compile(r"\([^()\s]+\)")


def _link_hhmm(text: str, inner: str, link: re.Match[str]) -> bool:
    """Whether a link's text of four digits is a time: a separator after the link ("[1758](
    ...): Jake acknowledged") and a target that is not named by the digits, as an issue's or
    a pull request's is ("[1402](https://github.com/o/r/issues/1402)")."""
    hhmm = _MIL_ALONE.fullmatch(inner)
    if hhmm is None:
        return False
    digits = hhmm.group(2) + hhmm.group(3)
    if re.search(rf"[/#=_-]{digits}/?\)$", link.group()):
        return False
    return re.match(r"\s*(?:[:|：]|[-–—]+\s)", text[link.end() :]) is not None


def _is_placeholder_time(s: str) -> bool:
    s = s.strip("[]` ").upper()
    return s in {"HH:MM", "TIME", "TIMESTAMP", "???", "HH:MM:SS", "DATE", "TIME (UTC)"}


def _scan(text: str, i: int) -> int | None:
    """Where the stamp starting at ``i`` ends, or None; with the time after a dash when the
    stamp so far is a day: "January 13th, 2024 - 21:00 UTC - Discord bridge ...", "**Mar 12,
    2024 - 14:05 UTC**" (status pages) are one stamp each."""
    end = _scan_parts(text, i)
    if end is None:
        return None
    m = _SEP.match(text, end)
    body = m.end() if m else end
    at = _DAY_AT.match(text, end)  # "2023-08-15 @ 08:02 AM ET:", "Aug 15 at 8:02am:"
    if at is not None and at.end() > end:
        body = at.end()
    if (
        body > end
        and (at is not None or _DASHES.search(text, end, body))
        and _CLOCK_AT.match(text, body)
        and not _HAS_CLOCK.search(text, i, end)
    ):
        more = _scan_parts(text, body)
        if more is not None:
            return more
    if text.startswith(" on ", end) and _HAS_CLOCK.search(text, i, end):
        # A time, then its day: "17:41 UTC on 2023-07-19" (crates.io), "18:30 on November 27,
        # 2025" (Firezone), "13:00 UTC on the 14th of December" (Revoke.cash). Only a day may
        # follow, not "on 2 servers".
        day = end + 4 + (4 if text.startswith("the ", end + 4) else 0)
        more = _scan_parts(text, day)
        if more is not None and not _HAS_CLOCK.search(text, day, more):
            return more
    return end


def _is_stamp(s: str) -> bool:
    end = _scan(s, 0)
    return end is not None and s[end:].strip(" :-–—,.") == ""


def is_stamp(text: str) -> bool:
    """Whether ``text`` is a stamp and nothing more ("2026-03-01", "Jan 5, 14:00 UTC:")."""
    return _is_stamp(text.strip())


def _scan_parts(text: str, i: int) -> int | None:
    """Where the tokens of a stamp starting at ``i`` end, or None (see ``_scan``)."""
    pos = i
    end: int | None = None
    anchored = False
    m = _HHMM.match(text, pos)
    if m:
        # "1936 UTC: v22.0.1 is released": the zone after the time is part of the stamp.
        pos = end = m.end()
        anchored = True
    last = ""
    while pos < len(text):
        if last == "zone":
            # The same instant in a second zone after a slash: "23:15 UTC / 16:15 PDT",
            # "15:30-17:54 UTC / 08:30-10:54 PDT" (ECAD Infra's validator reports), as "13:14
            # EDT (17:14 UTC)" gives it in parentheses. Part of the stamp; the first reading
            # is the one kept.
            alt = _SLASH_READING.match(text, pos)
            if alt is not None:
                pos = end = alt.end()
                last = "alt"
                continue
        g = _GAP.match(text, pos)
        p = g.end() if g else pos
        m = _token_at(text, p)
        if not m:
            # A dash between two stamp parts ("Jan 14 - 10:18") is part of the stamp.
            break
        kind = m.lastgroup or ""
        last = kind
        if kind == "paren" and not _is_stamp(m.group()[1:-1]) and not _paren_ok(m.group()):
            break
        if kind in _ANCHORS:
            anchored = True
        if kind == "joiner":
            nxt = _token_at(text, _GAP.match(text, m.end()).end())  # type: ignore[union-attr]
            if not anchored or nxt is None or nxt.lastgroup not in _ANCHORS:
                break  # "14:00 and 15 users": a joiner joins two stamps or none
        if kind == "approx" and anchored:
            # "around", "after", "gegen" lead into a time; after one they are the entry's
            # words: "13:38 UTC, after the deploy", "13:38 ET, around the time the ...", and
            # so is any such word before a figure: "13:38 ET, ~26h after the fault", "14:00
            # approx 5% errors". Not "approx." nor "-ish" closing a time ("14:05 approx."),
            # nor "頃", nor "14:00〜".
            after = _GAP.match(text, m.end()).end()  # type: ignore[union-attr]
            if _LEADING_APPROX.match(m.group()) or text[after : after + 1].isdigit():
                nxt = _token_at(text, after)
                if nxt is None or nxt.lastgroup not in _ANCHORS:
                    break
        if kind in _DECORATIONS and not anchored:
            # Words that only decorate a stamp must not start one on their own; month names
            # and weekdays may lead into a date ("Saturday Oct 30th").
            break
        pos = m.end()
        end = pos
    if end is None or not anchored:
        return None
    return end


#: The words of an ``approx`` token that only lead into a time (see ``_scan_parts``).
_LEADING_APPROX = re.compile(r"(?!approx|ish)[a-z]", re.IGNORECASE)

_CLOCK_TEXT = r"\d{1,2}:\d{2}(?::\d{2})?(?![ \t]*[ap]\.?m\b)"
#: A second reading of a zoned time after a slash between blanks, on a 24-hour clock ("/
#: 16:15 PDT", "/ 08:30-10:54 PDT"): the forms the writer rewrites when the time is edited
#: (``render._second_reading``).
_SLASH_READING = re.compile(
    rf"[ \t]+/[ \t]+{_CLOCK_TEXT}(?:[ \t]*[-–][ \t]*{_CLOCK_TEXT})?[ \t]*(?:{_ZONE_ALT})\b",
    re.IGNORECASE,
)
#: A word about a time in parentheses after it: "14:05 (approx.)", "(estimated)", "(local)".
_PAREN_NOTE = re.compile(
    r"approx\.?|approximately|est\.?|estimated|roughly|local(?: time)?|ish", re.IGNORECASE
)
_PAREN_APPROX = re.compile(r"approx|est|roughly|ish", re.IGNORECASE)


def _paren_ok(s: str) -> bool:
    inner = s[1:-1].strip().lower()
    return (
        _PAREN_NOTE.fullmatch(inner) is not None
        or inner in _WEEKDAY_NAMES
        or inner in ZONES
        or s[1:-1].strip() in CASED_ZONES
        or _OFFSET_ZONE.fullmatch(inner) is not None  # "14:02 (UTC+2)"
    )


@lru_cache(maxsize=256)
def zone(name: str) -> dt.tzinfo | None:
    """The tzinfo for an abbreviation, city or IANA name; None when unknown."""
    key = name.strip().lower()
    m = re.fullmatch(r"(utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?", key)
    if m:
        sign = 1 if m.group(2) == "+" else -1
        hours, mins = int(m.group(3)), int(m.group(4) or 0)
        total = hours * 60 + mins
        if mins > 59 or total > 14 * 60 or (sign < 0 and total > 12 * 60):
            return None  # "+70:50", "-13:30", "-12:30": offsets run from -12:00 to +14:00
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=mins))
    iana = ZONES.get(key) or CASED_ZONES.get(name.strip())
    if iana is None and "/" in name:
        iana = name.strip()
    if iana is None:
        return None
    if iana == "UTC":
        return dt.timezone.utc
    try:
        return ZoneInfo(iana)
    except (KeyError, ValueError, OSError):
        return None


_DECLARED = re.compile(
    # "All times in UTC", "All times are approximated to UTC", "all times mentioned are in PT".
    # Words between "All times" and the zone end in "in" or "to": "reachable at all times
    # from Paris" declares nothing.
    # "All dates and times below are shown in UTC" (Octopus Deploy's timelines).
    rf"(?:all\s+(?:dates?\s+(?:and|&)\s+)?times?\s+(?:(?:[a-z]+\s+){{0,3}}?(?:in|to)\s+"
    rf"|(?:are\s+|listed\s+|given\s+)?)"
    rf"|times?\s*\(|times?\s+in\s+|[(（]\s*)"
    # "(all times US Pacific Time)": the country before a region's zone.
    r"(?:US\s+|U\.S\.\s+)?"
    # A city's time in French, as "(Paris time)" in English: "(heure de Paris)" (VerySwing's
    # status page). ("(horário de Brasília)" is a zone's name of its own.)
    r"(?:heure\s+de\s+)?"
    # An offset first: "(UTC-3)" is three hours behind UTC, not UTC.
    rf"(?P<z>(?:UTC|GMT)\s*[+-]\d{{1,2}}(?::?\d{{2}})?(?!\d)|[A-Za-z]+/[A-Za-z_]+|{_ZONE_ALT})"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


def declared_zone(text: str) -> str | None:
    """The zone a line declares ("All times in PST", "Time (UTC)", "(all times PST)")."""
    m = _DECLARED.search(text)
    return m.group("z") if m else None


def zone_line(text: str) -> str | None:
    """The zone a short line of a timeline names in any language, written as the abbreviation
    in capitals and nothing else a stamp has ("시각은 KST다.", "Zeiten in MEZ.", "Heures en
    UTC"): the zone the entries under it are in. One zone only; an English line is read by
    :func:`declared_zone`."""
    offset = _OFFSET_ZONE.search(text)
    if offset is not None:
        # "Время сервера UTC+5 (в скобках — из логов ... в UTC)" (Artemiy's homelab log): a
        # zone written as its offset, the first zone the line names; no other digits.
        if len(text) > 120 or any(c.isdigit() for c in _OFFSET_ZONE.sub("", text)):
            return None
        first = _ZONE_WORD.search(text)
        if first is None or first.start() >= offset.start():
            return re.sub(r"\s+", "", offset.group()).replace("\u2212", "-")
        return None
    if len(text) > 60 or any(c.isdigit() for c in text):
        return None
    found = {mm.group() for mm in _ZONE_WORD.finditer(text)}
    return found.pop() if len(found) == 1 else None


_OFFSET_ZONE = re.compile(r"(?<![A-Za-z])(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?(?!\d)")


_ZONE_WORD = re.compile(
    "(?<![A-Za-z])(?:"
    + "|".join(
        sorted((z.upper() for z in ZONES if z.isalpha() and len(z) >= 3), key=len, reverse=True)
    )
    + ")(?![A-Za-z])"
)
#: Zones named in words: two-letter abbreviations ("PT"), regions and cities capitalised
#: ("Pacific time", "Denver"); not "central" or "eastern" in a sentence.
_ZONE_NAME = re.compile(
    r"\b(?:"
    + "|".join(z.upper() for z in ZONES if z.isalpha() and len(z) == 2)
    + r"|(?:Pacific|Eastern|Central|Mountain) [Tt]ime|"
    + rf"(?:{PLACE_TIME_ALT}) [Tt]ime(?![-\w]| zones?\b)|"
    + "|".join(
        z.title()
        for z in ZONES
        if z.isalpha() and len(z) > 4 and z not in ("pacific", "eastern", "central", "mountain")
    )
    + r")\b"
)


def names_a_zone(text: str) -> bool:
    """Whether the text names a zone anywhere: an abbreviation in capitals ("UTC", "CET"), an
    offset from UTC ("UTC+5"), a region's or a city's name ("Pacific time", "Denver")."""
    return any(p.search(text) for p in (_ZONE_WORD, _OFFSET_ZONE, _ZONE_NAME))


_COUNT_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}
_UNIT_SCALE = {"h": 3600, "m": 60, "d": 86400}


# Compiled once: read for every entry (re's cache lookup cost as much as some matches).
_MIL_ALONE = re.compile(r"\s*([~〜～]\s?)?([01]\d|2[0-3])([0-5]\d)(?:\s*hrs?)?\s*", re.IGNORECASE)
_TIME_RANGE_DASH = re.compile(r"\s*(?:->|→|[-–])\s*(?=\d)")
# A fraction of a second is read past, not kept: "6:02:48.533 PM" is 18:02:48 (Composable).
_CLOCK = re.compile(
    r"(\d{1,2})(?:[:h.：](\d{2})(?:[:：](\d{2})(?:\.\d{1,6})?)?)?\s*([ap])?", re.IGNORECASE
)
_DASHES = re.compile("[-–—]")
#: The Unicode hyphens as the ASCII one: "2026‑01‑22 14:27:06" with non-breaking hyphens
#: (U+2011), as some editors and text generators write dates (Load Network's report).
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _plain_hyphens(text: str) -> str:
    """``text`` with its Unicode hyphens as "-" (``_HYPHENS``), one character for one."""
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text


#: The meridiem closing a time: "1:20 PM", "11am", "2:45 p.m.".
_MERIDIEM_END = re.compile(r"([AaPp])\.?[Mm]\.?\s*$")
_SPACED_H = re.compile(r"[ \t]h[ \t]")


def read_stamp(text: str, *, dayfirst: bool = False, base_year: int | None = None) -> Stamp:
    """Read the parts of a stamp without resolving it against a context."""
    st = Stamp(text=text)
    text = _plain_hyphens(text)
    kinds: list[str] = []
    pos = 0
    m_hhmm = _MIL_ALONE.fullmatch(text)
    if m_hhmm:
        # Military time "1625", as split_stamp finds it at the head of an entry.
        st.time = dt.time(int(m_hhmm.group(2)), int(m_hhmm.group(3)))
        st.clock24 = True
        st.approximate = m_hhmm.group(1) is not None
        return st
    while pos < len(text):
        g = _GAP.match(text, pos)
        p = g.end() if g else pos
        m = _TOKEN.search(text, p)
        if not m:
            break
        kind = m.lastgroup or ""
        tok = m.group()
        pos = m.end()
        kinds.append(kind)
        if kind == "approx" and tok in "~〜～" and st.time is not None:
            # "14:37 ~ 15:58", "2:27 ~ 4:03": after a time the tilde is a range's dash, as
            # Japanese, Chinese and Korean reports write it; before one it is "about".
            kinds[-1] = "joiner"
        elif kind == "approx":
            st.approximate = True
        elif kind == "unknown":
            st.unknown = True
        elif kind == "iso" and st.date is None:
            _read_iso(tok, st)  # in a range ("2023-07-10 to 2023-07-16") the first day counts
        elif kind == "ymd" and st.date is None:
            y, mo, d = (int(x) for x in re.split(r"[/.-]", tok))
            try:
                st.date = dt.date(y, mo, d)
                st.explicit_date = True
            except ValueError:
                st.problem = f"no such date {tok}"
        elif kind == "numdate" and st.date is None:
            # Dots part a date day first wherever they are written ("05.03.24" is 5 March in
            # German, Russian, Polish, Turkish ...); no month-first writer uses them.
            st.date = _numeric_date(tok, dayfirst or "." in tok)
            st.explicit_date = st.date is not None
            if st.date is None:
                st.problem = f"no such date {tok}"
        elif kind == "namedmonth" and st.date is None:
            head, mon, tail = re.split(r"[-/]", tok)
            year_s, day_s = (head, tail) if len(head) == 4 else (tail, head)
            if len(year_s) == 2:
                year_s = f"20{year_s}"
            st.date = _month_date(f"{mon} {day_s} {year_s}", base_year)
            st.explicit_date = st.date is not None
        elif kind == "cjkdate" and st.date is None:
            parts = [int(x) for x in re.findall(r"\d+", tok)]  # int() reads full-width digits
            year = parts[0] if len(parts) == 3 else base_year
            if year is not None:
                try:
                    st.date = dt.date(year, parts[-2], parts[-1])
                except ValueError:
                    st.problem = f"no such date {tok}"
                st.explicit_date = st.date is not None
        elif kind == "cjktime" and (st.time is None or kinds[-2:-1] == ["joiner"]):
            nums = [int(x) for x in re.findall(r"\d+", tok)]
            h, mi = nums[0], nums[1] if len(nums) > 1 else 0
            part = tok.lstrip()
            if part.startswith(CJK_PM_WORDS) and h < 12:
                h += 12
            elif part.startswith(CJK_NOON_WORDS) and h < 6:
                h += 12  # "中午1点": one in the afternoon
            elif part.startswith(CJK_AM_WORDS) and h == 12:
                h = 0
            if h < 24 and mi < 60 and st.time is None:
                st.time = dt.time(h, mi)
                st.clock24 = True
            elif h < 24 and mi < 60 and st.end_time is None:
                st.end_time = dt.time(h, mi)  # "오전 2:27 ~ 오전 4:03": the range's end
        elif kind == "mil" and st.time is None:
            st.time = dt.time(int(tok[:2]), int(tok[2:]))
            st.clock24 = True
        elif kind == "ymonthday" and st.date is None:
            year_s, rest = tok.split(None, 1)
            st.date = _month_date(f"{rest} {year_s}", base_year)
            st.explicit_date = st.date is not None
        elif kind in ("monthday", "daymonth") and st.date is None:
            days = _DAY_RANGE.fullmatch(tok) if _DASHES.search(tok) else None
            yearless = _YEARLESS_RANGE.fullmatch(tok) if days is None else None
            if yearless is not None:
                st.date = _month_date(yearless.group(1), base_year)  # "Jan 22-26": its first
            elif days is None:
                st.date = _month_date(tok, base_year)
            elif (span := _range_days(days)) is not None:
                st.date = span[0]  # "October 9-23, 2025": a range of days gives its first
            else:
                st.problem = f"no such range of days {tok}"
            st.explicit_date = st.date is not None
        elif kind in ("time", "hour") and st.time is None:
            _read_time(tok, st)
        elif kind == "tens" and st.time is None:
            _read_time(tok[:-1] + "0", st)
            st.approximate = True
        elif kind in ("time", "hour") and kinds[-2:-1] == ["joiner"] and st.end_time is None:
            end = Stamp(text=tok)  # "between 09:00 and 10:30": the range's end
            _read_time(tok, end)
            st.end_time = end.time
        elif kind == "dayrange" and st.date is None:
            # "24–25/09": the range's first day, of the report's year, as "27-28 July 2026".
            # In a report whose dates are day first, or when the first day cannot be a month:
            # elsewhere "3-4/5" is a fraction.
            d1, d2, month = (int(x) for x in re.findall(r"\d+", tok))
            as_days = dayfirst or d1 > 12
            if as_days and base_year is not None and d1 < d2:
                try:
                    st.date = dt.date(base_year, month, d1)
                    dt.date(base_year, month, d2)
                except ValueError:
                    st.date = None
            if st.date is None and as_days and (base_year is not None or d1 >= d2):
                st.problem = f"no such range of days {tok}"
            st.explicit_date = st.date is not None
        elif kind == "mmdd" and st.date is None:
            # "03-26 23:04": a numeric day without a year, read with the report's year.
            a, b = (int(x) for x in re.findall(r"\d+", tok)[:2])
            dotted = tok.endswith(".")  # "15.01.": always the day first
            if not tok[-1].isdigit() and not dotted:
                st.approximate = True  # "8/24頃": around the 24th
            day, month = (a, b) if (dayfirst or dotted or a > 12) and b <= 12 else (b, a)
            if dotted and b > 12:
                day, month = a, b  # "12.31.": German writes no month first; no such day
            if "/" in tok and a > 12 and not dayfirst:
                st.problem = f"no such date {tok}"  # "24/7" in a month-first report: no day
            elif base_year is not None:
                try:
                    st.date = dt.date(base_year, month, day)
                except ValueError:
                    st.problem = f"no such date {tok}"
                st.explicit_date = st.date is not None
        elif kind == "dayn" and st.day_number is None:
            st.day_number = int(tok.split()[-1])
        elif kind == "later" and st.offset is None:
            # "1 hour later": dateutil reads no offsets; this one counts from the entry before.
            words = tok.lower().split()
            count = _COUNT_WORDS.get(words[0]) or float(words[0])
            st.offset = dt.timedelta(seconds=count * _UNIT_SCALE[words[1][0]])
            st.after_previous = True
        elif kind == "relative" and st.offset is None:
            # "+1 hrs", "+7.5h", "+2 days": from the timeline's first instant.
            lead = re.match(r"(?:t0?\s?)?\+?\s?([\d.]+)\s?([a-z])?", tok.lower())
            clock = re.search(r"(\d{1,2}):(\d{2})$", tok)
            if clock is not None:
                st.offset = dt.timedelta(hours=int(clock.group(1)), minutes=int(clock.group(2)))
            elif lead is not None:
                count = float(lead.group(1))
                st.offset = dt.timedelta(seconds=count * _UNIT_SCALE[lead.group(2) or "h"])
        elif kind == "zone" and st.zone is None:
            st.zone = zone(tok)
            st.zone_name = tok if st.zone is not None else ""
        elif kind == "paren":
            # "(UTC)" names the zone; a second reading "(17:14 UTC)" or a weekday does not.
            inner = tok[1:-1].strip()
            if _PAREN_NOTE.fullmatch(inner) and _PAREN_APPROX.match(inner):
                st.approximate = True  # "14:05 (approx.)"
            if st.zone is None and (
                inner.lower() in ZONES or inner in CASED_ZONES or _OFFSET_ZONE.fullmatch(inner)
            ):
                st.zone = zone(inner)  # "(UTC)", "(GMT+9)"
            elif st.time is None and st.offset is not None and not st.after_previous:
                # "T+0 (2:05pm)": the instant a relative stamp stands for, written beside it.
                said = read_stamp(inner, dayfirst=dayfirst, base_year=base_year)
                if said.time is not None:
                    st.time, st.date, st.offset = said.time, said.date or st.date, None
                    st.zone = said.zone or st.zone
                    st.explicit_date = st.explicit_date or said.explicit_date
    st.kinds = tuple(kinds)
    return st


_OFFSET_ZONE = re.compile(r"(?i)(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?")


#: The end of a range after a day and time written ISO's way: " - 17:00", " – 2025-11-17
#: 09:56 AM" (see the ``iso`` token).
_ISO_RANGE_END = re.compile(
    r"(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m?\.?)?"
    r"(?:[ \t]+[-–—][ \t]*|[–—][ \t]*)(?:(\d{4})-(\d{2})-(\d{2})[T \t]+)?"
    r"([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?:\s*([ap])\.?m\.?)?(?!\d|:\d)",
    re.IGNORECASE,
)


def _range_end(tail: re.Match[str], st: Stamp) -> None:
    """The end of an ISO day's range as ``st.end_time``, which the start's day carries (an
    end before the start is on the next day). An end written with its day is kept only where
    that reading gives that day: on the start's day and after it, or on the next day and
    before the start's time ("2025-11-16 18:06 - 2025-11-17 09:56"); a span longer than a
    day, or one that ends before it starts, is no entry's range: its end is left."""
    assert st.time is not None and st.date is not None
    h, mi = int(tail.group(4)), int(tail.group(5))
    ampm = (tail.group(6) or "").lower()
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    if h > 23:
        return
    end = dt.time(h, mi)
    if tail.group(1) is not None:
        try:
            day = dt.date(int(tail.group(1)), int(tail.group(2)), int(tail.group(3)))
        except ValueError:
            return
        later = (day - st.date).days
        if not ((later == 0 and end >= st.time) or (later == 1 and end < st.time)):
            return
    st.end_time = end


def _read_iso(tok: str, st: Stamp) -> None:
    m = re.match(
        r"(\d{4,5})-(\d{2})-(\d{2})(?:[T\s/]+(?:(\d{1,2}):?(\d{2})(?::(\d{2}))?(?:\.\d+)?"
        r"\s*([ap])?\.?m?\.?|(--:--|X)))?\s*(Z|[+-]\d{2}:?\d{2})?",
        tok,
        re.IGNORECASE,
    )
    if not m:
        return
    if len(m.group(1)) > 4:
        st.problem = f"five-digit year {m.group(1)}"
        st.lenient = True
        return
    try:
        st.date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        st.problem = f"no such date {m.group(0)[:10]}"
        st.lenient = True
        return
    st.explicit_date = True
    if m.group(8):
        st.unknown = True
    elif m.group(4) is not None and st.time is None:
        h, mi, s = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        ampm = (m.group(7) or "").lower()
        st.clock24 = st.clock24 or bool(ampm)
        if ampm == "p" and h < 12:
            h += 12
        elif ampm == "a" and h == 12:
            h = 0
        if h < 24 and mi < 60 and s < 60:
            frac = re.search(r":\d{2}\.(\d{1,6})", m.group(0))  # "14:31:05.250Z" keeps its 250 ms
            st.time = dt.time(h, mi, s, int(frac.group(1).ljust(6, "0")) if frac else 0)
    tail = _ISO_RANGE_END.match(tok, m.end(5)) if m.group(5) is not None else None
    if tail is not None and st.time is not None:
        _range_end(tail, st)
    off = m.group(9)
    if off and off.upper() != "Z" and off[0] == "-" and st.time is not None:
        hh, mm_ = int(off[1:3]), int(off[-2:])
        if hh * 60 + mm_ > 12 * 60 and mm_ < 60 and (hh, mm_) > (st.time.hour, st.time.minute):
            # "2024-03-05 14:00-15:30 UTC": no zone is 15 hours behind UTC; a time later than
            # the first after the dash is the range's end, not an offset.
            st.end_time = dt.time(hh, mm_) if hh < 24 else None
            return
    if off:
        st.zone = zone("+00:00" if off.upper() == "Z" else off)


# The scanner above finds where a stamp is and what kind of token each part is; dateutil's
# parser reads the calendar dates (numeric day-first or month-first, month names, ordinals,
# weekdays), with the document's day-first decision and the report's year as the default.
# What dateutil cannot read stays hand-written below: clock times as entries write them (a
# 12-hour clock without AM/PM that follows the sequence, "13:55 PM", "15h50", "14.43",
# military "1625"), ranges ("10:01-10:02"), unknown times ("[???]", "--:--"), relative
# offsets ("[+1 hrs]") and five-digit or three-digit years, which dateutil would take as
# written (year 202) instead of flagging.
# Only date tokens the scanner found reach dateutil, so its own words (with "Sept") suffice.
class _Words(_du.parserinfo):
    """dateutil's words with the months of ``_MONTHS`` (every language read) and the "de" of
    "20 de septiembre de 2025"."""

    def __init__(self, *, dayfirst: bool) -> None:
        # Set on the instance before dateutil reads them (its stubs type the lists as the
        # English ones: two or three names a month).
        months: Any = [tuple(n for n, i in _MONTHS.items() if i == k) for k in range(1, 13)]
        self.MONTHS = months
        self.JUMP = [*_du.parserinfo.JUMP, "de", "del"]
        super().__init__(dayfirst=dayfirst)


_WORDS_DAYFIRST = _Words(dayfirst=True)
_WORDS_MONTHFIRST = _Words(dayfirst=False)


@lru_cache(maxsize=4096)
def _calendar_date(tok: str, dayfirst: bool, base_year: int | None) -> dt.date | None:
    """A calendar date token read by dateutil, or None (no year known, or no such day)."""
    has_year = re.search(r"\d{4}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b", tok) is not None
    if not has_year and base_year is None:
        return None
    if base_year is not None and not dt.MINYEAR <= base_year <= dt.MAXYEAR:
        return None  # the year after 9999 ("9999-12-31 ... Jan"): no such day
    default = dt.datetime(base_year or 2000, 1, 1)
    info = _WORDS_DAYFIRST if dayfirst else _WORDS_MONTHFIRST
    try:
        got = _du.parse(tok.replace(" of ", " "), parserinfo=info, default=default)
    except (ValueError, OverflowError):
        return None
    if not 1900 <= got.year <= 2199:
        return None  # "202" or "20223": a typo to flag, never year 202
    return got.date()


def _numeric_date(tok: str, dayfirst: bool) -> dt.date | None:
    return _calendar_date(tok, dayfirst, None)


def day_of_month_near(day: int, near: dt.date) -> dt.date | None:
    """The date whose day of the month is ``day``, read beside the day ``near`` written
    before it: in ``near``'s month ("the 16th" in a report about March 15th; "the 21st" after
    March 5th), or the next month when the number falls far before ``near``'s day ("the
    2nd" after December 30th is January 2nd). None when there is no such date. (dateutil
    would keep ``near``'s month only.)"""
    month, year = near.month, near.year
    if day + 25 < near.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    try:
        return dt.date(year, month, day)
    except ValueError:  # no 31st in April, no year 10000
        return None


def _month_date(tok: str, base_year: int | None) -> dt.date | None:
    return _calendar_date(tok, False, base_year)


def _read_time(tok: str, st: Stamp) -> None:
    if " h" in tok or "\th" in tok:
        tok = _SPACED_H.sub("h", tok)  # "9 h 21" is "9h21"
    parts = _TIME_RANGE_DASH.split(tok, maxsplit=1)
    first = _clock(parts[0], st)
    if len(parts) > 1:
        # "10:01-10:02", "9-11am": the meridiem of the end applies to a bare start.
        end = _clock(parts[1], st)
        st.end_time = end
        meridiem = _MERIDIEM_END.search(parts[1])
        if (
            first is not None
            and end is not None
            and meridiem
            and not _MERIDIEM_END.search(parts[0])
            and 0 < first.hour < 12  # "0:15-1:20 PM", "13:10-1:20 PM": a 24-hour start
        ):
            # "1:15–1:20 PM" starts at 13:15 (ShelfExecution's PIR), not at 01:15; "11:50-1:20
            # PM" still at 11:50, the end's meridiem would put its start after its end.
            shifted = _clock(parts[0].rstrip() + meridiem.group(1), Stamp(text=tok))
            if shifted is not None and shifted <= end:
                first = shifted
    if first is not None:
        st.time = first


def _clock(s: str, st: Stamp) -> dt.time | None:
    m = _CLOCK.match(s.strip())
    if not m:
        return None
    h, mi, sec = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    ampm = (m.group(4) or "").lower()
    if ampm or h >= 13:
        st.clock24 = True
    if ampm:
        if h > 12:
            st.lenient = True  # "13:55 PM": the 24-hour reading is the only possible one
        elif ampm == "p" and h < 12:
            h += 12
        elif ampm == "a" and h == 12:
            h = 0
    if h > 23 or mi > 59 or sec > 59:
        st.lenient = True
        return None
    return dt.time(h, mi, sec)


@define
class Context:
    """What a stamp is read against: the day, the zone, and the previous instant."""

    day: dt.date | None = None
    tz: dt.tzinfo | None = None
    previous: dt.datetime | None = None
    #: The first instant of the timeline: what relative stamps ("[+1 hrs]") count from.
    anchor: dt.datetime | None = None
    #: The start the report states in a field, what relative stamps count from when no entry
    #: before them gives an instant: "**Started:** 2025-12-13 02:45 UTC" over "| +0:05 |".
    start: dt.datetime | None = None
    dayfirst: bool = False
    #: True when ``day`` was set by a day heading or date line (no rollover across it).
    fresh_day: bool = False


#: A time this much earlier than the previous entry, with no date of its own, is the next day.
ROLLOVER_THRESHOLD = dt.timedelta(hours=3)


def resolve(stamp: Stamp, ctx: Context) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The instant (and range end) a stamp stands for in its context, or (None, None)."""
    if stamp.offset is not None and stamp.time is None:
        since = ctx.previous if stamp.after_previous else ctx.anchor or ctx.start
        if since is None:
            return None, None
        try:
            return since + stamp.offset, None
        except OverflowError:  # past year 9999: no such instant
            return None, None
    if stamp.time is None or stamp.unknown:
        return None, None
    day = stamp.date or ctx.day
    if day is None:
        return None, None
    tz = stamp.zone or ctx.tz
    at = dt.datetime.combine(day, stamp.time, tzinfo=tz)
    if (
        stamp.date is None
        and not ctx.fresh_day
        and ctx.previous is not None
        and _comparable(at, ctx.previous)
        and ctx.previous - at > ROLLOVER_THRESHOLD
        and at.date() < dt.date.max  # no later day to roll over to
    ):
        if _pm_omitted(stamp, at, ctx.previous):
            # "11:57" then "1:17": a 12-hour clock written without PM. Of the two readings
            # (+12 h, next day) the one with the smaller forward gap wins.
            at += dt.timedelta(hours=12)
        else:
            at += dt.timedelta(days=1)
        if isinstance(tz, ZoneInfo):
            at = at.replace(tzinfo=tz)
    elif (
        stamp.date is not None
        and _ONE_DIGIT_HOUR.search(stamp.text) is not None  # "1:50", not a 24-hour "05:00"
        and ctx.previous is not None
        and _comparable(at, ctx.previous)
        and at.date() == ctx.previous.date()
        and ctx.previous - at > ROLLOVER_THRESHOLD
        and _pm_omitted(stamp, at, ctx.previous)
    ):
        # "2015-02-27 12:39" then "2015-02-27 1:50": the same day written on a 12-hour clock
        # without PM, as a time-only entry is read above (the day is written, so no rollover).
        at += dt.timedelta(hours=12)
        if isinstance(tz, ZoneInfo):
            at = at.replace(tzinfo=tz)
    end = None
    if stamp.end_time is not None:
        end = dt.datetime.combine(at.date(), stamp.end_time, tzinfo=at.tzinfo)
        if end < at:
            if at.date() == dt.date.max:  # "23:59 ~ 14:05" on the last day there is
                return at, None
            end += dt.timedelta(days=1)
    return at, end


_ONE_DIGIT_HOUR = re.compile(r"(?<![\d:])\d:\d\d")


def _pm_omitted(stamp: Stamp, at: dt.datetime, previous: dt.datetime) -> bool:
    """Whether ``at``, earlier than ``previous``, is a 12-hour clock time written without PM:
    its afternoon reading is no earlier than ``previous`` and less than 12 hours after it."""
    if stamp.clock24 or at.hour >= 12 or at.date() == dt.date.max:
        return False  # (on the last day there is no afternoon to move to)
    afternoon = at + dt.timedelta(hours=12)
    return previous <= afternoon < previous + dt.timedelta(hours=12)


def _comparable(a: dt.datetime, b: dt.datetime) -> bool:
    return (a.tzinfo is None) == (b.tzinfo is None)


def parse_date(
    text: str, *, dayfirst: bool = False, base_year: int | None = None, short_years: bool = False
) -> dt.date | None:
    """A calendar date in free text ("2019-05-30", "May 30th, 2019", "01/30/2020"), or None.

    A range ("January 14-19, 2026") gives its first day. ``short_years``: also "1/07/13", two
    digits of the year after slashes (for a title or a field's value, not prose), up to next
    year.
    """
    text = _plain_hyphens(text)
    m = _DATE_ANY.search(text)
    if not m:
        short = _SHORT_YEAR_DATE.search(text) if short_years else None
        if short is None:
            return None
        day = read_stamp(short.group(), dayfirst=dayfirst).date
        return day if day is not None and day.year <= dt.date.today().year + 1 else None
    # "January 30 - February 2, 2026", "27-28 July 2026": the range's first day, which the
    # date pattern alone would miss (it finds "February 2, 2026", "28 July 2026").
    days = _DAY_RANGE.search(text, max(0, m.start() - 40), m.end())
    if days is not None and days.start() <= m.start() and (span := _range_days(days)):
        return span[0]
    year = re.search(r"\b\d{4}\b", m.group())
    base = int(year.group()) if year else base_year
    return read_stamp(m.group(), dayfirst=dayfirst, base_year=base).date


_DATE_ANY = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}"
    # Not in a URL's path ("/2023/11/05/db-outage/") or a version ("certifi 2023.7.22").
    rf"|(?<![\w/.:-])(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{4}}\.\d{{2}}\.\d{{2}})\b(?![/.]\w)"
    rf"|\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]"
    rf"|\d{{4}}-(?:{_MONTH_ALT})-\d{{1,2}}\b|\d{{1,2}}[-/](?:{_MONTH_ALT})[-/]\d{{4}}\b"
    rf"|(?<![\w/.:-])(?:19|20)\d{{2}}-(?:\d-\d{{1,2}}|\d{{2}}-\d)\b(?![/.:-]\w)"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?,?\s+\d{{4}}"
    # "26th of December 2025" (CS++, Comdex), with its ordinal ("report 3 of May 2024" is
    # no date); "13 de março de 2024".
    rf"|\d{{1,2}}(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th|\.)?\s+(?:de\s+)?)"
    rf"(?:{_MONTH_ALT})\.?,?\s+(?:de\s+)?\d{{4}}"
    # "10.Feb.2020"; "2025 August 27th", the year first.
    rf"|\d{{1,2}}\.(?:{_MONTH_ALT})\.\d{{4}}\b"
    rf"|(?<![\w.])(?:19|20)\d{{2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d)",
    re.IGNORECASE,
)
#: Two digits of the year after slashes, as the stamp reader's "8/18/23, 4pm" (Lepton AI's
#: timeline) has them: "Frontend incident report - 1/07/13" (the Guardian's), "**Date:**
#: 8/22/23" (Lepton AI's). Read in a title or a field's value only (``short_years``): in
#: prose "16/8/20 (vCPU/GiB/disks)" and "P1/P2/P3: 2/4/11" are ratios (review 51). Not
#: inside a path, a longer run or a version ("v1/07/13/x", "1/07/130", "1/07/13.2").
_SHORT_YEAR_DATE = re.compile(r"(?<![\w/.:-])(\d{1,2})/(\d{1,2})/(\d{2})(?![\w/]|[.:-]\d)")


#: A month's range of days without its year ("Jan 22-26"), its first day the group.
_YEARLESS_RANGE = re.compile(r"(.*?\d{1,2})(?:st|nd|rd|th)?[-–—]\d{1,2}")
# Hand-written: dateutil reads one date, not two sharing a month or a year.
_DAY_RANGE = re.compile(
    # "between December 25th and December 30th, 2022" (PyTorch's advisory title) too.
    # Only after "between": "June 3 and June 10, 2024" may be two days.
    rf"(?P<btw>(?<=[Bb]etween ))?"
    rf"(?P<m1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:[-–—]|to|until|through|(?(btw)and(?=\s)|(?!)))\s*"
    rf"(?:(?P<m2>{_MONTH_ALT})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    # Two days and a month: the dash between the days without blanks ("27-28 July 2026"), or
    # "7 - 28 March" in "Incident 7 - 28 March 2026" would be a range.
    rf"|(?<![\w.])(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:[-–—]|\s+(?:to|until|through)\s+)(?P<d4>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\s+(?P<m3>{_MONTH_ALT})\.?,?\s+(?P<y3>\d{{4}})"
    # Year first, with dashes or slashes; the Japanese and Chinese wave dash joins them too:
    # "2026/03/14 〜 2026/03/17".
    rf"|(?P<a>\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}})\s*(?:[-–—~〜～]|to|until|through)\s*"
    rf"(?P<b>\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}})",
    re.IGNORECASE,
)


def parse_day_range(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a range of days that is the whole of ``text`` ("July 27–28,
    2026", "January 30 - February 2, 2026", "27-28 July 2026", "2023-07-10 to 2023-07-16"), or
    None (a single day, a range of times, anything else)."""
    m = _DAY_RANGE.fullmatch(text.strip(" \t*_."))
    return _range_days(m) if m is not None else None


def _range_days(m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    try:
        if m.group("a"):
            first, last = (dt.date(*map(int, re.split(r"[-/]", m.group(g)))) for g in "ab")
        elif m.group("m1"):
            y = int(m.group("y"))
            m1 = _month(m.group("m1"))
            m2 = _month(m.group("m2")) if m.group("m2") else m1
            first = dt.date(y, m1, int(m.group("d1")))
            last = dt.date(y, m2, int(m.group("d2")))
        else:
            y, mo = int(m.group("y3")), _month(m.group("m3"))
            first = dt.date(y, mo, int(m.group("d3")))
            last = dt.date(y, mo, int(m.group("d4")))
    except ValueError:
        return None
    return (first, last) if first < last else None


def parse_datetime(
    text: str, *, dayfirst: bool = False, tz: dt.tzinfo | None = None
) -> dt.datetime | None:
    """A full date and time in free text ("2023-01-11 14:22 UTC"), or None."""
    st = read_stamp(text, dayfirst=dayfirst)
    if st.date is None or st.time is None:
        return None
    return dt.datetime.combine(st.date, st.time, tzinfo=st.zone or tz)


#: Dates of a timeline further apart than this, with no other reason, are out of order.
_FAR = dt.timedelta(days=20)
#: How near a first date whose month is put right must land to the report's day for the
#: month to be the slip (see ``timeline``'s first-date check).
MONTH_SLIP = dt.timedelta(days=3)


def odd_date(day: dt.date, near: dt.date, month_within: dt.timedelta | None = None) -> str:
    """Why ``day`` does not fit beside ``near`` (a neighbouring entry's date), or "".

    The reasons name the usual typos: a year one off, a month that breaks the order, a day and
    month swapped. ``month_within``: how near the month put right must land (default: as near
    as any neighbour).
    """
    if abs(day - near) <= _FAR:
        return ""

    def fits(y: int, mo: int, d: int, within: dt.timedelta = _FAR) -> bool:
        try:
            return abs(dt.date(y, mo, d) - near) <= within
        except ValueError:
            return False

    if day.year != near.year and fits(near.year, day.month, day.day):
        off = "one off" if abs(day.year - near.year) == 1 else "off"
        return f"year {day.year} is {off} the dates around it ({near.year})"
    if day.month != near.month and fits(day.year, day.day, day.month):
        return f"day and month look swapped ({day.isoformat()} beside {near.isoformat()})"
    if day.month != near.month and fits(day.year, near.month, day.day, month_within or _FAR):
        return f"month {day.month} breaks the order of the dates around it ({near.isoformat()})"
    return ""


def guess_dayfirst(text: str) -> bool:
    """Whether NN-NN-YYYY dates in a text are day-first, judged from the whole document.

    The unambiguous ones decide ("13/04/2023" is day-first). When none does, the reading that
    keeps every such date closest to the document's other dates (ISO "2023-04-12" dates, as in
    a title or front matter) wins: "06/04/2023" beside "2023-04-12" is the 6th of April.
    """
    first = second = 0
    pairs: list[tuple[int, int, int]] = []
    for m in _NUMERIC_DATE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            first += 1
        elif b > 12 >= a:
            second += 1
        elif "." in m.group() and a != b and a and b:
            first += 1  # "07.10.2026": dots are how day-first writers separate a date
        elif a != b and a and b:
            pairs.append((a, b, y))
    for m in _NUMERIC_DAY_TIME.finditer(text):
        # "26/03 23:04": a day without its year, before a time, tells the order too.
        lead = _LEAD_NUMBER.search(text, max(0, m.start() - 3), m.start())
        if lead is None:
            continue
        a, b = int(lead.group()), int(m.group(1))
        first += a > 12 >= b
        second += b > 12 >= a
    if first != second:
        return first > second
    # Two digits of a year ("1/07/13", ``_SHORT_YEAR_DATE``): never a vote, as a ratio
    # ("16/8/20") may be one; their order only among the months the document names.
    pairs += [
        (a, b, 0)
        for s in _SHORT_YEAR_DATE.finditer(text)
        if 0 < (a := int(s.group(1))) <= 12 and 0 < (b := int(s.group(2))) <= 12 and a != b
    ]
    if pairs:
        # The months the document names otherwise: ISO dates and month names ("April 6").
        months = {int(m.group(2)) for m in _ISO_DATE.finditer(text)}
        months |= {_month(m.group(1) or m.group(2)) for m in _MONTH_WORD.finditer(text)}
        hits_first = sum(1 for a, b, _ in pairs if b in months)
        hits_second = sum(1 for a, b, _ in pairs if a in months)
        if hits_first != hits_second:
            return hits_first > hits_second
    if not _SHORT_NUMERIC_DAY.search(text):
        return False  # no day written in numbers that the order could change
    # Nothing in its dates tells: the language it is written in does. Day first is how
    # Portuguese, Spanish, French, German, Italian, Dutch and Russian write their days
    # ("04/09/2026" in a Brazilian team's report is the 4th of September); English is
    # taken as month first, as before.
    return _day_first_language(text)


def _day_first_language(text: str) -> bool:
    """Whether a text is written in a language that puts the day before the month: its
    common words are those of such languages, three times as many as English ones, or it is
    Cyrillic."""
    # Its own words: not a customer's message it quotes ("> Hola, no puedo pagar ..."), and
    # in lower case only ("DE, ES back" names countries).
    sample = _QUOTED_LINE.sub("", text[:8000])
    words = _WORD_TOKEN.findall(sample)
    english = sum(1 for w in words if w in ENGLISH_COMMON_WORDS)
    day_first = sum(1 for w in words if w in DAY_FIRST_COMMON_WORDS)
    # Enough of them to tell (a Korean report's one "non" in a code span tells nothing).
    if day_first >= 8 and day_first > 3 * english:
        return True
    cyrillic = len(_CYRILLIC.findall(sample))
    return cyrillic > 50 and cyrillic > len(_LATIN.findall(sample))


_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>.*$")
# At word starts only (a look-behind first would be tried at every character of a document).
_SHORT_NUMERIC_DAY = re.compile(
    r"\b(?<![/.-])(?:[1-9]|0[1-9]|1[0-2])[/.-](?:[1-9]|0[1-9]|1[0-2])\b"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Searched from its "/" (a pattern that starts with a literal is found at once; one that starts
# with a digit is tried at every character of the document), the number before it read apart.
# "27/12 @ 20:28": "@" joins a day to its time too (CS++; Nibiru's "Sept 30 @ 22:16:01").
# Not "at": "on-call is staffed 24/7, at 3 AM" names no day.
_NUMERIC_DAY_TIME = re.compile(
    r"/(\d{1,2})(?=(?:,?[ \t]+|[ \t]*@[ \t]*)\d{1,2}(?::\d{2}|[ \t]*[ap]\.?m\b))", re.I
)
_LEAD_NUMBER = re.compile(r"(?<![\d/.])\d{1,2}$")
# These search whole documents. A lookahead on the characters a match can start with lets the
# regex engine skip to them instead of trying the pattern at every position (about 1.6x and
# 2x faster over the corpus).
_ISO_DATE = re.compile(r"(?=[12])\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_MONTH_WORD = re.compile(
    r"(?=[\dadfjmnos])(?:"
    r"\b(january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? \d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)",
    re.IGNORECASE,
)


_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half an": 0.5,
}  # fmt: skip
_UNIT = re.compile(
    # A number word is a word of its own before its unit: the "an" of "and" and a "d" after
    # it are no day ("1 hour and 20 minutes" was 25 hours 20 minutes).
    r"(?:(?P<n>\d+(?:\.\d+)?)\s*|\b(?P<w>half an|an|a|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+)"
    # Its unit may run into the next part: "1h28m".
    r"(?P<u>weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![^\W\d_])",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> dt.timedelta | None:
    """A duration in words ("1 hour 30 minutes", "1h 28m", "15 min", "seven hours"), or None."""
    total = 0.0
    found = False
    for m in _UNIT.finditer(text):
        n = (m.group("n") or m.group("w")).lower()
        value = float(_NUM_WORDS[n]) if n in _NUM_WORDS else float(n)
        unit = m.group("u").lower()
        key = "m" if unit.startswith("mi") or unit == "m" else unit[0]
        total += value * _UNIT_SECONDS[key]
        found = True
    if not found:
        clock = re.fullmatch(r"\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*", text)
        if not clock:
            return None
        total = int(clock.group(1)) * 3600 + int(clock.group(2)) * 60 + int(clock.group(3) or 0)
    try:
        return dt.timedelta(seconds=total)
    except OverflowError:
        return None  # "999999999999 days": no length there is


_WEEKDAY_NAMED = re.compile(rf"\b({_WEEKDAYS})\b", re.IGNORECASE)


def _month(name: str) -> int:
    """The month a name matched in any case names. IGNORECASE also matches the long s, the
    dotless i and the dotted capital I ("ſep", "ıun"), which ``lower`` keeps as they are."""
    return _MONTHS[name.lower().replace("ſ", "s").replace("ı", "i").replace("i̇", "i")]


def weekday_alone(text: str) -> int | None:
    """The weekday (0 = Monday) a line names and nothing else ("Wednesday", "**Jeudi**",
    "Friday:"), or None."""
    w = text.strip().strip(" \t*_`[](){}:.,").lower()
    return WEEKDAY_NUMBER.get(w) if len(w) < 16 else None


def weekday_near(want: int, day: dt.date, *, first: bool) -> dt.date:
    """The day with weekday ``want`` near ``day``. The first of a timeline's weekday groups
    is on or before the report's day (a report is written after its incident, and dated then
    or on the incident's day), within six days; each later group is the nearest such day to
    the group before it, either way (three days at most), so a log written newest first
    ("### Saturday" over "### Friday") goes back a day, as one written in order goes on."""
    ahead = (want - day.weekday()) % 7
    if first:
        ahead -= 7 if ahead else 0
    elif ahead > 3:
        ahead -= 7
    try:
        return day + dt.timedelta(days=ahead)
    except OverflowError:
        return day


def weekday_year(text: str, day: dt.date, near: dt.date | None) -> dt.date:
    """``day`` with its year one off corrected, when ``text`` names a weekday that the day has
    only in the year before or after, and that day is the one near ``near`` (the report's days
    so far): "**Monday, April 3, 2024**" after "Sunday, April 2, 2023" is April 3, 2023 (a
    Monday). Otherwise ``day`` as written: a weekday alone wrong is the writer's slip, not
    the year's."""
    named = _WEEKDAY_NAMED.search(text)
    if named is None or near is None or abs((day - near).days) < 183:
        return day
    want = WEEKDAY_NUMBER[named.group(1).lower()]
    if day.weekday() == want:
        return day
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # February 29th
            continue
        if other.weekday() == want and abs((other - near).days) < 183:
            return other
    return day


def format_duration(td: dt.timedelta) -> str:
    """A compact human form: "1h 30m", "15m", "2d 3h", "-5m"."""
    seconds = int(td.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    d, rem = divmod(seconds, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    parts = [f"{d}d" if d else "", f"{h}h" if h else "", f"{m}m" if m else "", f"{s}s" if s else ""]
    return sign + (" ".join(p for p in parts if p) or "0m")
