"""Due jobs: timed work kept in the database, run by whichever bot process is alive.

A job has a unique name (scheduling a name again replaces its time), a kind, a JSON payload
and the moment it falls due. A process claims one due job at a time with a lease
(``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, so two processes never claim the same
one); when it is done the job is deleted. If the process dies while running it, the lease
runs out and another process runs it again, so a job must be harmless to run twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .database import Database

LEASE_SECONDS = 30.0


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat()


@dataclass(frozen=True)
class DueJob:
    """A claimed job: what to do, and the claim that finishing it checks."""

    name: str
    kind: str
    payload: dict[str, Any]
    due_at: str
    leased_until: str


class DueJobs:
    """The ``jobs`` table."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def schedule(self, name: str, kind: str, payload: dict[str, Any], due: dt.datetime, *,
                 replace: bool = True) -> None:
        """Run ``name`` at ``due``; an existing job of that name moves (or stays, if not ``replace``)."""
        on_conflict = ("DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
                       "due_at = excluded.due_at, leased_until = NULL") if replace else "DO NOTHING"
        with self.database.transaction() as db:
            db.execute(f"INSERT INTO jobs (name, kind, payload, due_at) VALUES (?, ?, ?, ?) "
                       f"ON CONFLICT(name) {on_conflict}", (name, kind, json.dumps(payload), iso(due)))

    def cancel(self, name: str) -> None:
        with self.database.transaction() as db:
            db.execute("DELETE FROM jobs WHERE name = ?", (name,))

    def due_at(self, name: str) -> dt.datetime | None:
        """When the job of that name falls due, or None if there is none."""
        with self.database.transaction() as db:
            row = db.execute("SELECT due_at FROM jobs WHERE name = ?", (name,)).fetchone()
        return dt.datetime.fromisoformat(row["due_at"]) if row else None

    def claim(self, *, now: dt.datetime | None = None, lease: float = LEASE_SECONDS) -> DueJob | None:
        """The most overdue job nobody holds, now leased to this process; None if none is due."""
        now = now or utcnow()
        until = iso(now + dt.timedelta(seconds=lease))
        with self.database.transaction() as db:
            row = db.execute(
                "UPDATE jobs SET leased_until = ? WHERE name = (SELECT name FROM jobs WHERE due_at <= ? "
                "AND (leased_until IS NULL OR leased_until <= ?) ORDER BY due_at LIMIT 1"
                f"{self.database.dialect.skip_locked}) RETURNING name, kind, payload, due_at",
                (until, iso(now), iso(now)),
            ).fetchone()
        if row is None:
            return None
        return DueJob(row["name"], row["kind"], json.loads(row["payload"]), row["due_at"], until)

    def done(self, job: DueJob) -> None:
        """Delete a finished job, unless it was scheduled anew while it ran."""
        with self.database.transaction() as db:
            db.execute("DELETE FROM jobs WHERE name = ? AND due_at = ? AND leased_until = ?",
                       (job.name, job.due_at, job.leased_until))

    def retry(self, job: DueJob, after: float) -> None:
        """A job that failed runs again in ``after`` seconds (unless it was scheduled anew)."""
        with self.database.transaction() as db:
            db.execute("UPDATE jobs SET due_at = ?, leased_until = NULL WHERE name = ? AND due_at = ? "
                       "AND leased_until = ?",
                       (iso(utcnow() + dt.timedelta(seconds=after)), job.name, job.due_at, job.leased_until))
