"""The asker's own words around what they ask about: a preamble ("sorry if this is a dumb
question but …", "my teacher mentioned X, …"), a clause closing the question ("…, I need
it for my essay"), sentences that name nothing, fillers before and after ("so", "lol"),
what the question sets aside ("besides governments"). They say why or how the asker asks,
not what about; what the preamble says they were told about stays part of the subject."""

from __future__ import annotations

import functools
import re

from .cases import case_last
from .message import asked, sentences_of, without_small_talk
from .needs import guarded
from .structure import WHO_WROTE
from .words import (
    NEWSROOM_WORDS,
    STATEMENT_TEST,
    BELIEF_OPENING,
    ABOUT,
    AUXILIARIES,
    DOCUMENT_NOUNS,
    EMPTY_WORDS,
    MONTHS,
    PART_OF,
    POINTING_PRONOUNS,
    PRONOUNS,
    QUESTION_AUXILIARIES,
    QUESTION_WORDS,
    SAID_WHERE,
    SAYING_NOUNS,
    VERBS,
    has_content,
    may_hold,
    words_of,
)

# The asker speaking of themselves before the question ("sorry if this is a dumb
# question but …", "we have to cite our sources in class …, do we know …", "my
# teacher mentioned something about X, how many …"): a preamble that opens with the
# asker (or an apology, a greeting) and ends where a clause opens as a question.
_ASKER = re.compile(
    r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|we|we['’]re|we['’]ve|my|our|sorry|apologies|hey|hi|hello|thanks|thank\s+you|"
    r"(?:can|could)\s+you\s+help|for\s+(?:my|our)|(?:a\s+)?(?:quick|dumb|silly|stupid|simple|random)\s+(?:question|q|qn))\b",
    re.IGNORECASE,
)
# … or with the piece it asks about ("in that CASS article from December 2015, do …"):
# a preamble that names a document and nothing else the question could lean on.
# Its writer's name may stand for the determiner: "In Zhi Zhenfeng's piece, what did …".
_IN_THE_PIECE = re.compile(
    rf"^\W*(?:in|from|by)\s+{PART_OF}(?:the|this|that|these|those|their|his|her|(?:[\w-]+\s+){{0,2}}[\w-]+['’]s)\s+"
    rf"(?=[^,;:?]*\b(?:{DOCUMENT_NOUNS})\b)",
    re.IGNORECASE,
)
# … and ends at a comma, colon, dash, "but" or a sentence's end.
_PREAMBLE_END = re.compile(r"\s*(?:[,;:]|[.?!](?=\s)|\s[-–—]\s|\bbut\b)\s*", re.IGNORECASE)
_QUESTION_OPENING = re.compile(
    rf"(?:{QUESTION_WORDS})\b|(?:{QUESTION_AUXILIARIES})\s+(?!\W*$)",
    re.IGNORECASE,
)
# What the preamble says the asker was told or read about: part of the subject ("my
# teacher mentioned something about Chinese police …, how many countries was it?").
_TOLD_ABOUT = re.compile(
    r"\b(?:said|says|say|mentioned|mentions|told\s+(?:me|us)|talked|talks|talking|wrote|writes|read|heard|learned|learnt|saw|explain|explained"
    r"|(?:sentence|quote|quotation|line|passage|part|bit)s?\s+(?:that|which|where)\s+(?:(?:it|they|he|she)\s+)?(?:calls?|called|describes?|described)"
    r"|reading|studying|learning|writing|working\s+on|doing)"
    r"\s+(?:(?:somewhere|online|once|recently)\s+)?(?:(?:something|anything|a\s+bit)\s+)?(?:(?:an?|my|our)\s+(?:essay|report|paper|project|presentation|assignment)\s+)?"
    r"(?:(?:about|that|of|on)\s+)?(?P<rest>.*\w.*)$",
    re.IGNORECASE,
)
# What the preamble says the asker does not understand, which the question asks about
# ("I'm writing a summary of the piece and I don't get why they say X, what is the reason?").
_NOT_UNDERSTOOD = re.compile(
    r"\b(?:don['’]t|do\s+not|didn['’]t|did\s+not|can['’]t|cannot)\s+(?:really\s+)?(?:get|understand|see|figure\s+out)\s+(?P<rest>.*\w.*)$",
    re.IGNORECASE,
)
# The asker saying they want to know ("I need to know", "I was wondering if"): the
# question follows, perhaps asked indirectly ("what the texts say about …").
_WANTS_TO_KNOW = re.compile(
    # ... or asks whether they must know it ("do we need to know what the 2016 one says about
    # X?", "are we supposed to know …"): a reviser asks what is said, not yes or no.
    r"^\W*(?:(?:do|does|will|would|should|must)\s+(?:i|we|you)\s+(?:(?:really|actually|even)\s+)?(?:need|have)\s+to"
    r"|(?:am\s+i|are\s+we|are\s+you)\s+(?:supposed|meant|expected|required)\s+to)\s+(?:know|learn|remember|memori[sz]e|revise|study)\b\s*"
    r"|^\W*(?:i|we)(?:\s+|(?=['’]))(?:(?:really\s+)?(?:need|want|would\s+like|['’]d\s+like)\s+to\s+(?:know|find\s+out|understand)"
    r"|(?:was|am|['’]m|were|are|['’]re)\s+(?:wondering|curious|confused|unsure|not\s+sure)|wonder(?:ed)?"
    r"|(?:(?:was|am|['’]m|were|are|['’]re)\s+)?(?:trying|struggling)\s+to\s+(?:understand|figure\s+out|find\s+out|work\s+out|get)"
    r"|need\s+(?=(?:the|a|an|some|all)\s)"
    r"|(?:do\s+not|don['’]t|didn['’]t|did\s+not)\s+(?:really\s+)?(?:understand|get|know))\b(?:\s+(?:about|if|whether))?\s*",
    re.IGNORECASE,
)
# The question someone asked the asker, or the asker asks to be told: "my teacher asked us
# (to find out) why …", "could you tell me how …": the question it holds is asked.
_ASKED_TO_TELL = re.compile(
    r"^\W*(?:(?:(?:my|our|the)\s+)?[\w-]+\s+(?:asked|asks|wants|wanted|told|tells)\s+(?:us|me)"
    r"(?:\s+to\s+(?:find\s+out|work\s+out|figure\s+out|look\s+up|explain|say|know|write\s+(?:about|down)))?"
    r"|(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell|show)\s+(?:me|us))"
    rf"\s+(?:about\s+)?(?=(?:{QUESTION_WORDS})\b)",
    re.IGNORECASE,
)
# Someone else's question passed on by the asker, a parent or a tutor: the child who
# needs it ("my son needs where it calls …", "my daughter has to find where it says …",
# "my kid wants to know if …") or the worksheet that sets it ("the worksheet asks on what
# dates …", "my son's sheet asks what …", "the homework says:"); what follows is the
# question, and so is what comes before it being said ("What did X put forward, the
# worksheet asks?").
_HELPED = r"(?:son|daughter|kid|child|boy|girl|teen|teenager|student|pupil)s?"
_SET_BY = (
    rf"(?:(?:the|my|our|his|her|their|(?:my|our)\s+{_HELPED}['’]s?)\s+)"
    r"(?:work\s*sheet|sheet|homework|assignment|exercise|handout|task|question|teacher|tutor)"
)
_PASSED_ON = re.compile(
    rf"^\W*(?:(?:my|our)\s+{_HELPED}\s+(?:(?:needs|wants)(?:\s+to)?|has\s+to|must|is\s+(?:supposed|meant|asked|trying)\s+to)"
    r"(?:\s+(?:find(?:\s+out)?|know|quote|get|locate|look\s+up|work\s+out|figure\s+out|answer|explain))?(?:\s+(?:if|whether))?"
    rf"|{_SET_BY}\s+(?:asks|says|wants|needs)(?:\s+(?:us|them|him|her|me))?(?:\s+to\s+(?:find(?:\s+out)?|know|quote|explain|say|name|list))?"
    # ... or the question a teacher means to put to a class ("I want to ask my class why
    # …", "I'm going to ask my students what …").
    r"|(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:want|would\s+like|['’]d\s+like|plan(?:ning)?|going|mean|intend|hoping)\s+to\s+ask"
    rf"\s+(?:my|our|the)\s+(?:class|students|pupils|group|kids|learners|seminar|{_HELPED}|year\s+\d+s?))"
    r"\s*[:,]?\s+(?=\S)",
    re.IGNORECASE,
)
# ... or relayed in the third person by a teacher or a librarian ("A patron is asking what
# …", "My student asks about …", "One of our readers wants to know whether …", "Someone
# here is looking for the bit about …", "I have a student here who needs the passage on
# …"): who asked is no part of what is asked.
_RELAYER = (
    rf"(?:{_HELPED}|readers?|patrons?|visitors?|members?|users?|customers?|clients?|colleagues?|friends?|classmates?"
    r"|learners?|parents?|mums?|moms?|dads?|researchers?|journalists?|lady|gentleman|man|woman|gent|guy)"
)
_RELAYED = re.compile(
    r"^\W*(?:(?:my|our|a|an|this|that|the|one\s+of\s+(?:my|our|the))\s+(?:[\w-]+\s+)?"
    rf"{_RELAYER}|some(?:one|body)|(?:i|we)\s+(?:have|['’]ve\s+got|got)\s+(?:a|an)\s+(?:[\w-]+\s+)?{_RELAYER})"
    r"(?:\s+(?:here|today|at\s+the\s+desk|in\s+(?:my|our|the)\s+\w+))?(?:\s+(?:who|that))?\s+"
    r"(?:(?:is|was|has\s+been)\s+(?:asking|wondering|looking\s+for|after|trying\s+to\s+find)|asks|asked|has\s+asked|wonders|wondered"
    r"|(?:wants|wanted|would\s+like|wishes|needs|needed)(?:\s+to\s+(?:know|find(?:\s+out)?|see|read|understand))?)"
    # ("whether" stays: "whether the text mentions X" is framed as "does the text mention X".)
    r"(?:\s+(?:me|us))?(?:\s+about)?\s*[:,]?\s+(?=\S)",
    re.IGNORECASE,
)
_PASSED_ON_AFTER = re.compile(rf"\s*[,;:–—-]\s*{_SET_BY}\s+(?:asks|asked|says|wants\s+to\s+know)(?=\W*$)", re.IGNORECASE)


# The English of the texts, asked for by a translator ("what's the English for X", "how is
# X worded in English", "the exact English wording", "what English does Zhi use for X"):
# the texts are the English, so it says how the asker asks, not what about.
_ENGLISH_OF = guarded(re.compile(
    r"\b(?:(?:in|into)\s+(?:the\s+)?English(?:\s+(?:version|text|translation|edition))?\b"
    r"|(?:(?:what|which)(?:['’]s|\s+is)\s+)?(?:the\s+)?English\s+(?:for|of)\s|English(?=\s+(?:wording|phrasing|phrase|terms?|words?|rendering|translation|version|text|expression)\b))\s*",
    re.IGNORECASE,
))


# ... or as what says it ("does the English say 'cleaner and securer' or …?"): the piece.
_ENGLISH_SAYS = guarded(re.compile(
    r"\b(?:the\s+)?English(?:\s+(?:version|text|translation))?(?=\s+(?:say|says|said|read|reads|have|has|use|uses|call|calls)\b)",
    re.IGNORECASE,
))


def without_english(question: str) -> str:
    """``question`` without its asking for the English of what it names (``_ENGLISH_OF``,
    ``_ENGLISH_SAYS``), when something is left to name."""
    rest = re.sub(r"\s+(?=[?!.,;:]|$)", "", _ENGLISH_OF.sub("", _ENGLISH_SAYS.sub("it", question)))
    return rest if rest != question and _names_something(rest) else question


def without_passed_on(question: str) -> str:
    """``question`` without the words passing it on from a child or a worksheet (_PASSED_ON)
    or relaying someone else's (_RELAYED), when a question is left; else as it is."""
    rest = _PASSED_ON_AFTER.sub("", _RELAYED.sub("", _PASSED_ON.sub("", question, count=1), count=1), count=1)
    return rest if rest != question and _names_something(rest) else question


# Asked for a quote by what it says: "(I want) the sentence that calls the leaks a
# turning point": what it says is the subject.
_QUOTE_ASKED = re.compile(
    r"^\W*(?:(?:i|we)\s+(?:want|(?:am|are)\s+looking\s+for|would\s+like)\s+|(?:i['’]m|we['’]re)\s+looking\s+for\s+"
    r"|(?:find|show|give)\s+(?:me\s+)?)?(?:the|a|an)\s+(?:sentence|quote|quotation|line|passage|part|bit)s?\s+"
    r"(?:that|which|where)\s+(?:(?:it|they|he|she)\s+)?(?:says?|said|calls?|called|describes?|described|mentions?|mentioned)\s+"
    # ... or typed as a note, the article left out: "line calling the leaks a watershed".
    r"|^\W*(?:sentence|quote|quotation|line|passage)s?\s+(?:calling|describing|saying|mentioning)\s+"
    r"(?:(?:that|about)\s+)?(?=\w)",
    re.IGNORECASE,
)
# Asked for a line to use on air or in print, in a producer's words: "got a punchy line on
# X?", "need a clip where they say X", "anything quotable re X", "soundbite on X", "what's
# the money quote on X": X is the subject, what the line is for and how good it must be
# are the asker's.
_LINE_QUALITY = (
    r"(?:good|great|punchy|quotable|strong|tight|short|killer|juicy|memorable|usable|crisp|snappy|money|pull|best|nice|sharp|clean|catchy"
    # ... or a presenter's: "the strongest sentence on X", "the most striking line".
    r"|strongest|clearest|sharpest|punchiest|key|most\s+(?:quotable|powerful|striking|memorable|telling|important|convincing)"
    # ... or where it goes in the show ("a scene-setter line", "an opening clip").
    r"|scene[- ]sett(?:er|ing)|opening|closing|intro|outro)"
)
_LINE_NOUN = r"(?:sound\s*-?\s*bites?|clips?|pull\s+quotes?|quotes?|quotations?|lines?|one[- ]liners?|snippets?)"
# ... of which only a show's own words close a request with nothing before them ("X clip
# please"): "the Wang Yi quote", "Lee's line" name a passage.
_SHOW_NOUN = r"(?:sound\s*-?\s*bites?|clips?|pull\s+quotes?|one[- ]liners?|snippets?)"
# What the line is wanted to do ("the line stating X", "a line proving X", "the quote
# establishing that X", "best line attacking X").
_LINE_TELLING = (
    r"(?:saying|stating|showing|proving|establishing|admitting|identifying|naming|giving|explaining|describing|mentioning"
    r"|arguing|claiming|suggesting|attacking|criticising|criticizing|defending|supporting|backing|summing\s+up)(?:\s+that)?"
)
# What a line is wanted for: a presenter's slide ("for my slide on X").
_SLIDE = r"(?:a|an|my|our|the|this)\s+(?:[\w-]+\s+)?(?:slides?|posters?|presentations?|handouts?|decks?|talks?)"
_LINE_WANTED = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:(?:need|want|got|have\s+you\s+got|do\s+you\s+have|looking\s+for|after|is\s+there|are\s+there|any|got\s+any"
    r"|what['’]?s|what\s+is|which\s+is)\s+)*"
    rf"(?:(?:(?:a|an|the|some|one|any|your)\s+)?(?:{_LINE_QUALITY}\s+)*{_LINE_NOUN}"
    # ... a sentence called good for the purpose ("strongest sentence against X").
    rf"|(?:(?:a|an|the|some|one|any|your)\s+)?(?:{_LINE_QUALITY}\s+)+(?:sentences?|passages?)"
    rf"|(?:anything|something)\s+{_LINE_QUALITY})"
    # ... for a slide ("a line for my slide on X").
    rf"(?:\s+(?:for|on)\s+{_SLIDE})?"
    rf"\s+(?:(?:on|about|re:?|regarding|against|{_LINE_TELLING})\s+|where\s+(?:(?:it|they|he|she)\s+(?:says?|said|calls?|called|describes?|described"
    r"|mentions?|mentioned|talks?\s+about|talked\s+about)\s+(?:that\s+)?)?)"
    r"(?=\w)",
    re.IGNORECASE,
)
# ... or asked what to put on a slide about X ("what could I put on a slide about X",
# "something for a slide on X", "anything for my slide on X").
_SLIDE_ASKED = re.compile(
    r"^\W*(?:(?:what|which\s+(?:line|quote|sentence|passage|bit))\s+(?:could|can|should|might|would)\s+(?:i|we)\s+(?:put|use|quote|show|have)"
    r"|(?:(?:i|we)\s+)?(?:need\s+|want\s+|got\s+|is\s+there\s+)?(?:anything|something|a\s+(?:line|quote|sentence|passage))(?:\s+(?:good|useful|quotable))?)"
    rf"\s+(?:for|on|in)\s+{_SLIDE}\s+(?:on|about|re:?|regarding|against)\s+(?=\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[?!.]\s")
