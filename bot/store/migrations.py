"""The state database's schema: one SQL script per version, applied in order by Store.

A new version appends a script (never edits an old one); ``PRAGMA user_version`` records
how many have run.
"""

SCHEMA_VERSION = 1

SCHEMA = [
    # version 1
    """
    CREATE TABLE users (
        user_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        username TEXT,
        started_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
        key TEXT PRIMARY KEY,
        user_id INTEGER,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE reviews (
        user_id INTEGER NOT NULL,
        quiz_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (user_id, quiz_id, question_id)
    );
    CREATE TABLE reminders (
        user_id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        enabled INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        last_sent TEXT
    );
    CREATE TABLE class_runs (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        quiz_id TEXT NOT NULL,
        teacher_id INTEGER,
        teacher_name TEXT,
        state TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX class_runs_chat ON class_runs(chat_id, finished_at);
    CREATE TABLE class_answers (
        run_id INTEGER NOT NULL REFERENCES class_runs(id) ON DELETE CASCADE,
        question_index INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        user_name TEXT NOT NULL,
        answer TEXT NOT NULL,
        score REAL NOT NULL,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (run_id, question_index, user_id)
    );
    CREATE INDEX class_answers_user ON class_answers(user_id);
    """,
]
