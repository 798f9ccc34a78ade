"""What a question asks for by its structure rather than its words (``Asks``): who wrote a
piece or where its author works, what it concludes or is about, where in a part it asks
(how a piece or section opens or ends), when and where it came out, who made its poem,
the second or the other item of a series or a section's heading, what it lists, what
someone should do."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ...texts.passages import NUMBER_WORDS
from ...texts.structure import ORDINAL_WORDS, SECTION_WORDS
from .needs import guarded
from .words import EMPTY_WORDS, QUESTION_AUXILIARIES, QUESTION_WORDS, has_content, may_hold, words_of

# Asked about the author rather than the text: "who wrote …", "where does … work".
WHO_WROTE = guarded(re.compile(
    r"\bwho\s+(?:wrote|writes|has\s+written|authored|penned|(?:is|was)\s+behind)\b"
    r"|\b(?:who|what)(?:\s+is|\s+are|['’]s|\s+was|\s+were)\s+(?:the\s+)?(?:names?\s+of\s+the\s+)?(?:author|writer)s?(?:['’]s?\s+names?)?\b"
    # ... not "which companies does the writer name": there "name" is what the writer does.
    r"|(?<!\bdo\sthe\s)(?<!\bdoes\sthe\s)(?<!\bdid\sthe\s)"
    r"\b(?:author|writer)(?:['’]s)?\s+(?:name|job|affiliation|position|background|employer|institution)\b",
    re.IGNORECASE,
))
# Being at a place of work ("works at", "is based in", "belongs to") and such a place.
# How many words a person's name after a learner's verb may run to ("comes Zhi Zhenfeng?").
_NAME_WORDS = 3
_WORKS_AT = r"(?:work(?:s|ed|ing)?|based|employed|belong(?:s|ed|ing)?|affiliated)\b"
_EMPLOYER = r"(?:institutes?|institutions?|universit(?:y|ies)|academ(?:y|ies)|cent(?:er|re)s?|organi[sz]ations?|departments?|employers?|think[\s-]tanks?)"
# … or about a named author's work and place: "where does Smith work", "Smith's affiliation".
_WHERE_FROM = guarded(re.compile(
    r"\bwhere\s+(?:does|do|did|is|was|are)\b.*\b(?:work|works|worked|teach|teaches|based|from|employed|come\s+from)\b"
    r"|\b(?:job|affiliation|employer|institution|background)\b"
    # ... "what position does Smith hold", "which post does the writer hold", "what office
    # does the author hold": a post held.
    r"|\b(?:position|post|office)s?\b.*\bhold(?:s|ing)?\b|\bhold(?:s|ing)?\s+(?:what|which)\s+(?:position|post|office)s?\b"
    # ... in a learner's or a chat's word order: "Smith is working in which institute?",
    # "the author work where?", "which institute Smith is belonging to?".
    # Not "China is working with which countries": the place of work is what is asked,
    # and the ask ends with it.
    rf"|\b{_WORKS_AT}\s+(?:(?:in|at|for|to|with)\s+)?(?:where\b|(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?{_EMPLOYER}\b)"
    rf"|\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?{_EMPLOYER}\b.*\b{_WORKS_AT}(?:\s+(?:in|at|for|to|with))?\s*(?:[?.!,;]|$)"
    # ... or with the verb before its subject, as a learner puts it: "at which institute
    # is working Smith?", "from which institute comes Smith?" — the place of work asked,
    # then its verb and the person, a name of a few words, closing the question.
    rf"|\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?{_EMPLOYER}\s+(?:(?:is|are|was|were|does|do|did)\s+)?(?:{_WORKS_AT}|comes?|came)"
    rf"(?:\s+[\w'’.-]+){{1,{_NAME_WORDS}}}\s*[?.!]*\s*$"
    # ... or "where" and the verb straight after it, no "does": "Where works Smith, the
    # author?", "where is working Smith?".
    rf"|^\W*where\s+(?:(?:is|are|was|were)\s+)?{_WORKS_AT}",
    re.IGNORECASE,
))
# Prepositions an author question leaves behind once its cues are gone ("which institute is
# Smith working at?" → "which is at"): they name nothing of a subject.
_LEFT_PREPOSITIONS = re.compile(r"\b(?:at|in|for|to|with)\b", re.IGNORECASE)
# What is left of an author question once its cue is gone ("Where does … work?", "who is
# the author …, what is his position?": its pronouns point at the author).
_AUTHOR_CUES = re.compile(
    r"\b(?:where|work|works|worked|working|teach|teaches|based|from|employed|come|comes|job|affiliation|employer|"
    r"institution|background|position|post|office|hold|holds|holding|author|writer|he|she|his|her|their"
    # ... "the description (given) of the author", "how is the writer described".
    r"|description|described|describes|given|belong|belonging|belongs|affiliated"
    # ... and where a piece says it ("per the tagline", "as stated at the end", "does the
    # piece identify its author's position", "the bio line"), or that it gives none ("the
    # piece has no byline"): the byline is all there is. Not "name": the byline of an
    # unnamed author gives none ("what's the name of the Fudan director who wrote it").
    r"|institutional|tagline|byline|bio|blurb|identif(?:y|ies|ied)|stated|listed|named|blank|empty|per|as(?=\s+(?:per|stated|given|listed|named|described))|end|bottom|foot|anywhere"
    r"|has|have|had|no|without|missing|lacks?|lacking"
    # ... and the kind of place asked for: "which university research center?".
    rf"|research|{_EMPLOYER})s?\b",
    re.IGNORECASE,
)
# Who wrote it, asked plainly (not "who was behind X", nor "the name of the director who
# wrote it", which the byline may not give).
_WROTE_IT = re.compile(r"\bwho\s+(?:wrote|writes|has\s+written|authored|penned)\b", re.IGNORECASE)
_NAME_ASKED = re.compile(r"\bnames?\s+of\b", re.IGNORECASE)
# A second question joined to the first ("who wrote it and what does he say about X?").
_ALSO_ASKS = re.compile(r"\b(?:and|also|plus)\s+(?:what|how|why|which|where|when|whether|does|do|did|is|are)\b", re.IGNORECASE)
# An author question that asks for the name ("Who wrote …?", "the author's name").
_WRITER = re.compile(
    r"^\W*who\b|\b(?:author|writer)s?(?:['’]s?)?\s+names?\b|\bnames?\s+of\s+the\s+(?:author|writer)", re.IGNORECASE
)
_WHO_IS = re.compile(r"^\W*who(?:\s+is|['’]s|\s+was)\b", re.IGNORECASE)
AUTHOR_NOUN = guarded(re.compile(r"\b(?:author|writer)s?\b", re.IGNORECASE))
# Asked for the whole of a piece in short, not only where it ends: its title says what it
# is about, its conclusion what it comes to.
_SUMMARY_WORDS = (
    r"sum(?:s|med|ming)?\s+(?:it\s+)?up|summ?ar(?:y|ies|i[sz]es?|i[sz]ed)|gist|tl\s*;?\s*dr|in\s+a\s+nutshell"
    r"|(?:main|central|key|overall|big|core)\s+(?:point|argument|idea|message|thesis)s?"
)
# Asked for what a piece concludes or its main point (a summary among them).
_CONCLUSION = guarded(re.compile(
    rf"\b(?:conclu(?:de|des|ded|ding|sion|sions)|{_SUMMARY_WORDS}"
    r"|(?:main|central|key|overall|big|core)\s+(?:claim|conclusion|takeaway)s?"
    r"|bottom\s+line|takeaways?|in\s+short|final\s+(?:point|thought|word|message)s?"
    # ... in a newsroom's words: the line a story ends on. Not its "top line" or "nut
    # graf": they are where it says what it is about, seldom its end (a conclusion
    # answered two such questions with the wrong sentence).
    r"|kickers?)\b",
    re.IGNORECASE,
))
# How a piece ends: "how does the 2020 piece end?", "how does Smith wrap up?", "its last
# point" — asked of a piece, where "end" closes the question or a clause ("what's the
# kicker — how does the piece close on China's role?"); "how does it end the Cold War mentality" asks about
# ending something.
_ENDING = re.compile(
    r"(?:^|(?<=[—–;:?!]))\W*how\s+(?:does|do|did)\b(?P<piece>.*?)\s(?P<end>end|ends|close|finish(?:\s+up)?|wind\s+up|round\s+(?:off|out)|wrap\s+(?:it\s+|things\s+)?up|sign\s+off)\s*(?:[?.!;,—–]|$|(?:on|with)\b)"
    r"|\b(?P<last>(?:last|final|closing|parting)\s+(?:point|thought|argument|message|words?|lines?|sentences?|things?|couplet|stanza"
    r"|call|appeal|plea|note|remark|claim|statement|idea|recommendation)s?)\b"
    r"(?:\s+(?:it|he|she|they|the\s+\w+)\s+makes?)?"
    # ... "Zhang ends with a cliché", "the piece closes on …" (as "opens with" for an opening).
    r"|\b(?:ends|closes|finishes|signs\s+off|winds\s+up|rounds\s+off|wraps\s+up)\s+(?:with|on|by)\b",
    re.IGNORECASE,
)
# One of which every match of _ENDING holds.
_ENDING_WORDS = ("how", "last", "final", "closing", "parting", "ends", "closes", "finishes", "signs", "winds", "rounds", "wraps")
_SUMMARY = re.compile(rf"\b(?:{_SUMMARY_WORDS}|overview)\b", re.IGNORECASE)
# How a piece opens, in a reader's or a newsroom's words: its "lede", "top line", "intro",
# what it has "up top", "opens with", how it "sets the scene" or "opens", its "first
# paragraph" or "big-picture line" — its first paragraph. Not "the opening address" (a
# speech's opening), "start" (what began when: "when did the panel start") nor "my intro",
# "my opening line" (the asker's). "lede" may come spelt as "led", a word the model's vocabulary lacks: "the
# led" as a noun is it.
_OPENING = re.compile(
    r"\b(?:ledes?|the\s+led\b(?!\s+(?:by|to|in|into|astray)\b)|leads?\s+paragraph|top[\s-]+lines?|up[\s-]+top|at\s+the\s+top|(?:the|its|their)\s+(?:(?:one|two|short|brief)[\s-]+(?:line|sentence|paragraph)?\s*)?intro(?:duction)?|big[\s-]+picture\s+line"
    r"|(?<!\bmy\s)(?<!\bour\s)(?:opening|first|1st)\s+(?:lines?|paragraph|para|graf|sentences?|words|couplets?|stanzas?)"
    r"|sets?\s+(?:up\s+)?the\s+(?:scene|stage)|scene[\s-]+setting)\b"
    r"|\b(?:open|opens|opened|begin|begins|began|start|starts|started)\s+(?:with|on|by)\b"
    r"|(?:^|(?<=[—–;:?!]))\W*how\s+(?:does|do|did)\b(?P<piece>.*?)\s(?P<open>open|begin|start|kick\s+off)\s*(?:[?.!;,—–]|$|(?:with|on|by)\b)",
    re.IGNORECASE,
)
# ... or where a part of it starts, said otherwise: what it "says first", its "opening
# claim", how it "starts off" (Asks.position).
# Where "near the end" or "near the start" stands for the piece's: alone, or of it.
_OF_A_PIECE = r"(?=\s*[,?.!]|\s*$|\s+of\s+(?:the|its|his|her|this|that)\s+(?:piece|article|essay|text|op-?ed|column|editorial|commentary)\b)"
_SAID_FIRST = re.compile(
    r"\b(?:say|says|said|warn|warns|argue|argues|claim|claims|mention|mentions|stress|stresses|note|notes|raise|raises|state|states)\s+first\b"
    r"|\bopening\s+(?:claim|point|argument|statement|idea|message|thought)s?\b"
    r"|\b(?:start|starts|started|kick|kicks|kicked)\s+off\b"
    # ... "at the start of section 2": not "At the start, …", the time of a story.
    r"|(?<![,;:—–])\s+at\s+the\s+(?:very\s+)?(?:start|beginning|outset)\b(?=\s+of\b|\s*(?:[?.!,;—–]|$))"
    rf"|\b(?:near|towards?)\s+the\s+(?:very\s+)?(?:start|beginning)\b{_OF_A_PIECE}",
    re.IGNORECASE,
)
_SAID_FIRST_WORDS = ("first", "opening", "off", "start", "beginning", "outset")  # one of which every match of _SAID_FIRST holds
# ... and where it ends, said otherwise: "how does the X section conclude", what it says
# "at the end", its "last paragraph".
_AT_THE_END = re.compile(
    r"(?<![,;:—–])\s+(?:at\s+the\s+(?:very\s+)?end\b(?=\s+(?:of|about|on|regarding)\b|\s*(?:[?.!,;—–]|$)))|(?:^|(?<=[—–;:?!]))\W*how\s+(?:does|do|did)\b.*?\sconclude\b|\b(?:last|final|closing|concluding)\s+(?:paragraph|para|graf)\b"
    # ... "Near the end, what does Zhi call …": near a piece's end, not a year's.
    rf"|\b(?:near|towards?)\s+the\s+(?:very\s+)?end\b{_OF_A_PIECE}",
    re.IGNORECASE,
)
_AT_THE_END_WORDS = ("end", "conclude", "last", "final", "closing", "concluding")  # "near the end" holds "end"
# ... or what it says "in the end": of a piece after a saying verb, not of a story ("what
# came out of the panel in the end").
_IN_THE_END_AT_CLOSE = r"in\s+the\s+end\s*(?:[?.!]|$)"
_SAID_IN_THE_END = re.compile(rf"\b(?:say|says|said|write|writes|wrote)\s+{_IN_THE_END_AT_CLOSE}", re.IGNORECASE)
_IN_THE_END = re.compile(rf"\b{_IN_THE_END_AT_CLOSE}", re.IGNORECASE)
# The sentence next to the one a question points at ("what comes right after the line
# that …", "what does it say just before talking about …"): a place in the text by a
# neighbour, never a time in a story ("what did he do right after the leaks") — the words
# after "after"/"before" must name a stretch of text or the saying of it.
_STRETCH_NOUNS = r"(?:line|bit|sentence|passage|part|point|paragraph|mention|claim|quote|statement|remark|one)s?"
# ... a stretch named by a word or two of it or by a quotation of it ("the backdoors
# sentence", "the 'unseen in a century' line", "'participation of all sides'"), or by the
# writer's turning to it ("before Guangming declares …", "after Zhi turns to …").
_TEXT_STRETCH = (
    rf"(?:(?:the|that|this)\s+)?{_STRETCH_NOUNS}\s+(?:that|about|on|where|saying|which)\b|(?:talking|saying|mentioning|discussing|writing|repeating)\b"
    # ... or a part of the piece that is no sentence of its prose ("right after the poem").
    r"|(?:the|its)\s+(?:poem|verse|heading|subheading|title|intro|introduction)\b"
    rf"|(?:the|that|this)\s+(?:[\w’'-]+\s+){{1,3}}?{_STRETCH_NOUNS}\b"
    rf"|(?:the\s+)?['‘\"“][^'’\"”]{{2,80}}['’\"”]\s+{_STRETCH_NOUNS}\b"
    r"|(?-i:[A-Z])[\w’'-]*(?:['’]s)?\s+(?:\w+\s+)?(?:turns|moves|declares|says|mentions|writes|notes|talks|names|lists|brings|introduces|repeats|quotes|warns|calls)\b"
)
_NEXT_TO = re.compile(
    rf"\b(?:(?:right|just|immediately|directly|straight)\s+|next\s+)(?P<side>after|before)\s+(?:{_TEXT_STRETCH})"
    rf"|\b(?:comes?|follows?|precedes?)\s+(?:right\s+|just\s+|immediately\s+|directly\s+|straight\s+)?(?P<side2>after|before)?\s*(?:{_TEXT_STRETCH})"
    # ... and a line asked for as the one after a quotation ("the short line after
    # 'participation of all sides'"); a quotation alone after "what follows" is more often
    # asked to be completed ("what follows 'a new revolution … is...'").
    rf"|\b(?:line|sentence|bit|passage)s?\s+(?:right\s+|just\s+|immediately\s+|directly\s+|straight\s+|that\s+comes\s+)?(?P<side3>after|before)\s+(?:{_TEXT_STRETCH}|['‘\"“][^'’\"”]{{2,80}}['’\"”])",
    re.IGNORECASE,
)
# ... and, once it is read so, the words that only point to that place leave the subject:
# the rest names the sentence the neighbour is next to ("the backdoors").
_NEXT_TO_POINTERS = re.compile(
    rf"\b(?:what(?:['’]s|\s+is)?\s+)?(?:(?:comes?|follows?|goes|precedes?)\s+)?(?:(?:right|just|immediately|directly|straight|next)\s+)?(?:after|before)\b"
    rf"|\b(?:comes?|follows?|precedes?)\b|\b(?:(?:the|that|this)\s+)?(?:(?:short|next|following|previous)\s+)?{_STRETCH_NOUNS}\b|\brepeating\b",
    re.IGNORECASE,
)
_NEXT_TO_WORDS = ("after", "before", "follow", "follows", "precede", "precedes")  # one of which every match of _NEXT_TO holds
# One of which every match of _OPENING holds ("led" in "lede", "open" in "opening").
_OPENING_WORDS = ("led", "lead", "top", "intro", "big", "open", "first", "1st", "set", "begin", "began", "start", "how")
# Asked what a piece (or the texts) is about, naming nothing else: "What is the 2020
# article about?", "what topics do the texts cover?". Its title says it and its
# conclusion is the quote.
_TOPIC = guarded(re.compile(
    r"\b(?:about|topics?|themes?|cover(?:s|ed)?|discuss(?:es|ed)?|deals?\s+with|(?:do|can)\s+you\s+(?:have|know|quote))\b", re.IGNORECASE
))
_TOPIC_WORDS = re.compile(
    r"\b(?:topics?|themes?|subjects?|cover(?:s|ed)?|discuss(?:es|ed)?|deals?\s+with|main(?:ly)?|generally|overall"
    r"|all|you|your|have|has|had|can|could|i|we|ask|me|us|tell)\b",
    re.IGNORECASE,
)
# Asked when or where a piece came out, naming nothing else: "when was the Global Times
# article published?", "which outlet published the Nov 2022 piece?". Its front matter says it.
_PUBLISHED = guarded(re.compile(
    r"\b(?:publish(?:ed|es|ing)?|dated|came\s+out|(?:did|does|do)\s+(?:[\w'’-]+\s+){1,4}?(?:come\s+out|appear|run)|released|printed|appeared|outlets?|newspapers?|websites?|magazines?)\b",
    re.IGNORECASE,
))
# Asked who made a piece's poem, cartoon or photo: the editor's notes in its front
# matter may say ("Opens with a poem by …"); the body and the byline don't.
_CREDITED = guarded(re.compile(r"\b(?P<work>poem|cartoon|photo|photograph|picture|image|illustration|drawing)s?\b", re.IGNORECASE))
_ASKS_WHO = re.compile(r"^\W*(?:who|whose)\b|\bby\s+whom\b|\bcredit(?:s|ed)?\b", re.IGNORECASE)
# Asked what a section is headed: "What is the heading of section 2?", "what is part 3
# called?". A heading is never quoted alone; the reply names it in a line.
_HEADING_ASKED = re.compile(r"\b(?:heading|headings|headline|title|titled|entitled|called|named)\b", re.IGNORECASE)
# ... or by the heading's own place: "the first heading of the Guangming article", "2nd
# subheading" (the n-th heading is the n-th section's).
_HEADING_NOUNS = frozenset({"heading", "headings", "subheading", "subheadings", "headline", "headlines"})
# Asked for what a piece lists.
_ENUMERATION = re.compile(r"\b(?:lists?|listed|listing|enumerat\w+)\b|\b(?:are|were|is|was)\s+named\b", re.IGNORECASE)
_ENUMERATION_WORDS = ("list", "enumerat", "named")  # one of which every match of _ENUMERATION holds
# Asked for a piece's poem ("what does the verse say about freedom?").
# ... with the size a reader remembers it by ("the small verse", "the little poem").
_VERSE = re.compile(r"\b(?:(?:small|little|short|tiny|brief)\s+)?(?:poems?|poetry|poets?|verses?|stanzas?|couplets?|rhymes?)\b", re.IGNORECASE)
_VERSE_WORDS = ("poe", "verse", "stanza", "couplet", "rhyme")  # one of which every match of _VERSE holds
# Words that ask for a poem as a whole once its name is gone ("what does the opening poem
# say", "what's the poem at the start saying? main idea"): where it stands and what it
# says, means or comes to.
_WHOLE_POEM = re.compile(
    r"\b(?:opening|first|start|beginning|top|head|intro(?:ductory)?|up|saying|said|tells?|telling|means?|meaning"
    r"|main|idea|point|gist|message|summary|summari[sz]e|whats?|what['’]s|us|me|at|in|on|of)\b",
    re.IGNORECASE,
)
# Asked for an item of a series by its place: "the second problem", "the other challenge".
_ORDINAL = re.compile(
    rf"\b(?:(?:the|a|its|their)\s+)?(?P<marker>{'|'.join(w for w in ORDINAL_WORDS if w != 'other')}|the\s+other)\b"
    r"(?:\s+of\s+(?:the|its|their|these|those))?(?P<rest>(?:\s+[\w’'-]+){0,3})",  # "the first of the four communities"
    re.IGNORECASE,
)


def _ordinal(question: str) -> re.Match[str] | None:
    """_ORDINAL's first match in the question (every match holds one of ORDINAL_WORDS)."""
    return _ORDINAL.search(question) if may_hold(question, ORDINAL_WORDS) else None


