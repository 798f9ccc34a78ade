"""Load benchmark of the Telegram bot (not a test): N simulated students at once.

The real bot (PTB Application, polling, the real searcher and quizzes) runs against the fake
Bot API server of tests/fake_telegram.py. Each simulated student, all at the same time:
asks a question (a search), starts a quiz (/quiz principles) and answers its first question
(a vote in its quiz poll, or a button press).
Measured: updates handled per second, and the time from an update's arrival at the server to
the bot's first reply to it (p50, p95, max). Twice: with PTB's AIORateLimiter as deployed
(Telegram's own flood limits: about 30 messages a second in all) and without it (what the bot
itself can do). With ``--profile``, the event loop and the worker thread are profiled.

Then the same bot scaled out: 1, 2 and 4 `serve --webhook` replica processes on one real
PostgreSQL server (started here, as the tests do), behind the benchmark's round-robin
balancer, with a class quiz in a group on top: every student also votes in the class poll,
and the votes stored are counted afterwards (answers lost must be 0).

    python bench/bench_telegram.py                 # N = 10, 100, 1000 -> bench/results/telegram.md
    python bench/bench_telegram.py --users 50 --profile
    python bench/bench_telegram.py --users 100 --replicas 1 2   # fewer runs
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import itertools
import logging
import os
import pstats
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

from fake_telegram import TOKEN, Call, FakeTelegram, group, user  # noqa: E402
from fake_telegram_webhook import SECRET_HEADER  # noqa: E402

from bot.chat.conversation import Conversation  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.quiz.library import load_quizzes  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.telegram.app import build_app  # noqa: E402
from bot.telegram.robust import RetryingRateLimiter  # noqa: E402
from bot.telegram.services import SERVICES  # noqa: E402
from bot.cli.serve import webhook_options  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "telegram.md"
QUESTIONS = (
    "What is cyber sovereignty?",
    "What happened at the World Internet Conference in Wuzhen?",
    "What do the texts say about PRISM?",
    "How should cyberspace be governed?",
    "What did Wang Yi propose on data security?",
    "Who hacked the ambassador's Twitter account?",
)
QUIZ_ID = "principles"
SENDING = ("sendMessage", "editMessageText", "sendPoll")  # what the bot answers a student with
REPLY_TIMEOUT = 600.0
USER_BASE = 10_000
TEACHER = user(900, "Ms", last_name="Teacher")
CLASS = group(-100_900, "Lecture hall")
CLASS_QUIZ_SECONDS = 600  # open for the whole run: every vote should count
TELEGRAM_WEBHOOK_CONNECTIONS = 40  # Telegram's default max_connections for a webhook
VOTES_SETTLE_SECONDS = 60.0


def no_flood_control() -> RetryingRateLimiter:
    """The same retries on 429/5xx/timeouts, without Telegram's flood limits: what the bot itself can do."""
    return RetryingRateLimiter(overall_max_rate=0, group_max_rate=0)


