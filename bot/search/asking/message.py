"""What a message of several sentences asks: its question sentences, what they point back
to in the sentences before, without the asker's story about themselves around them."""

from __future__ import annotations

import re

from .needs import guarded
from .words import AUXILIARIES, DOCUMENT_NOUNS, EMPTY_WORDS, NEWSROOM_WORDS, PRONOUNS, QUESTION_WORDS, VERBS, words_of

# Where a message's sentences end: a stop, a question or exclamation mark, perhaps closed
# by a quote or bracket, before a space and a sentence's opening. Not after an initial
# or a title ("U.S. Senator", "Dr. Smith"); after an acronym, yes ("Social media PM. Does …").
_SENTENCE_END = re.compile(
    r"(?:(?<=[.?!])|(?<=[.?!][\"'”’)]))(?<!\b[A-Z]\.)(?<!\b[DM]r\.)(?<!\bMs\.)(?<!\bSt\.)\s+(?=[\"'“‘(]?[A-Z])"
)
# ... and where they end when a question may be typed all in lower case, as chat types
# it ("can you help me? what …", "… about X. what is it exactly?"): at any space after a
# stop, question or exclamation mark. An initial ("U.S. Senator") parts it too, which is
# why a message read for its question sentences keeps to the cased ends above.
_TYPED_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# ... and where they end in chat, which opens its sentences in lower case ("… in his
# speech. which ones were they?", "hi! what …"): also after a question or exclamation
# mark before any word, and after a stop closing a word of two letters or more (or a
# shouted one or an acronym of three: "opens with a POEM. what …") before a lower-case
# one. Not after an initial ("U.S. senator", "e.g. the") nor after the abbreviations
# written in lower case ("vs.", "etc.").
_CHAT_SENTENCE_END = re.compile(
    rf"{_SENTENCE_END.pattern}"
    r"|(?:(?<=[?!])|(?<=[?!][\"'”’)]))\s+(?=[\"'“‘(]?\w)"
    r"|(?:(?<=[a-z]{2}\.)|(?<=[A-Z]{3}\.))(?<!\bvs\.)(?<!\betc\.)(?<!\bal\.)(?<!\bcf\.)(?<!\bapprox\.)\s+(?=[a-z])"
)
# Chat's small talk, typed as sentences of its own around the question ("hi!", "morning!",
# "hey, quick one.", "thanks so much!", "ty"): greetings, thanks, the words announcing a
# question, and whom they call. A sentence of these words alone asks and brings nothing.
_SMALL_TALK = frozenset(
    """hi hey heya hiya hello howdy yo morning afternoon evening good gm thanks thank thx ty tysm cheers appreciate
    appreciated it in advance so much a lot ok okay alright quick one question questions q qn random silly dumb stupid
    simple another sorry please pls lol haha hmm um oh well there all everyone guys folks bot again
    dear sir madam or""".split()
    # ... and the asker's address to the bot, the tags chat closes a question with and
    # the oaths it opens one with, in the words of British, Australian and teenage chat
    # ("…, mate?", "…, reckon?", "…, fair dinkum?", "Bloody hell, …", "ngl …").
    + """mate mates bro bruh dude fam buddy pal lads reckon ya eh innit yeah yep fair dinkum
    bloody hell crikey blimey oi ngl fr tbh lowkey omg lmao""".split()
    # ... and how the asker feels, said of themselves alone ("I'm confused.", "so I'm a bit lost").
    + """i im m am a bit little really bit confused lost stuck""".split()
)
# A letter's closing after the question, signed ("Many thanks, Dorothy", "Kind regards,
# Margaret", "Best wishes - Tom", "Thank you, from a retired teacher"): who signs it
# brings nothing to what is asked.
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:many|kind|warm|warmest|best|all\s+the\s+best|with)?\s*(?:thanks|thank\s+you|regards|wishes|love)"
    r"|cheers|best|yours(?:\s+(?:sincerely|truly|faithfully))?|sincerely|ta|warmly|respectfully|take\s+care|speak\s+soon)"
    r"(?:\s+(?:again|so\s+much|in\s+advance|very\s+much|kindly))?\s*[,–—-]\s*(?:from\s+)?(?P<signed>[\w’'.-]+(?:\s+[\w’'.-]+){0,3})\W*$",
    re.IGNORECASE,
)
# A letter's pleasantries, sentences of their own around the question ("I hope you're
# well.", "Hope your week's going OK!", "Sorry to bother you again.", "Thanks in advance
# for your help."): they ask and bring nothing.
_PLEASANTRY = re.compile(
    r"^\W*(?:(?:i\s+)?hope\s+(?:you|you['’]re|you\s+are|your|all|this|everything|it['’]s|things)\b[^.?!]{0,40}"
    r"|(?:(?:so|really|very)\s+)?sorry\s+(?:to\s+(?:bother|bug|trouble|disturb|pester)\s+you"
    r"|for\s+(?:the\s+|this\s+)?(?:long|late|random|quick|short|silly|basic)\s+(?:message|question|email|e-mail|one|q))(?:\s+again)?"
    r"|how\s+are\s+you(?:\s+doing)?(?:\s+today)?|to\s+whom\s+it\s+may\s+concern"
    r"|(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+(?:in\s+advance|for\s+(?:your|the|any)\s+help)(?:\s+in\s+advance)?)\W*$",
    re.IGNORECASE,
)
# A greeting calling the asked by a name before its comma ("Hi textbot,", "Good evening
# Dr Lee,", "Hello there!"): whom the letter is to, no part of what it asks.
_GREETING_BY_NAME = re.compile(
    r"^(?:hi|hiya|hey|heya|hello|greetings|dear|good\s+(?:morning|afternoon|evening|day))(?:\s+[\w’'.-]+){0,2}$", re.IGNORECASE
)
_QUESTION_SENTENCE = re.compile(r"\?[\"'”’)]*$")
# The asker in a sentence: its first person. "US" in capitals is a country, not "us".
_FIRST_PERSON = re.compile(r"\b(?:(?i:i['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|mine|our|ours|me|myself)|I|us)\b")
# A verb by which a sentence reports what someone said, wrote, read or saw, and what it
# opens: what they report is what the asker brings, the rest is their story ("I read
# that Xi listed …", "a friend told me the essay says …", "It talks about …").
_REPORTED = re.compile(
    r"\b(?:says?|said|saying|tells?|told(?:\s+(?:me|us|him|her|them))?|mentions?|mentioned|insists?|insisted|claims?|claimed"
    # ... or asked about: "my students keep asking me about X", "people ask about X".
    r"|(?:asks?|asked|asking)(?:\s+(?:me|us|him|her|them))?\s+about|(?:interested|interest)\s+in"
    # ... or the question someone put, brought whole: "my teacher asked which companies
    # are mentioned" before "Which others are listed?".
    r"|(?:asks?|asked|asking)(?:\s+(?:me|us|him|her|them))?(?=\s+(?:which|what|who|whose|where|when|why|how)\b)"
    r"|argues?|argued|suggests?|suggested|quoted|quotes|reads?|heard|hear|(?:reading|hearing)(?=\s+about)|noticed?|saw|spotted|found|wrote|writes|thinks?|thought"
    r"|assumed?|believes?|believed|remember|recall|(?:talks?|talked|talking)\s+about"
    r"|(?:curious|wondering|wonder|unsure|not\s+sure)\s+(?=whether|if|about|how|what|why)"
    # ... or the part of a piece the asker is after: "I'm trying to find the part where X",
    # "I'm looking for the bit about X" bring X, which the question after it may point to
    # ("What risk does that create?").
    # ... or what the asker's work is on: "I'm writing an essay on X", "I'm doing a project
    # on X", "I'm looking at X", "I'm studying X", which the question after may point to
    # ("How does the piece judge them?").
    r"|(?:doing|writing|working\s+on|preparing|revising\s+for)\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:project|essay|paper|report|presentation|dissertation|thesis|assignment|talk|seminar|quiz|exam|test|module|course)\s+(?:on|about|into)"
    r"|(?:looking\s+(?:at|into)|studying|researching|reading\s+up\s+on)(?=\s+\w)"
    r"|(?:find|finding|locate|locating|look(?:ing)?\s+for|search(?:ing)?\s+for)\s+(?:the|a)\s+(?:part|bit|line|sentence|passage|place|section|paragraph|spot)"
    r"\s+(?:where|about|on|in\s+which|that\s+says|which\s+says|saying))"
    r"\s+(?:(?:somewhere|online|once|recently|apparently|also)\s+)?(?:(?:that|about|how|whether|if)\s+)?(?=\w)",
    re.IGNORECASE,
)
# What the asker half knows of the answer, after the question ("I gather it is something
# about everyone consulting"): a hint the question's reader keeps.
_HINT = re.compile(
    r"\b(?:i|we)(?:['’]ve)?\s+(?:gather|think|believe|recall|remember|guess|suppose|understand"
    r"|(?:have\s+)?(?:read|heard|saw|seen)\s+(?:something|a\s+(?:bit|line|part|phrase|sentence))\s+about)\b",
    re.IGNORECASE,
)
# A clause of the asker's story again, after what they report.
_STORY_AGAIN = re.compile(r"\s*[,;–—-]\s*(?:(?:and|but|so)\s+)?(?=(?:I|I['’]\w+|we|my|our)\b)|\s+(?:and|but|so)\s+(?=(?:I|I['’]\w+|we|my|our)\b)")
# Words quoted: 'X', "X", ‘X’, “X” (not an apostrophe inside a word).
_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^'’\"”]{3,}?)['’\"”](?!\w)")
# Who reports it in a sentence of no first person, when not a name: a few words in lower
# case after a word like these ("another member said", "people keep saying", "it talks about").
_HEARSAY_OPENINGS = frozenset("a an another one some someone somebody people everyone the it they he she".split())
MAX_REPORTER_WORDS = 4
# Words that ask, point or frame without naming anything: a question holding fewer than
# MIN_OWN_WORDS others leans on the sentences before it for what it asks about ("Which
# ones?", "What's the full charge?", "What did they put forward?").
_ASKING_WORDS = EMPTY_WORDS | frozenset(
    re.findall(r"[a-z]+", f"{PRONOUNS} {VERBS} {AUXILIARIES} {DOCUMENT_NOUNS}")
    + """i me my us our your his her him them their theirs there here any anything something exactly really actually
    exact precise full whole wording words sentence sentences quote quotes quotation line lines list name names named
    one ones else so then now also again more much many other same kind sort t s don doesn didn isn aren wasn
    please give show find get put call calls called use uses used
    search look up pull bring fetch locate grab cite passage bit pls plz""".split()
) | NEWSROOM_WORDS
_DOCUMENT_NOUN = re.compile(DOCUMENT_NOUNS)
# A pronoun that may stand for something the story names rather than the piece.
_IT = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)
# Whose account a question asks for, after its subject: "…, according to Zhang's article?".
_SOURCE = re.compile(r"[,;]?\s*\b(?:according\s+to|as\s+per|per|in\s+the\s+view\s+of)\s+[^,;?!.]+", re.IGNORECASE)
MIN_OWN_WORDS = 2
# ... and a question after a statement of what a piece says ("Zhang puts China and the US
# on the same side. What contrast does he draw?") asks more of it unless it names this many.
MIN_OWN_WORDS_AFTER_STATEMENT = 3
# A question pointing back at a thing a sentence before names: "that list", "those
# events", "which ones", "that could establish"; not "any of them" (the pieces), nor
# "that" opening a clause. "it" and "they" are most often the piece ("what does it say").
_POINTS_BACK = re.compile(
    r"(?<!\bof\s)\b(?:them|these|those)\b|\bwhich\s+ones\b|\b(?:either|neither|both)\s+of\s+(?:these|those)\b"
    # ... and the rest of a list the asker began ("I remember Google. Who else is on it?",
    # "Which others are listed?").
    r"|\b(?:what|who|which)\s+(?:else|others)\b"
    r"|\b(?:that|this)\b\s*(?:[a-z-]+\s*)?(?:[?,.!;]|$)"
    # ... "that" as a determiner after a word a clause does not open after ("where does
    # that phrase fit", "on that list", "what does it call that initiative").
    r"|\b(?:does|did|do|is|was|are|were|of|on|in|about|for|with|from|to|by|at|call|calls|describe|describes|use|uses|mean|means)"
    r"\s+(?:that|this)\s+(?=[a-z])"
    r"|\b(?:that|this)\s+(?=(?:could|would|might|may|will|can|should|must|means?|meant|led|leads?)\b)"
    # ... "they" bound by a duty, which a piece's writers are not ("what should they take
    # into account?", "what must they do?"), and "the two" things named before ("where the
    # two meet"; not "the two countries").
    r"|\b(?:they\s+(?:should|must|ought\s+to|need\s+to|have\s+to)|(?:should|must)\s+they)\b"
    r"|\bthe\s+(?:two|three|four)\b(?!\s+(?:[a-z]+s|people)\b)",
    re.IGNORECASE,
)
# "it" or "they" put with "be" in a question ("why is it a danger?", "what are they?"):
# a thing the story names, not the piece ("what does it say about X?").
_BE_IT = re.compile(r"\b(?:(?:is|was|are|were)\s+(?:it|they)|(?:it|they)\s+(?:is|was|are|were))\b", re.IGNORECASE)
# A question asking only that what was said before be confirmed ("Does it?").
_CONFIRMS = re.compile(
    r"^\W*(?:(?:does|did|do|is|was|are|were|has|have)\s+(?:it|he|she|they|that|this)(?:\s+[a-z]+){0,3}"
    r"|right|true|correct|really|is\s+that\s+(?:right|true|so|correct))\W*$",
    re.IGNORECASE,
)
# A sentence that asks, though typed without a question mark ("…, I'm trying to
# understand why X"): not the asker's story alone.
_ASKS = re.compile(rf"\b(?:{QUESTION_WORDS})\b", re.IGNORECASE)


