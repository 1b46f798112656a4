"""Instants told in Chinese, Japanese and Korean prose: a time that opens its clause, then
the failure said to occur or the service said to be back, and windows joined the way these
languages join them. Shapes from Vonng's retelling of NetEase's and Alibaba Cloud's
outages and CyberMiles's post-mortem, in the three languages."""

from __future__ import annotations

import datetime as dt

import pytest

from postmortem import parse
from postmortem.metrics import metrics
from postmortem.timestamps import read_stamp


def _instants(body: str, day: str = "2024-08-18") -> dict[str, dt.datetime | None]:
    report = parse(f"---\ntitle: 故障报告\ndate: {day}\n---\n\n{body}\n")
    return {name: i.value for name, i in metrics(report).instants.items()}


def _at(hour: int, minute: int, day: dt.date = dt.date(2024, 8, 18)) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # Chinese: the failure "appeared", then "until 17:11 restored".
        ("今天下午 14:44 左右，网易云音乐出现不可用故障，至 17:11 分恢复。", (14, 44), (17, 11)),
        # Japanese: "an outage occurred around 14:44, restored at 17:11".
        (
            "14時44分頃、サービスが利用できない障害が発生し、17時11分に復旧しました。",
            (14, 44),
            (17, 11),
        ),
        # Korean, with the parts of the day: 2:30 PM and 4 PM.
        (
            "오후 2시 30분에 결제 서비스 장애가 발생했고, 오후 4시에 복구되었습니다.",
            (14, 30),
            (16, 0),
        ),
        # Windows: "from 17:44 to 21:11", "14:44から17:11まで", "14:44부터 17:11까지".
        (
            "全球所有区域所有服务全部出现异常，时间范围从 17:44 到 21:11，共计三个半小时。",
            (17, 44),
            (21, 11),
        ),
        ("14時44分から17時11分まで、サービスに障害が発生していました。", (14, 44), (17, 11)),
        ("14:44부터 17:11까지 서비스 장애가 있었습니다.", (14, 44), (17, 11)),
    ],
)
def test_a_time_that_opens_its_clause_dates_the_failure_and_its_end(
    body: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    got = _instants(body)
    assert got["started"] == _at(*start)
    assert got["impact_ended"] == _at(*end)


def test_a_zone_written_before_the_time_and_a_link_between_it_and_its_words() -> None:
    # CyberMiles: "at 10 PM US Eastern time, ... services such as [CMT Wallet](...) were soon
    # fully restored".
    got = _instants(
        "美国东部时间晚上10点，验证人进行了软件升级的人数达到了三分之二，区块链服务，"
        "如[CMT Wallet](https://www.cybermiles.io/en-us/ cmt / wallet/)很快就完全恢复了。",
        day="2019-05-26",
    )
    end = got["impact_ended"]
    assert end is not None and end.utcoffset() == dt.timedelta(hours=-4)
    assert (end.date(), end.hour, end.minute) == (dt.date(2019, 5, 26), 22, 0)


@pytest.mark.parametrize(
    "body",
    [
        # "at 10 PM the service had still not recovered".
        "晚上10点，服务仍未恢复。",
        # "at 10 PM we plan to restore the service": a recovery to come.
        "晚上10点，我们计划恢复服务。",
    ],
)
def test_no_end_where_the_service_is_not_back(body: str) -> None:
    got = _instants(body)
    assert got["impact_ended"] is None


def test_a_time_inside_a_list_of_notes_starts_nothing() -> None:
    # litomi: "the firewall kept challenge records 14:30 ~ 16:00 the same day" over "an
    # error that occurred once": 16:00 is no start.
    got = _instants("- 방화벽에 같은 날 14:30 ~ 16:00 challenge 기록 남음\n- 한 번 발생한 오류")
    started = got["started"]
    assert started is None or started.time() == dt.time(0, 0)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("晚上10点", dt.time(22, 0)),
        ("傍晚6点", dt.time(18, 0)),
        ("凌晨5点", dt.time(5, 0)),
        ("中午1点", dt.time(13, 0)),
        ("中午12点", dt.time(12, 0)),
        ("저녁 7시", dt.time(19, 0)),
        ("새벽 12시", dt.time(0, 0)),
        ("下午3点", dt.time(15, 0)),
    ],
)
def test_the_part_of_the_day_before_an_hour(text: str, time: dt.time) -> None:
    assert read_stamp(text).time == time