class Replies:
    """Wakes the simulated student once the bot has sent the message they wait for."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.waiting: dict[int, tuple[Callable[[Call], bool], list, asyncio.Future]] = {}
        self.lock = threading.Lock()

    def expect(self, chat_id: int, until: Callable[[Call], bool]) -> asyncio.Future:
        """A future of what the bot sends ``chat_id``, (time, call) pairs, up to the first call ``until`` accepts."""
        future = self.loop.create_future()
        with self.lock:
            self.waiting[chat_id] = (until, [], future)
        return future

    def on_call(self, call: Call) -> None:  # a server thread
        if call.method not in SENDING or not call.ok:
            return
        arrived = time.perf_counter()
        with self.lock:
            entry = self.waiting.get(call.params.get("chat_id"))
            if entry is None:
                return
            until, got, future = entry
            got.append((arrived, call))
            if not until(call):
                return
            del self.waiting[call.params["chat_id"]]
        self.loop.call_soon_threadsafe(_settle, future, got)


def any_reply(call: Call) -> bool:
    return True


def is_question(call: Call) -> bool:
    """A quiz question: a quiz poll, or a message of buttons (a question that can't be a poll)."""
    return call.method == "sendPoll" or call.method == "sendMessage" and call.text.startswith("Question ")


def _settle(future: asyncio.Future, value: object) -> None:
    if not future.done():
        future.set_result(value)


async def student(fake: FakeTelegram, replies: Replies, number: int, latencies: list[float], *,
                  deliver=None, between=None) -> None:  # noqa: ANN001 - async callables
    """A student: a question, then a private quiz started and its first question answered.

    ``deliver`` hands the update just pushed to the bot (webhook replicas; by default the
    bot polls for it); ``between`` runs after the question, before the quiz."""
    person = user(USER_BASE + number, f"Student{number}")
    chat = person["id"]

    async def act(push, until: Callable[[Call], bool]) -> list[Call]:
        future = replies.expect(chat, until)
        started = time.perf_counter()
        push()
        if deliver is not None:
            await deliver()  # the update just pushed (no await in between)
        got = await asyncio.wait_for(future, REPLY_TIMEOUT)
        latencies.append(got[0][0] - started)
        return [call for _, call in got]

    await act(lambda: fake.private_message(person, QUESTIONS[number % len(QUESTIONS)]), any_reply)
    if between is not None:
        await between(person)
    *_, question = await act(lambda: fake.private_message(person, f"/quiz {QUIZ_ID}"), is_question)
    if question.method == "sendPoll":
        await act(lambda: fake.poll_answer(person, question, [0]), is_question)  # feedback, question 2
    else:
        await act(lambda: fake.press(person, question, label=question.buttons[0]["text"]), is_question)


async def run(n: int, *, limited: bool, searcher, settings: Settings, profile: bool) -> dict:
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        bot_settings = Settings(**{**settings.__dict__, "db_path": Path(tmp) / "bench.sqlite3",
                                   "telegram_token": TOKEN, "telegram_api_url": fake.url})
        library = load_quizzes(settings.quizzes_dir, searcher.documents)
        conversation = Conversation(searcher, library, store)
        app = build_app(bot_settings, conversation, store, rate_limiter=None if limited else no_flood_control())
        worker_profile = cProfile.Profile()
        if profile:
            services = app.bot_data[SERVICES]
            services.worker = ThreadPoolExecutor(1, initializer=worker_profile.enable)
        replies = Replies(asyncio.get_running_loop())
        fake.on_call = replies.on_call
        await app.initialize()
        await app.post_init(app)
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        loop_profile = cProfile.Profile()
        latencies: list[float] = []
        if profile:
            loop_profile.enable()
        worker = app.bot_data[SERVICES].worker
        loop = asyncio.get_running_loop()
        cpu0, main0, worker0 = time.process_time(), time.thread_time(), await loop.run_in_executor(worker, time.thread_time)
        started = time.perf_counter()
        await asyncio.gather(*(student(fake, replies, i, latencies) for i in range(n)))
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu0
        main_cpu = time.thread_time() - main0
        worker_cpu = await loop.run_in_executor(worker, time.thread_time) - worker0
        if profile:
            loop_profile.disable()
            await asyncio.get_running_loop().run_in_executor(app.bot_data[SERVICES].worker, worker_profile.disable)
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)
        store.close()
        updates = 3 * n
        result = {
            "users": n, "limited": limited, "updates": updates, "seconds": elapsed,
            "per_second": updates / elapsed, "p50": statistics.median(latencies),
            "p95": statistics.quantiles(latencies, n=20)[18] if len(latencies) >= 20 else max(latencies),
            "max": max(latencies), "messages": sum(len(fake.find(method)) for method in SENDING),
            # CPU milliseconds per update: event loop (PTB, httpx), worker (conversation, search,
            # SQLite), and the rest (the fake server's threads, BLAS threads).
            "cpu_loop": 1000 * main_cpu / updates, "cpu_worker": 1000 * worker_cpu / updates,
            "cpu_other": 1000 * (cpu - main_cpu - worker_cpu) / updates,
        }
        if profile:
            result["profile"] = {"event loop": _top(loop_profile), "worker thread": _top(worker_profile)}
        return result


# -- scaled out: webhook replicas on PostgreSQL -------------------------------------------------

def replica_command(port: int) -> list[str]:
    """A replica as the benchmark runs it: `serve --webhook`, but without flood control."""
    return [sys.executable, str(Path(__file__).resolve()), "--replica-port", str(port)]


def serve_replica(port: int) -> None:
    """In a replica process: what `textbot serve --webhook` does, with no_flood_control()."""
    from replicas import WEBHOOK_URL

    logging.basicConfig(level=logging.WARNING)
    settings = Settings.from_env()
    store = Store(settings.database)
    searcher = open_searcher(settings)
    searcher.search("warm up the model")
    conversation = Conversation(searcher, load_quizzes(settings.quizzes_dir, searcher.documents), store)
    app = build_app(settings, conversation, store, rate_limiter=no_flood_control())
    app.run_webhook(**webhook_options(WEBHOOK_URL, port=port, listen="127.0.0.1", secret=settings.webhook_secret))
    store.close()


class RoundRobin:
    """The benchmark's load balancer: each update POSTed, as Telegram would, to the next replica."""

    def __init__(self, urls: list[str], secret: str) -> None:
        import httpx

        self.urls = itertools.cycle(urls)
        self.headers = {SECRET_HEADER: secret}
        # No limit on waiting for one of the 40 connections: Telegram, too, queues what it can't send yet.
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(60, pool=None),
                                        limits=httpx.Limits(max_connections=TELEGRAM_WEBHOOK_CONNECTIONS))

    async def deliver(self, fake: FakeTelegram, update: dict) -> None:
        response = await self.client.post(next(self.urls), json=update, headers=self.headers)
        response.raise_for_status()
        fake.delivered(update["update_id"])