# Every sentence end above is the spaces after a stop or mark, perhaps closed by a quote
# or bracket: a text holding none is one sentence. Most questions are, and the ends'
# lookbehinds, tried at every space, cost ten times this look.
_MARK_THEN_SPACE = re.compile(r"[.?!][\"'”’)]?\s")


def sentences_of(text: str, *, cased: bool = True, chat: bool = False) -> list[str]:
    """The text's sentences as typed, the spaces between them left out: where a capital
    opens the next (``_SENTENCE_END``), or, in ``chat``, where chat's lower case opens it
    too (``_CHAT_SENTENCE_END``), or, not ``cased``, after any stop or mark
    (``_TYPED_SENTENCE_END``)."""
    if not _MARK_THEN_SPACE.search(text):
        return [text]
    if chat:
        return _CHAT_SENTENCE_END.split(text)
    return (_SENTENCE_END if cased else _TYPED_SENTENCE_END).split(text)


# Small talk opening the message's first sentence, parted from it by a comma ("ok quick q,
# the guangming piece lists …", "hi sorry, I noticed …"): read as a sentence of its own.
_OPENING_TALK = guarded(re.compile(r"^\W*(?P<talk>[a-z]+(?:\s+[a-z]+)*)(?:\s*[,:]|\s+[-–—])\s+(?=\S)", re.IGNORECASE))
# ... or typed straight on into the question, in a phone's lower case ("quick q what does
# zhi say about …", "ok so quick question is X in …"): the question opens at its question word.
_OPENING_TALK_RUN_ON = guarded(re.compile(
    rf"^\W*(?P<talk>[a-z]+(?:\s+[a-z]+){{1,4}}?)\s+(?=(?:{QUESTION_WORDS}|{AUXILIARIES}|is|are|was|were)\b)", re.IGNORECASE
))


