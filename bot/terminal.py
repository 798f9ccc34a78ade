"""The conversation in a terminal: one line in, the replies out. Works on pipes too."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import TextIO

from .chat.conversation import HELP_TEXT, Conversation, Reply, parse_command
from .errors import TextbotError

log = logging.getLogger(__name__)

TERMINAL_USER = "terminal"
PROMPT = "> "
QUIT_COMMANDS = frozenset({"quit", "exit"})
QUIT_HELP = "/quit - leave"  # the terminal's own command, under the conversation's help
GOODBYE = "Bye."


def _write(stdout: TextIO, replies: list[Reply]) -> None:
    # Buttons are left out: every reply's text says how to do the same by typing.
    for reply in replies:
        stdout.write(reply.text.rstrip() + "\n\n")
    stdout.flush()


def handle_line(conversation: Conversation, user: str, line: str) -> list[Reply]:
    """The replies to one typed line: a /command or plain text."""
    parsed = parse_command(line)
    try:
        if parsed is None:
            return conversation.ask(user, line)
        replies = conversation.command(user, *parsed)
        if parsed[0] == "help":
            replies = [*replies[:-1], dataclasses.replace(replies[-1], text=f"{replies[-1].text}\n{QUIT_HELP}")]
        return replies
    except TextbotError as exc:
        return [Reply(str(exc))]


def _lines(stdin: TextIO, stdout: TextIO, interactive: bool):
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:  # end of input
            if interactive:
                stdout.write("\n")
            return
        line = line.strip()
        if line:
            yield line


def _is_quit(line: str, *, bare: bool = False) -> bool:
    """True for /quit or /exit; with ``bare``, also for the word alone, as people leave a prompt."""
    parsed = parse_command(line)
    if parsed is not None:
        return parsed[0] in QUIT_COMMANDS
    return bare and line.strip().rstrip(".!").lower() in QUIT_COMMANDS


def run_chat(conversation: Conversation, stdin: TextIO, stdout: TextIO, *, user: str = TERMINAL_USER,
             examples: Sequence[str] = ()) -> int:
    """Chat until /quit or end of input; returns the exit status (0).

    ``examples`` are questions to suggest (the corpus's bot.yaml), listed after the help.
    """
    interactive = stdin.isatty()
    stdout.write(f"{HELP_TEXT}\n{QUIT_HELP}\n\n")
    if examples:
        stdout.write("Try:\n" + "\n".join(f"  {question}" for question in examples) + "\n\n")
    for line in _lines(stdin, stdout, interactive):
        # a bare "quit" mid-quiz may be an answer; between quizzes it can only mean leave
        if _is_quit(line, bare=conversation.running_quiz(user) is None):
            break
        _write(stdout, handle_line(conversation, user, line))
    stdout.write(GOODBYE + "\n")
    stdout.flush()
    return 0


def run_quiz(conversation: Conversation, quiz_id: str, stdin: TextIO, stdout: TextIO, *, user: str = TERMINAL_USER) -> int:
    """Take one quiz until its last answer, /cancel, /quit or end of input; returns 0.

    Raises QuizError for an unknown quiz id.
    """
    conversation.quizzes.get(quiz_id)
    interactive = stdin.isatty()
    _write(stdout, conversation.command(user, "quiz", quiz_id))
    for line in _lines(stdin, stdout, interactive):
        if _is_quit(line):
            break
        _write(stdout, handle_line(conversation, user, line))
        if conversation.running_quiz(user) is None:
            return 0
    _write(stdout, conversation.command(user, "cancel"))
    return 0