@pytest.mark.parametrize(
    "body",
    [
        # Maintenance windows: "routine maintenance from 02:00 to 04:00", "maintenance is
        # planned from 2 to 4", "a regular inspection is scheduled from 2 to 4 AM".
        "从 02:00 到 04:00 进行例行维护。",
        "メンテナンスは 2時から 4時まで 実施予定です。",
        "오전 2시부터 4시까지 정기 점검이 예정되어 있습니다.",
        # A plan and a maybe: "at 2:00 a database upgrade is planned; a brief outage may occur".
        "今天凌晨 2:00，计划进行数据库升级，期间可能出现短暂不可用。",
        # "we plan to upgrade the database early Saturday; the service will be interrupted".
        "14:20，我们计划周六凌晨对数据库进行升级，期间服务会出现短暂中断。",
        # What came back is the alerting, not the service.
        "10:00，监控系统恢复了告警功能。",
    ],
)
def test_plans_maintenance_and_other_things_restored_date_nothing(body: str) -> None:
    got = _instants(body)
    assert got["impact_ended"] is None
    started = got["started"]
    assert started is None or started.time() == dt.time(0, 0)


def test_a_recovery_its_sentence_takes_back_is_no_end() -> None:
    # "18:00, monitoring showed CPU back to normal, but the service was still unavailable
    # until it recovered at 20:00".
    got = _instants("18:00，监控显示 CPU 恢复正常，但服务仍然不可用，直到 20:00 才恢复。")
    assert got["impact_ended"] == _at(20, 0)


def test_a_failure_still_going_on_is_no_start() -> None:
    got = _instants("下午 15:20，缓存集群恢复正常，但数据库仍然出现延迟。")
    started = got["started"]
    assert started is None or started.time() == dt.time(0, 0)


def test_another_incident_told_in_the_summary_leaves_the_timeline_alone() -> None:
    # "In review: at 18:00 on 2024-03-01 another cluster had the same problem, recovered at
    # 20:00".
    got = _instants(
        "## 时间线\n\n- 2024-03-15 09:10 数据库主库宕机\n- 2024-03-15 09:40 服务恢复\n\n"
        "## 概述\n\n事后回顾：2024-03-01 18:00，另一个集群也出现过同样的问题，至 20:00 恢复了。",
        day="2024-03-15",
    )
    assert got["started"] == _at(9, 10, dt.date(2024, 3, 15))
    assert got["impact_ended"] == _at(9, 40, dt.date(2024, 3, 15))


_FAILED = "14:02，支付服务出现故障。"


@pytest.mark.parametrize(
    ("body", "end"),
    [
        # Still investigating the cause is no failure still going on.
        (_FAILED + "17:11，服务恢复正常，但我们仍在调查根因。", (17, 11)),
        (
            "14時44分頃、障害が発生しました。17時11分に復旧しましたが、原因はまだ調査中です。",
            (17, 11),
        ),
        (
            "오후 2시 30분에 장애가 발생했습니다. "
            "오후 4시에 복구 완료되었지만 원인은 아직 조사 중입니다.",
            (16, 0),
        ),
        # "Other services" and "earlier than expected" name no other incident and no plan.
        (_FAILED + "17:11，所有服务（包括其他依赖服务）均已恢复正常。", (17, 11)),
        (_FAILED + "17:11，服务恢复正常，比预计提前了一小时。", (17, 11)),
        # "Restored normal", "we restored the service".
        (_FAILED + "17:11，服务恢复了正常。", (17, 11)),
        (_FAILED + "17:11，我们恢复了服务。", (17, 11)),
    ],
)
def test_recoveries_told_with_more_after_them_still_end_the_impact(
    body: str, end: tuple[int, int]
) -> None:
    assert _instants(body)["impact_ended"] == _at(*end)