# ... not an ordinal that says when or in what order something is done ("striking first
# in self-defense", "put people first"): no determiner before it, and a preposition or
# nothing after it.
_ADVERBIAL_ORDINAL = re.compile(r"^[a-z]+\s*(?:$|\s+(?:in|at|on|to|with|by|for|from|and|or|before|after)\b)", re.IGNORECASE)
# ... nor one said of when someone did something for the first time, between who did it
# and the verb: a past form after it ("Xi first urged …", "China first hosted"), or a
# verb after "did" or "has" and who did it ("when did Xi first propose …"). A noun after
# a bare ordinal is a learner's dropped "the" ("what is first principle").
_ADVERBIAL_BEFORE_VERB = re.compile(r"^[a-z]+\s+[a-z]+ed\b", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
# ... nor an occasion counted ("Xi urged first time …", "for the first time"): when, not
# which item.
_OCCASION_ORDINAL = re.compile(r"^(?:(?:the|a)\s+)?[a-z]+\s+time\b", re.IGNORECASE)
# ... nor "another" answering "one" before it ("one state breaks into another state's
# grid", "one country … another"): each other, not the next item.
_ONE_BEFORE = re.compile(r"\bone\b[^.?!;]*$", re.IGNORECASE)


# ... unless what it is in is a series: "third in that string of objections".
_IN_A_SERIES = re.compile(
    r"\s+(?:in|of)\s+(?:that|the|this|these|its|their|[\w’'-]+['’]s)\s+(?:(?:[\w’'-]+\s+){0,2}?)(?:string|list|series|run|set|lineup|line-up|sequence|litany|chain|row)\b",
    re.IGNORECASE,
)
# Asked for an item of a series by its number ("which is number two", "root cause number
# one") or as the one that ends it ("which community rounds out the set", "the principle
# that closes the list"): the series is named by the noun the question asks for
# ("which community") or the one the series is "of" ("the lineup of communities").
_NUMBER_PLACE = re.compile(
    r"\b(?:number|no\.|#)\s*(?P<number>one|two|three|four|five|six|seven|[1-7])\b(?!\s*(?:of|percent|per\s+cent|%|million|billion))",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"one": "1", **{word: str(number) for word, number in NUMBER_WORDS.items()}}
_ENDS_THE_SERIES = re.compile(
    r"\b(?:rounds?|round(?:ed|ing))\s+(?:out|off)\b|\b(?:closes|ends|caps|completes|concludes)\s+(?:the|its|their|this|that|[\w’'-]+['’]s?)\s+(?:[\w’'-]+\s+)?(?:list|set|series|lineup|line-up|run|string|sequence)\b"
    r"|\bcomes?\s+last\b|\bis\s+last\b",
    re.IGNORECASE,
)
_SERIES_OF = re.compile(
    r"\b(?:list|set|series|lineup|line-up|run|string|sequence|litany|row)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+|four\s+|three\s+|five\s+|two\s+)?(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)
_ASKED_NOUN = re.compile(r"\b(?:which|what)\s+(?P<noun>[a-z][\w-]*)\b(?!\s+(?:does|do|did|is|are|was|were)\b)", re.IGNORECASE)
_YES_NO_OPENING = re.compile(r"^\W*(?:is|are|was|were|does|do|did)\b", re.IGNORECASE)
_BEFORE_NUMBER = re.compile(r"(?P<noun>[a-z][\w-]*)\s+$", re.IGNORECASE)


def _place_said_otherwise(question: str) -> tuple[str, tuple[str, ...]] | None:
    """The place of an item asked by its number or as the end of its series, and the
    words naming the series (_NUMBER_PLACE, _ENDS_THE_SERIES)."""
    # ... not a rank claimed yes or no ("Is tourism number one for the economy?").
    number = _NUMBER_PLACE.search(question) if may_hold(question, ("number", "no.", "#")) and not _YES_NO_OPENING.match(question) else None
    ends = None if number else _ENDS_THE_SERIES.search(question) if may_hold(question, ("round", "close", "end", "cap", "complete", "conclude", "last")) else None
    if not (number or ends):
        return None
    series = _SERIES_OF.search(question)
    asked = _ASKED_NOUN.search(question)
    before = _BEFORE_NUMBER.search(question[: number.start()]) if number else None
    noun = next((m.group("noun").lower() for m in (series, asked, before) if m and m.group("noun").lower() not in EMPTY_WORDS), None)
    if number:
        place = _NUMBER_WORDS.get(number.group("number").lower(), number.group("number"))
    else:
        place = "last"
    return place, (noun,) if noun else ()


def _adverbial(question: str, ordinal: re.Match[str]) -> bool:
    """Whether an ordinal says when or in what order something is done, not an item of
    a series ("striking first", "Xi first urged", "when did Xi first propose")."""
    if _IN_A_SERIES.match(question, ordinal.end("marker")):
        return False
    if any(pattern.match(ordinal.group()) for pattern in (_ADVERBIAL_ORDINAL, _ADVERBIAL_BEFORE_VERB, _OCCASION_ORDINAL)):
        return True
    if ordinal.group("marker").lower() == "another" and _ONE_BEFORE.search(question[: ordinal.start()]):
        return True
    return not ordinal.group().lower().startswith(("the ", "a ", "its ", "their ")) and bool(_AUXILIARY_BEFORE.search(question[: ordinal.start()]))
# ... or by its number: "part 2", "section 3" (a document's numbered or n-th heading).
_PART_NUMBER = r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)"
_NUMBERED_PART = re.compile(
    rf"\b(?P<noun>part|section|chapter|paragraph|para|graf)\s+(?P<number>{_PART_NUMBER})\b(?!\s*(?:percent|per\s+cent|%))",
    re.IGNORECASE,
)
_NUMBERED_PART_WORDS = ("part", "section", "chapter", "para", "graf")
# A paragraph or a sentence asked for by its place ("in the fourth paragraph", "paragraph
# two of …", "the third sentence", "the second-to-last paragraph"): the words naming it
# leave the subject, which says what is asked of it.
PARAGRAPH_NOUNS = frozenset({"paragraph", "paragraphs", "para", "paras", "graf", "grafs"})
SENTENCE_NOUNS = frozenset({"sentence", "sentences", "line", "lines"})
# Which of a piece's mentions of something is asked for: its first or its last ("where
# does Zhi first mention hegemony", "the first reference to X", "the last thing the Global
# Times says about the US", "the first time Zhang brings up Snowden").
_MENTIONING = r"(?:mentions?|mentioned|refers?\s+to|brings?\s+up|raises?|talks?\s+about|writes?\s+about|says?\s+about|said\s+about|notes?\s+about|touch(?:es)?\s+on)"
_MENTION_ORDER = re.compile(
    rf"\b(?P<which>first|last|final|earliest)\s+(?:(?:mention|reference)s?\s+(?:of|to)\b|{_MENTIONING}\b"
    rf"|(?:thing|time|place)\s+(?:(?:that|when|where)\s+)?(?:[\w’'.-]+\s+){{0,4}}?{_MENTIONING}\b)",
    re.IGNORECASE,
)
_MENTION_ORDER_WORDS = ("first", "last", "final", "earliest")
# ... what is left of it once the frame has taken its verb ("the last thing the US").
_MENTION_LEFT = re.compile(r"\b(?:the\s+)?(?:first|last|final|earliest)\s+(?:thing|time|place|mention|reference)s?\b", re.IGNORECASE)
# The place before the last ("penultimate", "second-to-last", "last but one"): Asks.ordinal "-2".
_SECOND_TO_LAST = re.compile(r"\b(?:penultimate|(?:second|next)[\s-]+to[\s-]+last|last[\s-]+but[\s-]+one)\b(?P<rest>(?:\s+[\w’'-]+){0,3})", re.IGNORECASE)
SECOND_TO_LAST = "-2"
_COUNTED_PLACE = re.compile(
    rf"\b(?:in\s+)?(?:the\s+|its\s+)?(?:{'|'.join(ORDINAL_WORDS)}|penultimate|(?:second|next)[\s-]+to[\s-]+last)\s+(?:intro(?:ductory)?\s+)?(?:paragraph|para|graf|sentence|line)s?\b"
    rf"|\b(?:in\s+)?(?:paragraph|para|graf)\s+{_PART_NUMBER}\b",
    re.IGNORECASE,
)
# "What should no country do?" is answered by "No country should …": the one who should act, and how.
MODALS = {"should": "should", "must": "should", "ought": "should", "shall": "should", "need": "should",
          "can": "can", "could": "can", "may": "can", "will": "will", "would": "will"}
_ACTOR = re.compile(
    rf"^(?:what|which\s+[\w-]+|how)\s+(?P<modal>{'|'.join(MODALS)})(?P<neg>n['’]t)?\s+(?P<actor>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
    r"\s+(?P<verb>do|be|have|avoid|achieve|try|aim|seek|pursue|oppose|promote|not)\b",
    re.IGNORECASE,
)
# ... reported after what someone says ("What does the Guangming article say no country
# should do …", "what did xi say countries should do"): the same ask, put to a speaker.
_ACTOR_REPORTED = re.compile(
    r"^(?:what)\s+(?:does|do|did)\s+(?:[\w’'.-]+\s+){1,6}?(?:say|think|believe|argue|insist)\s+(?:that\s+)?"
    rf"(?P<actor>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+(?P<modal>{'|'.join(MODALS)})(?P<neg>n['’]t)?"
    r"\s+(?P<verb>do|be|have|avoid|achieve|try|aim|seek|pursue|oppose|promote|not)\b",
    re.IGNORECASE,
)
# ... or asked as a learner does, without putting the verb first ("In the principle of
# sovereignty, what no country should do?", "what countries must avoid").
_ACTOR_UNINVERTED = re.compile(
    rf"(?:^|[,;:]\s*)what\s+(?P<actor>(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)\s+(?P<modal>{'|'.join(MODALS)})(?P<neg>\s+not|n['’]t)?"
    r"\s+(?P<verb>do|be|have|avoid|achieve|try|aim|seek|pursue|oppose|promote)\b",
    re.IGNORECASE,
)
# "What are countries not allowed to do?", "What mustn't countries do?", "What should
# countries not do?" ask what no country should do: "No country should …".
_NOT_ALLOWED = re.compile(
    r"^(?:what|which\s+[\w-]+)\s+(?:is|are)\s+(?P<actor>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+not\s+(?:allowed|permitted|supposed)\s+to\b",
    re.IGNORECASE,
)

# The noun phrase a "what" or "which" opens names the kind of answer asked for ("what 3
# things did …", "on which date did …", "what sort of age are we in"): a passage gives one
# of that kind, seldom the word. Only English's general nouns, which name a kind and
# nothing else, are set aside so: "which city", "what games" ask for a city, a game,
# which a passage must name ("In which city was the Expo held?" beside the Expo alone).
_GENERAL_NOUNS = frozenset(
    """thing things way ways means sort sorts kind kinds type types date dates day days year years
    period periods time times era eras point points aspect aspects step steps fact facts
    job jobs occupation occupations profession professions actor actors stakeholder stakeholders
    group groups party parties player players entity entities""".split()
) | frozenset(
    # ... and a chronicler's: "which event does Zhi date to November 2014" is answered by
    # a sentence telling the event, which seldom calls itself one.
    "event events incident incidents occasion occasions milestone milestones".split()
) | frozenset(
    # ... and the nouns that ask why, to what end or how ("for what purpose were …", "by
    # what method …", "in what form"): a passage gives the reason, the aim or the means in
    # its own words ("due to …", "to …"), seldom the noun.
    """reason reasons reasoning cause causes purpose purposes aim aims end ends goal goals motive motives
    method methods manner form forms grounds basis rationale justification trick tricks""".split()
)
# ... which may ask so anywhere in the subject, after "what" or "which" and the preposition
# it takes: "Xi wants X — on what reasoning?", "When had …, and in what form?". (A general
# noun of the first list elsewhere, "the way", "the things", names something asked about.)
_REASON_NOUNS = "reasons?|reasoning|causes?|purposes?|aims?|ends?|motives?|methods?|manner|forms?|grounds|basis|rationale|justification|tricks?|means|ways?"
_REASON_ASKED = re.compile(
    rf"(?:^|[,;:—–-]\s*|\s)(?:(?:on|for|to|by|with|through|from|in|under|and)\s+)*(?:what|which)\s+(?:(?:sort|kind|type)s?\s+of\s+)?(?P<phrase>{_REASON_NOUNS})\b",
    re.IGNORECASE,
)
ANSWER_PHRASE_WORDS = 4
# What follows a "what X" phrase's noun: an auxiliary, or a modal asking what must or may be.
_AUXILIARY = rf"(?:{QUESTION_AUXILIARIES}|must|may|might)\b"
_ANSWER_PHRASE = re.compile(
    r"^\W*(?:(?:on|in|at|by|for|from|during|with|to)\s+)?(?:what|which)\s+"
    rf"(?!{_AUXILIARY})(?P<phrase>(?:[\w'’-]+\s+){{0,{ANSWER_PHRASE_WORDS - 1}}}?[\w'’-]+)\s+{_AUXILIARY}",
    re.IGNORECASE,
)


# ... or in what a "what is" asks of a name's ("What was Edward Snowden's job?"), or in
# the last word of a search typed as keywords, when it asks for a date ("China-US
# Internet Industry Forum date"): the passage gives a date, seldom the word.
_OWNED_KIND = re.compile(r"^\W*what(?:['’]s|\s+(?:is|are|was|were))\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+(?P<phrase>[\w-]+)\W*$", re.IGNORECASE)
_KEYWORD_KIND = re.compile(rf"^(?!\W*(?:{QUESTION_WORDS})\b)[^?]*\s(?P<phrase>dates?)\W*$", re.IGNORECASE)


# What "what's the …" asks of a topic put before it or after it ("ICT supply chains -
# what's the worry?", "what's the concern with X"): what the texts say is the matter
# with it, in their own words, seldom the asker's.
_MATTER_ASKED = re.compile(
    r"(?:^|[-–—:;,]\s*)\W*what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the|their|its|his|her)\s+"
    r"(?P<phrase>worry|worries|concern|concerns|fear|fears|issue|issues|complaint|complaints|gripe|gripes|deal|upshot|gist|takeaway)\b",
    re.IGNORECASE,
)
# Who made something known ("Who announced the hack of …?"): a passage names the source
# ("according to a statement issued by …"), seldom with the asker's verb.
_SOURCE_VERB = re.compile(
    r"^\W*who\s+(?:first\s+|officially\s+|publicly\s+)?(?P<phrase>announced?|announces|revealed?|reveals|disclosed?|discloses|"
    r"confirmed?|confirms|declared?|declares|publici[sz]ed?|publici[sz]es|broke)\b",
    re.IGNORECASE,
)

# What happened, in other words than "happened" ("what took place on September 8", "what
# occurred in March 2017", "what did March 2017 bring"): the passage tells the event, in
# its own verb.
_EVENT_ASKED = re.compile(
    r"\bwhat\s+(?:(?:has|had|have)\s+)?(?P<phrase>took\s+place|takes\s+place|occurred|occurs|transpired|went\s+on|unfolded)\b"
    r"|\bwhat\s+did\s+(?:[\w'’,-]+\s+){1,4}?(?P<brought>bring)\b",
    re.IGNORECASE,
)


# What would come of something, asked of a condition ("If X succeeds, what would follow?"):
# a passage tells the outcome ("all will have an equal share …"), seldom with the verb.
_CONSEQUENCE_ASKED = re.compile(
    r"\bwhat\s+(?:would|will|could|might|may|should)\s+(?:then\s+|next\s+)?(?P<phrase>follow|result|ensue)\b", re.IGNORECASE
)


# The kind of thing named by the examples after it ("With bodies such as ICANN and the
# Internet Society, how has China engaged?"): the examples say what is asked about, and a
# passage names them with its own word for their kind ("organizations, such as …").
_EXAMPLES_KIND = re.compile(r"\b(?P<phrase>(?-i:[a-z]+))\s+(?:such\s+as|like|including)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


# Subjects whose kinds of answer are remembered: the searcher and the coverage each ask
# them of a question's subject (three times in all); a few per question suffice.
KINDS_REMEMBERED = 64


@functools.lru_cache(maxsize=KINDS_REMEMBERED)
def answer_kind_words(subject: str) -> tuple[str, ...]:
    """The general nouns naming the kind of answer a subject asks for in the noun phrase
    its "what" or "which" opens ("things" in "what 3 things did Xi say …", "date" in "on
    which date did …", "sort" in "what sort of age …"), in what it asks of a name's
    ("Snowden's job") or at the end of keywords ("… Forum date"), what it asks is the
    matter with a topic ("worry"), who made it known ("announced") or what would come of
    it ("follow"), the poem it asks of ("verse"), the kind its examples are of ("bodies
    such as ICANN"), the reason, aim or means it asks for ("purpose", "reasoning"); ()
    when it has none."""
    asked = tuple(
        m.group("phrase").lower()
        for m in (_MATTER_ASKED.search(subject), _SOURCE_VERB.match(subject), _CONSEQUENCE_ASKED.search(subject))
        if m
    )
    # The poem a question asks of ("in the verse, what …", "what does the verse warn …"):
    # its lines are where the answer is (DocumentParts' verse bonus), and they never call
    # themselves a verse.
    asked += tuple(w.lower() for m in _EVENT_ASKED.finditer(subject) for w in (m.group("phrase") or m.group("brought")).split())
    asked += tuple(dict.fromkeys(w.lower() for verse in _VERSE.findall(subject) for w in verse.split()))
    asked += tuple(dict.fromkeys(m.group("phrase") for m in _EXAMPLES_KIND.finditer(subject)))
    match = _ANSWER_PHRASE.match(subject) or _OWNED_KIND.match(subject) or _KEYWORD_KIND.match(subject)
    kind = asked + (tuple(w for w in words_of(match.group("phrase")) if w in _GENERAL_NOUNS) if match else ())
    return kind + tuple(w for w in dict.fromkeys(m.group("phrase").lower() for m in _REASON_ASKED.finditer(subject)) if w not in kind)


# A negation a question's frame held: it asks what the texts leave unsaid (Asks.unsaid).
_NEGATION = guarded(re.compile(r"n['’]t\b|\b(?:not|never)\b", re.IGNORECASE))
# A question asking with a question word (QUESTION_WORDS but "whom" and "whose", untried here).
_WH_QUESTION = re.compile(r"^\W*(?:what|which|how|why|where|when|who)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Asks:
    """What a question asks for by its structure rather than its words."""

    author: bool = False  # who wrote a piece, where its author works: a byline answers
    conclusion: bool = False  # what a piece concludes, its main point
    opening: bool = False  # how a piece opens: its first paragraph
    enumeration: bool = False  # what a piece lists
    verse: bool = False  # what a piece's poem says
    ordinal: str | None = None  # the place asked for: "1", "2", …, "last", "other"
    ordinal_words: tuple[str, ...] = ()  # the words after the ordinal ("remaining problem")
    actor: tuple[str, ...] = ()  # "what should no country do": the words naming who acts
    modal: str | None = None  # and how: "should", "can" or "will"
    only: bool = False  # it asks for nothing else: "What does Smith conclude?", "Who wrote it?"
    writer: bool = False  # it asks who: the documents' metadata names the author
    unsaid: bool = False  # "what don't the texts say about …": a quote can only show what they say
    topic: bool = False  # what a piece is about: the metadata gives its title
    published: bool = False  # when or where a piece came out: the metadata gives its outlet and date
    credited: str | None = None  # who made its "poem", "cartoon", …: the front matter's notes may say
    heading: bool = False  # what the section asked for by its place is headed
    heading_named: bool = False  # …asked for as a heading ("what is it called?"), not what it covers
    position: str | None = None  # where in a part it asks: "start" (how it opens) or "end" (how it ends)
    gist: bool = False  # what a piece is "mainly about" (not how it sums up, which its conclusion says)
    neighbour: str | None = None  # the sentence "after" (or "before") the one the rest of it points at
    against: bool = False  # what a piece warns against, opposes or rules out, and nothing else: its prohibitions answer
    mention: str | None = None  # which of a piece's mentions of the subject: "first" or "last" ("where does Zhi first mention X")
    # Which of two things the text tells first (asking.order): each one's passage quoted first,
    # put in order as asking.order's BY_TEXT, BY_DATE, AS_NAMED or ONE_PASSAGE says.
    order: str | None = None


NOTHING_ASKED = Asks()


def _asks_ending(question: str) -> bool:
    """Whether ``question`` asks how a piece (or its poem) ends or what stands at its end."""
    return (may_hold(question, _ENDING_WORDS) and bool(_ENDING.search(question))) or (
        may_hold(question, _AT_THE_END_WORDS) and bool(_AT_THE_END.search(question) or _SAID_IN_THE_END.search(question))
    )


def _ends_a_piece(question: str, ordinal: re.Match[str]) -> bool:
    """Whether the ordinal opens words asking how a piece ends ("its last point", "the
    final thing it says": _ENDING's ``last``)."""
    if not may_hold(question, _ENDING_WORDS):
        return False
    return any(m.group("last") and m.start("last") == ordinal.start("marker") for m in _ENDING.finditer(question))


def asks(question: str, *, names_document: bool) -> Asks:
    """What the question asks for by its structure; ``names_document``: it names a document."""
    # Each pattern is run only on a question that may hold a word every match of it holds.
    author = bool(WHO_WROTE.search(question)) or (
        (names_document or bool(AUTHOR_NOUN.search(question))) and bool(_WHERE_FROM.search(question))
    )
    second_to_last = _SECOND_TO_LAST.search(question) if may_hold(question, ("penultimate", "last")) else None
    mentioned = _MENTION_ORDER.search(question) if may_hold(question, _MENTION_ORDER_WORDS) else None
    mention = mentioned and ("first" if mentioned.group("which").lower() in ("first", "earliest") else "last")
    ordinal = None if second_to_last or mentioned else _ordinal(question)
    part = _NUMBERED_PART.search(question) if may_hold(question, _NUMBERED_PART_WORDS) else None
    if ordinal and _adverbial(question, ordinal):
        ordinal = None
    if ordinal and _ends_a_piece(question, ordinal):
        ordinal = None  # "the last thing Zhang says" is where the piece ends, not a series' last
    place, words = None, ()
    if second_to_last:
        place, words = SECOND_TO_LAST, tuple(words_of(second_to_last.group("rest")))
    elif ordinal:
        place, words = ORDINAL_WORDS[ordinal.group("marker").lower().split()[-1]], tuple(words_of(ordinal.group("rest")))
        series = _IN_A_SERIES.match(question, ordinal.end("marker")) and _SERIES_OF.search(question, ordinal.end("marker"))
        if series:
            words = (series.group("noun").lower(),)
    elif part:
        number = part.group("number").lower()
        place, words = _NUMBER_WORDS.get(number, number), (part.group("noun").lower(),)
    elif said_otherwise := _place_said_otherwise(question):
        place, words = said_otherwise
    actor = _ACTOR.search(question) or _ACTOR_REPORTED.search(question) or _ACTOR_UNINVERTED.search(question)
    modal, not_allowed = None, _NOT_ALLOWED.search(question)
    who: tuple[str, ...] = ()
    negated = False
    if actor:
        who, modal = tuple(words_of(actor.group("actor"))), MODALS[actor.group("modal").lower()]
        negated = bool(actor.group("neg")) or actor.group("verb").lower() == "not"
    elif not_allowed:
        who, modal, negated = tuple(words_of(not_allowed.group("actor"))), "should", True
    if who and negated and who[0] != "no":
        who = ("no",) + tuple(w for w in who if w not in ("the", "a", "an"))
    ending = _asks_ending(question) and not second_to_last and not mentioned
    opening = may_hold(question, _OPENING_WORDS) and bool(_OPENING.search(question))
    starting = opening or (may_hold(question, _SAID_FIRST_WORDS) and bool(_SAID_FIRST.search(question)))
    next_to = _NEXT_TO.search(question) if may_hold(question, _NEXT_TO_WORDS) else None
    side = next_to and (next_to.group("side") or next_to.group("side2") or next_to.group("side3") or ("before" if "preced" in next_to.group(0).lower() else "after")).lower()
    if side and place == "other":
        place, words = None, ()  # "the next sentence after …" asks a neighbour, not one more of a series
    return Asks(
        neighbour=side or None,
        author=author,
        conclusion=bool(_CONCLUSION.search(question)) or ending,
        opening=opening,
        # ... not of the byline a piece may end on ("the author's position given at the end").
        position=None if author else "end" if ending and not starting else "start" if starting and not ending else None,
        enumeration=may_hold(question, _ENUMERATION_WORDS) and bool(_ENUMERATION.search(question)),
        verse=may_hold(question, _VERSE_WORDS) and bool(_VERSE.search(question)),
        ordinal=place,
        ordinal_words=words,
        actor=who,
        modal=modal,
        mention=mention,
    )


def _piece_kept(match: re.Match) -> str:
    """What is left of words asking how a piece ends or opens: the piece it names."""
    return f" {match.group('piece')} " if match.group("piece") is not None else " "


def _ending_removed(text: str) -> str:
    """``text`` without the words asking how a piece ends (the piece named stays)."""
    return _ENDING.sub(_piece_kept, text)


# Asked what a section is about and nothing else ("what's section 1 about", "What does
# section 3 cover?", "the main argument of the first section"): its heading says. The
# words left once the section's place and the words asking a topic are gone.
_SECTION_PLACE = re.compile(rf"\b(?:(?:{'|'.join(ORDINAL_WORDS)})\s+)?(?:{'|'.join(SECTION_WORDS)})s?(?:\s+[1-9])?\b", re.IGNORECASE)
_MAINLY = re.compile(r"\b(?:main|mainly)\b", re.IGNORECASE)
_MAIN_POINT = re.compile(r"\b(?:main\s+)?(?:argument|point|idea)s?\b", re.IGNORECASE)


def _asks_section_topic(question: str, rest: str) -> bool:
    """Whether ``question`` asks only what a section is about; ``rest``: its subject
    without its documents' names and the words asking for a conclusion."""
    if not (_TOPIC.search(question) or _MAIN_POINT.search(question)):
        return False  # "what does part 1 say" asks what its sentences say
    return not has_content(_TOPIC_WORDS.sub(" ", _TOPIC.sub(" ", _MAIN_POINT.sub(" ", _SECTION_PLACE.sub(" ", rest)))))


# What a piece warns against, opposes or rules out ("what does Zhang warn against", "which
# approach does the op-ed reject", "don'ts per Zhi", "what must countries not do"): it says
# so as a prohibition or an opposition ("No country should …", "We oppose …"). Not what
# must not be left undone ("who must not be left unprotected" asks who must be protected),
# nor a contrast ("as opposed to").
_ASKS_AGAINST = re.compile(
    r"\b(?:(?:warn|warns|warned|warning|guard|guards|argue|argues|argued|stand|stands|is|are)\s+against"
    r"|(?<!\bas\s)oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|rule[sd]?\s+out|prohibit(?:s|ed|ing)?"
    r"|forbid(?:s|den)?|object(?:s|ed)?\s+to|disapprov(?:e|es|ed)\s+of|don['’]?ts|prohibitions?"
    r"|(?:must|should|shall)(?:\s+(?:[\w-]+\s+){0,3}?(?:not|never)|n['’]t)(?!\s+(?:be|become)\b)|(?:to|should|must)\s+(?:be\s+)?avoid(?:ed)?)\b",
    re.IGNORECASE,
)
# ... and the words that, with those, ask nothing more: the kind of thing ruled out.
_AGAINST_KINDS = re.compile(
    r"\b(?:against|approach|approaches|practices?|ideas?|things?|actions?|behaviou?rs?|acts?|moves?|steps?|solutions?|answers?|ways?|conduct|be|done|what|which|list|it|they|he|she|does|do|did|is|are|was|were|say|says|most|main|strongly|as|no)\b",
    re.IGNORECASE,
)


def asks_against(question: str) -> bool:
    """Whether the question asks what is warned against, opposed or ruled out."""
    return bool(_ASKS_AGAINST.search(question))


def asks_and_rest(question: str, *, subject: str, unnamed: str, names_document: bool) -> tuple[Asks, str]:
    """What the question asks for by its structure, all told, and what is left of
    ``unnamed`` once the words that ask for a conclusion or an author are gone.

    ``subject``: the question without its framing words; ``unnamed``: the subject without
    the names of the documents it names (``names_document``: it names one). What is left
    says whether it asks for nothing else ("What does Smith conclude?") or for what a
    piece is about or where it came out.
    """
    wanted = asks(question, names_document=names_document)
    stripped = unnamed
    if wanted.conclusion:
        stripped = _CONCLUSION.sub(" ", _ending_removed(stripped))
    if wanted.opening:
        stripped = _OPENING.sub(_piece_kept, stripped)
    if wanted.neighbour:
        stripped = _NEXT_TO_POINTERS.sub(" ", stripped)
    if wanted.position == "end":
        stripped = _IN_THE_END.sub(" ", _AT_THE_END.sub(" ", f" {stripped}"))  # "what does Zhi say at the end?" names no subject
    elif wanted.position == "start":
        stripped = _SAID_FIRST.sub(" ", f" {stripped}")
    if wanted.mention:
        stripped = _MENTION_LEFT.sub(" ", _MENTION_ORDER.sub(" ", stripped))
    paragraph = bool(wanted.ordinal and (PARAGRAPH_NOUNS | SENTENCE_NOUNS).intersection(wanted.ordinal_words[:2]))
    if paragraph:
        stripped = _COUNTED_PLACE.sub(" ", stripped)
    if wanted.author:
        stripped = _AUTHOR_CUES.sub(" ", WHO_WROTE.sub(" ", stripped))
        if not has_content(_LEFT_PREPOSITIONS.sub(" ", stripped)):
            stripped = _LEFT_PREPOSITIONS.sub(" ", stripped)
    if names_document and _WHO_IS.match(question) and not has_content(stripped):
        wanted = replace(wanted, author=True)  # "Who is Smith?"
    if wanted.ordinal and set(wanted.ordinal_words) & set(SECTION_WORDS) and _HEADING_ASKED.search(question):
        wanted = replace(wanted, heading=True, heading_named=True)
    elif wanted.ordinal and set(wanted.ordinal_words) & set(SECTION_WORDS) and _asks_section_topic(question, stripped):
        wanted = replace(wanted, heading=True)
    elif wanted.ordinal and wanted.ordinal_words[:1] and wanted.ordinal_words[0] in _HEADING_NOUNS:
        wanted = replace(wanted, heading=True, heading_named=True, ordinal_words=(SECTION_WORDS[1], *wanted.ordinal_words[1:]))
    credited = _CREDITED.search(question)
    if credited and _ASKS_WHO.search(question):
        # "who wrote the poem?" asks for the poet, not the piece's author.
        wanted = replace(wanted, credited=credited.group("work").lower(), author=False, only=False, writer=False)
    if wanted.conclusion and _SUMMARY.search(question) and not has_content(stripped):
        wanted = replace(wanted, topic=True)  # "summarise the 2020 article": its title too
    if not wanted.author and not paragraph and not wanted.mention and _TOPIC.search(subject) and not has_content(_TOPIC_WORDS.sub(" ", stripped)):
        # ... "mainly about": the claim running through it (Asks.gist), not just its end.
        wanted = replace(wanted, conclusion=True, topic=True, gist=bool(_MAINLY.search(question)))
    elif not wanted.author and _PUBLISHED.search(subject) and not has_content(_PUBLISHED.sub(" ", _TOPIC_WORDS.sub(" ", stripped))):
        wanted = replace(wanted, published=True)
    if wanted.verse and not wanted.credited and not _asks_ending(question) and not has_content(_WHOLE_POEM.sub(" ", _TOPIC_WORDS.sub(" ", _VERSE.sub(" ", stripped)))):
        # Asked what the poem says, is about or comes to, and nothing more of it: its lines
        # are the answer (DocumentParts.answers_first), not the piece's conclusion. (How
        # it ends asks for its last lines: DocumentParts' place in a part.)
        wanted = replace(wanted, only=True, conclusion=False, opening=False, topic=False, gist=False)
    if wanted.author and names_document and _WROTE_IT.search(question) and not _NAME_ASKED.search(question) and not (
        _CREDITED.search(question) or _ALSO_ASKS.search(question)
    ):
        # "Who wrote the Global Times piece? it doesn't give a name, just a job title": the
        # byline answers, whatever the asker adds of it, unless they ask something more.
        stripped = ""
    if (wanted.author or wanted.conclusion or wanted.opening or wanted.position or paragraph) and not has_content(stripped):
        wanted = replace(wanted, only=True, writer=wanted.author and bool(_WRITER.search(question)))
    if names_document and not wanted.only and asks_against(question) and not has_content(_AGAINST_KINDS.sub(" ", _ASKS_AGAINST.sub(" ", stripped))):
        # Asked only what a named piece warns against ("what does the 2022 article warn
        # against?", "don'ts according to the China Daily piece"): its prohibitions answer.
        return replace(wanted, against=True, only=True), stripped
    if _WH_QUESTION.match(question) and _NEGATION.search(question) and not _NEGATION.search(subject):
        # The frame held the negation: "what don't they say about X" (not "why don't countries trust …").
        wanted = replace(wanted, unsaid=True)
    return wanted, stripped
