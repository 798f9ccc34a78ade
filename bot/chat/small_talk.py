"""Replies to messages that are not questions about the texts: greetings, thanks,
"who are you?", and questions in another language. Each answers in a line and shows
an example question the corpus answers; none of them is "the texts don't cover that"."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from ..search.asking.syntax import search_syntax
from ..search.lexical import QUESTION_WORDS, words
from ..search.reading import FRAMING_WORDS
from ..texts.corpus import Document

log = logging.getLogger(__name__)

NEUTRAL_EXAMPLE = "What do the texts say about …?"
CHAT_HELP = "/help lists what else I do."
_END = r"[\s!.?,:;)(\-–—~*]*$"
_GREETING = re.compile(
    r"^(?:hi|hii+|hello|hallo|hey|heya|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)|"
    r"hi\s+there|hello\s+there|hey\s+there|how\s+are\s+you(?:\s+doing)?|how's\s+it\s+going|what's\s+up|sup)"
    r"(?:\s+(?:bot|textbot|there|friend|everyone|all))?" + _END,
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^(?:(?:ok(?:ay)?|great|cool|nice|perfect|awesome|got\s+it)[\s,!.]*)?"
    r"(?:thanks|thank\s+you|thank\s+u|thx|ty|cheers|many\s+thanks|thanks\s+a\s+lot|thank\s+you\s+(?:so\s+)?much|ta)"
    r"(?:\s+(?:bot|textbot|a\s+lot|again|so\s+much))?" + _END,
    re.IGNORECASE,
)
_WHO = re.compile(
    r"^(?:(?:who|what)\s+(?:are|r)\s+(?:you|u)|what\s+(?:can|do)\s+you\s+do|what\s+is\s+this(?:\s+bot)?"
    r"|how\s+(?:do|does)\s+(?:this|it|you)\s+work|are\s+you\s+an?\s+(?:bot|robot|human|person|ai)"
    r"|what(?:'s|\s+is)\s+your\s+name"
    # ... or asked for help with nothing to help with yet: "please help", "can you help me?".
    r"|(?:(?:please|pls|plz)\s+)?help(?:\s+me)?(?:\s+(?:please|pls|plz))?|i\s+need\s+(?:some\s+)?help"
    r"|(?:can|could)\s+(?:you|u)\s+help(?:\s+me)?|how\s+do\s+i\s+use\s+(?:this|you|it))(?:\s+(?:exactly|again|here))?" + _END,
    re.IGNORECASE,
)
# The student lost (told how to ask) or just acknowledging: neither is "not covered".
_CONFUSED = re.compile(
    r"^(?:(?:sorry|hmm+|um+|uh+)[\s,!.]*)?"
    r"(?:i\s+(?:do\s+not|don['’]t|dont)\s+(?:understand|get\s+it|know\s+what\s+to\s+ask)|i['’]?m\s+(?:confused|lost)|i\s+am\s+(?:confused|lost)"
    r"|what\s+do\s+you\s+mean|what|why|how|who|when|where|which|huh|sorry|hmm+|um+)" + _END,
    re.IGNORECASE,
)
_OK = re.compile(r"^(?:ok(?:ay)?|cool|great|nice|good|got\s+it|i\s+see|alright|all\s+right)" + _END, re.IGNORECASE)
# A follow-up to the last answer, not a new question: more of it, or where it came from.
_MORE = re.compile(
    r"^(?:(?:and|ok(?:ay)?|please|so)[\s,]+)?"
    r"(?:more|tell\s+me\s+more|(?:show|give)\s+(?:me\s+)?(?:some\s+)?more|(?:any|some)\s+more|more\s+(?:quotes?|quotations?)"
    r"|go\s+on|continue|keep\s+going|anything\s+else|what\s+else|next(?:\s+(?:one|quotes?|please))?)"
    r"(?:\s+(?:please|pls|plz))?" + _END,
    re.IGNORECASE,
)
_THAT = r"(?:that|this|it|those|these|they|them)"
_PIECE = r"(?:article|text|piece|paper|document|source|outlet|op-ed|author|writer)s?"
_SOURCE = re.compile(
    rf"^(?:(?:and|ok(?:ay)?|so)[\s,]+)?(?:(?:who|which\s+{_PIECE})\s+(?:said|says|say|wrote|writes|write)\s+{_THAT}"
    rf"|(?:where|which\s+{_PIECE})\s+(?:is|are|was|were|does|do|did)\s+{_THAT}(?:\s+(?:quotes?|come|comes|taken))?\s+from"
    rf"|(?:what(?:['’]s|\s+is|\s+are)\s+)?(?:the\s+|your\s+)?(?:sources?|citations?|references?)(?:\s+(?:for|of)\s+{_THAT})?(?:\s+please)?)"
    + _END,
    re.IGNORECASE,
)
# A message with no letters ("1", "?", "42", an emoji) asks nothing a search could answer;
# a year alone ("2014") does: the sentences dated then.
_YEAR_ALONE = re.compile(r"^(?:1[89]|20)\d\d" + _END)
_BYE = re.compile(r"^(?:bye|goodbye|good\s+bye|see\s+you|see\s+ya|cya|good\s+night)(?:\s+\w+)?" + _END, re.IGNORECASE)
# A question whose letters are mostly of another script is in another language; one in
# Latin letters is checked by a language identifier only when few of its words are ones
# the texts or English questions use.
MIN_WORDS_TO_IDENTIFY = 3
MAX_KNOWN_SHARE = 0.5
# Single letters are initials ("the u.s."), no evidence of a language.
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


def other_language(text: str, *, known: Callable[[str], bool]) -> bool:
    """Whether a message is written in a language other than English.

    ``known(word)``: whether a word is one the texts or English questions use.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if sum(1 for c in letters if not _is_latin(c)) > len(letters) / 2:
        return True
    words = _LATIN_WORD.findall(text)
    if len(words) < MIN_WORDS_TO_IDENTIFY or sum(1 for w in words if known(w)) > len(words) * MAX_KNOWN_SHARE:
        return False
    import py3langid  # only here: its model takes a second to load

    language, _ = py3langid.classify(text)
    log.debug("language of %r: %s", text, language)
    return language != "en"


