"""The state store: the same contract on SQLite and on PostgreSQL (sessions, reviews,
reminders, class quiz answers, updates seen, due jobs, forgetting), and each backend's schema."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from fsrs import Rating

from bot.store import SCHEMA_VERSION, Answered, Store, StoreError

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
BIG_CHAT = -1_001_234_567_890  # supergroup ids pass 2**31


@pytest.fixture
def store(database):
    opened = Store(database)
    yield opened
    opened.close()


def test_state_survives_reopening(database):
    first = Store(database)
    first.put("session:7", {"quiz_id": "q", "index": 2})
    first.close()
    again = Store(database)
    assert again.get("session:7") == {"quiz_id": "q", "index": 2}
    again.close()


def test_a_sqlite_file_records_its_schema_version(tmp_path):
    Store(tmp_path / "state.sqlite3").close()
    assert sqlite3.connect(tmp_path / "state.sqlite3").execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_sqlite_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_postgres_database_from_a_newer_version_is_refused(postgres):
    import psycopg

    url = postgres.new_database()
    Store(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = version + 1")
    with pytest.raises(StoreError, match="newer"):
        Store(url)


def test_a_postgres_server_that_is_not_there_is_one_clear_error(postgres):
    url = postgres.url("nothing").replace(str(postgres.port), "1")
    with pytest.raises(StoreError, match="can't connect") as caught:
        Store(url)
    assert "postgresql://textbot@127.0.0.1:1/nothing" in str(caught.value)


def test_replicas_starting_together_migrate_once(postgres):
    url = postgres.new_database()
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Store(url).close()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_missed_question_is_scheduled_by_fsrs(store):
    item = store.add_review(7, "quiz", "q1", at=NOW)
    assert NOW < item.due <= NOW + dt.timedelta(minutes=10)
    assert store.due_reviews(7, now=NOW) == []
    assert [i.question_id for i in store.due_reviews(7, now=item.due)] == ["q1"]
    later = store.rate_review(7, "quiz", "q1", Rating.Good, at=item.due)
    assert later.due > item.due
    assert store.review_count(7) == 1 and store.next_review(7).due == later.due


def test_telegram_sized_ids_fit(store):
    run = store.start_class_run(BIG_CHAT, "quiz", {"index": 0}, teacher_id=7_000_000_001, teacher_name="T")
    assert store.active_class_run(BIG_CHAT).teacher_id == 7_000_000_001
    assert store.record_class_answer(run.id, 0, 6_999_999_999, "Ann", "A", 0.5) is Answered.RECORDED
    assert store.class_answers(run.id)[0].score == 0.5


def test_a_class_answer_is_recorded_once(store):
    run = store.start_class_run(-5, "quiz", {"index": 0}, teacher_id=9, teacher_name="T")
    assert store.record_class_answer(run.id, 0, 1, "Ann", "A", 1.0) is Answered.RECORDED
    assert store.record_class_answer(run.id, 0, 1, "Ann", "B", 0.0) is Answered.ALREADY
    [answer] = store.class_answers(run.id)
    assert (answer.answer, answer.score) == ("A", 1.0)
    assert store.has_class_answer(run.id, 0, 1) and not store.has_class_answer(run.id, 0, 2)


def test_one_class_quiz_at_a_time_per_group(store):
    first = store.start_class_run(-5, "quiz", {}, teacher_id=9, teacher_name="T")
    assert store.start_class_run(-5, "other", {}, teacher_id=9, teacher_name="T") is None
    assert store.start_class_run(-6, "quiz", {}, teacher_id=9, teacher_name="T") is not None
    assert store.finish_class_run(first.id)
    assert not store.finish_class_run(first.id)  # ended once, by whoever got there first
    assert store.start_class_run(-5, "other", {}, teacher_id=9, teacher_name="T") is not None


def test_a_class_state_change_loses_to_one_made_since_it_was_read(store):
    run = store.start_class_run(-5, "quiz", {"phase": "asking"}, teacher_id=9, teacher_name="T")
    assert store.save_class_state(run.id, {"phase": "revealed"}, version=run.version)
    assert not store.save_class_state(run.id, {"phase": "revealed"}, version=run.version)
    again = store.class_run(run.id)
    assert again.state == {"phase": "revealed"} and again.version == run.version + 1
    # An answer read against the old version is refused; against the current one it counts.
    assert store.record_class_answer(run.id, 0, 1, "Ann", "A", 1, version=run.version) is Answered.MOVED_ON
    assert store.record_class_answer(run.id, 0, 1, "Ann", "A", 1, version=again.version) is Answered.RECORDED


def test_many_answers_at_once_all_count_once(store):
    run = store.start_class_run(-5, "quiz", {}, teacher_id=9, teacher_name="T")
    results: list[Answered] = []

    def answer(user_id: int) -> None:
        for _ in range(2):  # every student's vote arrives twice
            results.append(store.record_class_answer(run.id, 0, user_id, f"S{user_id}", "A", 1, version=run.version))

    threads = [threading.Thread(target=answer, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(Answered.RECORDED) == 40 and results.count(Answered.ALREADY) == 40
    assert len(store.class_answers(run.id)) == 40


def test_an_update_is_claimed_once(store):
    assert store.claim_update(1001)
    assert not store.claim_update(1001)
    assert store.claim_update(1002)
    assert store.forget_updates_before(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1)) == 2
    assert store.claim_update(1001)


def test_due_jobs_run_once_when_due(store):
    store.jobs.schedule("classquiz:-5", "classquiz", {"index": 0}, NOW + dt.timedelta(seconds=30))
    assert store.jobs.claim(now=NOW) is None
    job = store.jobs.claim(now=NOW + dt.timedelta(seconds=31))
    assert (job.name, job.kind, job.payload) == ("classquiz:-5", "classquiz", {"index": 0})
    assert store.jobs.claim(now=NOW + dt.timedelta(seconds=32)) is None  # leased: nobody else runs it
    store.jobs.done(job)
    assert store.jobs.due_at("classquiz:-5") is None


def test_a_job_whose_runner_died_is_run_again_after_its_lease(store):
    store.jobs.schedule("reminders", "reminders", {}, NOW)
    assert store.jobs.claim(now=NOW, lease=10) is not None
    assert store.jobs.claim(now=NOW + dt.timedelta(seconds=5)) is None
    assert store.jobs.claim(now=NOW + dt.timedelta(seconds=11)) is not None


def test_a_job_scheduled_anew_while_it_runs_is_kept(store):
    store.jobs.schedule("classquiz:-5", "classquiz", {"index": 0}, NOW)
    job = store.jobs.claim(now=NOW)
    store.jobs.schedule("classquiz:-5", "classquiz", {"index": 1}, NOW + dt.timedelta(seconds=30))
    store.jobs.done(job)
    assert store.jobs.due_at("classquiz:-5") == NOW + dt.timedelta(seconds=30)
    store.jobs.schedule("classquiz:-5", "classquiz", {"index": 9}, NOW, replace=False)
    assert store.jobs.due_at("classquiz:-5") == NOW + dt.timedelta(seconds=30)


def test_two_processes_never_claim_the_same_job(database):
    first, second = Store(database), Store(database)
    try:
        for n in range(20):
            first.jobs.schedule(f"job:{n}", "test", {"n": n}, NOW)
        claimed: list[str] = []

        def drain(store: Store) -> None:
            while (job := store.jobs.claim(now=NOW)) is not None:
                claimed.append(job.name)
                store.jobs.done(job)

        threads = [threading.Thread(target=drain, args=(s,)) for s in (first, second, first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(claimed) == sorted(f"job:{n}" for n in range(20))
    finally:
        first.close()
        second.close()


def test_reminders_go_once_a_day_after_their_hour(store):
    store.set_reminders(7, 7, enabled=True, at=8 * 60, now=NOW - dt.timedelta(hours=2))
    [setting] = store.reminders_due(NOW)
    assert setting.user_id == 7
    assert store.mark_reminded(setting, NOW)
    assert not store.mark_reminded(setting, NOW)  # a second process finds it sent
    assert store.reminders_due(NOW + dt.timedelta(hours=3)) == []
    assert [r.user_id for r in store.reminders_due(NOW + dt.timedelta(days=1))] == [7]
    store.set_reminders(7, 7, enabled=False)
    assert store.reminders_due(NOW + dt.timedelta(days=2)) == []


def test_a_reminder_comes_at_the_students_hour_on_their_clock(store):
    # 19:30 in UTC+8 is 11:30 UTC; NOW is 09:00 UTC (17:00 there).
    setting = store.set_reminders(7, 7, enabled=True, at=19 * 60 + 30, utc_offset=8 * 60, now=NOW)
    assert (setting.hour, setting.minute, setting.utc_offset) == (19, 30, 480)
    assert store.reminders_due(NOW + dt.timedelta(hours=2, minutes=29)) == []
    [due] = store.reminders_due(NOW + dt.timedelta(hours=2, minutes=30))
    assert store.mark_reminded(due, NOW + dt.timedelta(hours=2, minutes=30))
    # Once a day by the student's calendar: at 00:00 UTC it is 08:00 tomorrow there, before 19:30.
    assert store.reminders_due(NOW + dt.timedelta(hours=15)) == []
    assert [r.user_id for r in store.reminders_due(NOW + dt.timedelta(days=1, hours=2, minutes=30))] == [7]
    # Turning them off and on keeps the time and the time zone.
    store.set_reminders(7, 7, enabled=False)
    again = store.set_reminders(7, 7, enabled=True)
    assert (again.at, again.utc_offset) == (19 * 60 + 30, 480)


def test_a_time_already_past_today_starts_tomorrow(store):
    store.set_reminders(7, 7, enabled=True, at=8 * 60, now=NOW)  # 08:00 UTC set at 09:00 UTC
    assert store.reminders_due(NOW + dt.timedelta(minutes=15)) == []
    assert [r.user_id for r in store.reminders_due(NOW + dt.timedelta(hours=23))] == [7]
    # Said time zone later (UTC-5: it is 04:00 there): today's 08:00 there is still to come.
    store.set_reminders(7, 7, enabled=True, utc_offset=-5 * 60, now=NOW)
    assert store.reminders_due(NOW + dt.timedelta(hours=3, minutes=59)) == []
    assert [r.user_id for r in store.reminders_due(NOW + dt.timedelta(hours=4))] == [7]


def test_session_keys_with_a_prefix_go_together(store):
    store.put("classpicks:4:0:7", {"picks": [1]})
    store.put("classpicks:4:1:8", {"picks": [2]})
    store.put("classpicks:41:0:7", {"picks": [3]})
    assert store.delete_prefix("classpicks:4:") == 2
    assert store.get("classpicks:41:0:7") == {"picks": [3]}


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


def test_a_version_1_file_is_migrated_keeping_its_data(tmp_path):
    from bot.store.migrations import create_tables
    from bot.store.sqlite import SQLITE

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(create_tables(SQLITE))
    db.execute("PRAGMA user_version = 1")
    # Two runs left open in one group (version 1 didn't prevent it): the newer one stays.
    for run_id in (1, 2):
        db.execute("INSERT INTO class_runs (id, chat_id, quiz_id, state, started_at) VALUES (?, -5, 'q', '{}', 'x')",
                   (run_id,))
    db.commit()
    db.close()
    store = Store(path)
    assert store.active_class_run(-5).id == 2
    assert store.claim_update(1)
    store.close()


def test_a_version_2_file_keeps_its_reminders_at_18_utc(tmp_path):
    from bot.store.migrations import add_replica_tables, create_tables
    from bot.store.sqlite import SQLITE

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(create_tables(SQLITE) + add_replica_tables(SQLITE))
    db.execute("PRAGMA user_version = 2")
    db.execute("INSERT INTO reminders (user_id, chat_id, enabled, hour, last_sent) VALUES (7, 7, 1, 18, '2025-02-28')")
    db.commit()
    db.close()
    store = Store(path)
    setting = store.reminder(7)
    assert (setting.hour, setting.minute, setting.utc_offset) == (18, 0, None)
    assert store.reminders_due(NOW.replace(hour=17, minute=59)) == []
    assert [r.user_id for r in store.reminders_due(NOW.replace(hour=18))] == [7]
    store.close()


def test_a_lease_is_held_by_one_owner_until_released_or_run_out(store):
    assert store.take_lease("user:7", "replica-a", 30)
    assert not store.take_lease("user:7", "replica-b", 30)
    assert store.take_lease("user:8", "replica-b", 30)
    store.release_lease("user:7", "replica-b")  # not hers to release
    assert not store.take_lease("user:7", "replica-b", 30)
    store.release_lease("user:7", "replica-a")
    assert store.take_lease("user:7", "replica-b", 0)
    assert store.take_lease("user:7", "replica-a", 30)  # the last one ran out at once
