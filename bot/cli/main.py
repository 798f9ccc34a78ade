"""The `textbot` command line: one small function per command, errors as one line."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TextbotError

if TYPE_CHECKING:  # imported where used: `textbot ask` must start fast
    from ..chat.small_talk import SmallTalk
    from ..texts.corpus import Document

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _settings():
    from ..settings import Settings

    settings = Settings.from_env()
    _check_folder("TEXTBOT_INDEX", settings.index_dir)
    return settings


def _check_folder(variable: str, path: Path) -> None:
    """A folder setting that can't be a folder fails now, not after minutes of indexing."""
    from ..settings import SettingsError

    if path.is_symlink() and not path.exists():
        raise SettingsError(f"{variable} {path} is a link to {os.readlink(path)}, which does not exist")
    if path.exists() and not path.is_dir():
        raise SettingsError(f"{variable} {path} is a file, not a folder")


def _readable(text: str, what: str) -> str:
    """``text`` from argv, refused when it holds bytes that were not UTF-8 (Python keeps them as lone surrogates)."""
    from ..errors import QuestionError

    # The check bot.chat.conversation.unreadable makes, without importing the chat
    # (and with it the quiz package) into a command that only searches.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise QuestionError(f"the {what} is not valid UTF-8 text: retype it, or fix the terminal's encoding") from None
    return text


def _notify(message: str) -> None:
    print(f"textbot: {message}", file=sys.stderr, flush=True)


def cmd_index(args: argparse.Namespace) -> int:
    """Build the index (or rebuild it with --force)."""
    from ..search.engine import open_searcher

    # A searcher, not only the index: it weighs the passages' words and keeps them
    # with the index (bot.search.lexical), so that the first question needn't.
    manifest = open_searcher(_settings(), force=args.force, notify=_notify).index.manifest
    print(f"index ready: {manifest['passages']} passages, {manifest['faiss']}, model {manifest['model']}")
    return EXIT_OK


def _read_batch(path: str) -> list[str]:
    from ..errors import QuestionError

    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise QuestionError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuestionError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return [line for line in text.splitlines() if line.strip()]


def cmd_ask(args: argparse.Namespace) -> int:
    """Print the quotes that answer a question (or each question of a batch file)."""
    from ..search.engine import open_searcher
    from ..search.render import answer_record, answer_text
    from ..search.searcher import MAX_TOP_K, clean_question

    if (args.batch is None) == (args.question is None):
        raise TextbotError("give a question, or --batch FILE, not both")
    if not 1 <= args.top_k <= MAX_TOP_K:
        raise TextbotError(f"top-k must be between 1 and {MAX_TOP_K}")
    batch = args.batch is not None
    # A bad single question is refused before anything heavy is loaded.
    questions = _read_batch(args.batch) if batch else [clean_question(_readable(args.question, "question"))]
    searcher = open_searcher(_settings(), notify=_notify)
    small_talk = None  # built for the first question the search leaves unanswered: bot.chat is heavy
    for question in questions:
        if _asks_nothing(question):
            # "1", "42": no words to search by (the search would quote whatever "1" finds).
            small_talk = small_talk or _small_talk(searcher.documents)
            note = small_talk.reply(question)
            print(json.dumps({"question": question, "answered": False, "quotes": [], "note": note}, ensure_ascii=False)
                  if args.json else f"Q: {question}\n{note}\n" if batch else note)
            continue
        if len(question.split()) <= FOLLOW_UP_MAX_WORDS and _follows_up(question):
            note = FOLLOW_UP_ALONE.format(question=question)
            print(json.dumps({"question": question, "answered": False, "quotes": [], "note": note}, ensure_ascii=False)
                  if args.json else f"Q: {question}\n{note}\n" if batch else note)
            continue
        try:
            answer = searcher.search(question, top_k=args.top_k)
        except TextbotError as exc:
            if not batch:
                raise
            # One bad line must not cost the rest of the batch its answers.
            print(json.dumps({"question": question, "answered": False, "quotes": [], "error": str(exc)},
                             ensure_ascii=False) if args.json else f"Q: {question}\n  error: {exc}\n")
            continue
        if args.json:
            print(json.dumps(answer_record(answer, searcher.documents), ensure_ascii=False))
        else:
            text = None
            if not answer.answered:
                # A greeting, thanks or another language gets what the chat says, not
                # "the texts don't cover that".
                small_talk = small_talk or _small_talk(searcher.documents)
                text = small_talk.reply(answer.question)
            text = text or answer_text(answer, searcher.documents)
            print(f"Q: {answer.question}\n{text}\n" if batch else text)
    return EXIT_OK


COMMANDS_HELP = "Run textbot --help for what else I do, or textbot chat for a conversation."
# "tell me more", "who said that?": a few words. Only messages this short are checked, so
# a question never loads the chat for it.
FOLLOW_UP_MAX_WORDS = 6
FOLLOW_UP_ALONE = (
    "“{question}” follows up an earlier answer, and textbot ask answers each question on its own: "
    "ask it in full, or use textbot chat to follow up."
)


def _follows_up(question: str) -> bool:
    """Whether the question asks for more of, or the source of, an answer it was never given."""
    from ..chat.small_talk import asks_for_more, asks_for_source

    return asks_for_more(question) or asks_for_source(question)