# "quote" and "clip" after a modal or a subject are verbs ("… I can quote"); "line" after
# a preposition closes a phrase of the subject ("bring the towns back into line").
_NOT_A_VERB = "".join(
    rf"(?<!\b{w})"
    for w in ("i", "we", "you", "to", "can", "could", "will", "would", "might", "may", "should", "in", "into", "on", "of", "out", "bottom")
)
# ... or labelled as one, before a colon or a dash ("clip: X", "one-liner for the cold open:
# X", "quick one: X", "China Daily op-ed opener - X"): what follows is the line's gist. A
# line "on X: Y" is asked of X, not labelled.
_LINE_PART = r"(?:one[- ]liners?|openers?|closers?|kickers?|scene[- ]setters?)"
_LINE_LABEL = guarded(re.compile(
    r"^\W*(?:quick\s+(?:one|q)|(?:[\w'’.-]+\s+){0,4}?"
    rf"(?:{_LINE_QUALITY}\s+)*(?:{_LINE_NOUN}|{_LINE_PART})(?:\s+(?:for|from|in)\s+[^:;?!–—]+?)?)"
    r"\s*(?::|\s[-–—]\s|[–—])\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
))
# ... or named after the gist ("X - Zhi line", "X clip please, the Guangming one", "X - is
# there a snappy line?", "X - the line on when Y").
_LINE_AFTER = guarded(re.compile(
    r"(?:(?:\s*[,:]|\s+-|\s*[–—])\s*(?:(?:is|are)\s+(?:there|their)\s+|(?:i\s+)?need\s+)?(?:(?:the|a|an|any|some)\s+)?(?:[\w'’.-]+\s+){0,2}?"
    rf"(?:(?:{_LINE_QUALITY}\s+)*{_LINE_NOUN}|(?:{_LINE_QUALITY}\s+)+(?:sentences?|passages?))|{_NOT_A_VERB}\s+(?:{_LINE_QUALITY}\s+)*{_SHOW_NOUN})(?:\s+(?:please|pls))?(?=\s*(?:,|[?!.]*\s*$))",
    re.IGNORECASE,
))
# ... or named after its gist made one word ("the UN-as-main-channel line, Guangmin", "the
# closing-the-digital-gap line?"): a hyphened gist is no name of the line's.
_GIST_LINE = guarded(re.compile(
    rf"(?<=\w)(?P<gist>(?:-[\w'’]+)+)\s+(?:{_LINE_QUALITY}\s+)*(?:lines?|quotes?)(?=\s*(?:,|[?!.]*\s*$))", re.IGNORECASE
))
_LINE_ON_AFTER = guarded(re.compile(rf"\s*[-–—]\s*(?:the|a)\s+(?:{_LINE_QUALITY}\s+)*{_LINE_NOUN}\s+(?:on|about|re)\s+(?=\w)", re.IGNORECASE))


def without_line_label(question: str) -> str:
    """``question`` without what names it a request for a line to use (``_LINE_LABEL``,
    ``_LINE_AFTER``, ``_LINE_ON_AFTER``, ``_GIST_LINE``), when what is left names something."""
    label = _LINE_LABEL.match(question)
    rest = label.group("rest") if label else question
    rest = _LINE_ON_AFTER.sub(" ", rest, count=1)
    after = _LINE_AFTER.search(rest)
    # A line named in a sentence of its own ("… this concept? The payoff line.") is the
    # sentences' to drop whole, not to leave its adjective as a subject.
    if after and not _SENTENCE_END.search(rest, 0, after.start()):
        rest = rest[: after.start()] + rest[after.end() :]
    else:
        rest = _GIST_LINE.sub(r"\g<gist>", rest, count=1)
    return rest if rest != question and _names_something(rest) else question


