"""What the conversation sends back: ``Reply`` and ``Button``, the button data codes, and
the standard rendering of a quiz question and of the feedback on an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..quiz.session import Feedback, PresentedQuestion, QuizSession, format_score
from ..search.results import Quote

CALLBACK_DATA_MAX_BYTES = 64  # Telegram's limit for callback_data
BUTTON_LABEL_MAX = 40

# Button data: "q:<quiz id>", "a:<token>:<question index>:<position>",
# "s:<token>:<question index>" (submit picks), "c:<token>:<question index>" (clear picks),
# "more" (more quotations for the last question), "rm:<quiz id>" (review the questions
# missed in that quiz's last run).
START_QUIZ, PICK, SUBMIT, CLEAR, MORE, REVIEW_MISSED = "q", "a", "s", "c", "more", "rm"
STALE = "That question is no longer open; nothing was recorded."
RIGHT_MARK, WRONG_MARK, YOURS = "✓", "✗", " ← yours"
MISSED_PROMPT_CHARS = 90  # a missed question, as listed at the end of a quiz


@dataclass(frozen=True)
class Button:
    """A button under a reply: ``label`` shown, ``data`` sent back to ``Conversation.press``."""

    label: str
    data: str

    def __post_init__(self) -> None:
        if not 1 <= len(self.data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
            raise ValueError(f"button data must be 1-{CALLBACK_DATA_MAX_BYTES} bytes: {self.data!r}")


@dataclass(frozen=True)
class Reply:
    """One message to show.

    ``text`` is plain text, complete on its own (a front end without buttons
    shows only it). ``buttons`` are rows of buttons. ``quotes`` are the
    quotations the text contains, for front ends that format them specially.
    ``question`` is set when the reply asks a quiz question, so a front end may
    ask it its own way (a Telegram quiz poll) and report the choice with
    ``press(user, pick_data(question, position))``. ``replace`` means: this
    updates the message whose button was pressed (a front end that can't edit
    messages sends it as new). ``note`` is a line the text ends with that is not
    part of the quiz's feedback (reminders turned on): a front end that shows the
    feedback its own way (a quiz poll) still says it.
    """

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    question: PresentedQuestion | None = None
    replace: bool = False
    notice: bool = False
    feedback: Feedback | None = None
    note: str = ""


@dataclass(frozen=True)
class QuizPress:
    """A press on a quiz question's button: pick an option, submit the picks or clear them."""

    kind: str  # PICK, SUBMIT or CLEAR
    token: str  # the quiz session's
    index: int  # the question's, in the session
    position: int | None = None  # the option picked, 0-based as shown

    def apply(self, session: QuizSession) -> Feedback | None:
        """Carry the press out on ``session``: the feedback once the question is answered,
        else None (a pick of a select-all question, or a clear). Raises AnswerError."""
        if self.kind == CLEAR:
            session.clear()
            return None
        if self.kind == SUBMIT:
            return session.submit()
        return session.pick(self.position)  # type: ignore[arg-type]


def parse_press(data: str) -> QuizPress | None:
    """The quiz press a button's data encodes, or None for other or malformed data."""
    kind, _, rest = data.partition(":")
    parts = rest.split(":")
    if kind not in (PICK, SUBMIT, CLEAR) or len(parts) != (3 if kind == PICK else 2):
        return None
    try:
        numbers = [int(part) for part in parts[1:]]
    except ValueError:
        return None
    return QuizPress(kind, parts[0], numbers[0], numbers[1] if kind == PICK else None)


def pick_data(question: PresentedQuestion, position: int) -> str:
    """The button data that picks the option at ``position`` (0-based, as shown)."""
    return f"{PICK}:{question.token}:{question.index}:{position}"