def without_small_talk(message: str) -> str:
    """The message without its sentences of small talk alone (``_SMALL_TALK``: "hi!",
    "hey, quick one.", "thx") and the small talk opening it before a comma, unless
    nothing else is left."""
    sentences = sentences_of(message.strip(), chat=True)
    kept = [s for s in sentences if not _is_small_talk(s)]
    if len(kept) > 1 and _signed_off(kept[-1]):
        kept.pop()
    text = " ".join(kept) if kept and len(kept) < len(sentences) else message
    closing = _CLOSING_TALK.search(text)
    if closing and _is_small_talk(closing.group("talk")) and closing.start() > 0:
        text = text[: closing.start()] + closing.group("mark")
    opening = _OPENING_TALK.match(text) or _OPENING_TALK_RUN_ON.match(text)
    # Two words or more: a greeting alone ("hi, what …") is the lead's to read (asker._LEAD).
    talk = opening.group("talk") if opening else ""
    if opening and (len(talk.split()) > 1 and _is_small_talk(talk) or _GREETING_BY_NAME.match(talk)):
        return text[opening.end() :]
    return text


# Small talk closing the message after a comma ("where does Zhang work, mate?", "…,
# reckon?"): the mark it ends with is the question's.
_CLOSING_TALK = re.compile(r"\s*,\s*(?P<talk>[a-z]+(?:\s+[a-z]+){0,2})\s*(?P<mark>[?!.…]*)\s*$", re.IGNORECASE)


