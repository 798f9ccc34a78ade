"""Reactions on students' answers don't spend a group's 20 requests a minute: thirty
acknowledged answers must not hold back the reveal that follows them."""

from __future__ import annotations

import asyncio

import pytest

from bot.telegram.robust import RetryingRateLimiter

GROUP = {"chat_id": -1001}


async def test_reactions_pass_while_messages_keep_to_the_groups_budget():
    limiter = RetryingRateLimiter(group_max_rate=2, group_time_period=60)
    await limiter.initialize()
    made: list[str] = []

    async def request(endpoint: str, **_: object) -> bool:
        made.append(endpoint)
        return True

    def through(endpoint: str):
        return limiter.process_request(request, (endpoint,), {}, endpoint, GROUP, None)

    for _ in range(30):
        await asyncio.wait_for(through("setMessageReaction"), 1.0)
    for _ in range(2):  # the group's budget (2 here) is still whole
        await asyncio.wait_for(through("sendMessage"), 1.0)
    with pytest.raises(TimeoutError):  # and it is spent now: a third message waits
        await asyncio.wait_for(through("sendMessage"), 0.5)
    assert made.count("setMessageReaction") == 30 and made.count("sendMessage") == 2
    await limiter.shutdown()
