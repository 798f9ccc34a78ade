"""A real PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder, on 127.0.0.1.

Started once per test session (tests/conftest.py); each test gets a fresh database on it.
As root (CI), the server runs as the unprivileged ``postgres`` user, which initdb insists on.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_VERSION = "15"
BIN_DIRS = (Path(f"/usr/lib/postgresql/{PG_VERSION}/bin"),)
START_TIMEOUT_SECONDS = 60
SERVER_USER = "postgres"  # the Debian package's system user
SUPERUSER = "textbot"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (the Makefile's set-up installs them)."""


def _binary(name: str) -> str:
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found:
        return found
    raise PostgresUnavailable(f"{name} not found: install PostgreSQL {PG_VERSION} (apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One throwaway cluster; ``new_database()`` hands out empty databases on it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self._numbers = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            # initdb refuses to run as root; the server runs as the postgres system user.
            pwd.getpwnam(SERVER_USER)
            shutil.chown(folder, SERVER_USER)
            folder.chmod(0o700)
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as_user, *command], capture_output=True, text=True,
                                timeout=START_TIMEOUT_SECONDS)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:2])} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> "PostgresServer":
        self._run(_binary("initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", str(START_TIMEOUT_SECONDS), "start")
        return self

    def stop(self) -> None:
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """An empty database's URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._numbers)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A started server in a fresh folder, stopped and removed afterwards."""
    # Not under pytest's tmp folder: that is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="textbot-postgres-"))
    server = PostgresServer(folder)
    # SIGTERM (a CI timeout, `kill`) would end Python without unwinding and leave the
    # server running; as an interrupt it unwinds through the finally below, as Ctrl-C does.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.start()
        yield server
    finally:
        signal.signal(signal.SIGTERM, previous)
        if (server.data / "postmaster.pid").exists():
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