def _signed_off(sentence: str) -> bool:
    """Whether a sentence is a letter's closing and who signs it, asking nothing."""
    closing = _SIGN_OFF.match(sentence)
    return closing is not None and not _ASKS.search(closing.group("signed"))


def _is_small_talk(sentence: str) -> bool:
    """Whether a sentence is of small talk's words alone, a request to be answered
    (``_ANSWER_REQUESTED``) or a letter's pleasantry (``_PLEASANTRY``)."""
    words = re.findall(r"[a-z]+", sentence.lower())
    return bool(words) and (
        all(w in _SMALL_TALK for w in words) or bool(_ANSWER_REQUESTED.match(sentence)) or bool(_PLEASANTRY.match(sentence))
    )


# A request to be answered, as office English closes a message ("Kindly revert.", "Please
# do the needful", "pls reply asap"): it asks nothing of the texts.
_ANSWER_REQUESTED = re.compile(
    r"^\W*(?:(?:kindly|please|pls|plz)\s+)+(?:revert|reply|respond|advise|answer|do\s+the\s+needful|help(?:\s+me)?)"
    r"(?:\s+(?:asap|soon|back|urgently|quickly|at\s+the\s+earliest|me|us))*\W*$",
    re.IGNORECASE,
)


def asked(message: str) -> str:
    """What a message of several sentences asks: its question sentences alone when they
    name what they ask about; followed by what the sentences before them bring when they
    point back to it or name too little. The asker's story (a sentence in the first
    person) brings only what it reports ("I read that X": X); a sentence after the
    questions in the first person ("I need it for a slide") brings nothing. A message of
    one sentence, or of no question, is returned as it is. Small talk is already gone
    (``without_small_talk``, which the reader applies first)."""
    sentences = sentences_of(message.strip(), chat=True)
    questions = [i for i, s in enumerate(sentences) if _QUESTION_SENTENCE.search(s.strip())]
    if len(sentences) < 2 or not questions:
        return message
    first, last = questions[0], questions[-1]
    after = [s for s in sentences[last + 1 :] if not _in_first_person(s) or _HINT.search(s) or _ASKS.search(s)]
    question = " ".join(sentences[first : last + 1] + after)
    if first == 0:
        # A question naming too little to stand alone ("what happened there? we are
        # studying X") asks about what the story after it names: read whole.
        leans = len(_own_words(question)) < MIN_OWN_WORDS or bool(_POINTS_BACK.search(question))
        return question if after != sentences[last + 1 :] and not leans else message
    # Whose account it is ("What was it, according to Zhang?") says where, not what
    # about: a question whose "it" is not the piece leans on the sentences before.
    own = _own_words(_SOURCE.sub(" ", question) if _IT.search(question) else question)
    if _CONFIRMS.match(question) or (not own and NEWSROOM_WORDS.intersection(words_of(question))):
        # "Does it?", "Is that right?", "Original?", "Real or made up?": asks that the
        # claim before it be confirmed, read whole.
        return message
    before = sentences[:first]
    stated = not any(_in_first_person(s) for s in before)
    enough = MIN_OWN_WORDS_AFTER_STATEMENT if stated else MIN_OWN_WORDS
    if len(own) >= enough and not _POINTS_BACK.search(question):
        return question
    if stated and len(own) < MIN_OWN_WORDS:
        # "Zhang calls X 'arrogance'. What's the full charge?": what it asks is what the
        # statement says (what kind of answer, the reader takes from the whole message).
        return " ".join(before)
    if stated:
        return message  # statements, then a question asking more of them: read in order
    if not _SENTENCE_END.search(" ".join(sentences[first - 1 : first + 1])):
        # Parted from the story only as chat parts sentences ("… in class. what does it
        # say …"), a question leaning on it is read with it whole, as one sentence is.
        return message
    brought = [b for b in (_brought(s) for s in before) if b]
    if not brought:
        # The story reports nothing: it counts neither for nor against, unless the
        # question names too little to stand alone ("we're doing a project on X. why is
        # it a danger?"), when it asks about what the story names.
        return message if len(own) < MIN_OWN_WORDS and _BE_IT.search(question) else question
    # What the story reports follows the question, as what an asker was told about does.
    return f"{question.rstrip(' ?!.')}, {'. '.join(b.strip(' .!,;') for b in brought)}"


