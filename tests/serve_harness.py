"""`textbot serve` as a real process against the fake Telegram server: start, wait till ready, stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT
from fake_telegram import TOKEN, FakeTelegram

READY_METHOD = "setMyCommands"  # the bot publishes its commands once everything is loaded
START_TIMEOUT = 120.0


@dataclass
class ServeRun:
    """What a finished `textbot serve` process left behind."""

    returncode: int
    stderr: str
    ready: bool


def serve_env(fake: FakeTelegram, *, token: str = TOKEN, **settings: object) -> dict[str, str]:
    """The environment of a serve process pointed at ``fake`` (settings as TEXTBOT_* variables)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTBOT_", "TELEGRAM_"))}
    env.update({"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": fake.url, "PYTHONPATH": str(ROOT)})
    env.update({k: str(v) for k, v in settings.items()})
    return env


def run_serve(fake: FakeTelegram, env: dict[str, str], *, timeout: float = START_TIMEOUT) -> ServeRun:
    """Run `textbot serve` until it is ready (then stop it with Ctrl-C) or until it exits."""
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + timeout
    ready = False
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if fake.find(READY_METHOD):
                ready = True
                break
            time.sleep(0.1)
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return ServeRun(process.returncode, stderr, ready)


@dataclass
class ServeProcess:
    """A `textbot serve` (polling) running in the background, to be killed and started again."""

    process: subprocess.Popen
    log: Path

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when a machine dies."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_serve(fake: FakeTelegram, env: dict[str, str], log: Path, *, timeout: float = START_TIMEOUT) -> ServeProcess:
    """Start `textbot serve` and return once it is ready (it published its commands again)."""
    mark = fake.mark()
    with log.open("w") as sink:
        process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env,
                                   stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while not fake.find(READY_METHOD, since=mark):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise RuntimeError(f"textbot serve did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)
    return ServeProcess(process, log)
