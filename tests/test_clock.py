"""Reading the times and time zones students type to /reminders (bot.chat.clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.chat.clock import (
    ClockError,
    ReminderRequest,
    format_offset,
    format_time,
    offset_from_clock,
    parse_offset,
    parse_reminder_request,
    parse_time,
)

NOW = dt.datetime(2025, 3, 1, 11, 3, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("text, minutes", [
    ("19:00", 19 * 60), ("7:30", 7 * 60 + 30), ("07:30", 7 * 60 + 30), ("7pm", 19 * 60), ("7 PM", 19 * 60),
    ("7:30pm", 19 * 60 + 30), ("7.30 p.m.", 19 * 60 + 30), ("12am", 0), ("12pm", 12 * 60), ("19h30", 19 * 60 + 30),
    ("9", 9 * 60), ("noon", 12 * 60), ("0:00", 0), ("23:59", 23 * 60 + 59),
])
def test_times_as_students_type_them(text, minutes):
    assert parse_time(text) == minutes


@pytest.mark.parametrize("text", ["25:00", "19:75", "13pm", "0am", "tonight", "7:3", ""])
def test_a_time_that_isnt_one_says_how_to_write_it(text):
    with pytest.raises(ClockError, match=r"time|hour"):
        parse_time(text)


@pytest.mark.parametrize("text, offset", [
    ("UTC+8", 480), ("utc+08:00", 480), ("GMT-3", -180), ("+05:30", 330), ("UTC+5:45", 345), ("UTC", 0),
    ("-0330", -210), ("UTC−5", -300), ("UTC+14", 840), ("UTC-12", -720),
])
def test_offsets(text, offset):
    assert parse_offset(text) == offset


def test_an_offset_out_of_range_or_off_the_quarter_hour_is_refused():
    for text in ("UTC+15", "UTC-13", "+05:20"):
        with pytest.raises(ClockError, match="UTC-12 to UTC\\+14"):
            parse_offset(text)
    assert parse_offset("7pm") is None


@pytest.mark.parametrize("clock, offset", [
    ("11:03", 0), ("19:03", 480), ("19:05", 480), ("16:33", 330), ("16:48", 345), ("06:03", -300),
    ("00:03", 780), ("23:03", 720), ("01:03", 840), ("02:03", -540),
])
def test_the_offset_comes_from_the_clock_to_the_quarter_hour(clock, offset):
    assert offset_from_clock(parse_time(clock), NOW) == offset


def test_reminder_requests():
    assert parse_reminder_request("", now=NOW) == ReminderRequest()
    assert parse_reminder_request("off", now=NOW) == ReminderRequest(enabled=False)
    assert parse_reminder_request("ON", now=NOW) == ReminderRequest(enabled=True)
    assert parse_reminder_request("7pm", now=NOW) == ReminderRequest(enabled=True, at=19 * 60)
    assert parse_reminder_request("07:30 UTC+8", now=NOW) == ReminderRequest(enabled=True, at=450, offset=480)
    assert parse_reminder_request("7 pm GMT -3", now=NOW) == ReminderRequest(enabled=True, at=19 * 60, offset=-180)
    assert parse_reminder_request("UTC+5:30", now=NOW) == ReminderRequest(offset=330)
    assert parse_reminder_request("now 19:03", now=NOW) == ReminderRequest(offset=480)
    assert parse_reminder_request("it is 7:03pm now", now=NOW) == ReminderRequest(offset=480)
    with pytest.raises(ClockError):
        parse_reminder_request("sometime", now=NOW)


def test_formats():
    assert [format_time(m) for m in (0, 450, 1140)] == ["00:00", "07:30", "19:00"]
    assert [format_offset(o) for o in (0, 480, -210, 345)] == ["UTC", "UTC+8", "UTC-3:30", "UTC+5:45"]