def question_parts(message: str) -> list[str]:
    """The questions of a message asking several ("what did Xi propose, per Zhi? also who
    was president then"), each alone, in order; none for a message asking one. A later
    part pointing back ("and where is he now?") is no question alone and is left out."""
    sentences = [s for s in sentences_of(message.strip(), chat=True) if s.strip()]
    asking = [s for s in sentences if _QUESTION_SENTENCE.search(s.strip()) or _OPENS_A_QUESTION.match(s)]
    if len(asking) < 2 or not _ASKED_AS_A_QUESTION.search(asking[0]):
        return []  # the first no question but words with a mark ("google n china??")
    # A later part naming too little to stand alone ("which one is worse?") is none; the
    # first names what the message asks about ("Is the Islamic State mentioned?").
    return [
        s for i, s in enumerate(asking)
        if len(_own_words(s)) >= (MIN_OWN_WORDS if i else 1) and not (i and _POINTS_BACK_ALONE.search(s))
    ]


def question_marked(message: str) -> str | None:
    """The message with the question mark put back on its last sentence, when that
    sentence opens as a question and chat left the mark off ("… in my notes. What did he
    propose"), and no sentence before it asks with one; None otherwise. Marked, the
    question is told from the story before it (``asked``)."""
    sentences = [s for s in sentences_of(message.strip(), chat=True) if s.strip()]
    if len(sentences) < 2 or any(_QUESTION_SENTENCE.search(s.strip()) for s in sentences):
        return None
    last = sentences[-1].strip()
    if not _OPENS_A_QUESTION.match(last) or _STOPPED.search(last):
        return None
    return f"{message.rstrip()}?"