def _asks_nothing(question: str) -> bool:
    """Whether the question has no letters to search by (bot.chat is loaded only for one
    with no letter, which few questions are)."""
    if any(c.isalpha() for c in question):
        return False
    from ..chat.small_talk import asks_nothing

    return asks_nothing(question)


def _small_talk(documents: dict[str, Document]) -> SmallTalk:
    """The chat's replies to small talk and other languages, pointing to the terminal's commands."""
    from ..chat.small_talk import SmallTalk

    return SmallTalk(documents, more=COMMANDS_HELP)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the search against a labelled question file."""
    from ..search.engine import open_searcher
    from ..search.evaluation import EVAL_DEPTH, evaluate, read_eval_file

    questions = read_eval_file(Path(args.file))
    searcher = open_searcher(_settings(), notify=_notify)

    def answer(question: str) -> tuple[bool, list[str]]:
        result = searcher.search(question, top_k=EVAL_DEPTH)
        return result.answered, [q.text for q in result.quotes]

    report = evaluate(questions, answer)
    if args.verbose:
        for r in report.results:
            if not r.question.gold:
                status = "abstained" if not r.answered else "answered an off-topic question"
            else:
                status = "abstained" if not r.answered else (f"hit@{r.first_hit}" if r.first_hit else "miss")
            wrong = (not r.answered) == bool(r.question.gold) or (r.question.gold and not r.first_hit)
            if wrong or args.verbose > 1:
                print(f"{r.question.id}\t{status}\t{r.question.question}")
                for t in r.texts[:3]:
                    print(f"\t  · {t[:150]}")
    on_topic = sum(1 for q in questions if q.gold)
    print(f"questions: {len(questions)} ({on_topic} on-topic, {len(questions) - on_topic} off-topic)")
    for name, value in report.metrics().items():
        print(f"{name}: {value:.3f}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    from ..search.searcher import DEFAULT_TOP_K

    parser = argparse.ArgumentParser(prog="textbot", description="Study a set of texts: quotations and quizzes.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", help="build the search index")
    p.add_argument("--force", action="store_true", help="rebuild even when up to date")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="quote the passages that answer a question")
    p.add_argument("question", nargs="?", help="the question")
    p.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    p.add_argument("--top-k", type=int, default=DEFAULT_TOP_K, metavar="K", help="quotes per question")
    p.add_argument("--batch", metavar="FILE", help="one question per line ('-' for stdin)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="measure search quality on a JSONL question set")
    p.add_argument("file", help='JSON Lines of {"id", "question", "gold": [...]}')
    p.add_argument("--verbose", "-v", action="count", default=0, help="list misses (-vv: everything)")
    p.set_defaults(func=cmd_eval)

    from .quiz import add_chat_command, add_quiz_commands
    from .serve import add_serve_command

    add_chat_command(sub)
    add_quiz_commands(sub)
    add_serve_command(sub)
    return parser


def _keep_compiled_patterns() -> None:
    """Compile regular expressions through the cache kept with the index, before
    build_parser() imports the search and its patterns."""
    from ..settings import Settings

    try:
        index_dir = Settings.from_env().index_dir
    except (TextbotError, OSError, ValueError):
        return  # the command itself says what is wrong
    from .regex_cache import enable

    enable(index_dir)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    if argv is None:  # the command itself, not a caller's
        _keep_compiled_patterns()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose is True else logging.WARNING,
        format="textbot: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    stdout, sys.stdout = sys.stdout, _Output(sys.stdout)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a full disk shows here, not as a traceback when Python exits
        return status
    except TextbotError as exc:
        print(f"textbot: {exc}", file=sys.stderr)
        return getattr(exc, "exit_status", EXIT_ERROR)
    except KeyboardInterrupt:
        print("textbot: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `textbot ask ... | head`: the reader has all it wanted
        _drop_output(stdout)
        return EXIT_OK
    except OSError as exc:  # a read-only or missing folder, a file where a folder should be
        target = exc.filename2 if exc.filename2 is not None else exc.filename
        print(f"textbot: {target}: {exc.strerror}" if target is not None else f"textbot: {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if isinstance(sys.stdout, _Output) and sys.stdout.failed:
            _drop_output(stdout)
        sys.stdout = stdout


class OutputError(TextbotError):
    """Standard output can't be written (a full disk, a closed terminal)."""


class _Output:
    """Standard output whose write errors become one-line OutputErrors (a broken pipe stays itself)."""

    def __init__(self, stream) -> None:  # noqa: ANN001 - any text stream
        self._stream = stream
        self.failed = False

    def write(self, text: str) -> int:
        return self._guard(self._stream.write, text)

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def _guard(self, operation, *args):  # noqa: ANN001, ANN202
        try:
            return operation(*args)
        except BrokenPipeError:
            self.failed = True
            raise
        except OSError as exc:
            self.failed = True
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None

    def __getattr__(self, name: str):  # noqa: ANN204 - fileno, isatty, encoding...
        return getattr(self._stream, name)


def _drop_output(stdout) -> None:  # noqa: ANN001
    # What is left in stdout's buffer can't be written; without this Python tries again at
    # exit and prints a traceback of its own (the recipe in the signal module's docs).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (a test's capture)
        pass
