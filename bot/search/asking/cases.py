"""A case put to the texts before the question ("Suppose a country slaps tariffs on
foreign tech goods. What does the Guangming piece oppose?", "imagine X - what does Y
recommend?", "In a world where X, how does Zhi describe it?", "If a government bans X,
what would Y object to?", or told as a story: "Two neighbours quarrel over X. What does Y
say they should do?"): the hypothetical frame goes, the question comes first and the case
follows it as what the question is about.

The texts state the principle, the recommendation or the warning; the case is the
asker's example of it, in their words. Read in the order typed, the question's own frame
("what does the Guangming piece say") stands in the middle of the message, where the
frames, which open a question, are not found, and the marker ("suppose", "imagine") is
weighed as a word of the subject; dropped as a story before the question, the case takes
with it what the question asks of ("What does Zhi name as the second cause?")."""

from __future__ import annotations

import functools
import re

from .words import DOCUMENT_NOUNS, QUESTION_AUXILIARIES, QUESTION_WORDS

# The words that put a case: "suppose (that)", "imagine (if)", "pretend", "say" before who
# or what the case is of, "what if", "in a world where", "hypothetically". Not "if" alone,
# which as often asks about the texts' own condition ("if cyberspace has no borders, who
# regulates it?", whose passage opens "Although there are no borders …"), nor "given" or
# "once".
_WHO_OR_WHAT = r"(?=\s+(?:a|an|some|someone|somebody|one|two|three|every|all|the|there|we|you|they|your|my|our|[a-z]+s|(?-i:[A-Z])[\w-]+)\b)"
# ... and "consider" only before a case of some kind ("consider a country that …"), not
# before what the texts say ("consider the essay's second part: …").
_SOME_CASE = r"(?=\s+(?:a|an|some|someone|somebody|one|two|three|every|any)\b)"
_CASE_MARKER = re.compile(
    r"^\W*(?:(?:so|ok|okay|now|and|but)\s*,?\s+)?"
    r"(?:suppose|supposing|imagine|assume|picture|pretend|hypothetically(?:\s+speaking)?|let['’]?s\s+(?:say|suppose|imagine|pretend)"
    # ... or labelled as one ("Case: …", "Scenario: …", "Hypothetical: …").
    r"|(?:(?:test|real|sample|hypothetical|imagined|made-up)\s+)?(?:case|scenario|hypothetical|what-if|situation)(?=\s*:)"
    rf"|let\s+us\s+(?:say|suppose|imagine)|say,?{_WHO_OR_WHAT}|consider,?{_SOME_CASE}|what\s+if|in\s+a\s+(?:world|scenario|situation|future)\s+(?:where|in\s+which))"
    r"(?:\s+(?:for\s+a\s+(?:moment|second|minute)|for\s+example|for\s+instance))?(?:\s+(?:that|if))?[\s,:]+(?=\w)",
    re.IGNORECASE,
)
# Where the case ends and the question opens: a sentence's end, a dash or a comma before a
# word that asks ("… goods. What does …", "… around - what does …", "…, how does …"), or
# before whose account it asks for ("…, according to Zhi, what …").
_CASE_END = re.compile(
    rf"(?:[.?!:;]|\s[-–—]|[–—]|,)\s*(?=(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES}|according\s+to|per)\b)",
    re.IGNORECASE,
)
# "If" puts a case only of someone or something of a kind ("if a government bans …", "if
# someone treated …"), and only before a question asking what, which, how …: "if we
# ignore …" and "if the dangers are worldwide …" state the texts' own condition, and "if
# a company were hit …, should it pay?" asks a claim about the case itself.
_IF_CASE = re.compile(r"^\W*(?:(?:so|ok|okay|now|and|but)\s*,?\s+)?if(?=\s+(?:a|an|someone|somebody|one|another)\b)\s+", re.IGNORECASE)
_IF_CASE_END = re.compile(rf"(?:[.?!:;]|\s[-–—]|[–—]|,)\s*(?=(?:{QUESTION_WORDS}|according\s+to|per)\b)", re.IGNORECASE)
# A case told with no marker, as a story of someone of a kind in the one sentence before
# the question ("Two neighbours are quarrelling over who hacked whom. What does Guangming
# say they should do?", "A family bakery can't afford to go online. What …"): the story
# stays whole, "A" with it. Told over more sentences ("A student I know complains that …
# I found that Zhi says something similar. What …"), it is the asker's preamble.
_WH_QUESTION_NEXT = rf"(?=(?i:{QUESTION_WORDS}|according\s+to|per)\b)"
# So is a claim someone the asker knows makes, put to a piece ("My roommate says one
# superpower should run the internet. How would Zhang answer him?"), its quoted words
# ending the sentence inside their quotation marks ("… 'worry about security later.' What …").
_SOMEONE_CLAIMS = (
    r"(?:My|Our)\s+(?:[\w-]+\s+)?(?:friend|roommate|flatmate|housemate|classmate|teammate|colleague|teacher|professor|prof|tutor|lecturer|"
    r"instructor|supervisor|boss|brother|sister|mum|mom|dad|father|mother|parent|uncle|aunt|cousin|grandfather|grandmother|grandpa|grandma|"
    r"partner|neighbou?r|opponent|debate\s+partner)s?\s+(?:says|said|argues|argued|thinks|thought|claims|claimed|insists|insisted|reckons|believes)"
)
_STORY_CASE = re.compile(rf"^\W*(?=(?:(?:A|An|Someone|Somebody|Two|Three)|{_SOMEONE_CLAIMS})\s[^.!?]*[.!]['’\"”]?\s+{_WH_QUESTION_NEXT})")
_STORY_CASE_END = re.compile(rf"[.!]['’\"”]?\s+{_WH_QUESTION_NEXT}")
# Each way of putting a case, with where its case ends, the marked first.
_CASE_KINDS = ((_CASE_MARKER, _CASE_END), (_IF_CASE, _IF_CASE_END), (_STORY_CASE, _STORY_CASE_END))
# The case must say something: a few words at least ("Say what …" puts none).
MIN_CASE_WORDS = 3
# A question asking which of the texts' sentences the case falls under ("which sentence of
# the guangming text applies?", "Which line of the article describes that?", "which
# principle fits?"): it asks for the passage the case calls on, and names nothing else.
_PASSAGE_FOR_CASE = re.compile(
    r"^\W*(?:which|what)\s+(?:sentence|line|passage|part|bit|quote|quotation|principle|paragraph)s?\b"
    rf"(?:\s+(?:of|in|from)\s+(?:(?:the|this|that)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS}|[\w'’-]+))?"
    r"(?:\s+(?:best|most|would|does|do|might|could))?"
    r"\s+(?:appl(?:y|ies)|fits?|describes?|covers?|matche?s?|captures?|addresses|speaks?\s+to|deals?\s+with)"
    r"(?:\s+(?:to\s+)?(?:it|that|this|them|here|the\s+case|the\s+situation))?\W*$"
    # ... or what a piece would reply to it ("What's Zhi's reply?", "How would Zhang answer
    # him?", "What short Guangming line pushes back on that?"), or which of its principles
    # the case breaks ("Which Guangming principle does that violate?").
    r"|^\W*(?:what['’]?s|what\s+(?:is|would\s+be))\s+(?:[\w'’-]+\s+){0,4}?(?:reply|answer|response|rebuttal|retort|comeback|counter(?:-?argument)?)"
    r"(?:\s+to\s+(?:that|this|it|him|her|them|the\s+\w+))?\W*$"
    r"|^\W*how\s+(?:would|might|could|does|do|did|will)\s+(?:[\w'’-]+\s+){1,4}?(?:answer|respond|reply|react|rebut|counter|push\s+back|see|view|judge|regard)"
    r"(?:\s+(?:to|on|against)?\s*(?:that|this|it|him|her|them|the\s+\w+))?\W*$"
    r"|^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:sentence|line|passage|quote|quotation)s?\s+"
    r"(?:would\s+|could\s+|might\s+)?(?:push(?:es)?\s+back\s+(?:on|against)|objects?\s+to|answers?|rebuts?|counters?|refutes?|contradicts?)\s+"
    r"(?:that|this|it|them|him|her)(?:\s+(?:kind|sort|type)\s+of\s+[\w'’-]+)?\W*$"
    r"|^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:principle|rule|norm|idea)s?\s+(?:does|do|would|might|could)\s+(?:that|this|it|they)\s+"
    r"(?:violate|break|breach|go\s+against|contradict|offend\s+against)\W*$",
    re.IGNORECASE,
)