def counted(n: int, noun: str) -> str:
    """``1 question``, ``3 questions``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def button_label(text: str) -> str:
    """``text`` cut to fit on a button."""
    return text if len(text) <= BUTTON_LABEL_MAX else text[: BUTTON_LABEL_MAX - 1] + "…"


def render_question(session: QuizSession, *, replace: bool = False) -> Reply:
    """The open question of a session: its text with numbered options, a button per option."""
    shown = session.presented()
    lines = [f"Question {shown.index + 1} of {shown.total}", shown.text]
    if shown.options:
        lines.append("")
        lines += [f"{n}. {label}" for n, label in enumerate(shown.options, start=1)]
    picked = [p + 1 for p in session.pending]
    if shown.typed:
        hint = "Type your answer."
    elif shown.ordering:
        hint = "Put them in order, earliest first: type the numbers (e.g. 3 1 2), or press the buttons in turn."
        if picked:
            hint += f"\nYour order so far: {' '.join(map(str, picked))}"
    elif shown.multiple:
        hint = "Select all that apply: type the numbers (e.g. 1 3), or press the buttons and then Done."
        if picked:
            hint += f"\nPicked so far: {' '.join(map(str, sorted(picked)))}"
    else:
        hint = "Type the number of your answer, or press its button."
    lines += ["", hint]
    rows: list[tuple[Button, ...]] = []
    for position, label in enumerate(shown.options):
        mark = "✓ " if position in session.pending else ""
        rows.append((Button(button_label(f"{mark}{position + 1}. {label}"), pick_data(shown, position)),))
    if shown.multiple or shown.ordering:
        controls = [Button("Clear", f"{CLEAR}:{shown.token}:{shown.index}")]
        if shown.multiple:
            controls.insert(0, Button("Done", f"{SUBMIT}:{shown.token}:{shown.index}"))
        rows.append(tuple(controls))
    return Reply("\n".join(lines), buttons=tuple(rows), question=shown, replace=replace)


def render_feedback(feedback: Feedback) -> Reply:
    """Right or wrong, the right answer, the explanation, then each source quotation and its citation."""
    if feedback.correct:
        verdict = "Right!"
    elif feedback.partial:
        verdict = f"Partly right: {format_score(feedback.credit)} of 1 point."
    else:
        verdict = "Not right."
    lines = [verdict]
    if not feedback.correct:
        lines.append(f"Your answer: {feedback.response}")
        lines.append(f"The answer: {feedback.correct_answer}")
    lines.append(feedback.explanation)
    lines += [f"“{e.quote.text}”\n— {e.citation}" for e in feedback.evidence]
    return Reply("\n".join(lines), quotes=tuple(e.quote for e in feedback.evidence), feedback=feedback)


def render_answered(shown: PresentedQuestion, picked: list[int], feedback: Feedback) -> Reply:
    """An answered question in place of the asked one, without buttons: the right options
    marked ✓, a wrong pick ✗, the student's picks pointed out; then the feedback."""
    lines = [f"Question {shown.index + 1} of {shown.total}", shown.text, ""]
    for position, label in enumerate(shown.options):
        if shown.ordering:
            mark = "•"
        else:
            mark = RIGHT_MARK if position in shown.correct else WRONG_MARK if position in picked else "•"
        yours = YOURS if position in picked and not shown.ordering else ""
        lines.append(f"{mark} {position + 1}. {label}{yours}")
    if shown.ordering:
        lines.append(f"Your order: {' '.join(str(p + 1) for p in picked)}")
    told = render_feedback(feedback)
    return Reply("\n".join(lines) + "\n\n" + told.text, quotes=told.quotes, replace=True, feedback=feedback)


def render_missed(missed: list[tuple[int, str, str]]) -> str:
    """The questions missed, numbered as asked, each with its right answer."""
    lines = ["Missed:"]
    for index, prompt, answer in missed:
        short = prompt if len(prompt) <= MISSED_PROMPT_CHARS else prompt[: MISSED_PROMPT_CHARS - 1] + "…"
        lines.append(f"{index + 1}. {short}\n   Answer: {answer}")
    return "\n".join(lines)
