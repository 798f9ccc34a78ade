"""Bot replicas for tests: real `textbot serve --webhook` processes sharing one PostgreSQL
database, fed by the fake Telegram server through tests/fake_telegram_webhook.py."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT
from fake_telegram import TOKEN, FakeTelegram
from fake_telegram_webhook import Webhooks

WEBHOOK_URL = "https://bot.example.org/telegram/hook"  # what the replicas register; never called
SECRET = "replica-test-secret_0123456789"
READY_TIMEOUT_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Replica:
    """One `textbot serve` process."""

    process: subprocess.Popen
    port: int
    log: Path

    def cpu_seconds(self) -> float:
        """User + system CPU the process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram/hook"

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when a machine dies."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


def serve_command(port: int) -> list[str]:
    """`textbot serve` behind the webhook, on a loopback port."""
    return [sys.executable, "-m", "bot", "serve", "--webhook", WEBHOOK_URL, "--port", str(port), "--listen", "127.0.0.1"]


def start_replica(fake: FakeTelegram, database: str, env: dict[str, str], log: Path, *,
                  command: Callable[[int], list[str]] = serve_command) -> Replica:
    """Start one replica (``command(port)``) and wait until its webhook server answers."""
    port = free_port()
    environ = {**os.environ, **env, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.url,
               "TEXTBOT_DB": database, "TEXTBOT_WEBHOOK_SECRET": SECRET, "PYTHONPATH": str(ROOT)}
    with log.open("w") as sink:
        process = subprocess.Popen(command(port), cwd=ROOT, env=environ, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while not _listening(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"replica did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)
    return Replica(process, port, log)


@contextmanager
def running_replicas(fake: FakeTelegram, database: str, env: dict[str, str], folder: Path, count: int = 2, *,
                     command: Callable[[int], list[str]] = serve_command) -> Iterator[tuple[list[Replica], Webhooks]]:
    """``count`` replicas on one database, and the webhook deliveries that reach them."""
    replicas: list[Replica] = []
    try:
        for number in range(count):
            replicas.append(start_replica(fake, database, env, folder / f"replica-{number}.log", command=command))
        yield replicas, Webhooks(fake, [r.url for r in replicas])
    finally:
        for replica in replicas:
            replica.stop()
