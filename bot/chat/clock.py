"""Times of day and UTC offsets as students type them ("7pm", "19:00", "UTC+8"), and what
/reminders asks for: a time, an offset, or the time on the student's clock now.

A student rarely knows their UTC offset but always knows what their clock says, so the
offset can also be worked out from "it is 14:05 here" and the time the message was sent,
rounded to the quarter hour (every offset in use is a multiple of 15 minutes).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MINUTES_PER_DAY = 24 * 60
OFFSET_STEP = 15  # minutes: every UTC offset in use is a multiple of a quarter hour
MIN_OFFSET = -12 * 60  # Baker Island
MAX_OFFSET = 14 * 60  # Kiribati (Line Islands)

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?(?:m\.?)?$", re.IGNORECASE)
_OFFSET = re.compile(r"^(?:utc|gmt|z)?\s*(?:(?P<sign>[+-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?$",
                     re.IGNORECASE)
_NAMED_TIMES = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
_NOW_WORDS = frozenset({"now", "it's", "its", "it", "is", "clock"})


class ClockError(ValueError):
    """A time or offset that can't be read; the message says what would be."""


def parse_time(text: str) -> int:
    """Minutes after midnight for "19:00", "7:30", "7pm", "7.30 pm", "19h30", "noon"."""
    cleaned = text.strip().lower()
    if cleaned in _NAMED_TIMES:
        return _NAMED_TIMES[cleaned]
    match = _TIME.match(cleaned)
    if match is None:
        raise ClockError(f"I can't read {text.strip()!r} as a time: try 19:00, 7pm or 7:30am.")
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            raise ClockError(f"{text.strip()!r}: with am/pm the hour is 1 to 12.")
        hour = hour % 12 + (12 if match["half"] == "p" else 0)
    if hour > 23 or minute > 59:
        raise ClockError(f"{text.strip()!r} is not a time of day: hours go 0-23, minutes 0-59.")
    return hour * 60 + minute


def parse_offset(text: str) -> int | None:
    """Minutes east of UTC for "UTC+8", "GMT-3", "+05:30", "UTC+5:45", "UTC"; None if it isn't one."""
    match = _OFFSET.match(text.strip())
    if match is None or not text.strip():
        return None
    if match["sign"] is None:
        return 0
    minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
    offset = -minutes if match["sign"] in "-−" else minutes
    if not MIN_OFFSET <= offset <= MAX_OFFSET or offset % OFFSET_STEP:
        raise ClockError(f"{text.strip()!r} is not a time zone: offsets go from UTC-12 to UTC+14 "
                         "in quarter hours.")
    return offset


def offset_from_clock(local_minutes: int, now: dt.datetime) -> int:
    """The UTC offset of someone whose clock reads ``local_minutes`` at ``now``, to the quarter hour.

    Offsets east of UTC+12 and west of UTC-10 show the same clock times (UTC+13 and
    UTC-11); the eastern one is taken: only the time of day matters for a reminder.
    """
    utc = now.astimezone(dt.timezone.utc)
    difference = (local_minutes - (utc.hour * 60 + utc.minute)) % MINUTES_PER_DAY
    difference = round(difference / OFFSET_STEP) * OFFSET_STEP % MINUTES_PER_DAY
    return difference if difference <= MAX_OFFSET else difference - MINUTES_PER_DAY


def format_time(minutes: int) -> str:
    """19:00, 07:30."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_offset(offset: int) -> str:
    """UTC, UTC+8, UTC-3:30, UTC+5:45."""
    if offset == 0:
        return "UTC"
    sign = "+" if offset > 0 else "-"
    hours, minutes = divmod(abs(offset), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


@dataclass(frozen=True)
class ReminderRequest:
    """What ``/reminders …`` asked for; None fields: leave as they are."""

    enabled: bool | None = None
    at: int | None = None  # minutes after local midnight
    offset: int | None = None  # minutes east of UTC


def parse_reminder_request(text: str, *, now: dt.datetime) -> ReminderRequest:
    """Read the words after /reminders: "on", "off", "7pm", "19:00 UTC+8", "UTC-5",
    "now 14:05" (the student's clock now: gives the offset). ClockError if unreadable."""
    words = text.replace(",", " ").split()
    lowered = [w.lower() for w in words]
    if not words:
        return ReminderRequest()
    if lowered in (["on"], ["off"]):
        return ReminderRequest(enabled=lowered == ["on"])
    if lowered[0] in _NOW_WORDS:
        clock = " ".join(w for w, low in zip(words, lowered) if low not in _NOW_WORDS)
        return ReminderRequest(offset=offset_from_clock(parse_time(clock), now))
    offset = None
    for cut in range(len(words)):  # the offset, if any, comes last: "7 pm UTC+8", "19:00 GMT -3"
        tail = " ".join(words[cut:])
        if re.search(r"(?i)utc|gmt|[+−]|^-|\s-", tail) and (found := parse_offset(tail)) is not None:
            offset, words = found, words[:cut]
            break
    if not words:
        return ReminderRequest(offset=offset)
    return ReminderRequest(enabled=True, at=parse_time(" ".join(words)), offset=offset)