@pytest.mark.parametrize(
    "body",
    [
        # "The order service and several other services became unavailable", "possibly due
        # to a wrong setting, payment failed", "payment likewise failed".
        "14:20，订单服务及其他多个服务出现不可用。",
        "14:20，可能由于配置错误，支付服务出现故障。",
        "14:20，支付服务同样出现异常。",
        # An unplanned change's window is the incident's.
        "从 14:20 到 16:00，因计划外变更导致服务不可用。",
    ],
)
def test_failures_told_beside_hedges_and_others_still_start_it(body: str) -> None:
    assert _instants(body)["started"] == _at(14, 20)


def test_a_planned_change_done_on_the_opening_day_leaves_that_day_the_incidents() -> None:
    # "On 2024-03-14 we ran the planned database migration. The service then failed."
    report = parse(
        "---\ntitle: 故障复盘\ndate: 2024-03-15\n---\n\n"
        "2024年3月14日，我们执行了计划中的数据库迁移。随后服务出现异常。\n"
    )
    assert report.metadata.date == dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    "body",
    [
        # A planned change that failed, a planned job: the failure is this incident's.
        "14:20，计划内的变更导致服务出现故障。",
        "14:20，按照计划执行变更后，支付服务出现故障。",
        "14:20，因计划任务异常，服务出现故障。",
        # "as planned", "had planned ... but the service failed", "a periodic job failed".
        "14:20，运维按计划凌晨执行数据库变更后，服务出现故障。",
        "14:20，团队原计划明天发布新版本，但线上服务突然出现故障，17:11恢复正常。",
        "14:20，计划周期性任务执行失败，服务出现故障。",
    ],
)
def test_a_planned_thing_that_failed_starts_it(body: str) -> None:
    assert _instants(body)["started"] == _at(14, 20)


@pytest.mark.parametrize(
    "body",
    [
        # "faster than last time's similar failure", "we were once worried about data loss",
        # "restored earlier than planned", "restored the external service".
        _FAILED + "17:11，服务恢复正常，与上次类似的故障相比恢复更快。",
        _FAILED + "17:11，服务恢复正常，我们曾一度担心数据丢失。",
        "14時20分頃、障害が発生しました。17時11分、予定より早く復旧しました。",
        _FAILED + "17:11，恢复了对外服务。",
    ],
)
def test_words_after_a_recovery_leave_it_the_end(body: str) -> None:
    assert _instants(body)["impact_ended"] == _at(17, 11)


@pytest.mark.parametrize(
    ("found", "back", "told"),
    [
        # S4rCiv's logs: a user who "observed" the error, a recovery with no restart.
        ("ユーザが s4rciv.com で Error 1033 を観測。", "プロセス無再起動で自己復旧。", True),
        ("利用者が「取得に失敗しました」を報告。", "api を再起動 → タイムライン 200 復帰。", True),
        # Review 45: a detection that did not happen, a recovery that did not.
        ("ユーザがエラーを観測することはなかった。", "api を再起動したが復帰しなかった。", False),
        ("ユーザが異常に気付く様子はない。", "自己復旧せず、手動で対応。", False),
        ("ユーザが障害を報告するためのフォームを準備。", "自動復旧スクリプトが失敗。", False),
    ],
)
def test_japanese_user_reports_and_recoveries_in_a_log(found: str, back: str, told: bool) -> None:
    body = (
        "## タイムライン（JST）\n\n"
        "- `2026-06-07 17:19` API がエラーを返し始めた。\n"
        f"- `2026-06-07 17:22` {found}\n- `2026-06-07 17:25` アラートで検知。\n"
        f"- `2026-06-07 17:40` {back}\n- `2026-06-07 18:30` 回線復帰後の再接続設定を見直し。\n"
    )
    got = _instants(body, "2026-06-07")
    jst = dt.timezone(dt.timedelta(hours=9))
    assert got["detected"] == dt.datetime(2026, 6, 7, 17, 22 if told else 25, tzinfo=jst)
    assert (got["impact_ended"] == dt.datetime(2026, 6, 7, 17, 40, tzinfo=jst)) is told