# What a lecturer says a passage does ("where the article cites / reports / warns X", "the
# sentence invoking X").
_REPORTING_VERBS = (
    r"cites?|cited|reports?|reported|warns?|warned|argues?|argued|claims?|claimed|notes?|noted|states?|stated"
    r"|explains?|explained|suggests?|suggested|links?|linked|invokes?|invoked|quotes?|quoted|lists?|listed"
    r"|sets?\s+out|insists?|insisted|stresses|stressed|calls?\s+for|called\s+for|urges?|urged|describes?|described"
)
_REPORTING_PARTICIPLES = (
    r"invoking|citing|stating|naming|describing|mentioning|calling|quoting|arguing|claiming|warning|noting|listing"
    r"|linking|explaining|setting\s+out|referring\s+to|expressing|urging|stressing|defining|reporting"
)
# A passage half remembered, asked for by what it is about or says: "what was that bit
# about X", "the part where they say X", "is there a bit where they talk about X", "the
# line saying X", "where it says X", "where's the bit about X", "which line of the poem
# says X": X is the subject, in the asker's memory of its words.
_QUOTE_RECALLED = re.compile(
    r"^\W*(?:(?:(?:what|which|where)(?:['’]s|\s+(?:is|was|are|were))\s+|(?:is|was)\s+there\s+|there(?:['’]s|\s+(?:is|was))\s+"
    r"|where\s+(?:can|could|do|would|might)\s+(?:i|we|you)\s+(?:find|see|read)\s+"
    r"|(?:do\s+you\s+)?remember\s+)?(?:(?:the|that|this|a|an|one)\s+)?(?:bit|part|line|passage|sentence|quote|saying|phrase)s?"
    # ... one the asker may quote ("is there a quote I can use in my essay about X").
    r"(?:\s+(?:that\s+)?(?:i|we)\s+(?:can|could|might)\s+(?:use|quote|cite)(?:\s+(?:in|for)\s+(?:my|our|an?|the)\s+[\w-]+)?)?\s+"
    rf"(?:about|saying|where|when|in\s+which|that\s+(?:says?|said|goes|went)|which\s+(?:says?|said|goes|went)|{_REPORTING_PARTICIPLES}"
    # ... or by words it holds ("the line with the typo 'X'", "the sentence containing the phrase X").
    r"|(?:with|containing|using|that\s+(?:has|had|uses|used|contains|contained))(?:\s+(?:the|a|an|that))?"
    r"(?:\s+(?:typo|misspelling|mistake|error|phrase|words?|expression|term))?)\s+"
    # ... "where the (Guangming) writer says X" as "where it says X".
    r"|^\W*where\s+(?=(?:it|they|he|she|the\s+(?:[\w'’.-]+\s+){0,2}?(?:writer|author|text|piece|article|essay|paper))\s+"
    rf"(?:says?|said|talks?|talked|mentions?|mentioned|writes?|wrote|{_REPORTING_VERBS})\b)"
    # ... or which line says it, of a piece or its poem ("which line of the poem says X").
    r"|^\W*which\s+(?:line|sentence|passage|bit)\s+(?:of\s+the\s+(?:poem|verse|text|piece|article|essay)\s+|in\s+the\s+(?:poem|verse)\s+)?"
    r"(?:says?|said|states?|stated)\s+(?:that\s+)?"
    # ... and the poem saying it, once the line asked for is gone ("Which line of the poem says X").
    r"|^\W*(?=the\s+(?:poem|verse)\s+(?:says?|said)\s))"
    r"(?:(?:it|they|he|she|the\s+(?:[\w'’.-]+\s+){0,2}?(?:writer|author|text|piece|article|essay|paper|poem))\s+"
    r"(?:says?|said|talks?\s+about|talked\s+about|goes\s+on\s+about|mentions?|mentioned|writes?|wrote|describes?|described|calls?|called"
    rf"|{_REPORTING_VERBS})\s+"
    r"(?:(?:that|about|of)\s+)?)?(?=\w|['‘\"“]\w)",
    re.IGNORECASE,
)
# Where in the texts something is said, asked in the passive ("Where is spyware
# mentioned?", "where are internet ethics discussed in the Zhi piece"): what is said is
# asked for, not a place.
_MENTIONED = (
    r"mentioned|discussed|described|talked\s+about|covered|brought\s+up|referred\s+to|cited|raised|addressed|dealt\s+with|explained|quoted"
)
# ... or after it, in a request for the passage: "(find the line where) X is discussed (in the 2016 piece)".
_MENTIONED_AFTER = guarded(re.compile(rf"\s+(?:is|are|was|were|gets?|got)\s+(?:{_MENTIONED})\b(?:\s+(?:in|by)\s+[^,;?!.]+)?(?P<end>[.?!]*)$", re.IGNORECASE))
_WHERE_MENTIONED = guarded(re.compile(
    rf"^\W*where\s+(?:is|are|was|were)\s+(?=\S.*?\s(?:{_MENTIONED})\b)",
    re.IGNORECASE,
))
# ... or in which of the pieces, or in how many ("In which piece is X brought up?", "Is X
# mentioned in more than one article?", "is X discussed by any of the texts"): a
# researcher's ask of where, which the quotes' citations answer; X is the subject.
_PIECES_COUNTED = (
    rf"(?:which|what|more\s+than\s+one|several|many|multiple|any|both|all|each|two|some|most|other|every|how\s+many)"
    rf"(?:\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:{DOCUMENT_NOUNS}|ones?))?"
)
_WHICH_PIECE_MENTIONS = guarded(re.compile(
    rf"^\W*(?P<which>(?:in|by)\s+(?:which|what)\s+(?:of\s+the\s+)?(?:{DOCUMENT_NOUNS}|one)\s+)?(?:is|are|was|were)\s+"
    rf"(?P<topic>\S.*?)\s+(?:{_MENTIONED})(?P<counted>\s+(?:in|by)\s+{_PIECES_COUNTED})?(?P<end>\W*)$",
    re.IGNORECASE,
))
# How something is described, asked in the passive ("How is cyber sovereignty described
# in the 2015 article?", "how are developing countries portrayed"): what is said of it is
# asked for, as "how does the article describe X" asks it; where, or by whom, stays.
_HOW_DESCRIBED = guarded(re.compile(
    r"^\W*how\s+(?:is|are|was|were)\s+(?P<topic>(?:(?!\b(?:is|are|was|were|does|do|did)\b)[^?!.])+?)\s+"
    r"(?:described|portrayed|depicted|presented|characteri[sz]ed|framed|explained|defined|discussed|treated|viewed|seen"
    r"|regarded|pictured|represented|talked\s+about|dealt\s+with|covered|mentioned"
    # ... or, a translator asks, put in English ("how is X worded / rendered / translated").
    r"|worded|phrased|rendered|translated|expressed|put|spel(?:led|t)\s+out|formulated)"
    r"(?P<rest>\s+(?:in|by|according\s+to|within)\s+[^?!.]*)?(?P<end>\s*[?!.]*\s*)$",
    re.IGNORECASE,
))
# ... asked for after it names nothing ("the line with the typo 'X' - what is it?").
_RECALLED_ASKED_AFTER = re.compile(
    r"\s*[-–—,;:.?]+\s*(?:(?:so|and)\s+)?(?:what|which|where)(?:['’]s|\s+(?:is|was))\s+(?:it|that|this|the\s+(?:line|sentence|quote))(?:\s+again)?\W*$",
    re.IGNORECASE,
)
_RECALLED_PICTURE = re.compile(r"\b(?P<verb>be|is|are|was|were|being|been)\s+like\s+(?=(?:a|an)\s)", re.IGNORECASE)
# Who says it, said inside a question after what it asks for ("What imbalances does the
# writer say are holding poorer countries back", "Which crimes does the article want
# stopped"), or after all of it ("…, as the writer sees it"): the question asks what is
# said. A question opening on it ("What does the writer say …") is the frames' to read.
_SPEAKER_INSIDE = re.compile(
    rf"(?<=\w)\s+(?:does|do|did|would)\s+(?:the|this|that)\s+(?:{DOCUMENT_NOUNS})\s+"
    rf"(?:(?:{VERBS})|want|wants|hope|hopes|reckon|reckons|expect|expects|call\s+for|calls\s+for|name|names|list|lists|like\s+to\s+see)\b",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(
    rf",?\s+(?:as|for)\s+(?:the|this|that)\s+(?:{DOCUMENT_NOUNS})\s+(?:sees|saw|describes|described|puts|put|tells|told)\s+it(?=\W*$)",
    re.IGNORECASE,
)
_WH_WORD_FIRST = re.compile(rf"^\W*(?:{QUESTION_WORDS})\s+(?=\S+\s)", re.IGNORECASE)


def _without_speaker_inside(text: str) -> str:
    """The question without who says its answer, said inside or after it (``_SPEAKER_INSIDE``)."""
    opening = _WH_WORD_FIRST.match(text)
    if opening is None:
        return text
    inside = _SPEAKER_INSIDE.search(text, opening.end())
    if inside is not None and inside.start() > opening.end():
        text = text[: inside.start()] + text[inside.end() :]
    return _SPEAKER_AFTER.sub("", text, count=1)


# Asked for a quote's words by what it is of: "(I need) the exact wording of Zhang's
# 'greater than the sum of the parts' line", "the full quote about X": X is the subject,
# and the word naming the quote after a quoted phrase ("… line") names nothing of it.
_WORDING_ASKED = re.compile(
    r"^\W*(?:what(?:['’]s|\s+(?:is|are|was|were))\s+|(?:(?:can|could|would)\s+you\s+)?(?:give|show|tell)\s+me\s+)?"
    r"(?:the|a|an)\s+(?:(?:exact|precise|full|actual|original|whole)\s+)?(?:wording|words|phrasing|formulation|sentence|quote|quotation|line|passage)s?\s+"
    r"(?:of|for|about|on|from)\s+(?=\S)",
    re.IGNORECASE,
)
# Asked where what is known of X comes from ("where the information about X is from?",
# "where does the news of X come from"): the passage telling X names its source.
_SOURCE_ASKED = re.compile(
    r"^\W*where\s+(?:(?:is|was|does|did)\s+)?(?:the\s+)?(?:information|news|claim|story|report)s?\s+(?:about|on|of|that)\s+"
    r"(?P<what>.+?)\s+(?:(?:is|was|are|were)\s+|(?:comes?|came)\s+)?from\W*$"
    # ... or who gave it, as a learner asks it ("Who has given the information that X?",
    # French "qui a donné l'information que", German "wer hat die Information gegeben").
    r"|^\W*who\s+(?:has\s+|had\s+)?(?:given|gave|gives|provided|provides)\s+(?:the\s+)?(?:information|news)\s+(?:that|about|on|of)\s+"
    r"(?P<given>.+?)\W*$",
    re.IGNORECASE,
)
_QUOTE_NAMED_AFTER = re.compile(r"(?<=[\"”’'])\s+(?:line|sentence|quote|quotation|phrase|passage|bit|part)s?(?=\W*$)", re.IGNORECASE)
_WH_OPENING = re.compile(rf"^\W*(?:{QUESTION_WORDS})\b", re.IGNORECASE)
# "back" in the asker's "back in 2015", "back then": a time it points to, in no text's words.
_BACK_THEN = guarded(re.compile(r"\bback\s+(?=(?:in\s+(?:\w+\s+)?\d{4}|then|when)\b)", re.IGNORECASE))
# What a teacher writes a question for: "a fill-in-the-blank", "a true/false item", "a
# multiple-choice question", "a quiz".
QUIZ_ITEM = (
    r"(?:(?:fill[- ]in[- ]the[- ]blanks?|fill[- ]ins?|gap[- ]fills?|cloze|multiple[- ]choice|true\s*/\s*false|true[- ]or[- ]false|t/f"
    r"|quiz(?:zes)?|worksheets?|flash\s*cards?)(?:\s+(?:items?|questions?|statements?|exercises?|tasks?|cards?|prompts?))?"
    # ... or an exam's: "a short-answer item", "the source-based question".
    r"|(?:short[- ]answer|long[- ]answer|exam|test|essay|comprehension|source[- ]based|extended[- ]response|unseen)\s+(?:items?|questions?|tasks?|prompts?))"
)
# What the asker asks for ("for my essay", "for class").
_PURPOSE = (
    r"(?:for\s+(?:my|our|a|an|the)\s+(?:class|course|essay|homework|assignment|exam|test|quiz|project|presentation|paper|report"
    r"|seminar|school|lecture|teacher|professor|debate|revision|discussion|lesson|lessons|slides?|handout|worksheet|notes|students|pupils"
    # ... or an official's: "for the briefing", "for the record", "for our memo".
    r"|briefings?|brief|memo|minutes|record|files?|dossier|cable|delegation|meeting)"
    # ... or a journalist's own piece: "for my story", "for our column", and a producer's
    # show and its parts: "for the intro", "for the segment".
    r"|for\s+(?:my|our)\s+(?:piece|story|article|column|feature|copy|draft|newsletter|blog|podcast|segment)"
    r"|for\s+(?:my|our|a|an|the|this|that|tonight['’]s|today['’]s)\s+(?:intro|outro|segment|episode|show|podcast|package|opener|teaser"
    r"|trailer|script|bulletin|broadcast|voice-?over|programme|program|cold\s+open|listeners|audience|interview|explainer)"
    # ... or a quiz item a teacher writes: "for a true/false item", "for a poetry-analysis worksheet".
    rf"|for\s+(?:my|our|a|an|the)\s+(?:[a-z][\w-]*\s+)?{QUIZ_ITEM}"
    # … or says what the question is for: "exam question:", "essay q -".
    r"|(?:exam|essay|test|quiz|homework|debate|revision|discussion)\s+(?:question|q|qn))"
)
# How plainly the asker wants it said, opening or closing a question.
_PLAINLY = (
    r"in\s+(?:plain|simple|everyday|normal)\s+(?:english|terms|words|language)|in\s+lay(?:man|person|men|people)['’]?s\s+terms"
    r"|in\s+a\s+nutshell|in\s+short|in\s+brief|simply\s+put|put\s+simply|in\s+other\s+words"
)
# A formal writer's courtesy around a request: "I should be grateful if you could …",
# "would you be so kind as to …", "might I enquire whether …".
_COURTESY = (
    r"(?:i\s+(?:would|should|shall)\s+be|i['’]d\s+be|we\s+(?:would|should)\s+be|i\s+am|i['’]m)\s+(?:most\s+|very\s+|extremely\s+|much\s+|greatly\s+)?"
    r"(?:grateful|obliged|thankful|indebted)\s+(?:to\s+you\s+)?if\s+you\s+(?:could|would|might|can|will)(?:\s+(?:kindly|please))?"
    r"|would\s+you\s+be\s+(?:so\s+kind\s+as|kind\s+enough|good\s+enough|so\s+good\s+as)\s+to(?:\s+(?:kindly|please))?"
    r"|(?:may|might|could|can)\s+i\s+(?:please\s+|kindly\s+|respectfully\s+)?(?:enquire|inquire|ask)(?:\s+of\s+you)?(?:\s+(?:whether|if)\b)?"
    r"|i\s+(?:wonder|was\s+wondering|am\s+wondering)\s+(?:whether|if)\s+you\s+(?:could|might|would)(?:\s+(?:kindly|please))?"
)
# Words a question may open with before it says anything ("so", "ok", "and also", a
# filler "like"), not as part of a word ("like-minded", "so-called", "well-being").
_LEAD_WORDS = (
    # How plainly the asker wants it said ("In plain English, what does X mean?", "in a
    # nutshell what is X", "simply put, …"): a register, no part of what is asked.
    rf"(?:{_PLAINLY})\b[,:\s]*"
    # ... a courtesy wrapped round the request ("I would be obliged if you could set out
    # …", "Would you be so kind as to tell me …", "Might I enquire whether …"): how
    # formally the asker asks, no part of what.
    rf"|{_COURTESY}\s*,?\s*"
    # ... a follow-up's acknowledgement before its comma ("right, and what …", "got it, …").
    r"|(?:right|alright|all\s+right|cool|great|nice|sure|i\s+see|got\s+it)\s*,\s*"
    # ... "pray" and "pray tell", an old-fashioned "please".
    r"|(?:so|and|but|ok|okay|hey|please|kindly|pray(?:\s+tell)?|um|hmm|oh|well|then|now|also|wait|basically|yeah|btw|like"
    r"|honestly|just|seriously|literally|actually|really|quickly|simply)\b(?![-’'])[,\s]*"
    # ... a greeting or thanks, which may call the asked by name ("Thanks Zhang what are …",
    # "thanks! and what about …").
    r"|(?:thanks|thank\s+you|thx|hi|hello|hiya)\b(?![-’'])[,.!\s]*"
    # ... or the form of answer asked for: "Yes or no: does …", "y/n -".
    r"|(?:yes\s+or\s+no|y/n)\s*[:?,\-–—]\s*"
    # ... or the asked called as a learner calls a teacher, then a comma ("Teacher, does the
    # text …", "Dear professor, what …"): a name of a role, no part of the question.
    r"|(?:dear\s+)?(?:teacher|sir|madam|ma['’]am|miss|professor|prof|doctor|tutor)\s*,\s*"
    # ... or anyone greeted as in a letter ("Dear helper,", "Dear bot,", "Dear Sir or Madam,").
    r"|dear\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*"
)
# An adverb and a comma opening a question say how the asker asks: "sceptically, is …",
# "realistically, what …".
_MANNER = r"[a-z]{3,}ly\s*,\s*"
_LEAD = re.compile(rf"^(?:{_LEAD_WORDS}|{_PURPOSE}\s*[,:–—-]?\s*|{_MANNER})+", re.IGNORECASE)
# … the words alone: "ok so for my essay on X I need …, what …" keeps its purpose for
# the preamble, which takes what the essay is on with it.
_LEAD_WITHOUT_PURPOSE = re.compile(rf"^(?:{_LEAD_WORDS})+", re.IGNORECASE)
# Words a question may close with that ask nothing ("at all", "exactly", "in simple
# words", "lol", "asking for an assignment").
_TRAILER = guarded(re.compile(
    # "somewhere", "anywhere": where in the piece, which is no part of what is asked
    # ("pretty sure the Guangming essay mentions covid-19 somewhere?").
    r"(?:(?:[\s,(—–]|\s-(?=\s))*\b(?:at\s+all|exactly|pray|if\s+(?:i|we)\s+may(?:\s+(?:ask|enquire|inquire))?|if\s+you\s+please|if\s+you\s+would|(?:in\s+(?:there|it|them)\s+)?(?:some|any)\s*where|please|pls|lol|haha|thanks(?:\s+(?:so\s+much|a\s+lot))?|thank\s+you|thx|briefly"
    # ... or say the piece holds what is asked for, once the piece has left ("the figures
    # cited (in the 2016 article)", "the number of countries, as stated (in it)").
    # Not the verb itself ("what should they be given").
    r"|(?:,?\s*as\s+)?(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?:cited|mentioned|stated|given|listed|quoted|recorded|noted|reported|set\s+out)"
    rf"|{_PLAINLY}|to\s+me|like\s+i['’]?m\s+(?:five|5)|asking\s+for\s+(?:a|an|my)\s+\w+|{_PURPOSE}"
    r"|do\s+(?:we|you)\s+know|(?:that\s+)?(?:i|we)\s+(?:could|can|might)\s+(?:use|quote|cite)(?:\s+(?:as|for|in)\s+(?:\w+\s+)?\w+)?|(?:does\s+)?any\s*(?:one|body)\s+know|any\s+ideas?|or\s+not|is\s+that\s+(?:right|true|so)|am\s+i\s+(?:right|correct))\b)+\W*$",
    re.IGNORECASE,
))
# A clause closing the question that asks it be confirmed: "…, right?", "…, doesn't it?".
_CONFIRM_TAG = (
    r"(?:[,;]\s*(?:right|true|(?:(?:does|did|is|was|do|has)(?:n['’]t|\s+not)?)\s+(?:it|he|she|they|that))"
    # ... or the asker's own true/false test closing it: "… - true or false?", "… (T/F)".
    rf"|(?:[,;]|\s[-–—]|\s)\s*\(?{STATEMENT_TEST}\)?)\W*$"
)
# A clause closing the question that asks its own question again by the kind of answer
# alone ("who said the ambassador got hacked, like what was the source for that", "why
# does the piece think so, what's the justification"): it names nothing more.
_RESTATED = re.compile(
    r"[,;?]\s*(?:(?:like|i\s+mean|so|and|or)\s+)?(?:(?:what|who|where)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|their|its|his|her)\s+|any\s+)"
    r"(?:source|justification|reason|reasoning|rationale|evidence|basis|explanation|argument|logic)s?"
    r"(?:\s+(?:for|of|behind)\s+(?:that|this|it|them))?\W*$"
    rf"|{_CONFIRM_TAG}",
    re.IGNORECASE,
)
# The asker speaking of themselves after the question ("…, I'm trying to understand the
# main argument for my essay", "…? need it for class", "… thanks!"): a clause or sentence
# that closes the question, opens with the asker, their need or their class, and asks
# nothing itself.
_ASKER_AFTER = re.compile(
    r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|im|ive|we|we['’]re|we['’]ve|my|our|me|sorry|thanks|thank\s+you|thx|ty|pls|please|asap|lol"
    r"|(?:just\s+|only\s+)?need(?:ed|s)?\s+(?:it|this|that|to|(?:the|a|an|this|that|his|her|their)\s+(?:list|quote|quotes|sentence|line|lines|wording|words|answer|passage"
    # ... or the detail asked for, said again ("who wrote it? just need the affiliation").
    r"|affiliation|name|names|date|title|source|outlet)\b)"
    r"|(?:it|this)(?:['’]s|\s+is)\s+for"
    rf"|{_PURPOSE})\b",
    re.IGNORECASE,
)
# A claim the asker checks, said as a statement: "Someone told me (that) X", "Am I right
# (that) X", "I heard X", "Correct me if I'm wrong, but X": X is the subject.
_CLAIM_CHECKED = re.compile(
    r"^\W*(?:(?:some\s*(?:one|body)|a\s+(?:friend|colleague|classmate)|(?:my|our)\s+[\w-]+|people|they)\s+(?:told|tells|keeps?\s+telling)\s+(?:me|us)"
    r"|(?:i|we)\s+(?:(?:have|['’]ve)\s+)?(?:heard|was\s+told|were\s+told|been\s+told)(?:\s+(?:somewhere|once))?"
    r"|(?:my|our)\s+[\w-]+\s+(?:says|said|thinks|reckons|claims|insists)"
    r"|(?:i|we)\s+(?:read|saw)(?:\s+(?:somewhere|online|once))?\s+(?=that\b)"
    # ... or as the asker believes or remembers it ("I think X", "I remember Guangming
    # mentioning X", "pretty sure X").
    rf"|{BELIEF_OPENING}|(?:i|we)\s+recollect"
    # ... asked negated or of the asker's memory: "Isn't it true that X", "Am I remembering right that X".
    r"|am\s+i\s+(?:(?:remembering|recalling)\s+)?(?:right|correct|wrong|correctly)(?:\s+(?:in\s+thinking|to\s+think|in\s+saying))?"
    r"|(?:is|isn['’]?t)\s+it\s+(?:not\s+)?(?:really\s+)?(?:true|right|correct)"
    r"|is\s+(?:this|that)\s+(?:right|correct|true)\s*[:\-–—]"
    r"|apparently|supposedly|correct\s+me\s+if\s+i['’]?m\s+wrong(?:\s*,?\s*but)?"
    # ... or put to the asker's own true/false test: "T or F: X", "Correct or not - X".
    rf"|{STATEMENT_TEST}\s*[?:.\-–—]?(?!\s*(?:items?|questions?|statements?|exercises?|tasks?|cards?|prompts?|quiz)\b)"
    # ... or as a newsroom checks a claim going round ("Readers say X", "Someone on X says
    # Y", "Claim online says X", "Our reporter paraphrased Zhi: X", "Verify: X", "On background: X").
    r"|(?:readers|viewers|listeners|users|some\s*(?:one|body)|a\s+(?:reader|viewer|listener|tipster|source|user|post|tweet))"
    r"(?:\s+(?:on|in)\s+[\w.]+)?\s+(?:says?|said|claims?|claimed|alleges?|alleged|(?:is|are)\s+(?:saying|claiming|asking\s+(?:if|whether)))"
    r"|claim(?:\s+(?:circulating|going\s+(?:a)?round))?\s+(?:online|on\s+(?:social(?:\s+media)?|[\w.]+))(?:\s+says|\s*:)"
    r"|(?:our|my|the|a)\s+(?:reporter|writer|editor|desk|copy\s+desk|story|colleague|stringer)\s+(?:paraphrased|paraphrases|attributes|attributed)"
    r"|(?:verify|confirm|check|lede\s+check|attrib(?:ution)?\.?\s+check|on\s+background|too\s+good\s+to\s+check\?)\s*[:\-–—]"
    r")"
    r"\s*,?\s*(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)
# The asker's own writing, whose words are their claim ("My draft: X", "my essay says X").
_DRAFT = r"(?:essay|draft|paper|opening(?:\s+line)?|intro(?:duction)?|conclusion|topic\s+sentence|thesis\s+statement)"
# An essay writer's request for the line backing a claim of theirs: the claim put as a
# statement, opened by the asker's stance ("I'm arguing that X", "My thesis says X",
# "Claim: X", "My thesis: X", "I say X", "Supporting my claim that X", "Looking for X") or by the request itself ("Need a quote
# showing X", "Evidence that X", "Quote needed: X"), perhaps closed by it ("X — which
# line backs that up?", "X. Which Herald phrase says so?", "X — which line shows that, for
# my essay?", "X. Which sentence?", "X. Where exactly?", "X — quote?"). X is
# asked about as a claim checked: "Zhi concedes X" is read as "does Zhi concede X".
_CLAIM_STANCE = re.compile(
    rf"^\W*(?:(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:arguing|saying|claiming|contending|suggesting|dating)"
    r"|(?:i|we)\s+(?:say|argue|claim|contend|want\s+to\s+(?:show|argue|prove|claim|demonstrate))|arguing"
    # ... "I'm making the case that X", "How could I show that X?": the asker's own case.
    r"|(?:(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+)?making\s+the\s+(?:case|point)"
    r"|how\s+(?:can|could|would|do|should|might)\s+(?:i|we)\s+(?:show|prove|argue|demonstrate|back\s+up|support)(?=\s+that\b)"
    # ... "what can I quote to show X", "what could we cite to prove that X": the line for it.
    r"|(?:what|which\s+(?:line|lines|bit|part|quote|sentence))\s+(?:can|could|should|might)\s+(?:i|we)\s+(?:quote|cite|use)"
    r"\s+(?:to\s+(?:show|prove|argue|demonstrate|back\s+up|support)|as\s+(?:evidence|proof)\s+(?:that|of))"
    # ... "Looking for Zhi's praise that X", "Looking for the writer calling for X".
    r"|(?:(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+)?looking\s+for"
    rf"|(?:my|our)\s+(?:claim|thesis|argument|point|reading|contention|take|view|{_DRAFT})\s+(?:is|says|argues|claims|states)"
    rf"|(?:(?:my|our)\s+)?(?:claim|thesis|argument|point)\s*:|(?:my|our)\s+{_DRAFT}\s*:"
    # ... what the asker wrote or wants to ("I wrote that X", "I want to say X").
    r"|(?:i|we)(?:\s+(?:wrote|write|have\s+written|am\s+writing|are\s+writing)|['’](?:m|re)\s+writing|['’]ve\s+written)(?=\s+that\b)"
    r"|(?:i|we)(?:\s+(?:want|would\s+like)|['’]d\s+like)\s+to\s+(?:say|write|state|claim|show|illustrate|demonstrate|prove)(?:\s+how\b)?"
    # ... what the asker is doing with it ("I'm describing X", "I'm defending the idea that X").
    r"|(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:describing|presenting|defending|blaming|portraying)(?:\s+the\s+(?:idea|view|claim|notion)(?=\s+that\b))?"
    r"|(?:supporting|backing\s+up|to\s+(?:support|back\s+up))\s+(?:my|our|the)\s+(?:claim|point|argument|thesis|view|reading)"
    r"(?:\s+(?:that|about))?)"
    r"\s*[,:]?\s*(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)
_CLAIM_EVIDENCE = (
    r"(?:(?:a|an|the|some|any)\s+)?(?:(?:textual|hard|direct|best|supporting)\s+)?"
    r"(?:evidence|proof|support|backing|something|quote|quotation|line|sentence|passage|citation|epigraph)"
)
# ... one the asker says they may quote: "a line I could use to show X".
_CLAIM_QUOTABLE = r"(?:\s+(?:that\s+)?(?:i|we)\s+(?:can|could|might)\s+(?:use|quote|cite))?"
# ... the claim named as one: "evidence for the claim that X", "support for the idea that X".
_CLAIM_NAMED = r"(?:claim|idea|view|argument|notion|point)"
_EVIDENCE_ASKED = re.compile(
    rf"^\W*(?:(?:(?:i|we)\s+)?(?:need|want|would\s+like)\s+|i['’]d\s+like\s+|(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:give|find|show)\s+me\s+"
    rf"|(?:is|are)\s+there\s+)?(?:{_CLAIM_EVIDENCE}{_CLAIM_QUOTABLE}"
    r"(?:\s+needed\s*:|\s+(?:from\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:showing|proving|establishing|admitting|demonstrating|confirming|backing|supporting|saying|stating|(?:to\s+show))"
    rf"|\s+for\s+the\s+{_CLAIM_NAMED}\s+that|\s+where(?!\s+(?:it|they|he|she)\b)|\s+for(?=\s+(?:where|when|who|why|how)\b))"
    # ... evidence or proof of the claim that follows at once ("Need proof X", "Evidence X?");
    # not asked whether there is any ("Is there evidence, for the X scholar, that Y?"):
    # the asker's "is there" frames a claim only as a line they may quote or a claim named.
    r"|(?<!there\s)(?:(?:some|any|textual|hard)\s+)?(?:evidence|proof)(?:\s+(?:that|of|for))?"
    # ... or the line by what it says ("Which line states X", "Where does Zhi say X").
    r"|(?:which|what)\s+(?:line|sentence|quote|passage|part|bit)(?:\s+(?:in|of)\s+(?:the\s+)?['‘\"“][^'’\"”]{3,60}['’\"”](?:\s+(?:section|part|paragraph))?)?"
    r"\s+(?:states?|says?|calls?|gives?|shows?|mentions?|admits?|claims?|argues?"
    # ... or what a teacher wants it to do for an item ("which line identifies X", "which
    # sentence explains why X").
    r"|identif(?:y|ies)|names?|explains?|describes?|notes?|tells?|reports?|dates?|credits?)"
    # ("state" and "claim" are nouns too: "where did the islamic state start" asks of the
    # Islamic State; a claim framed so is a clause, of two words or more.)
    r"|where\s+(?:does|did|do)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:say|write|argue|mention|admit|concede|suggest|explain|describe|(?:state|claim)(?=\s+(?:that\b|\S+\s+\S))"
    # ... or where it takes the matter up, as one asks who would have it pulled up ("Where
    # does the text bring up X", "where does it cite X", "where does it talk about X").
    r"|bring\s+up|cite|quote|talk\s+about|discuss|refer\s+to|touch\s+on|deal\s+with))"
    # ("… saying that, left unchecked, X": the comma opens an aside in the claim.)
    r"\s*,?\s*(?:that\b\s*,?\s*)?(?=\w)",
    re.IGNORECASE,
)
# ... after what the line is for ("For my intro: …", "For an argument about X: …").
_CLAIM_PURPOSE = re.compile(
    r"^\W*for\s+(?:my|our|an?|the)\s+(?:[^:,.?!]{1,40}:\s*(?=\w)|[\w-]+(?:\s+[\w-]+)?\s*,?\s*(?=(?:i|we)\s+(?:say|argue|claim|wrote|write|want)\b))",
    re.IGNORECASE,
)
# ... closed by the request: a clause or sentence asking for the line and naming nothing.
_EVIDENCE_ASKED_AFTER = re.compile(
    r"(?:\s*[-–—,;:.?]\s*|\s+)(?:(?:so|then)\s+)?"
    r"(?:(?:which|what)\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}(?:line|sentence|quote|quotation|passage|phrase|bit|part)s?(?:\s+in\s+[\w'’-]+)?"
    r"(?:\s+(?:(?:backs?|supports?|shows?|proves?|confirms?|does|says?|names?|puts?|states?|answers?|fits?)(?:\s+(?:that|this|it|me|so|them))?(?:\s+up)?"
    r"|can\s+(?:i|we)\s+(?:cite|use|quote|drop\s+in)"
    # ... however closely ("which sentence says that almost word for word?").
    r"|(?:says?|puts?|states?)\s+(?:that|this|it|so)\s+(?:(?:almost|nearly|more\s+or\s+less)\s+)?(?:word\s+for\s+word|verbatim|exactly|outright)"
    # ... the line a teacher's class is to find ("— which sentence should they find?").
    r"|(?:should|would|will|must|do|can)\s+(?:they|students|pupils|kids|learners|(?:my|our|the)\s+(?:class|students|pupils|kids|learners))"
    r"\s+(?:find|quote|cite|use|look\s+for|point\s+to|underline|highlight)))?"
    # ... and what it is for ("which line shows that, for my essay?").
    r"(?:\s*,?\s*for\s+(?:my|our|an?|the)\s+[\w-]+)?"
    r"|where\s+exactly|is\s+there\s+a\s+(?:line|sentence|quote)|(?:the\s+)?best\s+(?:line|sentence|quote)"
    r"|supporting\s+(?:line|sentence|quote|quotation))\W*$"
    # ... or the word for it alone, after a dash or a stop ("X — quote?", "X — line?").
    r"|\s*[-–—,;:.?]\s*(?:(?:a|any)\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}(?:supporting\s+)?(?:quotes?|quotations?|lines?|sentences?|citations?|text|evidence|support|backing|proof)"
    r"(?:\s+to\s+(?:illustrate|use|cite|quote)|\s+(?:for|on)\s+(?:that|this|it))?\W*$"
    r"|\s*[-–—,;:.?]\s*anything\s+quotable(?:\s+in\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\W*$"
    # ... or asked whether something backs it ("X. Anything to back that?", "X. Is anyone
    # quoted saying that?", "X. Is there even a poetic line I could cite?", "X. Does the
    # op-ed agree?", "X. Any text with a line like that?").
    r"|\s*[-–—,;:.?]\s*(?:"
    r"(?:is\s+there\s+)?(?:anything|something)\s+(?:to|that\s+(?:would|could|might|can))\s+(?:back|support|prove|confirm)(?:\s+(?:that|this|it|me))?(?:\s+up)?"
    r"|(?:is\s+)?any(?:one|body)\s+quoted\s+(?:as\s+)?saying\s+(?:that|this|so)"
    r"|is\s+there\s+(?:even\s+)?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:line|sentence|quote|passage)(?:\s+(?:that\s+)?(?:i|we)\s+(?:could|can|might)\s+(?:cite|use|quote)|\s+for\s+(?:that|this|it))?"
    r"|can\s+(?:i|we)\s+quote\s+(?:anything|something|[\w'’-]+)(?:\s+(?:on|for)\s+(?:this|that|it))?"
    r"|is\s+there\s+a\s+(?:line|sentence|quote)\s+that\s+(?:puts|says)\s+(?:it|that|this|so)(?:\s+(?:exactly|just))?(?:\s+like\s+(?:that|this))?"
    r"|any\s+(?:text|piece|article|reading)s?\s+with\s+a\s+(?:line|sentence|quote)\s+like\s+(?:that|this)"
    r"|(?:does|do|would|will)\s+(?:the\s+|any\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:agree|concur|(?:back|support|echo)\s+(?:that|this|it|me|so)(?:\s+up)?"
    r"|say\s+(?:something|anything)\s+(?:similar|like\s+(?:that|this)|along\s+(?:those|these)\s+lines)))\W*$"
    # ... or asked as a learner puts it, the topic first and then whether or where it is
    # written ("X, is it mentioned?", "X — where is it written?", "X — is that in the
    # principles?", "X, are they cited somewhere?", "X — the exact formulation?"):
    # a pointer to the passage saying X, which names nothing itself.
    r"|\s*[-–—,;:.?]\s*(?:(?:and|so|but)\s+)?(?:"
    r"where\s+(?:is|was|are|were)\s+(?:it|that|this|they|these)"
    # ... the topic called by what it is and where it stands ("where is this idea in the article?").
    r"(?:\s+(?:idea|point|claim|notion|thought|image|phrase|saying)s?)?"
    rf"\s+(?:written|said|stated|mentioned|cited|found|in\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{DOCUMENT_NOUNS})\b)"
    r"|(?:is|was|are|were)\s+(?:it|that|this|they|these|those)\s+(?:(?:really|actually|also)\s+)?"
    r"(?:(?:mentioned|cited|quoted|written|said|stated|discussed|named|found|(?:talked|written|spoken)\s+about|covered|brought\s+up"
    r"|(?:a|one)\s+(?:line|bit|part|sentence|passage))(?:\s+(?:somewhere|anywhere|there|in\s+there|in\s+it))?"
    r"|in\s+(?:there|(?:the|a|any|this|that|these)\s+(?:[\w-]+\s+)?[\w-]+))"
    r"|(?:the\s+)?(?:exact|precise|full|original)\s+(?:formulation|wording|words|phrasing|quote|quotation|sentence))\W*$",
    re.IGNORECASE,
)


# ... or said after it ("X, I claim.", "X — that's my thesis.", "X — that's how I want to open."):
# the claim is what stands before.
_CLAIM_STANCE_AFTER = re.compile(
    r"(?:\s*[-–—,;:]\s*|\s+)(?:(?:that|this)['’]s|(?:that|this)\s+is)\s+(?:my|our)\s+(?:thesis|claim|argument|angle|point|view|take|position|contention|line)\W*$"
    r"|(?:\s*[-–—,;:]\s*|\s+)(?:that|this)['’]s\s+how\s+(?:i|we)\s+(?:want|would\s+like|plan|mean)\s+to\s+(?:open|start|begin|end|close|conclude)\W*$"
    r"|\s*,\s*(?:i|we)\s+(?:claim|argue|contend|maintain|would\s+argue|think|believe)\W*$",
    re.IGNORECASE,
)


def _as_claim(text: str) -> tuple[str, bool]:
    """The claim an essay writer asks the backing line for (``_CLAIM_STANCE``,
    ``_EVIDENCE_ASKED``, ``_EVIDENCE_ASKED_AFTER``), past what the line is for
    (``_CLAIM_PURPOSE``), and whether it was one; the text itself when it was none or
    nothing naming a subject would be left."""
    unprefaced = _CLAIM_PURPOSE.sub("", text.strip(), count=1)
    rest = _EVIDENCE_ASKED_AFTER.sub("", unprefaced, count=1)
    if rest != unprefaced:
        rest = _CLAIM_STANCE_AFTER.sub("", rest.rstrip(" .?!"), count=1)
    rest = _EVIDENCE_ASKED.sub("", _CLAIM_STANCE.sub("", rest, count=1), count=1)
    if rest == unprefaced or not _names_something(rest):
        return text, False
    return rest.strip(" ,;:.?!-–—"), True


# A claim's claimant has at most this many words before its verb ("the 2022 Guangming essay says").
MAX_CLAIMANT_WORDS = 5
# A sentence asking only that the claim before it be confirmed or shown ("Does he?", "Does
# it say that?", "Is that in there?", "Right?", "Which line?"), or asking for the words
# themselves ("I need the line.", "Top line please.", "Looking for the glowing line.").
_CONFIRMING = re.compile(
    r"^\W*(?:(?:(?:does|did|do|is|was|are|were|has|have)\s+(?:he|she|it|they|that|this|the\s+(?:text|piece|article|writer|author))"
    r"(?:\s+(?:really|actually))?(?:\s+(?:say|said|mention|claim|write|argue|call)(?:\s+(?:that|so|this|it))?)?"
    r"(?:\s+(?:in\s+(?:there|it|the\s+\w+)|there|anywhere))?(?:\s+(?:right|true|correct|so|accurate))?"
    rf"|(?:that['’]s\s+)?(?:right|correct|true|accurate)|{STATEMENT_TEST}|which\s+(?:line|sentence|quote|one|part|bit)"
    # ... or that it be quoted: "Quote him.", "If so, please quote it.", "What's the exact phrasing?".
    r"|(?:if\s+so\s*,?\s*)?(?:please\s+)?(?:quote|cite)\s+(?:him|her|it|them|that|this)(?:\s*,?\s*please)?"
    r"|what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the|its|his|her|their)\s+(?:(?:exact|precise|full|actual|original)\s+)?"
    r"(?:phrasing|wording|words|quote|quotation|line|sentence|formulation))\W*"
    r"|(?:(?:(?:i|we)\s+(?:need|want|would\s+like)|i['’]d\s+like|need|give\s+me|(?:i['’]m\s+)?looking\s+for)\s+)?(?:(?:the|a|an|one)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:line|sentence|quote|quotation|wording|words|passage|heading)(?:\s+or\s+(?:line|sentence|quote|heading))?"
    r"(?:\s+(?:naming|listing|saying|stating)\s+(?:it|them|that|this))?(?:\s*,?\s*(?:please|pls))?[.!?]*)$",
    re.IGNORECASE,
)
# A request for a sentence, a quote or a quiz item, before what it is to be on: "Need a
# sentence for a fill-in-the-blank:", "Quote for a multiple-choice item on X", "Money
# quote from Zhang on X", "I need a line saying X", "Give me the laundry list of X".
_ITEM_REQUESTED = guarded(re.compile(
    r"^\W*(?:(?:(?:i|we)\s+(?:need|want|would\s+like)|i['’]d\s+like|need|give\s+me|find\s+me|(?:i['’]m\s+)?looking\s+for"
    r"|(?:can|could|may)\s+(?:i|we)\s+(?:get|have|see))\s+)?"
    r"(?:(?:a|an|the|one|some)\s+)?(?:(?:[\w-]+|(?-i:[A-Z][\w-]*)['’]s?)\s+){0,2}?"
    rf"(?:{QUIZ_ITEM}|(?:(?:sentence|line|quote|quotation|statement|passage|list)s?)(?:\s+{_PURPOSE})?)"
    # ... whoever quotes it said between commas: "Xi's line, as quoted by Zhang, about X".
    r"(?:\s*,\s*(?:as\s+(?:quoted|cited|reported|given|put)\s+(?:by|in)|according\s+to|per)\s+[^,]{1,40},)?"
    # ... from the piece it is to come from (named, the framer reads it in the whole question);
    # "the passage where it describes X" is left to the frames that read "it describes".
    r"(?:\s+(?:from|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?=\s+(?:on|about)\b))?"
    # ... or the line that answers the question after it ("Need the passage that answers: …").
    r"(?:\s+(?:that|which)\s+answers(?:\s+(?:this|it|the\s+question))?)?"
    r"(?:\s*(?:[:–—]|\s-)\s*|\s+(?:on|about|regarding|of|saying|that\s+says|where(?!\s+(?:it|they|he|she)\b)|naming|listing|that\s+(?:names|lists|(?:talks|speaks)\s+about))\s+|\W*$)",
    re.IGNORECASE,
))
# What a line is asked for, said before the colon: "For a current-events question",
# "For a question on Edward Snowden" (the topic, what a pointer after it stands for).
_ITEM_PURPOSE = re.compile(
    r"^\W*for\s+(?:a|an|the|my|our)\s+(?:[\w/-]+\s+){0,2}?(?:questions?|items?|exercises?|tasks?|quiz(?:zes)?|tests?|exams?|essays?|assignments?|worksheets?|prompts?)"
    r"(?:\s+(?:on|about|regarding)\s+(?P<topic>[^,;:?!]+?))?\W*$",
    re.IGNORECASE,
)
_PERSON_POINTER = re.compile(rf"\b(?:{POINTING_PRONOUNS})\b", re.IGNORECASE)
# ... before the line asked for by what it does ("the line that identifies …").
_LINE_OPENING = re.compile(
    r"^\W*(?:(?:the|a|an)\s+(?:line|sentence|quote|quotation|passage|bit|part)\s+(?:that|which|where)"
    # ... or asked for by what it says ("which line says when it was first held").
    r"|(?:which|what)\s+(?:line|sentence|quote|quotation|passage|bit|part)\s+(?:says|states|mentions|identifies|gives|names|explains|shows))\b",
    re.IGNORECASE,
)
# "Anything (colourful) in Zhang about X?", "Any (hard) numbers in Zhi on X?": X is asked
# about; what kind of answer the asker hopes for is no word of it.
_ANYTHING_ON = re.compile(
    r"^\W*(?:(?:is|are)\s+there\s+)?(?:anything|something|any\s+(?:[\w-]+\s+)?(?:numbers|figures|statistics|stats|data|facts|examples|details))"
    r"(?:\s+[\w-]+)?(?:\s+(?:in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:on|about|regarding)\s+(?=\w)",
    re.IGNORECASE,
)
# "Besides governments, who else …?", "What has it brought besides benefits?": what the
# question sets aside is not what it asks about; a passage saying it gains nothing. Inside
# a question only a short phrase that closes it or a clause is set aside: "who else
# besides governments should take part in …" asks about taking part.
_SET_ASIDE_WORDS = r"(?:besides|apart from|aside from|other than|except(?: for)?)"
SET_ASIDE_MAX_WORDS = 4
_SET_ASIDE = re.compile(
    rf"^{_SET_ASIDE_WORDS}\s+[^,?]+,"
    rf"|\s{_SET_ASIDE_WORDS}\s+(?:[^\s,?]+\s+){{0,{SET_ASIDE_MAX_WORDS - 1}}}[^\s,?]+(?=\s*(?:[,?!.]|$))",
    re.IGNORECASE,
)
_SET_ASIDE_HELD = ("besides", "apart", "aside", "other", "except")  # one of which every match of _SET_ASIDE holds
# Words that ask, point or frame without naming anything.
_ASKING_WORDS = EMPTY_WORDS | frozenset(
    re.findall(r"[a-z]+", f"{PRONOUNS} {VERBS.replace(SAID_WHERE, '')} {AUXILIARIES} {DOCUMENT_NOUNS}")
    + """i me my us our your explain explains mean means meant understand get help find give show any anything
    something ideas idea please so there here more much exactly really actually again then now exist exists
    list name them all reason reasons""".split()
    # ... the piece's speaking in the forms the frames' verbs (VERBS) leave out ("hidden
    # backdoors — what is the article talking about": the label names what is asked).
    + """talking speaking arguing claiming discussing describing explaining referring""".split()
    # ... and the fact-checker's request for the words themselves, in a sentence of its
    # own ("Exact sentence needed.", "Exact wording please.", "Verbatim, please.").
    + """exact precise verbatim wording sentence sentences quote quotes quotation line lines needed wanted required""".split()
    # ... and the commands of one who types a request ("search it", "look it up", "pull up
    # the bit"), and their "pls": how they ask, not what about.
    + """search look up pull bring fetch locate grab cite passage bit pls plz""".split()
) | NEWSROOM_WORDS
# ... and a word for a document, in either number ("what does the reading say").
_DOCUMENT_WORD = re.compile(rf"(?:{DOCUMENT_NOUNS})$")


# What the asker is writing, said as all they ask ("I'm writing an essay on X, anything
# useful?", "working on a paper about X"): X is the subject; the piece of writing and
# the hope for something useful in the texts name none of it.
_WRITING_ON = re.compile(
    r"^\W*(?:(?:i\s+am|i['’]?m|we\s+are|we['’]re)\s+)?(?:writing|doing|working\s+on|preparing|researching)\s+(?:an?|my|our|the|some)\s+"
    r"(?:[\w-]+\s+)?(?:essay|paper|report|assignment|thesis|dissertation|presentation|project|piece|article)s?\s+"
    r"(?:on|about|regarding|into)\s+(?P<topic>(?:(?!\s-\s)[^,;:?!.—–])+?)"
    r"(?:\s*(?:[,;:.—–]|\s-)\s*(?:(?:is\s+there|have\s+you\s+got|do\s+you\s+have|got)\s+)?(?:anything|something|any\s+[\w-]+)"
    r"(?:\s+(?:useful|relevant|helpful|good|interesting|quotable|(?:that\s+)?(?:i|we)\s+(?:can|could|might)\s+(?:use|quote|cite)))?"
    r"(?:\s+(?:here|there|in\s+(?:the|these|your)\s+[\w-]+))?)?\W*$",
    re.IGNORECASE,
)


# A line half remembered, then asked to be completed by what it leaves out: "X, Y and
# something else being on the rise - what was the third thing?", "… and so on, what's
# the missing word?", "…, what was the last one?", "… – what's the word?". The ask names
# nothing: the line is the subject, with a blank where its placeholder stood
# (``as_completion``). Only a word for an item of no kind ("thing", "one", "word"):
# "what's the third problem" asks for an item the texts count.
_COMPLETION_ASKED = guarded(re.compile(
    r"(?<=\w)(?:\s*[-–—,;:.?]+\s*|\s+)(?:(?:so|and|but)\s+)?(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|last|final|other|missing|next|remaining|left\s*out)\s+(?:thing|one|word|item|term|bit|part)s?"
    r"|(?:thing|one|word|item|term|bit|part)s?\s+(?:missing|left\s+out)|missing|words?)\W*$",
    re.IGNORECASE,
))
# What stood for the words the asker forgot, in the line they half remember ("… and
# something else", "X, Y and some other thing").
_PLACEHOLDER = re.compile(
    r"\b(?:something\s+else|some\s+other\s+thing|another\s+thing|something|sth|(?:blah|whatever)(?:\s+blah)*)\b", re.IGNORECASE
)
# The blank the line is read with in its placeholder's place.
_BLANK = "___"
# A line broken off where the asker's memory gave out: on a word that leads to more
# ("X, Y and", "the rule of") or a comma.
_BROKEN_OFF = re.compile(r"(?:\b(?:and|or|of|the|a|an|to|for|with|in|on|by|as|is|are|was|were|nor)|,|\.\.\.|…)\s*$", re.IGNORECASE)


def as_completion(question: str) -> str:
    """A half-remembered line asked to be completed (``_COMPLETION_ASKED``: "X, Y and
    something else – what was the third thing?") read as the line with a blank for what
    it leaves out ("X, Y and ___"), its placeholder's place or its end; else the question."""
    asked = _COMPLETION_ASKED.search(question)
    if asked is None or not has_content(question[: asked.start()]):
        return question
    line = question[: asked.start()]
    blanked = _PLACEHOLDER.sub(_BLANK, line, count=1)
    if blanked != line or _BROKEN_OFF.search(line):
        return blanked if blanked != line else f"{line} {_BLANK}"
    # A whole statement before it ("Zhang says two things have changed the world. What was
    # the first one?") leaves nothing out at its end: it announces what is asked for.
    return line


# A command typed in place of a question ("search 2030 agenda", "look up X", "bring up the
# part about X", "quote the author on X", "pull up where it says X", "X - find it", "X
# quote pls", "who is X, look it up in the piece"): its verb, the word for the passage
# wanted and whose words they are frame the request; what is left is its subject, and a
# question it holds keeps its own kind ("who is X" asks for a person).
_COMMAND_VERBS = r"search(?:\s+for)?|look\s+(?:up|for)|find(?:\s+out)?|get\s+me|pull\s+up|bring\s+up|dig\s+up|fetch|locate|grab|quote|cite"
# ... and those that ask for something given, which close a request ("- give me the line").
_GIVING_VERBS = r"show\s+me|give\s+me|find\s+me"
_PASSAGE_NOUNS = r"(?:bit|part|passage|line|sentence|quote|quotation|words|wording|mention|paragraph|verse)s?"
_PASSAGE_WANTED = rf"(?:(?:the|a|an|that|this)\s+)?(?:(?:exact|full|actual|relevant|whole|original|verbatim|precise|specific|literal)\s+)?{_PASSAGE_NOUNS}"
# A clause saying what the passage says ("the line that it calls", "the sentence which
# says"): the frames that read a claim take it from there.
_SAYS_CLAUSE = r"(?:(?:it|they|he|she)\s+)?(?:says?|said|calls?|called|mentions?|lists?|names?|describes?|talks?|goes)\b"
_COMMAND = re.compile(
    rf"^\W*(?:(?:can|could|would|will)\s+you\s+)?(?:(?:please|pls|kindly)\s+)?(?:{_COMMAND_VERBS})\s+"
    # ... where to search ("search (through) the texts for X").
    rf"(?:(?:through\s+|in\s+)?(?:the|these|those|all|both|all\s+the|your)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\s+for\s+)?"
    # Not a request for a quote of some other kind ("quote needed:", "quote for a quiz").
    r"(?!(?:needed|wanted|for|check|from|me|about|on)\b)"
    # ... a quote asked for by where it stands ("quote where X"), or by where a piece
    # speaks of something ("find where Zhi talks about X"): a passage, no place ("find
    # where the conference was held" asks one). What it says ("find where the author
    # warns that X") the claim frames read.
    rf"(?:(?<=quote\s)where\s+|(?<=cite\s)where\s+|where\s+(?=(?:[\w'’-]+\s+){{1,4}}?(?:{VERBS})\b(?!\s+that\b)))?"
    # ... the passage by what it is on or says ("the bit about", "the line that X"), or
    # whose words on it ("the author on", "the 2022 piece on"; a piece's name is the
    # framer's to read in the whole question).
    # ... perhaps with the piece it is in between ("the sentence in Guangming where …").
    rf"(?:{_PASSAGE_WANTED}(?:\s+(?:in|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+(?=\s+(?:where|about|on)\b))?\s+(?:(?:{ABOUT}|saying|calling|(?:where|in\s+which)(?!\s+(?:it|they|he|she)\b))\s+|(?:that|which)\s+(?!{_SAYS_CLAUSE}))"
    rf"|(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\s+(?:on|about|regarding)\s+)?(?=\w)",
    re.IGNORECASE,
)
# Where the request says to look, kept for the framer to read: "in the 2020 piece", "in guangming".
_LOOK_IN = rf"(?P<where>\s+(?:in|from)\s+(?:(?:(?:the|this|that|his|her|their|its)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\b|[\w'’-]+))?"
_PLEASE_AFTER = r"(?:\s*,?\s*(?:pls|please|plz|thanks|thx|ty))?\W*$"
# ... or after what it asks for, past a dash, a comma or a stop ("- look it up", ", search
# it", "? find it in the 2020 piece", "- give me the exact line", "- exact line pls").
_COMMAND_AFTER = re.compile(
    r"(?P<stop>\s*[-–—,;:?.!]\s*)(?:(?:and|so|now|then|if\s+so|pls|please|can\s+you|could\s+you|(?:i\s+)?(?:need|want))\s*,?\s*)*"
    rf"(?:(?:(?:{_COMMAND_VERBS}|{_GIVING_VERBS})(?:\s+(?:it|that|this|them))?|look\s+(?:it|that|this|them)\s+up)(?:\s+{_PASSAGE_WANTED})?"
    rf"|{_PASSAGE_WANTED})(?:\s+(?:for|to)\s+(?:me|us))?{_LOOK_IN}{_PLEASE_AFTER}",
    re.IGNORECASE,
)
# ... or, in a request that asks no question, the word for the passage closing it ("X quote
# pls", "X passage", "X line pls", "X quote from the 2016 text"), or the verb and its
# pointer ("X look it up"): not in a question ("what does Zhang quote", "which ones do they
# mention?"), nor after a thing the request names with its own determiner ("the Wang Yi
# quote"), nor a word that may close a phrase of the subject ("all sides taking part",
# "back into line").
_PASSAGE_AFTER = re.compile(
    r"(?<!\bin)(?<!\binto)(?<!\bon)(?<!\bof)(?<!\bout)(?<!\bbottom)\s+(?:(?:(?:exact|full|actual|original)\s+)?(?:quote|quotation|passage|sentence|line|wording)s?"
    rf"|look\s+(?:it|that|this|them)\s+up|(?:search|find)\s+(?:it|that|this|them)){_LOOK_IN}{_PLEASE_AFTER}",
    re.IGNORECASE,
)
# A request opening a sentence: "find …", "please quote …", "show me …".
_COMMANDED = re.compile(rf"^\W*(?:(?:please|pls|kindly)\s+)?(?:{_COMMAND_VERBS}|{_GIVING_VERBS})\b", re.IGNORECASE)
# A request that asks no question: no question word nor mark, and it opens on no thing it
# names with its own determiner.
_NOT_A_QUESTION = re.compile(rf"^(?!\W*(?:(?:{_GIVING_VERBS})\s+)?(?:the|a|an|this|that)\b)(?!.*\b(?:{QUESTION_WORDS})\b)[^?]*$", re.IGNORECASE)


def _without_command(text: str) -> str:
    """The request without the command that frames it (``_COMMAND``, ``_COMMAND_AFTER``,
    ``_PASSAGE_AFTER``), unless nothing naming a subject would be left."""
    rest = _COMMAND.sub("", text.strip(), count=1)
    if rest != text.strip():
        # "find the sentence where X is discussed": X, as "where is X discussed" asks.
        rest = _MENTIONED_AFTER.sub(r"\g<end>", rest)
    if not _names_something(rest):
        rest = text
    if _ASKER.match(rest) or _ASKER.match(_LEAD_WITHOUT_PURPOSE.sub("", rest)):
        return rest  # "For my essay on X I want …, can you find it?": the preamble's, asked by what closes it
    asks = _QUESTION_OPENING.match(_LEAD.sub("", rest)) or not _NOT_A_QUESTION.match(rest)
    for closing in (_COMMAND_AFTER,) if asks else (_COMMAND_AFTER, _PASSAGE_AFTER):
        found = closing.search(rest)
        if found and _names_something(rest[: found.start()]):
            # The question it closes stays one ("Does it mention X? Exact wording please.").
            asked = "?" if "?" in (found.groupdict().get("stop") or "") else ""
            return rest[: found.start()] + (found.group("where") or "") + asked
    return rest


# Whether a topic is in the readings, with no verb ("is decoupling in any of the readings?",
# "is the digital divide in the 2022 article"): asked as whether they mention it ("does any
# of the readings mention …"), its topic the subject, the readings where, not what. A
# topic of a few words: not a claim put in the readings ("is cyberspace like the village
# commons, …, in the essay"), nor "is there …", read as it asks.
_IN_THE_READINGS = re.compile(
    r"^\W*(?:is|are|was|were)\s+(?!(?:there|it|this|that)\b)(?P<topic>[^,;:]+?)"
    r"\s+(?:anywhere\s+)?in\s+(?P<docs>(?:(?:any|either|one|each)\s+of\s+)?(?:the|these|those|our|my)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{DOCUMENT_NOUNS}))(?P<end>\W*)$",
    re.IGNORECASE,
)
MAX_TOPIC_WORDS = 6
# A verb of saying, by which a rewritten question would ask what the texts say, not of its topic.
_SAYING_VERB = re.compile(rf"\b(?:{VERBS})\b", re.IGNORECASE)


def _in_the_readings(question: str) -> str:
    """``question`` asking whether a topic is in the readings (_IN_THE_READINGS) put as
    whether they mention it; any other as it is."""
    found = _IN_THE_READINGS.match(question)
    if not found:
        return question
    topic = found.group("topic")
    if len(topic.split()) > MAX_TOPIC_WORDS or _SAYING_VERB.search(topic) or re.search(r"\blike\b", topic, re.IGNORECASE):
        return question
    return f"does {found.group('docs')} mention {topic}{found.group('end')}"


# The topic typed first and then asked of by a pronoun, as learners and phone typists put
# it ("cyber sovereignty what is it", "interactive advertising bureau what do they do",
# "wang yi, what did he do before"): the question asked of the topic itself. Not a
# question of what the texts say ("hegemony what do they say about it": "they" are the
# texts), nor a place or piece before it ("in the 2016 piece what does it say …"), nor the
# asker's preamble ("we are studying the council, where did it meet?") or a label ("X: how …").
_TOPIC_FIRST = re.compile(
    r"^\W*(?P<topic>(?!(?:in|on|at|for|from|by|about|according|per|so|ok|okay|and|but|hi|hey|what|who|whom|whose|when|where|why|how|which"
    r"|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b)[^,;:?!.]{2,60}?)\s*[,—–-]?\s+"
    r"(?P<wh>what|who|when|where|why|how)\s+(?P<aux>is|are|was|were|do|does|did|has|have|had)\s+(?P<pronoun>it|they|he|she)\b(?P<rest>[^?]*)(?P<end>\?*)\W*$",
    re.IGNORECASE,
)


def _topic_first(question: str) -> str:
    """``question`` typed topic first (_TOPIC_FIRST) asked of its topic; any other as it is."""
    found = _TOPIC_FIRST.match(question)
    if (
        not found or _ASKER.match(found.group("topic")) or not _names_something(found.group("topic"))
        # ... nor a line half remembered ("there was a line about X, what was it"): what
        # it is about is asked for, not what the line is.
        or _QUOTE_RECALLED.sub("", found.group("topic"), count=1) != found.group("topic")
        or _SAYING_VERB.search(found.group("rest"))
        # ... nor a topic set in a piece ("rule of law in guangming - what do they commit
        # to"): "they" are its writers.
        or re.search(rf"\b(?:in|by|from)\s+\S+(?:\s+\S+)?$|\b(?:{DOCUMENT_NOUNS})\b", found.group("topic"), re.IGNORECASE)
    ):
        return question
    return f"{found.group('wh')} {found.group('aux')} {found.group('topic').strip()}{found.group('rest')}{found.group('end')}"


# A phrase the asker quotes and asks about as a phrase: where it is from, which piece or
# who says it, its full sentence, its context, what it means ("'bridge the digital gap' -
# where's that from?", "which text says 'X'"). The phrase is what the passage holds: it
# is the subject, the request around it the asker's.
_QUOTE_OPEN = r"[\"'“‘«„]"
_QUOTE_CLOSE = r"[\"'”’»“]"
_QUOTED_PHRASE = rf"{_QUOTE_OPEN}(?P<phrase>[^\"“”«»„]{{3,}}?){_QUOTE_CLOSE}"
_IT = r"(?:that|this|it|the\s+(?:quote|phrase|line))"
_ABOUT_A_PHRASE = (
    r"(?:(?:so|and|but)\s+)?(?:"
    rf"where(?:['’]?s|\s+is|\s+was|\s+does|\s+did)?\s+{_IT}(?:\s+(?:come\s+)?(?:from|used|said|written|mentioned|in))?"
    rf"|(?:what|which)\s+(?:text|article|piece|one|essay|reading|source|document|part)\s+"
    rf"(?:(?:is|was)\s+{_IT}\s+(?:from|in)|(?:says|said|uses|used|has|contains)\s+{_IT})"
    # ... not who wrote it, which asks for the author of a title quoted.
    rf"|who\s+(?:said|says)\s+{_IT}"
    r"|(?:(?:what(?:['’]?s|\s+is)\s+)?(?:the\s+)?(?:full|whole|complete|entire|rest\s+of\s+the)\s+(?:sentence|line|quote|quotation|passage)"
    rf"|(?:what(?:['’]?s|\s+is)\s+)?(?:the\s+)?(?:context|source)(?:\s+(?:of|for)\s+{_IT})?)"
    rf"|what\s+(?:does|did)\s+{_IT}\s+mean"
    # ... or which of two pieces it is from: "is that China Daily or Guangming?".
    rf"|(?:is|was)\s+{_IT}\s+(?:from\s+|in\s+|by\s+)?(?:the\s+)?[\w'’ -]{{2,40}}?\s+or\s+(?:the\s+)?[\w'’ -]{{2,40}}?"
    r")(?:\s+(?:please|pls|plz|again|exactly))*"
)
_PHRASE_ASKED_AFTER = re.compile(
    rf"^\s*(?:[-*>•]+\s*)?{_QUOTED_PHRASE}\s*[-–—:,.?!]*\s*{_ABOUT_A_PHRASE}"
    rf"(?:\s*(?:[,;&+?]|\band\b)\s*{_ABOUT_A_PHRASE})*"
    # ... and why the asker asks, after it: "bc my teacher said it".
    r"(?:\s*[,;]?\s+(?:bc|because|since|coz|cos|as)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
_PHRASE_ASKED_BEFORE = re.compile(
    r"^\W*(?:where\s+(?:does|did)\s+(?:it|the\s+(?:text|article|piece|essay))\s+(?:say|use|mention)"
    r"|(?:which|what)\s+(?:text|article|piece|one|essay|reading)\s+(?:says|uses|has|contains|mentions)"
    r"|who\s+(?:said|says)"
    r"|(?:what(?:['’]?s|\s+is)\s+)?(?:the\s+)?(?:full|whole|complete|entire)\s+(?:sentence|line|quote|quotation)\s+(?:with|containing|for|of|that\s+has)"
    r"|(?:what(?:['’]?s|\s+is)\s+)?(?:the\s+)?(?:context|source)\s+(?:of|for))"
    rf"\s+(?:the\s+(?:phrase|words|line)\s+)?{_QUOTED_PHRASE}\W*$",
    re.IGNORECASE,
)
# ... or asked what comes next to it: "'X' - what comes next?", "what's the sentence
# before 'X'": the neighbour of the line saying it (structure.Asks.neighbour).
_NEXT_TO_PHRASE = re.compile(
    rf"^\s*{_QUOTED_PHRASE}\s*[-–—:,.?!]*\s*(?:(?:so|and)\s+)?"
    r"(?:what\s+(?:comes|follows|goes)\s+(?P<side>next|after|before)(?:\s+(?:that|this|it))?"
    r"|what(?:['’]?s|\s+is)\s+the\s+(?P<side2>next|following|previous)\s+(?:sentence|line|bit))\W*$",
    re.IGNORECASE,
)


# The quotation a teacher wants to back an answer they quote, for an item on a topic ("I
# need the quotation that backs the answer 'mutual trust' for my question on X"): the
# answer, said of the topic, is what the line says.
_ANSWER_BACKED = re.compile(
    r"^\W*(?:(?:(?:i|we)\s+)?(?:need|want|would\s+like)\s+|i['’]d\s+like\s+|(?:give|find|show)\s+me\s+|(?:i['’]m\s+)?looking\s+for\s+)?"
    r"(?:the|a|an)\s+(?:quotation|quote|line|sentence|passage)\s+(?:that\s+|which\s+|to\s+)?(?:backs?(?:\s+up)?|supports?|confirms?|justif(?:y|ies))"
    r"\s+(?:the|my|our)\s+answer\s+(?P<answer>['‘\"“][^'’\"”]{2,80}['’\"”])"
    r"(?:\s+(?:for|to|in|of)\s+(?:my|our|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:question|item|quiz|test|worksheet|exam)s?"
    r"(?:\s+(?:on|about|regarding)\s+(?P<topic>[^?!.]+?))?)?\W*$",
    re.IGNORECASE,
)


def quoted_phrase_asked(question: str) -> str:
    """The phrase a question quotes when it asks about the phrase as such (where it is
    from, its full sentence, …: _PHRASE_ASKED_AFTER, _PHRASE_ASKED_BEFORE), or what
    comes next to it as asked of the line saying it, small talk around it aside; else the
    question as it is."""
    # Most questions quote nothing: their small talk is the rest of the reading's to take off.
    if not re.search(_QUOTE_OPEN, question):
        return question
    talk_aside = without_small_talk(question)
    backed = _ANSWER_BACKED.match(talk_aside)
    if backed:
        answer, topic = backed.group("answer").strip("'‘’\"“”"), backed.group("topic")
        return f"{topic.strip()}: {answer}" if topic else answer
    asked = _PHRASE_ASKED_AFTER.match(talk_aside) or _PHRASE_ASKED_BEFORE.match(talk_aside)
    if asked:
        return asked.group("phrase").strip()
    next_to = _NEXT_TO_PHRASE.match(talk_aside)
    if next_to:
        side = next_to.group("side") or next_to.group("side2")
        return f"what comes right {'before' if side.lower() in ('before', 'previous') else 'after'} the line saying {next_to.group('phrase').strip()}"
    return question


# Who the asker is, said first: "As a law student, …", "As the delegate of India, …" (a
# label of the kind _ASKER_LABEL knows). Not "as a result", "as the text says".
_AS_ASKER = re.compile(r"^\W*as\s+(?:a|an|the|your|one|someone)\s+(?P<who>[^,;:.?!]{1,60}?)\s*,\s*(?P<rest>\S.*)$", re.IGNORECASE)


def _without_self_description(question: str) -> str:
    """The question without the asker saying who they are before it ("As the delegate of
    India, what does Guangming say about X?")."""
    found = _AS_ASKER.match(question)
    if found is None or not _ASKER_LABEL.match(found.group("who")) or _PURPOSE_LABEL.match(found.group("who")):
        return question
    return found.group("rest") if _names_something(found.group("rest")) else question


def without_asker(question: str) -> str:
    """The question without the asker's own words around it: sentences that name nothing,
    the words it opens with, a preamble, a closing clause, "I was wondering if"."""
    question = _without_command(case_last(_topic_first(_in_the_readings(without_line_label(without_english(without_passed_on(_without_self_description(without_small_talk(question)))))))))
    writing = _WRITING_ON.match(question)
    if writing and _names_something(writing.group("topic")):
        question = writing.group("topic")
    question, claimed = _as_claim(_without_asides(question.strip()))
    if claimed:
        # The asker's comment may stand before the pointer that closed the claim ("X —
        # sounds exaggerated, where is it written?"): it closes the claim now.
        question = _without_asides(question)
    confirmed = claimed or asks_to_confirm(question)
    text = _as_asked(_without_empty_sentences(asked(_without_remarks_after(question))), confirmed=confirmed)
    text = _in_place_of_pointer(_without_label(text))
    # A purpose opening a preamble ("for my essay on X I need to explain why …, what
    # does the reading say") goes with it; alone ("for class what is …") it is a lead.
    opened = _LEAD_WITHOUT_PURPOSE.sub("", text)
    unprefaced = _without_preamble(opened)
    if unprefaced == opened:
        unprefaced = _without_preamble(_LEAD.sub("", text))
    text = _without_second_question(_without_postamble(unprefaced))
    text = _QUOTE_ASKED.sub("", _WANTS_TO_KNOW.sub("", _ASKED_TO_TELL.sub("", text, count=1), count=1), count=1)
    text = _WHERE_MENTIONED.sub("", text, count=1)
    which = _WHICH_PIECE_MENTIONS.match(text)
    if which and (which.group("which") or which.group("counted")):
        text = which.group("topic") + which.group("end")
    wanted = _SLIDE_ASKED.sub("", _LINE_WANTED.sub("", text, count=1), count=1)
    text = wanted if _names_something(wanted) else text
    text = _HOW_DESCRIBED.sub(lambda m: f"{m.group('topic')}{m.group('rest') or ''}{m.group('end')}", text, count=1)
    recalled = _QUOTE_RECALLED.sub("", text, count=1)
    recalled = _RECALLED_ASKED_AFTER.sub("", recalled) if recalled != text else recalled
    if recalled != text and _names_something(recalled):
        # What the passage is remembered to say is its picture, not the asker's: "the bit
        # about trust being like a resource you can't renew" recalls "trust is a resource".
        text = _RECALLED_PICTURE.sub(r"\g<verb> ", recalled)
    source = _SOURCE_ASKED.match(text)
    if source:
        text = source.group("what") or source.group("given")
    worded = _WORDING_ASKED.sub("", text, count=1)
    if worded != text:
        text = _QUOTE_NAMED_AFTER.sub("", worded)
    text = _as_requested(_WHAT_ALL.sub(r"\g<wh>", text))
    return _without_speaker_inside(_BACK_THEN.sub("", text))


# The asker's comment after a dash closing a sentence ("… 'technology neutrality' - highly
# relevant to the fights over Chinese vendors?", "… hypocrisy on sovereignty - textbook
# whataboutism."): what they make of it, not what they ask about. Not a question after a
# label ("Cyber terrorism - what cooperation …"), nor a hint of the answer, which asks
# again ("— is gambling among them?"), offers choices ("— developed or developing?",
# "— phone records, emails?") or says what it is or when ("— that everything is …",
# "— after the US spy program came out?", "— through data?").
_ASIDE = guarded(re.compile(
    rf"\s[-–—]\s+(?P<aside>(?!(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES}"
    r"|as|by|through|because|after|before|since|with|that|something|like|or|and)\b)[^-–—,;:.?!]*?)\s*(?P<end>[.?!]*)$",
    re.IGNORECASE,
))
# ... or their guess at what lies behind what they asked, asked after it ("Which political
# forces does Guangming say are 'on the rise'? Is this a veiled dig at …?", "… bring water?
# Is that their point?"): a question of what "this" or "that" is, which the texts answer
# only by what the question before it asks.
_GUESS_AFTER = re.compile(r"^\W*(?:is|was|isn['’]t|wasn['’]t)\s+(?:this|that)\s+(?!(?:right|true|so|correct|in|from|said|mentioned)\b)\w", re.IGNORECASE)
# ... or names alone, typed after it as the asker's guess of which ("…? ISIS?", "…? A, B...?",
# "…? ICANN, APNIC?"): a list of words each standing alone, or an acronym. What the
# question asks for is found by its own words; a guessed name may be wrong, or written
# otherwise in the texts. Not a phrase ("…? equally?", "…? all countries?"), which says
# what the answer is about, nor choices ("…? developed or developing?"), which ask between them.
_GUESSED_NAMES = re.compile(
    r"^\W*(?:[\w'’-]+(?:\s*,\s*|\s+and\s+))+[\w'’-]+(?:\s*(?:\.{2,}|…|,?\s*etc\.?))?\s*\?+\W*$"
    r"|^\W*(?-i:[A-Z][A-Z0-9]+)\s*\?+\W*$",
    re.IGNORECASE,
)
# ... or a date alone, after a question asking when ("…? june or july 2014", "…? 2016?"):
# the texts give the date in their own words, and the guess may be wrong.
_ASKS_WHEN = re.compile(r"\bwhen\b|\bwhat\s+(?:year|date|month|day)\b", re.IGNORECASE)
_DATE_WORD = rf"(?:{'|'.join(MONTHS)}|\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?)"
# A day's number alone ("…? 16?") is no date: the guess holds a month or a year.
_GUESSED_DATE = re.compile(
    rf"^(?=.*(?:[a-z]{{3}}|\d{{4}}))\W*(?:(?:maybe|probably|around|like|in|on|either)\s+)?{_DATE_WORD}"
    rf"(?:(?:\s*,\s*|\s+(?:or|and)\s+|\s+){_DATE_WORD})*\W*$",
    re.IGNORECASE,
)
# ... or said before the question that follows, as what they think ("some official i
# think, but which country was he from?"): the guess goes, the question stays.
_GUESS_BEFORE = re.compile(
    rf"^[^,;?]*?\b(?:i|we)\s+(?:think|guess|believe|reckon|assume)\s*,?\s*(?:(?:but|and|so)\s+)?(?=(?:{QUESTION_WORDS})\b)",
    re.IGNORECASE,
)


def _is_guessed_names(sentence: str) -> bool:
    """Whether a question after a question is names alone (``_GUESSED_NAMES``), none of
    them a word that asks."""
    return bool(_GUESSED_NAMES.match(sentence)) and not re.search(
        rf"\b(?:{QUESTION_WORDS}|{QUESTION_AUXILIARIES})\b", sentence, re.IGNORECASE
    )


# A comment on a question's own words opens with how the asker takes them ("highly
# relevant to …", "in effect shielding …", "obviously Washington"); a hint of the answer,
# with what it would be ("— the global village trope?", "— a call for X?").
_COMMENT_OPENING = re.compile(r"^(?:[a-z]+ly|in\s+(?:effect|practice|other\s+words|short|reality|truth))\b", re.IGNORECASE)
# The clause before a comment says something itself: a label of a word or two ("Interesting
# - Zhang puts …", "zhi - just because …") is no clause.
MIN_CLAUSE_WORDS = 4


def _is_aside(before: str, aside: str, *, asked: bool) -> bool:
    """Whether what follows a sentence's last dash is the asker's comment on it (``_ASIDE``):
    the clause before names something; the dash is the sentence's only one (not the close
    of a parenthesis, "- obviously Washington - of …"); the comment offers no choices; and
    in a question it opens as a comment does, not as a hint of the answer."""
    if len(before.split()) < MIN_CLAUSE_WORDS or re.search(r"\s[-–—]\s|[–—]", before) or " or " in aside:
        return False
    return _names_something(before) and (not asked or bool(_COMMENT_OPENING.match(aside)))


def _without_asides(text: str) -> str:
    """The text without the asker's comment after a dash at the end of its sentences
    (``_ASIDE``), when the sentence before the dash names something itself, and without
    their guess after a question (``_GUESS_AFTER``)."""
    kept: list[str] = []
    for sentence in sentences_of(text, cased=False):
        if kept and kept[-1].endswith("?") and _names_something(kept[-1]):
            if _GUESS_AFTER.match(sentence) or _is_guessed_names(sentence):
                continue
            asked_when = _ASKS_WHEN.search(kept[-1]) and _names_something(_ASKS_WHEN.sub(" ", kept[-1]))
            if asked_when and _GUESSED_DATE.match(sentence):
                continue
            sentence = _GUESS_BEFORE.sub("", sentence, count=1)
        aside = _ASIDE.search(sentence)
        before = sentence[: aside.start()] if aside else ""
        if aside and _is_aside(before, aside.group("aside"), asked="?" in aside.group("end")):
            sentence = before + aside.group("end")
        kept.append(sentence)
    return " ".join(kept)


# An official's request for what a piece says, put as an order ("Kindly summarise …", "Please
# provide …", "Identify …", "Kindly tell me whether …"): its verb, then what it asks for.
_REQUEST_VERBS = (
    r"summari[sz]e|indicate|identify|provide|set\s+out|state|specify|note|list|outline|cite|quote|give|share|clarify"
    r"|confirm|locate|find|show|explain|tell|point\s+out|highlight|describe|present|supply|detail|enumerate|name|reproduce|elaborate\s+on"
    # ... or a lecturer's for the passage an exam item cites ("Mark the sentence …").
    r"|mark|pinpoint|underline"
)
_REQUEST = re.compile(
    rf"^\W*(?:(?:can|could|would|will)\s+you\s+)?(?:(?:please|kindly)\s+)*(?:{_REQUEST_VERBS})(?:\s+(?:to\s+)?(?:me|us))?\s+"
    r"(?=(?:the|any|a|an|all|each|some|what|which|how|why|when|where|who|whom|whose|whether|if)\b)",
    re.IGNORECASE,
)
# ... whether something is so ("Kindly indicate whether …", "Whether the writer is agreeing
# that …?", the way some Englishes ask it): what is asked is the claim.
_WHETHER = guarded(re.compile(r"^\W*(?:whether|if)\s+(?=\w)", re.IGNORECASE))
# A writer agreeing with a claim ("the writer is agreeing that X") says X.
_AGREES = guarded(re.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:agree(?:s|d|ing)?|accept(?:s|ed|ing)?|in\s+agreement)\s+(?:that|with)\s+(?=\w)",
    re.IGNORECASE,
))
# ... or a piece's saying something, by its kind ("the reference to X", "the document's
# position regarding X", "the passage in the 2015 text referring to X", "the Guangming
# article's statement that X"): X is the subject.
_A_PIECE = rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})"
_SAYING_ASKED = re.compile(
    rf"^(?:the|any|a|an|all|each|some)\s+(?:{_A_PIECE}['’]?s?\s+)?(?:(?:opening|closing|first|last|final|main|exact|full|relevant)\s+)?"
    rf"{SAYING_NOUNS}(?:\s+of\s+{_A_PIECE})?(?:\s*,?\s+(?:in|from)\s+{_A_PIECE},?)?"
    rf"\s+(?:{ABOUT}|to|towards|that|which|where|in\s+which|[a-z]+ing(?:\s+(?:to|on|with|upon))?)\s+(?=\w)",
    re.IGNORECASE,
)
# ... asked as a question: "What is the stand of the writer regarding X?".
_SAYING_OF_THE_PIECE = re.compile(
    rf"^\W*what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?{SAYING_NOUNS}\s+of\s+{_A_PIECE}\s+(?:{ABOUT}|towards?)\s+(?=\w)",
    re.IGNORECASE,
)
# "What all points …", "who all attended": "all" asks for every one of them, naming nothing.
_WHAT_ALL = guarded(re.compile(r"\b(?P<wh>what|which|who|where)\s+all\b(?!\s+of\b)", re.IGNORECASE))


