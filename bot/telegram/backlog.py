"""Whether the updates Telegram kept for the bot have all been handled: a class question is not
revealed while answers to it may still be waiting at Telegram (after a restart, say).

While the bot is down (killed, restarting, a replica gone), Telegram keeps the updates for
it: votes, button presses, replies given in time. A timer that fell due meanwhile must not
close the question before they are read. Telegram's ``getWebhookInfo`` says how many updates
wait (for a bot behind a webhook, and for one that polls: those not yet confirmed by a later
getUpdates); once none wait, every one of them is in this process's update queue, and
``update_queue.join()`` returns once those are handled. This holds for polling and webhook
mode alike, and does not depend on when an update says it was made (a button press or a
poll vote carries no time).
"""

from __future__ import annotations

import asyncio
import logging

from telegram.error import TelegramError
from telegram.ext import Application

log = logging.getLogger(__name__)

# A backlog that never drains (a webhook Telegram can't reach) must not hold a class forever.
CATCH_UP_LIMIT_SECONDS = 30.0
# How long the updates already in this process's queue may take to be handled before we look again.
QUEUE_WAIT_SECONDS = 2.0


class Backlog:
    """Asked before a timed step: are the updates Telegram kept for us all handled?"""

    def __init__(self, app: Application, *, limit: float = CATCH_UP_LIMIT_SECONDS) -> None:
        self.app = app
        self.limit = limit
        self._waiting_since: dict[str, float] = {}  # step (job name) -> when it first had to wait

    async def handled(self, step: str) -> bool:
        """True once nothing waits at Telegram or in the update queue (or ``step`` waited too long)."""
        loop = asyncio.get_running_loop()
        since = self._waiting_since.setdefault(step, loop.time())
        if loop.time() - since > self.limit:
            log.warning("%s: updates kept waiting at Telegram for %.0f s; going on without them", step, self.limit)
            del self._waiting_since[step]
            return True
        try:
            pending = (await self.app.bot.get_webhook_info()).pending_update_count
        except TelegramError as exc:  # Telegram is down: nothing can arrive now anyway
            log.info("%s: can't ask Telegram for waiting updates (%s)", step, exc)
            return False
        if pending:
            log.info("%s waits: Telegram still holds %d update(s) for us", step, pending)
            return False
        try:
            await asyncio.wait_for(self.app.update_queue.join(), QUEUE_WAIT_SECONDS)
        except TimeoutError:
            return False
        del self._waiting_since[step]
        return True
