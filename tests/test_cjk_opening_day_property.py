"""A day the opening of a Chinese, Japanese or Korean post names, generated from its parts:
the day as each script writes it, what comes right after it (a part of the day, "from",
"since", "after", "planned"), and the clause it dates. The property is that the report's
date moves to the named day only where the clause tells the failure on or from that day,
not where the day dates a plan, a change the system has run since, or what came after."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from postmortem import parse


class Script(NamedTuple):
    """How one language writes a day, and the openings that date the failure by it
    (``day``) or date something else (``other``). ``{d}`` is the day."""

    day: str
    failure: tuple[str, ...]
    other: tuple[str, ...]


SCRIPTS = {
    "zh": Script(
        "{y}年{m}月{d}日",
        (
            "{day}，公链出现故障，区块停止生产。",
            "{day}晚上，我们的数据库发生宕机。",
            "在{day}下午，支付服务出现异常。",
            "{day}起，公链出现故障，所有交易无法确认。",
        ),
        (
            "计划在{day}完成数据库迁移。",
            "自{day}上线以来，系统一直稳定运行。",
            "{day}起我们启用了新集群。",
            "{day}之后，我们会增加监控。",
        ),
    ),
    "ja": Script(
        "{y}年{m}月{d}日",
        (
            "{day}、決済サービスで障害が発生しました。",
            "{day}の夜、データベースが停止しました。",
            "{day}から、APIでエラーが発生していました。",
        ),
        (
            "{day}から新しい構成で運用しています。",
            "{day}以降、監視を強化します。",
            "{day}に移行を予定しています。",
        ),
    ),
    "ko": Script(
        "{y}년 {m}월 {d}일",
        (
            "{day}, 결제 서비스에 장애가 발생했습니다.",
            "{day} 오후, 데이터베이스 오류로 로그인이 불가했습니다.",
            "{day}부터 API 장애가 발생했습니다.",
        ),
        (
            "{day}부터 새 클러스터를 운영하고 있습니다.",
            "{day} 이후 모니터링을 강화했습니다.",
        ),
    ),
}


@st.composite
def openings(draw: st.DrawFn) -> tuple[dt.date, str, dt.date]:
    """A post's date, its opening, and the day the report should carry."""
    script = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    published = draw(st.dates(dt.date(2015, 3, 1), dt.date(2030, 12, 31)))
    named = published - dt.timedelta(days=draw(st.integers(1, 60)))
    day = script.day.format(y=named.year, m=named.month, d=named.day)
    if draw(st.booleans()):
        return published, draw(st.sampled_from(script.failure)).format(day=day), named
    return published, draw(st.sampled_from(script.other)).format(day=day), published


# No deadline: the first report in these scripts compiles their prose patterns.
@settings(deadline=None)
@given(openings())
def test_only_a_day_that_dates_the_failure_moves_the_report(
    case: tuple[dt.date, str, dt.date],
) -> None:
    published, opening, day = case
    post = f"---\ntitle: 故障报告\ndate: {published.isoformat()}\n---\n\n{opening}\n"
    assert parse(post).metadata.date == day, opening