async def class_student(fake: FakeTelegram, balancer: RoundRobin, replies: Replies, number: int, poll: Call,
                        latencies: list[float]) -> None:
    """A student: a question, a vote in the class poll, a private quiz started and answered."""

    async def deliver() -> None:
        await balancer.deliver(fake, fake.updates[-1])

    async def vote(person: dict) -> None:
        fake.poll_answer(person, poll, [number % 2])
        await deliver()

    await student(fake, replies, number, latencies, deliver=deliver, between=vote)


def postgres_cpu_seconds() -> float:
    """CPU used so far by the PostgreSQL server's processes (Linux /proc)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            if not (stat.parent / "cmdline").read_bytes().startswith(b"postgres"):
                continue
        except OSError:
            continue
        fields = text.rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def run_replicas(n: int, count: int, *, postgres, settings: Settings, folder: Path) -> dict:
    """N students and a class quiz on ``count`` replicas sharing one fresh PostgreSQL database."""
    from replicas import SECRET, running_replicas

    database = postgres.new_database()
    env = {"TEXTBOT_INDEX": str(settings.index_dir), "TEXTBOT_QUIZZES": str(settings.quizzes_dir),
           "TEXTBOT_CORPUS": str(settings.corpus_dir), "TEXTBOT_TEACHERS": str(TEACHER["id"])}
    with FakeTelegram() as fake, running_replicas(fake, database, env, folder, count,
                                                  command=replica_command) as (replicas, _):
        fake.set_admins(CLASS, owner=TEACHER)
        balancer = RoundRobin([r.url for r in replicas], SECRET)
        replies = Replies(asyncio.get_running_loop())
        fake.on_call = replies.on_call
        for warm_up in range(count):  # each replica answers one question before the clock starts
            future = replies.expect(USER_BASE - 1 - warm_up, any_reply)
            fake.private_message(user(USER_BASE - 1 - warm_up, "Warm"), QUESTIONS[0])
            await balancer.deliver(fake, fake.updates[-1])
            await asyncio.wait_for(future, REPLY_TIMEOUT)
        fake.group_message(CLASS, TEACHER, f"/classquiz {QUIZ_ID} {CLASS_QUIZ_SECONDS}")
        await balancer.deliver(fake, fake.updates[-1])
        [poll] = await fake.wait_for("sendPoll", chat_id=CLASS["id"], timeout=60)

        cpu0, pg0 = [r.cpu_seconds() for r in replicas], postgres_cpu_seconds()
        latencies: list[float] = []
        started = time.perf_counter()
        await asyncio.gather(*(class_student(fake, balancer, replies, i, poll, latencies) for i in range(n)))
        elapsed = time.perf_counter() - started
        cpu = sum(r.cpu_seconds() for r in replicas) - sum(cpu0)
        pg_cpu = postgres_cpu_seconds() - pg0

        store = Store(database)
        run = store.active_class_run(CLASS["id"])
        deadline = time.monotonic() + VOTES_SETTLE_SECONDS
        while len(votes := store.class_answers(run.id, question_index=0)) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        store.close()
        await balancer.client.aclose()
        updates = 4 * n
        return {
            "users": n, "replicas": count, "updates": updates, "seconds": elapsed, "per_second": updates / elapsed,
            "p50": statistics.median(latencies), "p95": statistics.quantiles(latencies, n=20)[18],
            "max": max(latencies), "lost": n - len({v.user_id for v in votes}),
            "cpu_replicas": 1000 * cpu / updates, "cpu_postgres": 1000 * pg_cpu / updates,
        }


def _top(profile: cProfile.Profile, count: int = 15) -> str:
    """The functions with the most time of their own (cProfile counts each coroutine resume as a call)."""
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(count)
    return out.getvalue()


def replica_table(results: list[dict]) -> list[str]:
    lines = [
        "## Scaled out: webhook replicas on PostgreSQL",
        "",
        "The same students, now also voting in one class quiz poll (4 updates each), sent to 1, 2 or",
        "4 `serve --webhook` processes by the benchmark's round-robin balancer (at most 40 requests",
        "in flight, as Telegram's webhook default), the state in one PostgreSQL 15 server on the same",
        "machine. Flood control off. Votes lost: students whose class-poll vote is not in the",
        "database afterwards. CPU: milliseconds per update, all replicas together and the server.",
        "",
        "| students | replicas | updates | seconds | updates/s | p50 reply | p95 reply | max reply | votes lost "
        "| CPU replicas | CPU PostgreSQL |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['users']} | {r['replicas']} | {r['updates']} | {r['seconds']:.1f} | {r['per_second']:.1f} "
            f"| {r['p50'] * 1000:.0f} ms | {r['p95'] * 1000:.0f} ms | {r['max'] * 1000:.0f} ms | {r['lost']} "
            f"| {r['cpu_replicas']:.0f} ms | {r['cpu_postgres']:.1f} ms |"
        )
    return lines + [""]


def report(results: list[dict], notes: str, replicated: list[dict] = ()) -> str:
    lines = [
        "# Telegram bot under load",
        "",
        "`python bench/bench_telegram.py` — the real bot (PTB 22.8 Application, long polling, real searcher",
        "and quizzes, SQLite state) against the fake Bot API server of tests/fake_telegram.py on loopback.",
        "Each simulated student asks a question, starts a quiz and answers (a poll vote), all at once;",
        "latency is from an update's arrival at the server to the bot's first reply to it.",
        "",
        "CPU columns: milliseconds of CPU per update in the event loop (PTB, httpx, handlers), the",
        "worker thread (conversation, search, SQLite) and the other threads (the fake server, BLAS).",
        "",
        "| students | flood control | updates | seconds | updates/s | p50 reply | p95 reply | max reply "
        "| CPU loop | CPU worker | CPU other |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['users']} | {'AIORateLimiter' if r['limited'] else 'off'} | {r['updates']} | {r['seconds']:.1f} "
            f"| {r['per_second']:.1f} | {r['p50'] * 1000:.0f} ms | {r['p95'] * 1000:.0f} ms | {r['max'] * 1000:.0f} ms "
            f"| {r['cpu_loop']:.0f} ms | {r['cpu_worker']:.0f} ms | {r['cpu_other']:.0f} ms |"
        )
    lines += [
        "",
        "\"Flood control off\" keeps the retries on 429/5xx/timeouts and drops only the rate limits.",
        "Large runs with AIORateLimiter are skipped (`--limited-up-to`): at Telegram's ~30 messages a",
        "second, 1000 students × 5 messages take ≥ 170 s by construction.",
        "",
        *(replica_table(list(replicated)) if replicated else []),
        notes.strip(),
        "",
    ]
    for r in results:
        for where, text in r.get("profile", {}).items():
            lines += [f"## Profile, {r['users']} students, {where}", "", "```", text.strip()[:6000], "```", ""]
    return "\n".join(lines)


NOTES_HEADING = "## Where the time goes"


def _kept_notes(path: Path) -> str:
    """The hand-written analysis of an earlier results file, kept when the figures are refreshed."""
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8")
    return text[text.index(NOTES_HEADING):] if NOTES_HEADING in text else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--limited-up-to", type=int, default=100,
                        help="also run with AIORateLimiter for N up to this (it is slow by design)")
    parser.add_argument("--profile", action="store_true", help="profile the largest run without flood control")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--notes", type=Path, help="a Markdown file of findings to put under the table")
    parser.add_argument("--replicas", type=int, nargs="*", default=[1, 2, 4],
                        help="webhook replica counts to run on PostgreSQL (none: skip)")
    parser.add_argument("--replica-users", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--replica-port", type=int, help=argparse.SUPPRESS)  # in a replica process
    args = parser.parse_args()
    if args.replica_port:
        serve_replica(args.replica_port)
        return
    logging.basicConfig(level=logging.WARNING)
    settings = Settings.from_env()
    searcher = open_searcher(settings)
    searcher.search("warm up the model")
    results = []
    for n in args.users:
        for limited in (False, True):
            if limited and n > args.limited_up_to:
                continue
            profile = args.profile and not limited and n == max(args.users)
            result = asyncio.run(run(n, limited=limited, searcher=searcher, settings=settings, profile=profile))
            print(f"{n:5d} students, flood control {'on ' if limited else 'off'}: {result['per_second']:7.1f} updates/s, "
                  f"p95 {result['p95'] * 1000:7.0f} ms", flush=True)
            results.append(result)
    replicated = []
    if args.replicas:
        from postgres_server import running_postgres

        with running_postgres() as postgres, tempfile.TemporaryDirectory() as logs:
            for n in args.replica_users:
                for count in args.replicas:
                    result = asyncio.run(run_replicas(n, count, postgres=postgres, settings=settings, folder=Path(logs)))
                    print(f"{n:5d} students, {count} replicas: {result['per_second']:7.1f} updates/s, "
                          f"p95 {result['p95'] * 1000:7.0f} ms, votes lost {result['lost']}", flush=True)
                    replicated.append(result)
    notes = args.notes.read_text(encoding="utf-8") if args.notes else _kept_notes(args.output)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report(results, notes, replicated), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