def _as_requested(text: str) -> str:
    """The question an official's request puts ("Kindly summarise the reference to X",
    "Please provide the document's position regarding X", "Kindly tell me whether X"): X;
    the text itself when nothing would be left."""
    rest = _SAYING_OF_THE_PIECE.sub("", text, count=1)
    if rest == text:
        rest = _SAYING_ASKED.sub("", _REQUEST.sub("", text, count=1), count=1)
        # ... and the passage it asks for by what it says ("Indicate where the article
        # reports X", "Mark the sentence invoking X").
        recalled = _QUOTE_RECALLED.sub("", rest, count=1) if rest != text else rest
        rest = recalled if _names_something(recalled) else rest
    rest = _AGREES.sub("", _WHETHER.sub("", rest, count=1), count=1)
    return rest if rest != text and _names_something(rest) else text


# A topic label before the question ("Colourful metaphor alert — how does Zhi describe X?",
# "On attribution: whom does …"): a few words, then a colon or a dash.
_LABEL = guarded(re.compile(r"^\W*(?P<label>[^,:;?!.—–]+?)\s*(?::|\s[-–—]\s|[–—])\s*(?P<rest>\S.*)$"))
LABEL_MAX_WORDS = 3
# The question after a label asks about what it names itself when it has this many words
# that name a subject, not counting names (a piece named, its writer).
LABEL_QUESTION_MIN_WORDS = 2
# Words asking an amount, which name nothing ("how many sessions").
_HOW_MUCH = frozenset("many much long often far".split())


