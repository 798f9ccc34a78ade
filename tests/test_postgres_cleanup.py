"""The tests' PostgreSQL server goes away with them, even when they are stopped with SIGTERM."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postgres_server import PostgresUnavailable, _binary

HERE = Path(__file__).parent
RUN_SERVER = """
import sys, time
from postgres_server import running_postgres
with running_postgres() as server:
    print(server.folder, flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_stops_the_server_and_removes_its_folder():
    try:
        _binary("pg_ctl")
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    process = subprocess.Popen([sys.executable, "-c", RUN_SERVER], cwd=HERE, stdout=subprocess.PIPE, text=True)
    folder = Path(process.stdout.readline().strip())
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    assert _alive(postmaster)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    for _ in range(100):  # the immediate stop returns before the last child exits
        if not _alive(postmaster):
            break
        time.sleep(0.1)
    assert not _alive(postmaster)
    assert not folder.exists()
