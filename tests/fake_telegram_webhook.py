"""Telegram's side of a webhook, for tests: each update the fake server holds is POSTed, as
Telegram would, to one of the bot's replicas (round robin, like a load balancer, or a chosen
one), with the secret header Telegram sends.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import urllib.error
import urllib.request
from typing import Any

from fake_telegram import FakeTelegram

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
POST_TIMEOUT_SECONDS = 10


def post_update(url: str, update: dict[str, Any], secret: str | None) -> int:
    """POST one update to a webhook URL; the HTTP status it answered."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=POST_TIMEOUT_SECONDS) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


class Webhooks:
    """Delivers the fake server's updates to the replicas' webhook URLs."""

    def __init__(self, fake: FakeTelegram, urls: list[str]) -> None:
        self.fake = fake
        self.urls = list(urls)
        self._turn = itertools.cycle(range(len(urls)))

    @property
    def secret(self) -> str | None:
        """The secret the bot registered with setWebhook (what Telegram would send)."""
        return (self.fake.webhook or {}).get("secret_token")

    async def deliver(self, update: dict[str, Any] | None = None, *, to: int | None = None,
                      secret: str | None = None) -> int:
        """Send an update (default: the latest one pushed) to replica ``to`` (default: the next in turn)."""
        update = update if update is not None else self.fake.updates[-1]
        url = self.urls[next(self._turn) if to is None else to]
        status = await asyncio.to_thread(post_update, url, update, secret if secret is not None else self.secret)
        self.fake.delivered(update["update_id"])
        return status
