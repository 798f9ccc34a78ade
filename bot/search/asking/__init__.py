"""How a question asks, apart from what about: the asker's words, the documents it names, its structure.

``words`` holds the vocabulary the others share; ``chatspeak`` puts chat's voice into plain
words; ``asker`` the asker's words around the question; ``structure`` what a question asks for by its shape (``Asks``); ``documents``
the documents it names and the framing words, which take a question apart (``Framer``);
``attitude`` a writer's stance asked of ("is Zhi worried about X"), which the refusal rule
weighs as a frame; ``order`` which of two things a piece tells first; ``glosses`` foreign
terms and their glosses (and an outlet's pinyin initials). Imports run one way: words ←
structure ← asker ← documents, words ← times ← documents, glosses ← documents, words ←
attitude, and words ← order.
"""

from .asker import without_instance_frame, without_set_aside
from .chatspeak import PLAIN, ChatSpeak
from .documents import Framed, Framer
from .structure import MODALS, NOTHING_ASKED, Asks, answer_kind_words, asks
from .words import DOCUMENT_NOUNS, MONTH_ABBREVIATIONS, MONTHS, PHRASAL_VERBS, PRONOUNS, VERBS

__all__ = [
    "DOCUMENT_NOUNS",
    "MODALS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NOTHING_ASKED",
    "PHRASAL_VERBS",
    "PLAIN",
    "PRONOUNS",
    "VERBS",
    "Asks",
    "ChatSpeak",
    "Framed",
    "Framer",
    "answer_kind_words",
    "asks",
    "without_instance_frame",
    "without_set_aside",
]