@pytest.mark.parametrize(
    ("field", "start"),
    [
        # ekiden-tracker's report: "**インシデント発生日**: 2024年10月25日"; the field as
        # Japanese security and post-mortem templates write it, "インシデント発生日時".
        ("**インシデント発生日**: 2024年10月25日", dt.datetime(2024, 10, 25)),
        ("**インシデント発生日時**: 2024年10月25日 10:00", dt.datetime(2024, 10, 25, 10, 0)),
    ],
)
def test_a_key_with_a_katakana_loanword_names_its_key_event(field: str, start: dt.datetime) -> None:
    report = parse(f"# 障害報告書\n\n{field}\n**報告日**: 2024年10月31日\n\n## 概要\n\n停止。\n")
    assert metrics(report).started_at.value == start
    assert metrics(report).incident_date == dt.date(2024, 10, 25)


@pytest.mark.parametrize(
    ("window", "tz"),
    [
        # LINE's outage notice: the day in its Japanese form, "about" after each time, and
        # the zone after the end in full-width parentheses.
        ("2022年10月19日 12:00頃 〜 16:18頃 （UTC+9）", dt.timezone(dt.timedelta(hours=9))),
        ("2022年10月19日 12:00～16:18 (UTC+9)", dt.timezone(dt.timedelta(hours=9))),
        ("2022-10-19 12:00頃 〜 16:18頃 （UTC+9）", dt.timezone(dt.timedelta(hours=9))),
        ("2022年10月19日 12:00 〜 16:18", None),
    ],
)
def test_a_window_with_its_day_written_in_japanese(window: str, tz: dt.tzinfo | None) -> None:
    text = (
        '---\nmeta: \'{"date":"2022-10-19 00:00 UTC"}\'\n---\n\n'
        f"障害が発生しておりました。\n\n### 発生日時\n\n{window}\n\n### 原因\n\nサーバー障害\n"
    )
    mt = metrics(parse(text))
    # Shown in the zone the window names, not the front matter's publication stamp's.
    want_zone = tz or dt.timezone.utc
    assert mt.started_at.value == dt.datetime(2022, 10, 19, 12, 0, tzinfo=want_zone)
    assert mt.impact_ended_at.value == dt.datetime(2022, 10, 19, 16, 18, tzinfo=want_zone)


@pytest.mark.parametrize(
    "sentence",
    [
        # The only day of a notice with no date field, in its own script's form, and the
        # time's "from" as Japanese and Korean write it (jaoafa's Log4Shell notice: "2021年
        # 12月9日 10時58分より").
        "2022年10月19日 12時00分頃より、LINEで障害が発生しております。",
        "2022年10月19日 12:00頃から、障害が発生しました。",
        "2022年 10月 19日 12:00 障害が発生しました。",
    ],
)
def test_a_notice_dated_only_in_its_sentence_in_japanese(sentence: str) -> None:
    mt = metrics(parse(f"# 障害のお知らせ\n\n{sentence}\n"))
    assert mt.started_at.value == dt.datetime(2022, 10, 19, 12, 0)


def test_a_later_day_written_in_japanese_dates_the_end() -> None:
    # Review 58: the end's own day, written 年月日, not the start's rolled past midnight.
    body = (
        "# 障害のお知らせ\n\n2022年10月19日 23時00分頃より、障害が発生しております。\n\n"
        "2022年10月21日 01時00分に復旧しました。\n"
    )
    mt = metrics(parse(body))
    assert mt.started_at.value == dt.datetime(2022, 10, 19, 23, 0)
    assert mt.impact_ended_at.value == dt.datetime(2022, 10, 21, 1, 0)
