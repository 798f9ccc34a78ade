"""Chat-speak: the abbreviations of phone chat ("wat", "abt", "acc to", "rn", "w", "n") and how a
message typed in that voice is put into plain words, its fillers, tails and emoji left out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .needs import guarded
from .words import POINTING_PRONOUNS, QUESTION_AUXILIARIES, QUESTION_WORDS

# Chat's abbreviations, English's own and no corpus's: the speller would read them as the
# nearest corpus word ("wat" as "was", "intl" as "into") or leave them in the subject.
ABBREVIATIONS = {
    # Texting shorthand for words ("abt", "ppl", "w/", "bc", "govt").
    "abt": "about", "bout": "about", "bc": "because", "b/c": "because", "cuz": "because", "coz": "because",
    "bcuz": "because", "bcoz": "because", "becuz": "because",
    "ppl": "people", "ppls": "people's", "shld": "should", "shd": "should", "shud": "should",
    "wld": "would", "wud": "would", "cld": "could", "cud": "could",
    "w/": "with", "w/o": "without", "wo/": "without", "b/w": "between", "btwn": "between",
    "govt": "government", "govts": "governments", "gov't": "government", "intl": "international", "int'l": "international",
    "natl": "national", "orgs": "organizations", "thru": "through", "tho": "though", "b4": "before", "esp": "especially",
    "yr": "year", "yrs": "years", "dept": "department", "ur": "your", "pls": "please", "plz": "please",
    "tmrw": "tomorrow", "tmr": "tomorrow", "msg": "message", "convo": "conversation", "uni": "university",
    # The question words and pronouns typed by sound ("wat did xi say", "wen was it", "smth abt").
    "wat": "what", "wut": "what", "wot": "what", "wht": "what", "wats": "what's", "wuts": "what's", "wat's": "what's",
    "wen": "when", "whn": "when", "hw": "how", "smth": "something", "sth": "something", "smthng": "something",
    "sumthing": "something", "ya": "you", "dat": "that", "rite": "right",
    # Adverbs and verbs run together ("rly", "rn", "wanna", "gotta", "kinda").
    "rly": "really", "rlly": "really", "srsly": "seriously", "prolly": "probably", "obv": "obviously", "ofc": "of course",
    "rn": "now", "atm": "at the moment", "irl": "in real life", "pov": "point of view",
    "wanna": "want to", "gonna": "going to", "gotta": "have to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "don't know", "lemme": "let me", "gimme": "give me",
    "acc to": "according to", "acc. to": "according to", "accdg to": "according to",
    # Clippings the texts' register writes in full: "info tech", "us tech companies".
    "info": "information", "tech": "technology", "doc": "document", "docs": "documents",
    "admin": "administrative", "gov": "government", "govs": "governments", "infra": "infrastructure",
    # A memo's "re:" ("key claims re: sovereignty"): about, not a label's colon.
    "re:": "regarding",
    # A note-taker's contractions of the words lectures on these subjects repeat.
    "devt": "development", "dvlpmt": "development", "dvpt": "development", "dev't": "development",
    "cmty": "community", "cmnty": "community", "comty": "community", "econ": "economic",
    "approx": "approximately", "mgmt": "management", "cybersec": "cybersecurity", "infosec": "information security",
    "ctry": "country", "cntry": "country", "ctries": "countries", "cntries": "countries", "nat'l": "national",
    "impt": "important", "w/in": "within", "b/t": "between", "gvt": "government",
    # ("dev" before the countries it describes is "developing": _DEVELOPING.)
    "sec": "security", "dev": "development", "i.e.": "that is", "e.g.": "for example",
    # ... and ordinals in figures ("xi 1st time urged …", "the 2nd principle").
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
    "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
}
# One letter for a word ("what r the…", "a community w shared future", "who founded it n
# when", "what do u think", "y is it"): only in lower case, alone, so that initials ("R&D",
# "U-turn", "the letter N") stay as typed.
LETTERS = {"r": "are", "u": "you", "w": "with", "n": "and", "y": "why"}
# Chat's fillers, which say how the asker feels or hedges and ask nothing: "lol", "tbh",
# "ngl", "idk", "fr" ("for real"), "imo".
FILLERS = frozenset(
    """lol lmao lmfao rofl haha hahaha hehe xd omg omfg smh tbh tbf ngl idk fr frfr ikr jk imo imho iirc afaik
    fyi nvm bruh istg ig lowkey deadass""".split()
)
# Tails closing a yes/no question or a guess, which add no word to what is asked: "or
# nah", "or no", "or wat", "n stuff", "or smth".
_TAILS = (
    r"or\s+(?:nah|naw|no|not|wat|what|smth|sth|something|whatever|anything|sumthing)"
    r"|(?:n|and)\s+(?:stuff|all\s+that|everything|things\s+like\s+that)"
)
# ... and the asker's picture of the answer closing a message typed in chat's lower case
# after a comma ("…, like the big picture", "…, like the actual days"), in no text's
# words. Not examples ("…, like ICANN", "…, like cheap or smth"), which name what is asked.
_LIKE_TAIL = re.compile(r",\s*like\s+(?:the|a|an)\s+[^,;:?.!]*[.!]*$")
# Whose account is asked for, typed as a tail ("…, china daily pov", "…, zhi's version",
# "…, the zhi article version", "… - guangming position?"): the question asked according to them. Not a pronoun's
# or a question's ("…, what's their take").
_NOT_WHOSE = r"(?!(?:what|which|who|how|why|their|his|her|its|my|our|your|that|this|in|from|by|to|of|on|for|with)\b)"
_WHOSE_TAIL = guarded(re.compile(
    rf"(?:,|\s[-–—])\s*(?:the\s+)?(?P<who>(?:{_NOT_WHOSE}[\w'’-]+\s+){{0,3}}?{_NOT_WHOSE}[\w-]+)(?:['’]s)?"
    r"\s+(?:pov|point\s+of\s+view|version|take|side|position|stance|view|perspective)[?.!]*$",
    re.IGNORECASE,
))
# ... or a clause closing the message that asks for their view again ("…, wat's their take",
# "…, wat does he mean"): the message before it names what is asked about.
_VIEW_TAIL = re.compile(
    r",\s*(?:(?:so|and|but)\s+)?(?:what(?:['’]s|\s+is|\s+are)\s+(?:their|his|her|its|the)\s+(?:take|view|opinion|pov|point\s+of\s+view|stance)"
    r"|what\s+(?:do|does|did)\s+(?:they|he|she|it)\s+(?:say|think|mean))\s*[?.!]*$",
    re.IGNORECASE,
)
# "rite" closing a message asks that what it says be confirmed ("… is in there somewhere
# rite"): the yes/no question it is.
_RITE_TAG = re.compile(r"[\s,]+rite[?.!]*$", re.IGNORECASE)
# Chat's hedge "like" after a form of "be" ("there's like a big gap", "is trust like running
# out"): the question is the same without it, and as a subject's word it reads as a comparison.
_LIKE_HEDGE = guarded(re.compile(r"\b(is|are|was|were|it['’]?s|there['’]?s|that['’]?s)\s+like(?=\s+\w)", re.IGNORECASE))
# A yes/no question typed as a statement, its auxiliary dropped or left behind ("cold war
# mentality mentioned anywhere", "the X line is in there somewhere"): asked as the question.
# Not a question or a request ("list the behaviours mentioned in it").
_WH_OR_AUXILIARY = (
    rf"(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES}"
    r"|i|we|you|they|he|she|it|list|name|give|show|tell|find|quote|cite|provide|summari[sz]e|identify|explain|describe|kindly|please)\b"
)
_STATED_YES_NO = guarded(re.compile(
    rf"^(?!{_WH_OR_AUXILIARY})(?P<what>(?:(?!\b(?:is|are|was|were)\b)[^,;:?.!])+?)\s+(?:(?P<be>is|are)\s+)?"
    r"(?P<where>(?:mentioned|discussed|covered|cited|quoted|brought\s+up|talked\s+about|in\s+there)"
    r"(?:\s+(?:anywhere|somewhere|at\s+all|in\s+(?:there|it|them|any\s+of\s+them|the\s+[\w-]+(?:\s+[\w-]+)?)))*)(?P<end>[?.!]*)$",
    re.IGNORECASE,
))
# A note-taker's arrow from a topic to what is asked of it ("ICT supply chains -> guangming
# position?", "X => when?"), a dash as a label's; and a plus between words, "and".
_ARROW_MARK = r"(?:\s*(?:-+>|=+>|→|⇒|⟶)\s*|\s+=\s+)"  # ... or a note's "X = what kind of body?"
_ARROW = re.compile(_ARROW_MARK)
# ... and an arrow to a question asked of the topic ("WSIS -> when + where were the
# summits?", "X -> how many points does it have?"): the question, of that topic, in place
# of the pronoun pointing back to it or after it. Not a label's topic ("Principle: X -> …").
_ARROW_QUESTION = re.compile(
    rf"^(?P<topic>[^?:→⇒⟶>=]{{2,80}}?){_ARROW_MARK}"
    rf"(?P<asked>(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES})\b[^?]*?)(?P<end>\?*)\s*$",
    re.IGNORECASE,
)
_POINTER = re.compile(rf"\b(?:{POINTING_PRONOUNS})\b", re.IGNORECASE)
# A plus between words: "and" ("infrastructure + data", "when + where"), not a term a
# search requires ("+word").
_PLUS = re.compile(r"(?<=[\w)])\s+[+&]\s+(?=[\w(])|(?<=[a-z])\+(?=[a-z])")
# A note's "dev countries", "dev nations": developing ones; "sec 3": a section.
_DEVELOPING = re.compile(r"\bdev(?=\.?\s+(?:countries|nations|states|economies|world)\b)", re.IGNORECASE)
_SECTION = re.compile(r"\bsec\.?(?=\s*\d)", re.IGNORECASE)


def _asked_of_topic(found: re.Match[str]) -> str:
    """The question after an arrow asked of the topic before it (_ARROW_QUESTION)."""
    topic, asked = found.group("topic").strip(), found.group("asked")
    pointer = _POINTER.search(asked)
    if pointer:
        return f"{asked[: pointer.start()]}{topic}{asked[pointer.end():]}{found.group('end')}"
    return f"{asked}, {topic}{found.group('end')}"


# A note-taker's "pre-Snowden", "post-2015": before and after what is named.
_PRE_POST = re.compile(r"\b(?P<when>[Pp]re|[Pp]ost)-(?=[A-Z0-9])")
# ... and a terse "Date X did Y?": when X did it ("date of X" reads as it is).
_DATE_OF_CLAUSE = re.compile(r"^(?P<lead>\W*)(?:[Dd]ate|DATE)\s+(?=[A-Z]|(?:the|a|an)\s)")
# Emoji and the marks that join or vary them, and the faces typed in punctuation (":)", "<3").
_EMOJI_RUN = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0F\u200D\U0001F1E6-\U0001F1FF]+"
_EMOJI = re.compile(
    _EMOJI_RUN + r"|(?<!\S)(?:[:;=][-']?[()\[\]DPpO/\\|*]+|<3+|xD+|XD+)(?!\S)"
)
# ... which stand between a remark and the question after it as its full stop does ("the
# zhi essay opens with a POEM 😭 what's the line after …"): the remark a sentence of its own.
# Not before a yes/no question, which asks of the remark ("X 📱 does global times agree?").
_EMOJI_STOP = re.compile(
    rf"(?<=\w)[ \t]*{_EMOJI_RUN}[ \t]*(?=(?:{QUESTION_WORDS})\b)",
    re.IGNORECASE,
)
# A social feed's labels opening a post ("hot take:", "PSA:", "TIL", "thread 🧵 1/"), its
# "not me reading X" (I am reading X) and a reaction said of the text before the question
# ("ok this part is INTENSE 😳 what does …"): how the asker posts and feels, not what is asked.
_POST_LABEL = re.compile(
    r"^\W*(?:(?:hot\s+take|unpopular\s+opinion|psa|til|fun\s+fact|update|reminder|real\s+talk|thread)\s*[:!—–-]+\s*"
    # ... a thread's numbering: "thread 1/5", "2/" (not a date's "9/11").
    r"|thread\s+\d{1,2}/\d{0,2}\s+|\d{1,2}/(?!\d)\s*)+",
    re.IGNORECASE,
)
_NOT_ME = re.compile(r"\bnot\s+me\s+(?=[a-z]+ing\b)", re.IGNORECASE)
_REACTION = re.compile(
    r"^\W*(?:(?:ok|okay|omg|wow|ngl|honestly|tbh|lol|bro|yo)\s+)*(?:this|that|it)(?:\s+(?:part|bit|line|one|section|piece|article|essay|poem|reading|text))?"
    r"\s+(?:is|was|['’]s)\s+(?:(?:so|really|kinda|lowkey|actually|literally|way\s+too|very|pretty)\s+)*"
    r"(?:intense|wild|crazy|insane|deep|heavy|a\s+lot|fire|lit|interesting|confusing|long|dense|hard|wordy|something|much|unreal|wow)[.!]*\s+(?=\S)",
    re.IGNORECASE,
)
# A word's letters, as the tables' first words are looked up.
_WORD = re.compile(r"[a-z0-9]+")
# Neither inside a word nor beside the marks that join a letter to one ("R&D", "w-2", "u.s.").
_ALONE_BEFORE = r"(?<![\w&'’./-])"
_ALONE_AFTER = r"(?![\w&'’/-])"


def _alone(words: Iterable[str]) -> str:
    """A pattern for any of the words, alone (the longest first)."""
    # ... though one may open a compound: "ppl-centred", "info-sharing".
    return _ALONE_BEFORE + "(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" + r"(?![\w&'’]|-(?![a-z]))"


def _writes(text: str, word: str, alone: str) -> bool:
    """Whether ``text`` writes ``word`` standing alone (the pattern ``alone``, which matches
    only where the word is written): the pattern is tried only where the word occurs as a
    substring, as most of the table never occurs at all, and searching the whole corpus
    for the rest (a lookbehind at every character) took ~0.1 s of every start-up."""
    start = text.find(word)
    if start < 0:
        return False
    pattern = re.compile(alone)
    while start >= 0:
        if pattern.match(text, start):
            return True
        start = text.find(word, start + 1)
    return False


class ChatSpeak:
    """Puts a message typed in chat's voice into plain words, for one corpus: an
    abbreviation or filler that the corpus itself writes as a word (a text that writes
    "n" or "tech") stays as typed."""

    def __init__(self, bodies: Iterable[str] = ()):
        written = "\n".join(bodies)
        lower = written.lower()
        self._words = {k: v for k, v in ABBREVIATIONS.items() if not _writes(lower, k, _alone([k]))}
        self._letters = {k: v for k, v in LETTERS.items() if not _writes(written, k, _alone([k]) + _ALONE_AFTER)}
        fillers = [f for f in FILLERS if not _writes(lower, f, _alone([f]))]
        self._word = re.compile(_alone(self._words), re.IGNORECASE) if self._words else None
        self._letter = re.compile(_ALONE_BEFORE + "([" + "".join(self._letters) + "])" + _ALONE_AFTER + r"(?!\.\w)") if self._letters else None
        # A filler goes wherever it stands; a tail only where a clause ends.
        self._filler = re.compile(r"\s*" + _alone(fillers) + r"[.!]*(?=\s|[,?;:]|$)", re.IGNORECASE) if fillers else None
        # The first word of each, looked up before the long patterns are run: most messages
        # hold none, and the patterns, tried at each character, took ~0.1 ms a message.
        self._openings = frozenset(_WORD.findall(w.lower())[0] for w in [*self._words, *fillers])
        self._tail = re.compile(rf"\s*,?\s+(?:{_TAILS})(?=\s*(?:[,?.!;]|$))", re.IGNORECASE)

    def plain(self, message: str) -> str:
        """The message in plain words: emoji and fillers out, abbreviations written out,
        its tails ("or nah") gone: "wat did xi say abt it or nah lol 🤔" → "what did xi say
        about it"."""
        text = _EMOJI.sub(" ", _EMOJI_STOP.sub(". ", message))
        text = _REACTION.sub("", _NOT_ME.sub("I'm ", _POST_LABEL.sub("", text)))
        text = _ARROW_QUESTION.sub(_asked_of_topic, text)
        text = _PLUS.sub(" and ", _ARROW.sub(" - ", text))
        text = _SECTION.sub("section", _DEVELOPING.sub("developing", text))
        text = _PRE_POST.sub(lambda m: "before " if m.group("when").lower() == "pre" else "after ", text)
        text = _DATE_OF_CLAUSE.sub(r"\g<lead>When ", text)
        if not self._openings.isdisjoint(_WORD.findall(text.lower())):
            if self._filler is not None:
                text = self._filler.sub("", text)
            if "rite" in self._words:
                text = _RITE_TAG.sub("", text)
            if self._word is not None:
                text = self._word.sub(lambda m: self._words[m.group(1).lower()], text)
        if self._letter is not None:
            text = self._letter.sub(lambda m: self._letters[m.group(1)], text)
        text = self._tail.sub("", text)
        text = _VIEW_TAIL.sub("", _WHOSE_TAIL.sub(r", according to \g<who>", text))
        if not any(c.isupper() for c in text):
            # Typed in chat's lower case: its hedges, tails and statements are chat's.
            text = _LIKE_TAIL.sub("", _LIKE_HEDGE.sub(r"\1", text))
            text = _STATED_YES_NO.sub(lambda m: f"{m.group('be') or 'is'} {m.group('what')} {m.group('where')}{m.group('end')}", text)
        # ... and the commas they stood between, or closed the message with.
        text = re.sub(r"\s+([,?.!;:])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()
        text = re.sub(r"^[,;:\s]+|[,;:]+\s*(?=[,;:?.!]|$)", "", text)
        return text or message.strip()


# Chat's words as no corpus writes them: how a message is read before the corpus is known.
PLAIN = ChatSpeak()
