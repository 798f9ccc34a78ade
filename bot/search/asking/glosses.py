"""Foreign terms in a question and their glosses: a pinyin or Chinese-script term the
corpus doesn't write is read as the English gloss the asker gives beside it, or left out."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

# The syllables of Hanyu Pinyin typed without tones ("zhong", "guo", "xin"; "lv" for "lü"):
# the finals each initial takes, and the finals written alone. A word spelt as these
# syllables only is pinyin in form ("honggou"); English words rarely are ("china" is).
_SYLLABLES = {
    "b": "a ai an ang ao ei en eng i ian iao ie in ing o u",
    "p": "a ai an ang ao ei en eng i ian iao ie in ing o ou u",
    "m": "a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u",
    "f": "a an ang ei en eng o ou u",
    "d": "a ai an ang ao e ei en eng i ia ian iao ie ing iu ong ou u uan ui un uo",
    "t": "a ai an ang ao e eng i ian iao ie ing ong ou u uan ui un uo",
    "n": "a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan ue ve un uo v",
    "l": "a ai an ang ao e ei eng i ia ian iang iao ie in ing iu ong ou u uan ue ve un uo v",
    "g": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "k": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "h": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "j": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "q": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "x": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "zh": "a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo",
    "ch": "a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo",
    "sh": "a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo",
    "r": "an ang ao e en eng i ong ou u ua uan ui un uo",
    "z": "a ai an ang ao e ei en eng i ong ou u uan ui un uo",
    "c": "a ai an ang ao e en eng i ong ou u uan ui un uo",
    "s": "a ai an ang ao e en eng i ong ou u uan ui un uo",
    "y": "a an ang ao e i in ing o ong ou u uan ue un",
    "w": "a ai an ang ei en eng o u",
    "": "a ai an ang ao e ei en eng er o ou",
}
# Grouped by initial ("zh" before "z"), each final longest first: one alternative is tried
# per initial, where a flat list of syllables made the check ten times slower.
_SYLLABLE = "|".join(
    f"{initial}(?:{'|'.join(sorted(finals.split(), key=len, reverse=True))})"
    for initial, finals in sorted(_SYLLABLES.items(), key=lambda item: -len(item[0]))
)
_PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE})+", re.IGNORECASE)
_PINYIN_SYLLABLE = re.compile(_SYLLABLE, re.IGNORECASE)
# The endings English inflects a word with: a word whose inflected form the language
# knows ("guidelines", "deleted") is English, though spelt as syllables of pinyin.
_INFLECTIONS = ("s", "es", "d", "ed", "ing", "r", "er")
# How many words' reading as pinyin is kept: a question's words recur in the next ones.
PINYIN_CACHE = 1 << 14
# Chinese characters (CJK unified ideographs and their extensions in the basic plane).
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# A run of them, with the enumeration comma and middle dot that join Chinese words in a list
# ("加强沟通、扩大共识"): one term.
_HAN_RUN = re.compile(rf"{_HAN}+(?:[、・·]{_HAN}+)*")
# A word spelt with a letter English never writes: another alphabet's ("державы"), or a
# Latin letter with a mark English words don't carry ("bezpieczeństwo", "gehört").
# Not the marks English keeps in borrowed words ("café", "naïve", "façade", "jalapeño").
_ENGLISH_MARKED = "éèêëàâîïôûùçñæœ"
_FOREIGN_LETTER = rf"[^\W\d_a-zA-Z{_ENGLISH_MARKED}{_ENGLISH_MARKED.upper()}]"
_FOREIGN_WORD = re.compile(rf"[^\W\d_]*{_FOREIGN_LETTER}[^\W\d_]*")
# A word as a term is typed: letters, perhaps with a syllable-dividing apostrophe ("fang'an").
_TERM_WORD = re.compile(rf"{_HAN_RUN.pattern}|{_FOREIGN_WORD.pattern}|[A-Za-z]+(?:['’][A-Za-z]+)*")
# What may stand between the words of one foreign term.
_WITHIN_TERM = re.compile(r"[\s-]*")
# An everyday English word this long at most may be one syllable of a term ("geng duo").
MAX_SYLLABLE_WORD = 3
# A term of no gloss nor quotes is read as foreign when it has this many words that start a
# term: one alone may be a name typed in lower case ("huawei", "weibo", "osama bin laden")
# or an English word the vocabulary lacks ("outage"), both evidence of what is asked.
MIN_TERM_STARTS = 2
# A pinyin word this long at least, in lower case, that neither the corpus nor the
# model's vocabulary knows, starts a term: a shorter one ("wen", "xin") is as often a
# typo or chat ("wen" for "when"), and is read as pinyin only beside a longer one.
MIN_TERM_WORD = 5

# Where a term stands in the question, marked while the glosses are read: no question writes it.
_MARK = "\x00"
_TERM = rf"[\"'‘“]?{_MARK}(\d+){_MARK}[\"'’”]?"
# "wangmin (netizens)", "'Zhongguo fang'an' (Chinese solution)": the bracket is the gloss.
_GLOSS_AFTER = re.compile(rf"{_TERM}\s*\(([^(){_MARK}]+)\)")
# "the Islamic State (yisilan guo)", "(间谍软件)": a term in brackets glosses the words before.
_IN_BRACKETS = re.compile(rf"\s*[(\[]\s*{_TERM}\s*[)\]]")
# "shuzi honggou, I mean digital divide", "…, in English the digital divide": what follows is the gloss.
_GLOSS_NAMED = re.compile(
    rf"{_TERM}\s*[,:;-]*\s*(?:(?:I|we)\s+mean|that\s+is(?:\s+to\s+say)?|i\.e\.?|meaning|which\s+means|or|in\s+English(?:\s+(?:it\s+is|we\s+say|that\s+is))?)[\s,:]+",
    re.IGNORECASE,
)
# "the yatouhang, the Asian Infrastructure Investment Bank": an apposition after a comma is
# the gloss, and the term's own determiner leaves with it.
_GLOSS_APPOSED = re.compile(rf"(?:\b(?:the|a|an)\s+)?{_TERM}\s*,\s*(?=(?:the|a|an)\s)", re.IGNORECASE)
# A term with no gloss leaves, with the words that only introduce it: "…, like xin
# changtai?", "something like 'gongshang gongjian gongxiang'", "In Chinese we say '…'".
# A term given as an example at a clause's end ("…, like xin changtai?") is the asker's own
# word for what they ask in English: foreign when it has this many syllables, more than the
# names of brands and people typed in lower case have ("huawei", "weibo").
_EXAMPLE = r"(?P<example>\b(?:something\s+|such\s+)?(?:like|as)\s+)"
MIN_EXAMPLE_SYLLABLES = 3
_UNGLOSSED = re.compile(
    rf"(?:(?:\bin\s+[A-Z][a-z]+,?\s+(?:we|they|people|you)\s+(?:say|call\s+it|write)\s+|{_EXAMPLE}|\b(?:so-)?called\s+))?"
    rf"(?:(?P<quoted>[\"'‘“]{_MARK}(?P<q>\d+){_MARK}[\"'’”])|{_TERM})(?P<end>(?=\s*(?:[,.;:?!]|$)))?",
    re.IGNORECASE,
)
# What leaving a term out leaves behind: a space before a mark, a doubled one, a sentence
# with no words before the next.
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:?!)])")
_EMPTY_CLAUSE = re.compile(r"([,;:])\s*(?=[,.;:?!]|$)")
_EMPTY_OPENING = re.compile(r"^[\s,.;:?!—–]+")
_SPACES = re.compile(r"\s{2,}")


def writes_han(texts: list[str]) -> bool:
    """Whether any of the texts writes Chinese characters."""
    return any(_HAN_RUN.search(text) for text in texts)


def syllables(term: str) -> int:
    """How many syllables of pinyin a term is spelt with ("xin changtai": 3)."""
    return len(_PINYIN_SYLLABLE.findall(term))


def syllable_initials(word: str) -> str:
    """The initials of the pinyin syllables a word is spelt with, in capitals
    ("Guangming": "GM"), as a name of one word is shortened; "" when it is no pinyin."""
    if not is_pinyin(word):
        return ""
    return "".join(syllable[0] for syllable in _PINYIN_SYLLABLE.findall(word)).upper()


@functools.lru_cache(maxsize=PINYIN_CACHE)
def is_pinyin(word: str) -> bool:
    """Whether a word is spelt as syllables of pinyin ("honggou", "fang'an"; "china", too)."""
    return all(_PINYIN_WORD.fullmatch(part) for part in re.split(r"['’]", word))


@dataclass(frozen=True)
class ForeignWords:
    """What the corpus and the language know, which tells a foreign word.

    ``known(word)``: the corpus writes it in some form; ``is_word(word)``: the model's
    vocabulary holds it as one piece (an English word); ``is_common(word)``: among its
    commonest; ``near_known(word)``: a corpus word is a typo away (then it is a
    misspelling, for the speller); ``stopwords``; ``han``: whether the corpus writes
    Chinese characters (then they are its words, not foreign)."""

    known: Callable[[str], bool]
    is_word: Callable[[str], bool]
    is_common: Callable[[str], bool]
    near_known: Callable[[str], bool]
    stopwords: frozenset[str]
    han: bool = False

    def starts_term(self, word: str) -> bool:
        """A word that is surely foreign: Chinese characters the corpus never writes, a
        lower-case word spelt with a letter English never writes (_FOREIGN_WORD: a
        capitalised one may be a name, "Erdoğan"), or a long lower-case pinyin word that
        neither the corpus nor English knows."""
        if _HAN_RUN.fullmatch(word):
            return not self.han
        if _FOREIGN_WORD.fullmatch(word):
            return word.islower() and not self.known(word)
        letters = re.sub(r"['’]", "", word)
        return (
            word.islower() and len(letters) >= MIN_TERM_WORD and is_pinyin(word)
            and not self.is_word(letters) and not self.known(word) and not self.near_known(letters)
            and not any(self.is_word(letters + ending) or self.is_word(letters[:-1] + ending) for ending in _INFLECTIONS)
        )

    def joins_term(self, word: str) -> bool:
        """A word read as pinyin beside a foreign one ("xin changtai", "yisilan guo",
        "danfu geng duo zeren"): a syllable, not a small English word, nor an everyday word
        the corpus writes or longer than a syllable ("like"); capitalised only if no English
        word ("Zhongguo fang'an")."""
        if self.starts_term(word):
            return True
        lower = word.lower()
        if lower in self.stopwords or _FOREIGN_WORD.fullmatch(word) or not is_pinyin(word):
            return False
        if not word.islower():
            return not self.is_word(lower) and not self.known(word)
        return not (self.is_common(lower) and (self.known(word) or len(lower) > MAX_SYLLABLE_WORD))


def _terms(text: str, words: ForeignWords) -> list[tuple[int, int, bool]]:
    """The spans of the foreign terms of a text: runs of words that join a term around
    one that starts it, each with whether it is foreign by itself (long enough)."""
    tokens = list(_TERM_WORD.finditer(text))
    # A word that starts a term joins one too: a text whose words start none (most) holds
    # no term, told before any word is asked whether it joins one.
    starts = [words.starts_term(t.group()) for t in tokens]
    if not any(starts):
        return []
    joins = [words.joins_term(t.group()) for t in tokens]
    spans: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        if not joins[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and joins[j + 1] and _WITHIN_TERM.fullmatch(text, tokens[j].end(), tokens[j + 1].start()):
            j += 1
        if any(starts[i : j + 1]):
            # Chinese characters are foreign alone (the corpus writes none), and so are words
            # of a letter English never writes; a pinyin word alone may be a name typed in lower case.
            surely = any(starts[k] and (_HAN_RUN.fullmatch(tokens[k].group()) or _FOREIGN_WORD.fullmatch(tokens[k].group())) for k in range(i, j + 1))
            alone = surely or sum(starts[i : j + 1]) >= MIN_TERM_STARTS
            spans.append((tokens[i].start(), tokens[j].end(), alone))
        i = j + 1
    return spans


# A word of the asker's own language put in brackets after the English it glosses ("the
# global scourges (flagelli)", "sovereignty (soberanía)"): one or two lower-case words.
_BRACKETED_WORDS = re.compile(r"(?<=[\w'’])\s*\((?P<gloss>[^\W\d_]+(?:\s+[^\W\d_]+)?)\)", re.UNICODE)


def _foreign_in_brackets(text: str, words: ForeignWords) -> tuple[str, list[tuple[str, str]]]:
    """The text without the bracketed words of another language glossing the word
    before them (_BRACKETED_WORDS): each word lower-case, and neither the corpus's (as
    written or a typo away) nor one of the model's English ones. "(NSA)", "(the UN)" and
    "(privacy)" stay."""
    changes = []

    def out(match: re.Match[str]) -> str:
        gloss = match.group("gloss")
        foreign = all(
            w.islower() and not words.known(w) and not words.near_known(w) and not words.is_word(w) for w in gloss.split()
        )
        if not foreign:
            return match.group()
        changes.append((gloss, ""))
        return ""

    return _BRACKETED_WORDS.sub(out, text), changes


def english(text: str, words: ForeignWords) -> tuple[str, list[tuple[str, str]]]:
    """The text with each foreign term read as the gloss the asker gives for it, or left
    out when none is given and it is surely foreign (quoted, or words long), and the changes made ((term, gloss or "")): "How to solve the
    shuzi honggou, I mean digital divide problem?" → "How to solve the digital divide
    problem?". A word neither the corpus nor English knows is no evidence the texts
    miss what is asked; its gloss says what is. So is a word of another language the
    asker glosses in brackets ("the global scourges (flagelli)"): it leaves."""
    text, bracketed = _foreign_in_brackets(text, words) if "(" in text else (text, [])
    spans = _terms(text, words)
    if not spans:
        return text, bracketed
    terms = [text[start:end] for start, end, _ in spans]
    marked = text
    for n, (start, end, _) in reversed(list(enumerate(spans))):
        marked = f"{marked[:start]}{_MARK}{n}{_MARK}{marked[end:]}"
    changes: dict[int, str] = {}

    def glossed(match: re.Match, gloss: str) -> str:
        changes[int(match.group(1))] = gloss.strip()
        return gloss

    marked = _GLOSS_AFTER.sub(lambda m: glossed(m, m.group(2)), marked)
    marked = _IN_BRACKETS.sub(lambda m: glossed(m, ""), marked)
    marked = _GLOSS_NAMED.sub(lambda m: glossed(m, ""), marked)
    marked = _GLOSS_APPOSED.sub(lambda m: glossed(m, ""), marked)

    def unglossed(match: re.Match) -> str:
        n = int(match.group("q") or match.group(4))
        example = match.group("example") is not None and match.group("end") is not None and syllables(terms[n]) >= MIN_EXAMPLE_SYLLABLES
        if match.group("quoted") or spans[n][2] or example:
            changes[n] = ""
            return ""
        return match.group().replace(f"{_MARK}{n}{_MARK}", terms[n])

    marked = _UNGLOSSED.sub(unglossed, marked)
    read = _SPACE_BEFORE_MARK.sub(r"\1", marked)
    read = _EMPTY_CLAUSE.sub("", read)
    read = _EMPTY_OPENING.sub("", _SPACES.sub(" ", read)).strip()
    if not read:
        return text, bracketed
    return read, [*bracketed, *((terms[n], gloss) for n, gloss in sorted(changes.items()))]