# A label saying who asks or how ("CISO question:", "SOC lead here:", "Macro question from an
# investor:", "Consumer-tech founder:", "Compliance officer with a data program:", "For our
# threat model:", "Compliance mapping:", "Sanity check:", "Quote hunting:", "Revision notes:",
# "Don'ts per Zhi:"): its head word is "question", "here",
# a word for a way of looking or for the asker's task, or a
# person by what they do (a noun ending as agents' do: "investor", "founder", "analyst");
# or it says what the question is for.
_ASKER_LABEL = re.compile(
    r"^\W*(?:for\s+(?:(?:the|a|an|my|our|your)\s+)?.+"
    r"|(?:[\w'’/&-]+\s+){0,3}?(?:question|q|qn|here|framing|lens|angle|perspective|view|style|check|mapping|audit|diligence|memo|prep|homework|hunt|hunting|search|notes?|don['’]?ts|prohibitions?|warnings?|delegat(?:es?|ions?)|clauses?|resolutions?|(?:position|working)\s+papers?|preambles?|drafting|committees?|rebuttals?|[a-z]+(?:er|or|ist|yst|ant|ent|ian|ect|lead|head)s?|pm|ciso|cto|ceo|cfo|coo)"
    r"(?:\s+(?:from|with|at|in|for|of|on|per|under|by|according\s+to)\s+.+)?)$",
    re.IGNORECASE,
)
ASKER_LABEL_MAX_WORDS = 10
# ... of which one saying what the question is for ("For a question on X:").
_PURPOSE_LABEL = re.compile(r"\W*for\s", re.IGNORECASE)
# ... which names who asks and says nothing: a label with a verb of being or having is
# the topic the question after it asks of, put first ("The Twitter of the ambassador was
# hacked — by whom?"), however its noun ends ("Twitter" is no agent noun).
_STATES = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\b", re.IGNORECASE)
# ... nor one of two things joined ("freedom and order: …"), whatever its last noun ends in.
_JOINED = re.compile(r"\s(?:and|&|\+|or|vs\.?)\s", re.IGNORECASE)
# ... of a topic and then who asks, before a colon ("Root-cause analysis, PM style: …"):
# its last part says who asks.
_LABEL_IN_PARTS = guarded(re.compile(r"^\W*(?P<label>[^:;?!.—–]+?,[^:;?!.—–]+?)\s*(?::|\s[-–—]\s|[–—])\s*(?P<rest>\S.*)$"))


