"""``textbot quiz ...`` and ``textbot chat``: thin commands over bot.quiz and bot.chat.

``bot.cli.main`` registers these with ``add_quiz_commands(sub)`` and
``add_chat_command(sub)``; each handler takes the parsed arguments and returns
the exit status, and a TextbotError becomes one line on stderr (in ``bot.cli.main``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from ..errors import TextbotError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXPORT_FORMATS = ("gift", "moodle-xml", "aiken", "csv")


def _settings():
    from ..settings import Settings

    return Settings.from_env()


def _documents(settings):
    from ..texts.corpus import load_corpus

    return load_corpus(settings.corpus_dir)


def _library(settings):
    from ..quiz import load_quizzes

    library = load_quizzes(settings.quizzes_dir, _documents(settings))
    for problem in library.errors:
        print(f"textbot: skipped: {problem}", file=sys.stderr)
    return library


def _write_output(text: str, output: str | None) -> None:
    """``text`` to a file, or to standard output when no file is given."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TextbotError(f"{output}: cannot write: {exc.strerror}") from None


class _LazySearcher:
    """Opens the real searcher (model, index) only when the first question is asked."""

    def __init__(self, settings) -> None:
        self._settings = settings
        self._searcher = None

    def _get(self):
        if self._searcher is None:
            from ..search.engine import open_searcher

            self._searcher = open_searcher(self._settings, notify=lambda m: print(f"textbot: {m}", file=sys.stderr))
        return self._searcher

    def search(self, question, **options):
        """Search the texts (see bot.search.Searcher.search)."""
        return self._get().search(question, **options)

    def cite(self, quote):
        """The one-line citation of a quote."""
        return self._get().cite(quote)


def _conversation(settings):
    from ..chat.conversation import Conversation, MemoryStore

    return Conversation(_LazySearcher(settings), _library(settings), MemoryStore())


# -- handlers -----------------------------------------------------------------


def cmd_quiz_check(args: argparse.Namespace) -> int:
    """Check quiz files; every problem as file:line: message; exit 1 on any error."""
    from ..quiz import check_paths
    from ..quiz.checker import quiz_files

    settings = _settings()
    paths = args.paths or [settings.quizzes_dir]
    files, missing = quiz_files(paths)
    if not files and not missing:  # checking nothing must not pass as "0 errors"
        raise TextbotError(f"no quiz files (*.yaml) in {', '.join(map(str, paths))}")
    problems = check_paths(paths, _documents(settings))
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    print(f"textbot: {summary}", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def cmd_quiz_list(args: argparse.Namespace) -> int:
    """List the quizzes (with --json: a JSON list of {id, title, questions})."""
    settings = _settings()
    if not settings.quizzes_dir.is_dir():
        raise TextbotError(f"quiz folder not found: {settings.quizzes_dir} (set TEXTBOT_QUIZZES)")
    library = _library(settings)
    if args.json:
        records = [{"id": q.id, "title": q.title, "questions": len(q.questions)} for q in library]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    for quiz in library:
        print(f"{quiz.id}\t{len(quiz.questions)} questions\t{quiz.title}")
    return EXIT_OK


def cmd_quiz_run(args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Take one quiz in the terminal."""
    from ..terminal import run_quiz

    return run_quiz(_conversation(_settings()), args.quiz_id, stdin or sys.stdin, stdout or sys.stdout)


def cmd_quiz_draft(args: argparse.Namespace) -> int:
    """Write a draft quiz of cloze questions from one document."""
    from ..quiz.draft import DEFAULT_DRAFT_QUESTIONS, draft_quiz

    documents = _documents(_settings())
    if args.doc_id not in documents:
        raise TextbotError(f"no document {args.doc_id!r} (documents: {', '.join(documents)})")
    questions = DEFAULT_DRAFT_QUESTIONS if args.questions is None else args.questions
    _write_output(draft_quiz(documents[args.doc_id], documents, questions=questions), args.output)
    return EXIT_OK


def _chosen_quizzes(library, quiz_id: str | None, *, purpose: str) -> list:
    """The quiz named, or every quiz; none at all is an error worth one line."""
    quizzes = [library.get(quiz_id)] if quiz_id else list(library)
    if not quizzes:
        raise TextbotError(f"no quizzes to {purpose}")
    return quizzes


def cmd_quiz_export(args: argparse.Namespace) -> int:
    """Export quizzes for a learning platform; what a format can't hold is said on stderr."""
    from ..quiz.export import export_quizzes

    library = _library(_settings())
    quizzes = _chosen_quizzes(library, args.quiz_id, purpose="export")
    result = export_quizzes(quizzes, args.format, library.documents)
    for warning in result.warnings:
        print(f"textbot: warning: {warning}", file=sys.stderr)
    _write_output(result.text, args.output)
    return EXIT_OK


def cmd_quiz_report(args: argparse.Namespace) -> int:
    """A reviewer's report: counts by kind and document, every question with its source passages."""
    from ..quiz.report import library_report

    library = _library(_settings())
    quizzes = _chosen_quizzes(library, args.quiz_id, purpose="report on")
    _write_output(library_report(quizzes, library.documents), args.output)
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Chat in the terminal: questions get quotations; /quiz runs quizzes."""
    from ..terminal import run_chat
    from ..texts.voice import load_voice

    settings = _settings()
    return run_chat(_conversation(settings), stdin or sys.stdin, stdout or sys.stdout,
                    examples=load_voice(settings.corpus_dir).examples)


# -- registration -------------------------------------------------------------


def add_quiz_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``quiz check|list|run|draft|export|report``."""
    quiz = subparsers.add_parser("quiz", help="check, list, run, draft, export and report on quizzes")
    sub = quiz.add_subparsers(dest="quiz_command", metavar="QUIZ_COMMAND", required=True)

    p = sub.add_parser("check", help="check quiz files (default: the quizzes folder)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="quiz files or folders")
    p.set_defaults(func=cmd_quiz_check)

    p = sub.add_parser("list", help="list the quizzes")
    p.add_argument("--json", action="store_true", help='print a JSON list of {"id", "title", "questions"}')
    p.set_defaults(func=cmd_quiz_list)

    p = sub.add_parser("run", help="take a quiz in the terminal")
    p.add_argument("quiz_id", metavar="ID")
    p.set_defaults(func=cmd_quiz_run)

    # No default from bot.quiz.draft here: importing it (and the quiz package) would
    # slow every command down, `textbot ask` included. cmd_quiz_draft fills it in.
    p = sub.add_parser("draft", help="draft a cloze quiz from a document, for a teacher to edit")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("-n", "--questions", type=int, metavar="N", help="number of questions (default 10)")
    p.set_defaults(func=cmd_quiz_draft)

    p = sub.add_parser("export", help="export quizzes as GIFT, Moodle XML, Aiken or CSV")
    p.add_argument("quiz_id", nargs="?", metavar="ID", help="one quiz (default: all)")
    p.add_argument("--format", "-f", required=True, choices=EXPORT_FORMATS)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_quiz_export)

    p = sub.add_parser("report", help="a reviewer's report: counts, and every question with its source passages")
    p.add_argument("quiz_id", nargs="?", metavar="ID", help="one quiz (default: all)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_quiz_report)


def add_chat_command(subparsers: argparse._SubParsersAction) -> None:
    """Register ``chat``."""
    p = subparsers.add_parser("chat", help="chat in the terminal (no Telegram token needed)")
    p.set_defaults(func=cmd_chat)