# Messages whose parting is remembered: a question is parted twice, by the asker
# (case_last) and by Coverage (case_of), on the same message; a few per question suffice.
PARTED_REMEMBERED = 64


@functools.lru_cache(maxsize=PARTED_REMEMBERED)
def _parted(message: str) -> tuple[str, str] | None:
    """The case a message puts before its question, and the question; None when it puts none."""
    marker, ends = next(((m, ends) for opening, ends in _CASE_KINDS if (m := opening.match(message))), (None, None))
    if marker is None:
        return None
    rest = message[marker.end() :]
    end = next((e for e in ends.finditer(rest) if len(rest[: e.start()].split()) >= MIN_CASE_WORDS), None)
    if end is None:
        return None
    return rest[: end.start()].strip(" ,;:"), rest[end.end() :].strip()


def case_of(message: str) -> tuple[str, str]:
    """The case a message puts before its question, without its marker, and the question
    ("Suppose X. What …?" → X, "What …?"); both empty when it puts none."""
    return _parted(message) or ("", "")


def case_last(message: str) -> str:
    """The message with a case put before its question (``_CASE_MARKER``) read as the
    question, then the case without its marker: "Suppose X. What does Y oppose?" → "What
    does Y oppose, X?"; the case alone when the question only asks which passage it falls
    under (``_PASSAGE_FOR_CASE``). Any other message is returned as it is."""
    parted = _parted(message)
    if parted is None:
        return message
    case, question = parted
    if _PASSAGE_FOR_CASE.match(question):
        return f"{case}?"
    closing = re.search(r"[?!.]*$", question).group()
    return f"{question[: len(question) - len(closing)]}, {case}{closing or '?'}"
