"""/forget leaves no copy of a person in the state database's files; a state file deleted
under the running bot is noticed and said loudly."""

from __future__ import annotations

import logging
from pathlib import Path

import psycopg

from bot.store import Store

NAME = "Zebulon Quillfeather"  # found nowhere else in the files


def fill(store: Store, user_id: int, name: str) -> None:
    store.remember_user(user_id, name, username=name.replace(" ", "_"))
    store.put(f"session:{user_id}", {"name": name, "quiz_id": "q"})
    run = store.active_class_run(-5) or store.start_class_run(-5, "quiz", {"index": 0}, teacher_id=1,
                                                                teacher_name="Teacher")
    store.record_class_answer(run.id, 0, user_id, name, f"{name}'s typed answer", 1.0)


def files_of(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_forget_leaves_no_copy_in_the_sqlite_file_or_its_wal(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    fill(store, 7, NAME)
    fill(store, 8, "Someone Else")
    for step in range(20):  # the name goes through many page versions in the WAL
        store.put("session:7", {"name": NAME, "step": step})
    assert NAME.encode() in files_of(path)
    store.forget(7)
    assert NAME.encode() not in files_of(path)
    assert store.get("session:8") is not None  # the others' data stays
    store.close()
    assert NAME.encode() not in files_of(path)


def test_forget_on_postgres_leaves_no_live_or_dead_row(postgres):
    url = postgres.new_database()
    store = Store(url)
    fill(store, 7, NAME)
    fill(store, 8, "Someone Else")
    assert store.forget(7) >= 3
    with psycopg.connect(url) as conn:
        for table in ("users", "sessions", "class_answers"):
            # VACUUM FULL rewrote the table: no dead tuple of the forgotten rows is left in it.
            dead = conn.execute("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = %s", (table,)).fetchone()
            assert dead == (0,)
        assert conn.execute("SELECT COUNT(*) FROM class_answers WHERE user_name = %s", (NAME,)).fetchone() == (0,)
    store.close()


def test_a_state_file_deleted_while_running_is_said_loudly(tmp_path, caplog, monkeypatch):
    from bot.store import sqlite

    monkeypatch.setattr(sqlite, "IDENTITY_CHECK_SECONDS", 0.0)
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    store.put("session:7", {"x": 1})
    assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]
    for leftover in tmp_path.glob("state.sqlite3*"):
        leftover.unlink()
    with caplog.at_level(logging.CRITICAL):
        store.put("session:7", {"x": 2})
    [record] = [r for r in caplog.records if r.levelno >= logging.CRITICAL]
    assert "state.sqlite3 was deleted while the bot runs" in record.getMessage()
    store.close()