# A question after a topic label that ends on a pronoun standing for the topic.
# ... or on the topic called what it is ("Pandora box — which text uses this metaphor?").
_CLOSING_POINTER = re.compile(
    r"(?<=\w)\s+(?:it|them|(?:this|that|these|those)\s+(?:metaphor|image|phrase|idea|term|word|expression|concept|notion|saying|analogy|comparison)s?)(?=\W*$)",
    re.IGNORECASE,
)


# A thing named before a comma and asked of after it by a pointer: "the poem at the top
# of the article, how does it start", "the treaty, what do they say about signing it".
_TOPIC_THEN_ASKED = re.compile(
    r"^\W*(?P<topic>(?:the|this|that)\s+[^,;:?!.—–]+?)\s*,\s*(?P<asked>(?:how|what|why|when|where|who|which)\b[^,;:?!.—–]*)(?P<end>\W*)$",
    re.IGNORECASE,
)
_POINTER = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)
TOPIC_MAX_WORDS = 10


def _in_place_of_pointer(text: str) -> str:
    """The question with the thing named before it in place of its last pointer (``_TOPIC_THEN_ASKED``):
    "how does the poem at the top of the article start"."""
    found = _TOPIC_THEN_ASKED.match(text)
    if not found or len(found.group("topic").split()) > TOPIC_MAX_WORDS:
        return text
    pointers = list(_POINTER.finditer(found.group("asked")))
    if not pointers:
        return text
    asked, last = found.group("asked"), pointers[-1]
    return f"{asked[: last.start()]}{found.group('topic').strip()}{asked[last.end():]}{found.group('end')}"


