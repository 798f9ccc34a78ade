"""The SQLite state file: sessions, reviews, reminders, class quiz answers, forgetting."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from fsrs import Rating

from bot.store.sqlite import SCHEMA_VERSION, Store, StoreError

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path / "state.sqlite3")
    yield opened
    opened.close()


def test_state_survives_reopening(tmp_path):
    first = Store(tmp_path / "state.sqlite3")
    first.put("session:7", {"quiz_id": "q", "index": 2})
    first.close()
    again = Store(tmp_path / "state.sqlite3")
    assert again.get("session:7") == {"quiz_id": "q", "index": 2}
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    again.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_missed_question_is_scheduled_by_fsrs(store):
    item = store.add_review(7, "quiz", "q1", at=NOW)
    assert NOW < item.due <= NOW + dt.timedelta(minutes=10)
    assert store.due_reviews(7, now=NOW) == []
    assert [i.question_id for i in store.due_reviews(7, now=item.due)] == ["q1"]
    later = store.rate_review(7, "quiz", "q1", Rating.Good, at=item.due)
    assert later.due > item.due


def test_a_class_answer_is_recorded_once(store):
    run = store.start_class_run(-5, "quiz", {"index": 0}, teacher_id=9, teacher_name="T")
    assert store.record_class_answer(run.id, 0, 1, "Ann", "A", 1.0)
    assert not store.record_class_answer(run.id, 0, 1, "Ann", "B", 0.0)
    [answer] = store.class_answers(run.id)
    assert (answer.answer, answer.score) == ("A", 1.0)


def test_reminders_go_once_a_day_after_their_hour(store):
    store.set_reminders(7, 7, enabled=True, hour=8)
    assert [r.user_id for r in store.reminders_due(NOW)] == [7]
    store.mark_reminded(7, NOW)
    assert store.reminders_due(NOW + dt.timedelta(hours=3)) == []
    assert [r.user_id for r in store.reminders_due(NOW + dt.timedelta(days=1))] == [7]
    store.set_reminders(7, 7, enabled=False)
    assert store.reminders_due(NOW + dt.timedelta(days=2)) == []


def test_forget_deletes_everything_about_one_user_only(store):
    for user_id in (7, 8):
        store.remember_user(user_id, f"U{user_id}")
        store.put(f"session:{user_id}", {"x": 1})
        store.put(f"scores:{user_id}", {"q": {"best": 1}})
        store.add_review(user_id, "quiz", "q1")
        store.set_reminders(user_id, user_id, enabled=True)
    run = store.start_class_run(-5, "quiz", {}, teacher_id=7, teacher_name="U7")
    store.record_class_answer(run.id, 0, 7, "U7", "A", 1)
    store.record_class_answer(run.id, 0, 8, "U8", "A", 1)
    store.forget(7)
    assert not store.has_started(7) and store.get("session:7") is None and store.get("scores:7") is None
    assert store.review_item(7, "quiz", "q1") is None and store.reminder(7) is None
    assert [a.user_id for a in store.class_answers(run.id)] == [8]
    assert store.class_run(run.id).teacher_id is None
    assert store.has_started(8) and store.get("session:8") and store.review_item(8, "quiz", "q1")
