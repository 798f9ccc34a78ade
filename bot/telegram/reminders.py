"""/reminders: the daily review reminder at the student's own hour (buttons or typed), and
the due job that sends it.

Telegram doesn't tell a bot its users' time zones, and few students know their UTC offset,
so the bot asks what their clock says now (one tap on a grid of the times it is in every
time zone) and keeps the offset; "/reminders 19:00 UTC+8" and "/reminders now 14:05" are
the typed ways to say the same.
"""

from __future__ import annotations

import datetime as dt
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from ..chat.clock import (
    MAX_OFFSET,
    MIN_OFFSET,
    MINUTES_PER_DAY,
    OFFSET_STEP,
    ClockError,
    ReminderRequest,
    format_offset,
    format_time,
    parse_reminder_request,
)
from ..store import ReminderSetting
from .format import esc
from .replies import send_html
from .services import answer_query, services

log = logging.getLogger(__name__)

CALLBACK_PREFIX = "rem"  # rem:at:<minutes>, rem:tz:<offset minutes>, rem:on, rem:off, rem:zone
PATTERN = rf"^{CALLBACK_PREFIX}:"
HOURS = (7, 8, 12, 16, 17, 18, 19, 20, 21)  # before school, lunch, after school, evening
HOUR_COLUMNS = 3
# Every whole-hour offset, and those in use on the half or quarter hour (Marquesas,
# Newfoundland, Iran, Afghanistan, India, Nepal, Myanmar, Eucla, South Australia, Lord
# Howe, Chatham): a student finds the time on their own clock among these.
WHOLE_HOUR_OFFSETS = tuple(hours * 60 for hours in range(-12, 15))
PARTIAL_OFFSETS = (-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765)
CLOCK_COLUMNS = 6
HOW_TO_TYPE = "Or type it: /reminders 7:30pm, /reminders 19:00 UTC+8."
CLOCK_QUESTION = ("What time is it for you now? Tap the time your clock shows, so reminders come "
                  "at your hour (or type /reminders now 14:05, or /reminders UTC+8).")


def status_text(setting: ReminderSetting | None) -> str:
    """Whether reminders are on, and when on the student's clock."""
    if setting is None or not setting.enabled:
        return "Daily review reminders are off."
    if setting.utc_offset is None:
        when = f"{format_time(setting.at)} UTC (you haven't told me your time zone)"
    else:
        when = f"{format_time(setting.at)} your time ({format_offset(setting.utc_offset)})"
    return f"Daily review reminders are on: at {when}, on days when something is due for /review."


def time_keyboard(setting: ReminderSetting | None) -> InlineKeyboardMarkup:
    """Common hours to pick, the time-zone question, and on or off."""
    hours = [InlineKeyboardButton(f"{hour:02d}:00", callback_data=f"{CALLBACK_PREFIX}:at:{hour * 60}")
             for hour in HOURS]
    rows = [hours[i : i + HOUR_COLUMNS] for i in range(0, len(hours), HOUR_COLUMNS)]
    switch = ("Turn off", "off") if setting is not None and setting.enabled else ("Turn on", "on")
    rows.append([InlineKeyboardButton("My time zone", callback_data=f"{CALLBACK_PREFIX}:zone"),
                 InlineKeyboardButton(switch[0], callback_data=f"{CALLBACK_PREFIX}:{switch[1]}")])
    return InlineKeyboardMarkup(rows)


def clock_keyboard(now: dt.datetime) -> InlineKeyboardMarkup:
    """The time it is now in every time zone, in clock order; a press gives that zone's offset."""
    times: dict[str, int] = {}
    for offset in (*WHOLE_HOUR_OFFSETS, *PARTIAL_OFFSETS):
        local = now.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
        times.setdefault(local.strftime("%H:%M"), offset)  # UTC-12 and UTC+12 show the same time
    buttons = [InlineKeyboardButton(label, callback_data=f"{CALLBACK_PREFIX}:tz:{offset}")
               for label, offset in sorted(times.items())]
    return InlineKeyboardMarkup([buttons[i : i + CLOCK_COLUMNS] for i in range(0, len(buttons), CLOCK_COLUMNS)])