def _without_label(text: str) -> str:
    """The question without a topic label of a few words before it: the question after
    the label names its own subject. Kept when the question leans on it ("Cyber
    sovereignty: what does Zhang say?") or the label is itself a question or a clause.
    A label saying who asks goes whenever the question names something itself."""
    label = _LABEL.match(text) or _LABEL_IN_PARTS.match(text)
    if (
        label and len(label.group("label").split()) <= ASKER_LABEL_MAX_WORDS and _ASKER_LABEL.match(label.group("label").split(",")[-1])
        and not _STATES.search(label.group("label"))
        and not _JOINED.search(label.group("label"))
    ):
        rest = _LEAD.sub("", label.group("rest"))
        # (Not when the question ends pointing back at it: "Pandora box metaphor — how does
        # Zhi use it?" names its topic first, whatever the label's last noun ends in; a
        # purpose is no topic: "For a question on X: the line telling all parties to drop it".)
        purpose = bool(_PURPOSE_LABEL.match(label.group("label")))
        if _names_something(rest) and not _QUESTION_OPENING.match(label.group("label")) and (purpose or not _CLOSING_POINTER.search(rest)):
            return rest
    if not label or len(label.group("label").split()) > LABEL_MAX_WORDS:
        return text
    head, rest = label.group("label"), _LEAD.sub("", label.group("rest"))
    if _QUESTION_OPENING.match(head) or _ASKER.match(head) or _CLAIM_CHECKED.match(head) or not _QUESTION_OPENING.match(rest):
        return text
    closing = _CLOSING_POINTER.search(rest)
    if closing:
        # The question ends on the topic put first: "digital divide - what does it say
        # about closing it" asks what it says about closing the digital divide.
        return f"{rest[: closing.start()]} {head.strip()}{rest[closing.end():]}"
    if any(c.isupper() for c in head.strip()[1:]):
        return text  # a name is what the question is about ("China-ASEAN Forum - how many sessions")
    # A word for the piece names nothing the label doesn't ("what is the article talking about").
    own = [
        w for w in re.findall(r"[A-Za-z0-9]+", rest)
        if w.islower() and w not in _ASKING_WORDS and w not in _HOW_MUCH and not _DOCUMENT_WORD.match(w)
    ]
    return rest if len(own) >= LABEL_QUESTION_MIN_WORDS and not _points_back(rest) else text


# A claim of what someone says ("Zhi mentions X", "the 2022 Guangming essay says X"): a
# name or a piece, then its verb; not a noun phrase whose noun may be read as a verb
# ("the member states of …").
_SAYS = re.compile(
    rf"^(?!I\b|I['’])(?:(?:the|this|that)\s+)?(?:(?:[A-Z0-9][\w'’-]*|(?i:{DOCUMENT_NOUNS}))\s+){{1,{MAX_CLAIMANT_WORDS}}}?(?i:{VERBS})\b"
)


_WHERE_SAID = re.compile(r"^where\s+(?=(?:the|this|that)?\s*(?-i:[A-Z0-9]))", re.IGNORECASE)


def _as_asked(text: str, *, confirmed: bool = False) -> str:
    """A claim the asker checks, or a line asked for by what it says, as the question it
    is: "Someone told me Zhi mentions X", "Zhi mentions X, doesn't he?", "the line where
    Zhi mentions X" → "does Zhi mentions X", which the framer takes apart as "does Zhi
    mention X"."""
    claim = _without_request(_CLAIM_CHECKED.sub("", text, count=1))
    where = _WHERE_SAID.match(claim)
    if claim != text and where and _SAYS.match(claim[where.end() :]):
        # "Quote for a quiz: where Zhi says X": the line where a claim is made.
        claim = claim[where.end() :]
    if (claim == text and not confirmed) or _QUESTION_OPENING.match(claim):
        return claim
    return f"does {claim}" if _SAYS.match(claim) else claim


def asks_to_confirm(question: str) -> bool:
    """Whether the question closes by asking that what it says be confirmed ("… Does he?",
    "…, doesn't it?", "… Right?")."""
    last = sentences_of(question.strip(), cased=False)[-1]
    return bool(re.search(_CONFIRM_TAG, question, re.IGNORECASE) or (last != question.strip() and _CONFIRMING.match(last)))


