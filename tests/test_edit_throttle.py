"""Throttled edits: a burst of changes makes one edit, the last change always shows, and a
message is edited at most once per interval."""

from __future__ import annotations

import asyncio

from bot.telegram.throttle import EditThrottle

SETTLE, INTERVAL = 0.05, 0.3


async def test_a_burst_is_one_edit_and_the_last_change_shows():
    throttle = EditThrottle(settle=SETTLE, interval=INTERVAL)
    shown: list[tuple[int, float]] = []
    loop = asyncio.get_running_loop()

    def edit_to(value):
        async def edit():
            shown.append((value, loop.time()))
        return edit

    for value in range(30):
        throttle.request("q1", edit_to(value))
    await asyncio.sleep(SETTLE * 3)
    assert [v for v, _ in shown] == [29]
    throttle.request("q1", edit_to(30))  # soon after: waits for the interval, then shows
    throttle.request("q1", edit_to(31))
    await asyncio.sleep(INTERVAL * 1.5)
    assert [v for v, _ in shown] == [29, 31]
    assert shown[1][1] - shown[0][1] >= INTERVAL * 0.95


async def test_a_cancelled_edit_never_runs_and_other_messages_are_not_held_up():
    throttle = EditThrottle(settle=SETTLE, interval=INTERVAL)
    shown: list[str] = []

    async def edit_a():
        shown.append("a")

    async def edit_b():
        shown.append("b")

    throttle.request("a", edit_a)
    throttle.request("b", edit_b)
    throttle.cancel("a")
    await asyncio.sleep(SETTLE * 3)
    assert shown == ["b"]
    throttle.request("b", edit_b)
    throttle.close()
    await asyncio.sleep(INTERVAL * 1.5)
    assert shown == ["b"]