def _screen(setting: ReminderSetting | None, now: dt.datetime, *, ask_zone: bool = False) -> tuple[str, InlineKeyboardMarkup]:
    """What /reminders shows: the status and the time buttons, or the time-zone question
    when reminders are on and the student hasn't said their time zone (or asked to)."""
    status = status_text(setting)
    if ask_zone or (setting is not None and setting.enabled and setting.utc_offset is None):
        return f"{status}\n\n{CLOCK_QUESTION}", clock_keyboard(now)
    return f"{status}\n\nPick a time on your clock. {HOW_TO_TYPE}", time_keyboard(setting)


async def reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reminders [on|off|7pm|19:00 UTC+8|now 14:05]: when the daily review reminder comes."""
    s = services(context)
    person, chat, message = update.effective_user, update.effective_chat, update.effective_message
    assert person and chat and message
    now = message.date or dt.datetime.now(dt.timezone.utc)
    try:
        request = parse_reminder_request(" ".join(context.args or ()), now=now)
    except ClockError as exc:
        await send_html(context.bot, chat.id, [esc(f"{exc} {HOW_TO_TYPE} /reminders off turns them off.")])
        return
    current = await s.call(s.store.reminder, person.id)
    if request == ReminderRequest():  # just /reminders: show, change nothing
        setting = current
    else:
        enabled = request.enabled if request.enabled is not None else (current.enabled if current else True)
        setting = await s.call(lambda: s.store.set_reminders(
            person.id, chat.id, enabled=enabled, at=request.at, utc_offset=request.offset, now=now))
    text, keyboard = _screen(setting, now)
    await send_html(context.bot, chat.id, [esc(text)], reply_markup=keyboard)


async def reminder_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on a /reminders button: a time, a time zone, on or off; the message shows the result."""
    s = services(context)
    query = update.callback_query
    assert query and query.data
    person = query.from_user
    now = dt.datetime.now(dt.timezone.utc)
    _, _, rest = query.data.partition(":")
    kind, _, value = rest.partition(":")
    current = await s.call(s.store.reminder, person.id)
    chat_id = query.message.chat.id if query.message else person.id
    change: dict[str, object] = {}
    number = int(value) if value.lstrip("-").isdigit() else None  # forged data changes nothing
    if kind == "at" and number is not None and 0 <= number < MINUTES_PER_DAY:
        change = {"enabled": True, "at": number}
    elif kind == "tz" and number is not None and MIN_OFFSET <= number <= MAX_OFFSET and number % OFFSET_STEP == 0:
        change = {"enabled": current.enabled if current else True, "utc_offset": number}
    elif kind in ("on", "off"):
        change = {"enabled": kind == "on"}
    setting = current
    if change:
        setting = await s.call(lambda: s.store.set_reminders(person.id, chat_id, now=now, **change))
    await answer_query(query, status_text(setting) if change else None)
    text, keyboard = _screen(setting, now, ask_zone=kind == "zone")
    try:
        await query.edit_message_text(esc(text), parse_mode=ParseMode.HTML, reply_markup=keyboard)
    except BadRequest as exc:  # pressed twice ("not modified") or the message is gone
        if "not modified" not in str(exc).lower():
            await send_html(context.bot, chat_id, [esc(text)], reply_markup=keyboard)


async def send_reminders(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every few minutes: remind, once a day at their hour, the students with reviews due."""
    s = services(context)
    now = dt.datetime.now(dt.timezone.utc)
    for setting in await s.call(s.store.reminders_due, now):
        due = await s.call(lambda: s.store.due_reviews(setting.user_id, now=now, limit=100))
        if not await s.call(s.store.mark_reminded, setting, now) or not due:
            continue  # another process sent it, or nothing is due today
        text = (f"You have {len(due)} question{'s' if len(due) != 1 else ''} to review. /review starts; "
                "/reminders changes the time or turns these off.")
        try:
            await send_html(context.bot, setting.chat_id, [esc(text)])
        except (Forbidden, BadRequest) as exc:  # blocked by one student: the others still get theirs
            log.info("reminder to %s failed: %s", setting.user_id, exc)