def _without_request(text: str) -> str:
    """The question without a request for a sentence or a quiz item ("Need a sentence for
    a fill-in-the-blank: …", "Quote for a quiz on X", "True/false item on X: the line
    about Y"), before it or after a colon; the whole question when nothing would be left."""
    parts = re.split(r"(?<=\w)\s*:\s+", text, maxsplit=1)
    kept = []
    for part in parts:
        rest = _ANYTHING_ON.sub("", _ITEM_REQUESTED.sub("", part, count=1), count=1)
        if rest == part or _names_something(rest):
            kept.append(rest.strip(" ,;.?!") if rest != part else rest)
    requested = len(kept) == len(parts) == 2 and kept[0] == parts[0] and (kept[1] != parts[1] or bool(_LINE_OPENING.match(parts[1])))
    purpose = _ITEM_PURPOSE.match(parts[0]) if requested else None
    if purpose:
        # What the line is for goes with the request ("For a current-events question:
        # the sentence about X"): X is asked about; the topic it names is what the
        # request's pointer stands for ("For a question on Snowden: the line that
        # identifies who he worked for").
        topic, pointers = purpose.group("topic"), list(_PERSON_POINTER.finditer(kept[1]))
        if not topic:
            return kept[1]
        if pointers:
            last = pointers[-1]
            return f"{kept[1][: last.start()]}{topic.strip()}{kept[1][last.end():]}"
    if kept == parts:
        return text
    return ", ".join(kept) if kept else text


def without_lead(text: str) -> str:
    """The text without the words it opens with before it says anything (``_LEAD``)."""
    return _LEAD.sub("", text)


def without_trailer(text: str) -> str:
    """The text without the words closing it that ask nothing (``_TRAILER``) or only ask
    it again (``_RESTATED``), unless no word that may name a subject would be left."""
    trimmed = _TRAILER.sub("", _RESTATED.sub("", text)).strip(" ,;:?!.")
    return trimmed if has_content(trimmed) else text


# A subject opening on the kind of case it asks for ("what evidence does the author give
# that X", "an example of X", "what evidence shows X", "which examples of X"): the case is
# what the passages give, the claim X what they share words and meaning with. The words
# for the case and whoever gives it ("does the author give") only pull the ranking
# towards sentences that say "example" or "evidence".
_INSTANCE_FRAME = re.compile(
    r"^\W*(?:(?:give|show|provide|find)\s+(?:me\s+)?)?(?:(?:an|a|some|one|any)\s+)?(?:(?:what|which)\s+(?:kinds?\s+of\s+)?)?"
    r"(?:evidence|examples?|proof|instances?)\s+"
    r"(?:(?:does|did|do)\s+(?:(?:the|this|that)\s+)?(?:(?:author|writer|text|article|piece|essay|op-ed|editorial|it|they|he|she)\s+)?"
    r"(?:give|offer|provide|cite|use|present|mention|have)\s+)?"
    r"(?:(?:that|of|for)\s+|(?:to\s+show|showing|shows?|proving|proves?)\s+(?:that\s+)?)",
    re.IGNORECASE,
)


_POINTS_BACK = re.compile(r"(?:this|that|these|those|such|it|they|them)\b", re.IGNORECASE)


# Subjects whose set-aside words and instance frame are remembered: the searcher takes
# them from a question's subject some four times; a few per question suffice.
SUBJECTS_REMEMBERED = 64


@functools.lru_cache(maxsize=SUBJECTS_REMEMBERED)
def without_instance_frame(subject: str) -> str:
    """``subject`` without the kind of case it opens by asking for (``_INSTANCE_FRAME``:
    "what evidence does the author give that X" → "X"), or the whole subject when
    nothing naming a subject, or only a pointer back ("this kind of attack"), would be left."""
    rest = _INSTANCE_FRAME.sub("", subject, count=1)
    # "what example shows this kind of attack": a claim pointing back names too little alone.
    return rest if rest != subject and _names_something(rest) and not _POINTS_BACK.match(rest) else subject


@functools.lru_cache(maxsize=SUBJECTS_REMEMBERED)
def without_set_aside(subject: str) -> str:
    """``subject`` without what it sets aside ("besides governments"), or the whole
    subject when nothing would be left."""
    unset = _SET_ASIDE.sub(" ", subject) if may_hold(subject, _SET_ASIDE_HELD) else subject
    rest = " ".join(unset.split()).replace(" ,", ",").replace(",,", ",").lstrip(", ")
    return rest or subject


# A question asking only that what came before be confirmed: "is that right?", "am I right?".
_CONFIRMED_ALONE = re.compile(
    r"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+(?:right|true|so|correct)|am\s+i\s+(?:right|correct|wrong)|right|true|correct)\W*$",
    re.IGNORECASE,
)


def _without_preamble(text: str) -> str:
    """The question without the asker's preamble (``_ASKER``); what the preamble says
    they were told about follows the question as part of its subject."""
    in_the_piece = bool(_IN_THE_PIECE.match(text))
    if not (in_the_piece or _ASKER.match(text)):
        return text
    for end in _PREAMBLE_END.finditer(text):
        rest = _LEAD.sub("", text[end.end() :])
        if in_the_piece and "?" in end.group():
            return text  # the piece named in the question itself ("in the X article where did …?"), not before it
        if in_the_piece:
            # The piece is named (Framer.named_documents reads the whole question);
            # "it" after it is that piece or something the question names itself.
            return rest if _QUESTION_OPENING.match(rest) and _names_something(rest) else text
        if _CONFIRMED_ALONE.match(rest):
            # "I remember X saying Y — is that right?": the preamble is the claim to check.
            return text[: end.start()]
        if _COMMANDED.match(rest) and "," not in end.group():
            # "I'm writing an essay. Find the line on X": a request after the preamble
            # asks what it names.
            requested = _without_command(rest)
            if _names_something(requested) and not _points_back(requested):
                return requested
        if _QUESTION_OPENING.match(rest) or _WANTS_TO_KNOW.match(rest):
            # A question that names something itself asks about it; one that names
            # nothing ("I'm confused about hegemony, can you explain?") or points back
            # ("…, what happened there?") asks about what the preamble says the asker
            # was told or read about, or else about the whole preamble. One about the
            # author ("…, who wrote it?") asks by its structure.
            if _names_something(rest) and not _points_back(rest):
                return rest
            told = _NOT_UNDERSTOOD.search(text[: end.start()]) or _TOLD_ABOUT.search(text[: end.start()])
            if told and not _WH_OPENING.match(rest) and not _names_something(rest):
                return told.group("rest")  # "…, can you find it?" asks for what it was told of
            return f"{rest.rstrip(' ?!.')}, {told.group('rest')}" if told else text
    return text


# The asker's remark on what they asked, in a sentence of its own after the question ("It
# sounds rather gloomy.", "That seems odd to me."): what it points back at, then a word
# saying how it strikes them.
_REMARK = re.compile(
    r"^\W*(?:it|that|this|they|all\s+that)(?:['’]s|['’]re|\s+(?:sounds?|seems?|looks?|feels?|is|was|are|were))\s+"
    r"(?:(?:a\s+bit|a\s+little|rather|quite|very|so|pretty|really|kind\s+of|sort\s+of|awfully|too)\s+)?[a-z-]+(?:\s+to\s+me)?[.!]*$",
    re.IGNORECASE,
)


# A sentence by which the asker says why they asked: it opens with them, their need or
# what the answer is for ("Need the numbers for a briefing.", "Relevant for our compliance
# footprint.", "I'm briefing our team."), or speaks of them.
_WHY_ASKED = re.compile(
    r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|im|we|we['’]re|we['’]ve|our|my|me|need(?:ed|s)?|relevant|useful|important|helpful"
    r"|asking|(?:it|this)(?:['’]s|\s+is)\s+for|please|pls|thanks|thank\s+you)\b"
    # ... or speaks of them anywhere ("Cross-border data deals live or die on that for us.").
    r"|.*(?-i:\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b)",
    re.IGNORECASE,
)


def _without_remarks_after(text: str) -> str:
    """The question without the sentences that follow it and ask nothing ("… at Wuzhen?
    Need the numbers for a briefing.", "…? Relevant for our compliance footprint."): what
    the asker says once they have asked is why they ask, or a request that it be quoted.
    Not what they half know of the answer ("There's something about a Silk Road."), which
    says where it is."""
    sentences = sentences_of(text, cased=False)
    asked = max((i for i, s in enumerate(sentences) if s.endswith("?")), default=None)
    question = " ".join(sentences[: asked + 1]) if asked is not None else ""
    if asked is None or asked == len(sentences) - 1 or not _names_something(question) or _points_back(question):
        return text  # "what happened there? we are studying X" asks about what it says after
    after = sentences[asked + 1 :]
    if any(_QUESTION_OPENING.match(_LEAD.sub("", s)) or _HINT.match(s) or not _WHY_ASKED.match(s) for s in after):
        return text
    return " ".join(sentences[: asked + 1])


def _without_empty_sentences(text: str) -> str:
    """The question without its sentences that name nothing ("Why did they write this?
    Like why is …", "can you help me? what …"), when another one names something;
    not one that points back at a sentence before it."""
    sentences = sentences_of(text, cased=False)
    # One asking of what the one before names ("… about X. what is it exactly?") stays;
    # one that only asks for it again ("…? list them") does not.
    kept = [
        s for i, s in enumerate(sentences)
        if not (i and (_CONFIRMING.match(s) or (_REMARK.match(s) and sentences[i - 1].endswith("?"))))
        and (_names_something(s) or (i and _points_back(s) and _QUESTION_OPENING.match(s)))
    ]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


# What the asker half knows of the answer, after the question ("… organised? I gather it
# is something about everyone consulting.", "…, i read something about people centered"):
# a hint of what the answer's passage says.
_HINT = re.compile(
    r"^\W*(?:i|we)(?:['’]ve)?\s+(?:(?:gather|think|believe|recall|remember|guess|suppose|understand|heard)\s+(?:that\s+)?(?:it|this|that)"
    r"(?:['’]s|\s+(?:is|was|has))\s+(?:(?:got\s+)?(?:something|partly|mostly|all)\s+)?"
    r"|(?:have\s+)?(?:read|heard|saw|seen)\s+(?:something|a\s+(?:bit|line|part|phrase|sentence))\s+)"
    r"(?:about|to\s+do\s+with|related\s+to)\s+(?P<rest>.*\w.*)$",
    re.IGNORECASE,
)


# A clause asking with its question word where the answer stands ("Global Times article:
# we are living in what kind of era?"): a question, not the asker's words on what they do.
_ASKED_IN_PLACE = re.compile(r"\b(?:what|which|whom|whose)\b[^.?!]*\?\W*$", re.IGNORECASE)


def _without_postamble(text: str) -> str:
    """The question without the asker's clause closing it (``_ASKER_AFTER``): "…, I'm
    trying to understand the main argument for my essay", "…? need it for class" say
    why they ask, not what about. Kept when the question before it names nothing or
    points back and the clause says what the asker studies ("what happened there? we
    are studying the conference"), as a preamble would."""
    for end in _PREAMBLE_END.finditer(text):
        before, rest = text[: end.start()], text[end.end() :]
        hint = _HINT.match(rest)
        if hint and _names_something(before):
            return f"{before.rstrip(' ?!.')}, {hint.group('rest').rstrip(' ?!.')}"
        if _ASKER_AFTER.match(rest) and not _QUESTION_OPENING.match(_LEAD.sub("", rest)) and not _QUESTION_AFTER.search(rest) and not _ASKED_IN_PLACE.search(rest):
            leans = not _names_something(before) or _points_back(before)
            return text if leans and (_TOLD_ABOUT.search(rest) or not _names_something(before)) else before
    return text


# A second question joined to the first ("On which date did Wang Yi make his proposal,
# and what was his position?") that asks more of what the first names, pointing back at
# it: the passage answering the first is where its answer is.
_SECOND_QUESTION = re.compile(rf"\s*[,;]\s*(?:and\s+)?(?=(?:{QUESTION_WORDS})\b)", re.IGNORECASE)
_PREPOSITION = re.compile(r"^\W*(?:on|in|at|by|for|from|during|with|to)\s+(?=which|what|whom)", re.IGNORECASE)
_POINTING_BACK = re.compile(r"\b(?:his|her|its|their|he|she|they|them|it)\b", re.IGNORECASE)


# ... or typed on without a comma ("who is snowden what did he work as"): a question word
# and an auxiliary open the second. Not after a sentence's end: "How does the piece open?
# What does it call …" asks the second question of the piece the first names.
# Not after a preposition, where the question word opens a clause of the first ("what did
# he say about who should decide …").
# Where a run-on question may start: a space, then a question word and an auxiliary (as
# _RUN_ON_QUESTION looks ahead for after its spaces). Most questions' one question word
# opens them, with no space before it: this look rules them out at a seventh of the
# cost of the lookbehinds _RUN_ON_QUESTION tries at every character.
_WH_QUESTION_AFTER_SPACE = re.compile(rf"\s(?:{QUESTION_WORDS})\s+(?:{QUESTION_AUXILIARIES})\s", re.IGNORECASE)
_RUN_ON_QUESTION = guarded(re.compile(
    r"(?<![.?!:;,])(?<!\babout)(?<!\bof)(?<!\bon)(?<!\bto)(?<!\bfor)(?<!\bover)(?<!\bwith)(?<!\bas)"
    rf"\s+(?:and\s+)?(?=(?:{QUESTION_WORDS})\s+(?:{QUESTION_AUXILIARIES})\s)",
    re.IGNORECASE,
), found_in=_WH_QUESTION_AFTER_SPACE)


# A question that only turns to something, asking nothing of it yet: "what about X",
# "and how about X".
_TURNS_TO = re.compile(r"^\W*(?:what|how)\s+about\s+(?P<topic>[^,;:?!.—–]+?)[\s,;:—–-]*$", re.IGNORECASE)
_POSSESSIVE_POINTER = {"his", "her", "its", "their"}


def _in_place_of(pointer: str, topic: str) -> str:
    """``topic`` where a pointer stood: "its" → "X's"."""
    return f"{topic}'s" if pointer.lower() in _POSSESSIVE_POINTER else topic


def _without_second_question(text: str) -> str:
    """The question without a second question pointing back at what it names."""
    parts = _SECOND_QUESTION.split(text, maxsplit=1)
    if len(parts) < 2:
        parts = _RUN_ON_QUESTION.split(text, maxsplit=1)
    if len(parts) < 2 or not _POINTING_BACK.search(parts[1]):
        return text
    # "what about X — what does it call Y?", "what about Zhi, what does he say about
    # Y?": the first only turns to X, and the second asks of it.
    turned = _TURNS_TO.match(parts[0])
    if turned and len(turned.group("topic").split()) <= TOPIC_MAX_WORDS:
        return _POINTING_BACK.sub(lambda m: _in_place_of(m.group(), turned.group("topic")), parts[1], count=1)
    if _QUESTION_OPENING.match(_PREPOSITION.sub("", parts[0])) and _names_something(parts[0]):
        return parts[0].rstrip(" -–—")  # "how does it describe X - what does it say about Y"
    return text


# A question asked inside a clause ("I'm studying X, what does it say about Y?").
_QUESTION_AFTER = re.compile(rf"[,;:.?!]\s*(?:{_QUESTION_OPENING.pattern})", re.IGNORECASE)


# Words by which a question points back at what its preamble named ("we are studying the
# World Internet Conference, what happened there?").
# ... "that" or "this" too where it stands for a thing, before its verb ("Does the writer
# think that could lead to trouble?"), not where it opens a clause ("say that X").
_POINTING = re.compile(
    r"\b(?:there|it|they|them|their)\b|\b(?:that|this)\s+(?=(?:could|would|might|may|will|can|should|must|means?|meant|led|leads?)\b)",
    re.IGNORECASE,
)


# The piece as who says something ("…, what does it say about the US and double
# standards?"): the preamble named it, and what the question asks about is its own.
_PIECE_SAYING = re.compile(
    r"\b(?:does|do|did)\s+(?:it|they)\s+(?=(?:say|argue|claim|write|mention|suggest|propose)\b)", re.IGNORECASE
)


def _points_back(question: str) -> bool:
    """Whether a question leans on its preamble for what it asks about: it points back
    (not "it" saying something: the piece) and is not about the author ("…, who wrote
    it?" asks by its structure)."""
    return bool(_POINTING.search(_PIECE_SAYING.sub(" ", question))) and not WHO_WROTE.search(question)


def _names_something(question: str) -> bool:
    """Whether a question has a word besides the ones that ask and point ("can you
    explain what that means?", "what does it say?")."""
    return bool(WHO_WROTE.search(question)) or any(w not in _ASKING_WORDS and not _DOCUMENT_WORD.match(w) for w in words_of(question))