def casual_reply(text: str, *, example: str = NEUTRAL_EXAMPLE, known: Callable[[str], bool] = lambda w: True,
                 more: str = CHAT_HELP) -> str | None:
    """The reply to small talk or a question in another language; None for a question to search.
    ``more`` says where to find what else the bot does, in the front end at hand."""
    text = text.strip()
    try_this = f"For example: “{example}”"
    if _GREETING.match(text):
        return f"Hello! Ask me what the texts say and I answer with their own sentences. {try_this}"
    if _THANKS.match(text):
        return f"You're welcome! Ask me anything else about the texts. {try_this}"
    if _WHO.match(text):
        return (
            "I'm a study assistant for a set of texts: ask a question and I quote the sentences that "
            f"answer it, word for word, each with its source. {more} {try_this}"
        )
    if _BYE.match(text):
        return "Goodbye! Come back with more questions about the texts."
    if _CONFUSED.match(text):
        return f"Ask me about a subject of the texts, in your own words, and I quote the sentences that answer it. {try_this}"
    if _OK.match(text):
        return f"Ask me another question whenever you like. {try_this}"
    # A message in a search box's syntax is judged by its terms: its filters ("site:gmw.cn")
    # are no words of another language, and a filter alone asks nothing.
    syntax = search_syntax(text)
    terms = syntax.text if syntax is not None else text
    if (syntax is not None and not terms.strip()) or asks_nothing(terms):
        return f"Ask me in words what you'd like to know about the texts. {try_this}"
    if other_language(terms, known=known):
        return f"The texts are in English, so I can only search them in English. {try_this}"
    return None


def asks_nothing(text: str) -> bool:
    """Whether a message has no letters to search by ("1", "42", "?"): a year alone
    ("2014") is still a question, of what happened then."""
    text = text.strip()
    return bool(text) and not any(c.isalpha() for c in text) and not _YEAR_ALONE.match(text)


def asks_for_more(text: str) -> bool:
    """Whether a message asks for more quotes on the last question ("tell me more")."""
    return bool(_MORE.match(text.strip()))


def asks_for_source(text: str) -> bool:
    """Whether a message asks where the last quotes came from ("who said that?")."""
    return bool(_SOURCE.match(text.strip()))


class SmallTalk:
    """Small-talk replies for one corpus: its example question and its vocabulary."""

    def __init__(self, documents: dict[str, Document], *, more: str = CHAT_HELP):
        from bm25s.stopwords import STOPWORDS_EN

        stopwords = set(STOPWORDS_EN) | QUESTION_WORDS
        self._vocabulary = stopwords | FRAMING_WORDS | {w for doc in documents.values() for w in words(doc.body)}
        self.example = example_question(documents, stopwords)
        self._more = more

    def knows(self, word: str) -> bool:
        return word.lower() in self._vocabulary

    def reply(self, text: str) -> str | None:
        """The reply to small talk or another language; None for a question to search."""
        return casual_reply(text, example=self.example, known=self.knows, more=self._more)


def example_question(documents: dict[str, Document], stopwords: set[str]) -> str:
    """A question the corpus answers: about the pair of content words used by the most
    documents, then most often."""
    documents_using: dict[tuple[str, str], set[str]] = {}
    uses: Counter[tuple[str, str]] = Counter()
    for doc_id, doc in documents.items():
        for paragraph in doc.body.split("\n\n"):
            tokens = words(paragraph)
            for pair in zip(tokens, tokens[1:]):
                if all(w.isalpha() and len(w) > 1 and w not in stopwords for w in pair):
                    documents_using.setdefault(pair, set()).add(doc_id)
                    uses[pair] += 1
    if not uses:
        return NEUTRAL_EXAMPLE
    pair = max(uses, key=lambda p: (len(documents_using[p]), uses[p], p))
    return f"What do the texts say about {' '.join(pair)}?"