# A sentence closed by a stop or an exclamation mark: a statement, however it opens.
_STOPPED = re.compile(r"[.!][\"'”’)]*$")


# A question word, or a verb a question is put with.
_QUESTION_OPENER = rf"(?:{QUESTION_WORDS}|{AUXILIARIES}|is|are|was|were|has|have|had)\b"
# A sentence opening as a question does, typed without its mark ("also who was president then").
_OPENS_A_QUESTION = re.compile(
    rf"^\W*(?:(?:and|also|plus|so|but)\s+)?(?:(?:in|on|at|by|for|with|from|to|under)\s+(?=what|which|whom))?{_QUESTION_OPENER}",
    re.IGNORECASE,
)
# ... or holding one anywhere ("global village — is that phrase in the readings?").
_ASKED_AS_A_QUESTION = re.compile(rf"\b{_QUESTION_OPENER}", re.IGNORECASE)
# A part of a message pointing back at one before it: "and who was he?", "is it still true?".
_POINTS_BACK_ALONE = re.compile(r"\b(?:he|she|him|his|her|they|them|their|it|its|this|that|these|those|then|there)\b", re.IGNORECASE)


def _own_words(question: str) -> list[str]:
    """The question's words that may name what it asks about."""
    return [w for w in re.findall(r"[a-z0-9]+", question.lower()) if w not in _ASKING_WORDS and not _DOCUMENT_NOUN.fullmatch(w)]


def _in_first_person(sentence: str) -> bool:
    """Whether the asker speaks of themselves in the sentence, outside what it quotes
    ("Guangming lists the goals 'we strive to realize'" does not)."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", sentence)))


def _brought(sentence: str) -> str:
    """What a sentence before the question brings to it: in the asker's story, only what
    it reports; someone's report in lower case ("another member said X"), what they
    report; a statement, itself."""
    # The first report is what is brought: a later "say" may be a noun ("a fairer say in X").
    reported = _REPORTED.search(sentence)
    if _in_first_person(sentence):
        # ... up to where the asker speaks of themselves again ("…, and I'm trying to …"),
        # and the words it quotes, which the asker read ("the phrase 'X' came up").
        told = _STORY_AGAIN.split(sentence[reported.end() :], maxsplit=1)[0] if reported else ""
        if not reported:
            # ... or what it states before the asker comes in ("The 2015 theme had a long
            # name and I keep getting it wrong").
            stated = _STORY_AGAIN.split(sentence, maxsplit=1)[0]
            told = stated if stated != sentence and not _in_first_person(stated) else ""
        quoted = [q for q in _QUOTED.findall(sentence) if q not in told]
        return ", ".join([*quoted, told] if told else quoted)
    if reported:
        reporter = sentence[: reported.start()].split()
        hearsay = reporter and reporter[0].lower() in _HEARSAY_OPENINGS and not any(w[:1].isupper() for w in reporter[1:])
        if hearsay and len(reporter) <= MAX_REPORTER_WORDS:
            return sentence[reported.end() :]
    return sentence
