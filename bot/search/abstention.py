"""Abstention: when the best evidence is too weak to quote, the search says the texts
don't cover the question. A small logistic model of nine signals, fitted with
cross-validation on bench/data (bench/bench_abstention.py); docs/search.md has the
trade-off table."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from ..texts.structure import ORDINAL_WORDS
from .lexical import NEGATIONS

# Words that glue a subject together, frame it or point into a document ("have",
# "many", "mentioned", "happened", "the third section"): the weakest part of a subject
# is one of its other words. The searcher adds the lexical index's own stop words and
# the framing words (reading.FRAMING_WORDS); here are the English closed-class words
# that short list lacks (bm25s's fuller list would bring scipy onto the query path),
# with modal and light verbs, and the words a question points into a text with, the
# ordinals among them from the texts' own structure. Nothing here is about any corpus.
_CLOSED_CLASS_WORDS = """
    above after again against all also am because before being below between both can
    could doing done down during each either else ever every few from further having he
    her hers herself here him himself his i its itself just least less many may might more most
    much must my myself neither nor now off once one only other others our ours ourselves
    out over own same shall should since so some than them themselves theirs those through
    thus too under until up upon very we whatever whether while within without would yet
    already still
    supposing
    although though unless whereas
    your yours yourself
    get gets go goes gone got let lets made make makes went whats
    getting going letting making ones non
    come comes came coming
    someone somebody anyone anybody everyone everybody
    """
_POINTER_WORDS = """
    mention mentioned mentions name named names list listed lists call called discuss
    discussed describe described happen happened happens happening mean means meant
    section sections part parts paragraph paragraphs heading headings chapter sentence line
    eighth ninth tenth
    question questions exact wording words verbatim op ed eds oped opeds
    opening beginning top bottom
    phrase phrases remark remarks passage passages quote quotes quotation quotations metaphor metaphors
    comparison comparisons cliche cliché jab
    saying sayings image images term terms verb verbs adjective adjectives noun nouns
    characterisation characterization characterisations characterizations framing
    assessment allegation allegations alleged adduced cited stated
    soundbite soundbites clip clips snippet snippets punchy quotable
    english render renders rendered rendering renderings translate translates translated translation translations
    worded phrased phrasing idiom idioms formula formulas formulation formulations pairing preposition prepositions
    numbers figures statistics stats
    imagery simile similes analogy analogies proverb proverbs maxim maxims aphorism aphorisms
    chiasmus litotes alliteration repetition repetitions rhetoric rhetorical hyperbole personification
    euphemism euphemisms symbol symbols symbolism trope tropes motif motifs antithesis parallelism
    rhyme rhymes couplet couplets stanza stanzas irony comparative comparatives superlative superlatives
    definition definitions glossary vocab flashcard flashcards
    """
# With the forms the lists above lack of their own words ("getting", "making", the
# pronoun "ones"; "non" of "non-American"), the asker's names for what they will do with
# the answer ("for a question on …", "his exact words on …") and the halves of "op-ed"
# as the lexical index splits it: with them as the weakest part, "what does the op-ed
# mean by …", "what are they getting at when …" and "I need X's exact words on …" were
# refused though a top passage held every other word (session 22: TOTAL refused −5,
# h1 +4, h3 +5, off-topic answered unchanged). And "come", a light verb as "go" is
# ("how does X come into it", "where does the idea come from"), and the words pointing to
# where in a piece ("the opening poem", "the verse at the top"), as "section" and "line"
# do: refused −8 more, h1 +7, h3 +8, none more off-topic answered; one question of only
# such words ("the poem at the beginning, what first line?") now has none left to weigh.
# And the asker's names for the passage they mean by what kind of words it is ("the 'Cold
# War mentality' jab", "what's the Ali Baba comparison about", "what is that metaphor
# doing", "what does the op-ed mean by that term", "what's the exact image"), as "line"
# and "wording" are: the passage says the thing, not that it is a jab or a metaphor
# (session 25: refused −5, none more off-topic answered). And an analyst's and a
# producer's names for what they will do with the passage ("Characterisation of X",
# "Assessment of X", "Allegations re: X", "Legal basis cited for X", "a punchy soundbite
# on X"): the passage says X, not that it is an allegation (session 37: refused −7,
# hit@1 +6, one more off-topic answered, "Specific UN Charter article cited for X"). And
# a translator's ("how is X rendered", "the idiom for X", "the English formula for X"):
# the texts are the English; the passage says X, not that it is an idiom. And a student
# of rhetoric's and a flashcard maker's ("which proverb-like maxim does Zhang end with",
# "Dawn imagery: …", "China Daily's definition of X"): the passage is the maxim, the image
# or what defines X, and never calls itself one.
# Words a chatty question fills with, which name nothing it asks ("whats the pandora's
# box thing in zhi about", "who actually said …, like what was the source"), and the
# shorthand of chat ("abt", "bc"): never a subject's weakest part, and, the texts never
# using them, no part of what coverage asks for (Coverage._unseen_weight).
# Not the adverbs ("actually", "exactly", "really"): with them, "what does the
# interactive advertising bureau actually do" was answered on four sets (its weakest
# word was all that refused it) and one more off-topic question, for two covered
# questions more. Nor, for coverage, the pointer words: "the line about minors and
# online gambling" was answered.
_DISCOURSE_WORDS = """
    anyway kinda like sorta thing things stuff
    ok okay abt bc btw coz cuz idk imo pls plz tbh thx u ur
    """
DISCOURSE_WORDS = frozenset(_DISCOURSE_WORDS.split())
_WORDS = (_CLOSED_CLASS_WORDS + _POINTER_WORDS + _DISCOURSE_WORDS).split()
# With the negations ("don't", "don’t"), which no more name a subject for coverage.
FUNCTION_WORDS = frozenset(_WORDS) | NEGATIONS | frozenset(ORDINAL_WORDS)

# The MaxSim from which a yes/no question's claim counts in full (Evidence.signals):
# a passage whose tokens match each of the subject's words this well may put the claim
# in its own words; below it the discount shrinks with the match. Chosen with the
# yes/no weight (6.5) over the open sets, each left out in turn (bench/results/abstention.md,
# session 14 note).
YES_NO_FULL_MAXSIM = 0.55
# The share of that discount left to a yes/no question asking only whether the texts
# speak of a topic (Evidence.of_topic): its topic may still be in other words than the
# texts' ("at-risk users" for "vulnerable groups"), but there is no claim to put.
YES_NO_TOPIC_SHARE = 0.25
# The share of that discount a question putting a case to one piece it names has
# (Evidence.case): the case, like a claim, is in the asker's words ("two neighbours
# quarrelling over who hacked whom" for the texts' "disputes … through dialogue"). On the
# 701 questions of every set opening with a case, 0.3 / 0.5 answer 5 / 6 more of those
# refused, and 0 / 2 more off-topic ones; for a case put to the texts at large, 0.3
# answered "Suppose quantum computers could break today's encryption …" (session 27).
CASE_SHARE = 0.3
# The passing-mention gap (Evidence.aspect_gap) from which a writer's stance asked of a
# name is asked of a name the piece mentions only in passing ("Is the Global Times author
# proud of what the Fudan research centre has published before?" beside the byline naming
# the centre): a name at least as rare as coverage.NAME_RARITY whose rest the top windows
# match at 0.4 or less. The texts' everyday names (China 0.32) stay below it.
PASSING_STANCE_GAP = 0.15


def weakest_part(windows: list[list[tuple[bool, float]]], *, names: list[bool], rarity: list[float]) -> tuple[float, float]:
    """(Evidence.weakest, Evidence.aspect_gap) from how each top window matches each of
    the subject's words — (holds it, match in [0, 1]) — given which words are names and
    how rare each is. A passing mention is a window holding a name while the rest of the
    subject is matched by no top window: the rest may be answered beside the name
    rather than with it ("what does the Fudan director say about hegemony" names the
    author's closing line and asks what another passage says), so each other word
    counts at its best over the windows."""
    if not windows or not names:  # no top window, or no word a window could answer
        return 0.0, 0.0
    weakest = max(min(match for _, match in window) for window in windows)
    best = [max(window[i][1] for window in windows) for i in range(len(names))]
    gaps = []
    for window in windows:
        held_names = [i for i, (held, _) in enumerate(window) if held and names[i]]
        if held_names:
            rest = [m for i, m in enumerate(best) if i not in held_names]
            gaps.append(max(rarity[i] for i in held_names) ** 2 * (1 - min(rest)) if rest else 0.0)
    return weakest, min(gaps, default=0.0)


# A list of names: three or more capitalised items, the last after "and" or "or"
# ("Google, Facebook, Twitter and Amazon"; "the United States, Britain, South Korea …
# and South Africa").
_ITEM = r"[A-Z][\w.-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?[A-Z][\w.-]*)*"
_NAME_LIST = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})+,?\s+(?:and|or)\s+{_ITEM}")


def names_several(text: str) -> bool:
    """Whether ``text`` lists three or more names ("such as Google, Facebook, Twitter and Amazon")."""
    return bool(_NAME_LIST.search(text))


def listed_only(word: str, texts: list[str]) -> bool:
    """Whether every one of ``texts`` names ``word`` only as an item of a list of names:
    "Apple" in "Google, Facebook, Twitter, Apple and Amazon" says nothing of Apple
    but that it is one of them."""
    word = word.lower()
    return bool(texts) and all(
        any(word in {w.lower() for w in re.findall(r"\w+", m.group())} for m in _NAME_LIST.finditer(text)) for text in texts
    )


def listed_together(words: list[str], texts: list[str]) -> bool:
    """Whether one list of names in ``texts`` names two or more of ``words``, in items
    of their own: a question naming "Google, Facebook and Amazon" asks about the list
    itself, which says it ("South Korea" is one item)."""
    wanted = {w.lower() for w in words}
    for text in texts:
        for m in _NAME_LIST.finditer(text):
            items = re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group())
            if sum(1 for item in items if wanted & {w.lower() for w in re.findall(r"\w+", item)}) >= 2:
                return True
    return False


# What gives examples of what a question asks for: a dash, a colon, a bracket, "like",
# "such as", "e.g.", "including".
_EXAMPLES_GIVEN = re.compile(r"(?:\s[-–—]|[–—:(]|\b(?:like|such\s+as|e\.?g\.?|including))\s*(?P<items>[^-–—:;()?]+)", re.IGNORECASE)


# ... or a list of names closing the question after a comma ("which firms give high
# quality services, Google, Facebook ...?").
_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_NAMES_AFTER = re.compile(rf",\s*(?P<items>{_NAME}(?:\s*,\s*{_NAME})+)[\s.…]*$")
# ... or names closed by "and others", "etc.", "and so on" ("conferences with Russia, India
# and others"): examples of what is asked, the rest left to the texts.
_AND_OTHERS = r"\s*,?\s*(?:(?:and|&)\s+(?:others|the\s+others|so\s+on|more)|etc)\b"
_NAMES_AND_OTHERS = re.compile(rf"(?P<items>{_NAME}(?:\s*,\s*{_NAME})+){_AND_OTHERS}")
# ... or words typed in lower case after a comma and before "etc." ("which chinese firms
# does zhi name, alibaba ten cent etc"): chat types names so.
_WORDS_AND_OTHERS = re.compile(rf",\s*(?P<items>[\w'’ -]+?){_AND_OTHERS}", re.IGNORECASE)
# A question asking which things are meant ("which firms …", "the firms like Alibaba —
# which ones?"): one example given is enough to tell it asks for the list.
_ASKS_WHICH = re.compile(r"^\W*(?:which|what)\b|\b(?:which|what)\s+(?:ones?|others?)\W*$", re.IGNORECASE)


def named_as_list(words: list[str], subject: str) -> bool:
    """Whether the subject gives two or more of ``words`` as examples of what it asks,
    in a list of their own ("Which Chinese firms can compete - Baidu, Tencent?", "firms
    like Baidu and Tencent", "which firms …, Google, Facebook ...?"), or one when it asks
    which ("the firms that are competitive, like Alibaba — which ones?"): it asks which
    the list holds, not something of one of them ("is Youku owned by Alibaba", "are
    Apple and Amazon trustworthy")."""
    wanted = {w.lower() for w in words}
    enough = 1 if _ASKS_WHICH.search(subject) else 2
    for m in itertools.chain(_EXAMPLES_GIVEN.finditer(subject), _NAMES_AFTER.finditer(subject), _NAMES_AND_OTHERS.finditer(subject), _WORDS_AND_OTHERS.finditer(subject)):
        items = [item.strip() for item in re.split(r",|\s(?:and|or)\s", m.group("items").lower())]
        # An item is named by its first word; the last runs on into the rest of the
        # question ("countries like Russia and India since 2007", "firms like Alibaba and
        # Tencent can compete").
        if sum(1 for item in items if item in wanted or item.split()[:1] and item.split()[0] in wanted) >= enough:
            return True
    return False


def held_apart(windows: list[list[tuple[bool, float]]]) -> bool:
    """Whether the top windows hold every word of the subject only apart: each word is
    in one of them, and none holds them all ("Apple and privacy": a list of companies
    names Apple, a sentence on privacy another). The texts mention each; the question
    asks what they say of the two together, and they may say nothing."""
    if not windows or len(windows[0]) < 2:
        return False
    every_word_held = all(any(window[i][0] for window in windows) for i in range(len(windows[0])))
    return every_word_held and not any(all(held for held, _ in window) for window in windows)


@dataclass(frozen=True)
class Evidence:
    """What the top candidates offer for a question."""

    dense: float  # best cosine similarity of the subject with a top passage
    coverage: float  # IDF-weighted share of the subject's words one top passage contains
    phrase: bool  # some passage holds the subject word for word
    expanded: bool = False  # synonyms of unfamiliar words were already tried
    unknown_name: bool = False  # the subject names something the corpus never mentions (a word, or a name its words never make)
    maxsim: float = 0.0  # best late-interaction match (MaxSim) of the subject's words with a top passage
    # The subject's worst-matched word in the top passage that matches it best: 1 for a
    # word it holds, else the word's MaxSim against its tokens ("salary" beside a
    # passage about an ambassador's Twitter account).
    weakest: float = 1.0
    # Passing mention: how much a top passage that holds a rare name of the subject
    # lacks the rest of it — (the name's rarity)² × (1 − its weakest other word), the
    # least over such passages; 0 when none holds one. "What was Liu Xiaoming's
    # salary?" is high, "Who hacked Liu Xiaoming's Twitter account?" is 0.
    aspect_gap: float = 0.0
    # The question asks when, how many, where or which countries, and no top passage
    # gives a time, number, place or countries it does not hold itself ("Where is Baidu
    # based?" beside a list of companies).
    kind_missing: bool = False
    # It asks plainly for a kind of answer (answer_kinds.asked_plainly: how many, how
    # much money, how long, when, where, which cities, who holds an office or led
    # something, how it was received, an outcome, a view, a theme, what something does)
    # and no sentence beside its words in the top passages that hold most of it gives
    # one ("How long was Liu Xiaoming ambassador?" beside the one sentence naming him):
    # not answered, whatever else.
    kind_unanswered: bool = False
    # It names, with a capital, something the texts mention that none of the top passages
    # holds ("What is Britain's national cyber strategy?" beside passages on strategy):
    # they answer the rest of it about something else. Not answered, as an unknown name.
    name_unmatched: bool = False
    # For a question naming a document: the names its top passages leave out, it writes
    # elsewhere ("Wuzhen" in Zhang's piece, away from his passage on what Xi said there).
    # Its own passages still refuse it; the whole corpus's may answer it (Searcher).
    name_in_document: bool = False
    # The top passages hold each word of the subject, but no one of them holds them all
    # (held_apart): "privacy in Britain" beside a sentence on privacy and another naming
    # Britain among the countries China met.
    apart: bool = False
    # The subject asks to be answered yes or no (asks_yes_no: "Will the transformation of
    # the cyber order be smooth?"): it puts a claim to the texts in the asker's words
    # ("smooth", "lawless", "easy"), and the passage that settles it says so in its own,
    # so a weak word counts less against it.
    yes_no: bool = False
    # The subject asks something of a name (it has other words too) that the top
    # passages name only as an item of a list (listed_only): "Who founded Tencent?",
    # "What do they say about Apple and privacy?" beside "Google, Facebook, Twitter,
    # Apple and Amazon".
    listed: bool = False
    # The yes/no question asks only whether the texts speak of something (answer_kinds.
    # asks_of_topic: "Does Guangming address the online surveillance of ethnic groups?"):
    # no claim in the asker's words, only a topic the texts must hold, so its weak words
    # are discounted less (YES_NO_TOPIC_SHARE).
    of_topic: bool = False
    # A writer's stance asked yes or no ("Is Zhi worried about X?", asking.attitude): the
    # stance left the subject and X is a topic the texts must hold, no claim of the
    # asker's, so its weak words are discounted as of_topic's; the piece it names is the
    # asker's still (named_threshold).
    stance: bool = False
    # The question names a piece ("according to the Zhang article", "what does Guangming
    # say about X"): its asker knows the piece and asks what it says, so it is far more
    # often one the texts answer than the fitted sets' questions as a whole (AbstentionRule.named_threshold).
    names_document: bool = False
    # The question asks of a poem, and a piece it concerns opens with one ("in the opening
    # poem, what's needed to move freely online?"): its asker has read the poem and asks
    # what it says, as one naming a piece does (named_threshold). On every set, 252
    # covered questions and 6 off-topic ones (all asking about the poet) ask of a poem.
    names_poem: bool = False
    # The question puts a case to the one piece it names before asking of it (asking.cases:
    # "If a government bans …, what would Guangming object to?"): the case is the asker's
    # example in their own words, which the passage stating the principle does not share,
    # and its asker knows the piece speaks to it (as names_document).
    case: bool = False

    def signals(self) -> tuple[float, ...]:
        """The model's inputs: closeness in meaning of the whole, word for word, in words,
        of the weakest word, what a passage naming the subject's name lacks, whether
        the kind of answer asked for is missing, whether its words are held only apart,
        whether it asks yes or no, and whether its name is only listed.

        A yes/no question's claim is in the asker's words ("will the transformation be
        smooth"), which the passage settling it paraphrases: its words still find near
        matches among the passage's tokens, so the discount for it grows with MaxSim up
        to YES_NO_FULL_MAXSIM. A question about something the texts never speak of
        ("Will quantum computers break today's encryption?", "Are deepfake videos a
        problem for elections?") has words that find nothing near, and no claim of the
        texts to settle it."""
        yes_no = max(float(self.yes_no), CASE_SHARE * float(self.case)) * min(1.0, self.maxsim / YES_NO_FULL_MAXSIM)
        if self.of_topic or self.stance:
            yes_no *= YES_NO_TOPIC_SHARE
        return (
            self.dense, self.coverage, self.maxsim, self.weakest, self.aspect_gap,
            float(self.kind_missing), float(self.apart), yes_no, float(self.listed),
        )


@dataclass(frozen=True)
class AbstentionRule:
    """Answer when the subject is quoted word for word, or, unless it names something
    the texts never mention ("Brexit", "the Paris Call"), when the logistic model's
    probability that the texts answer it reaches the threshold.

    Nine signals, not one: a paraphrase with no word in common ("mistrust between
    major powers") scores on meaning, a rare subject the embedding places badly on
    words, and MaxSim — each word of the question finding its best match — is high
    only when every part of the subject has something that answers it. An average
    hides one unanswered part: a question half of which is a well-covered rare name
    ("When was Wang Yi born?") scores high on all three, so the weakest word counts on
    its own, and more so when the rest of the subject is a name the passage mentions
    in passing. A question asking when, how many or where that no top passage gives a
    time, number or place for is weaker still: the passage names what it asks about
    and not what it asks. Words each held by a top passage but never together ("Apple
    and privacy") are weaker than words held by one; a question asking yes or no puts
    a claim in its own words, which the passage settling it need not share; a name the
    passages hold only as an item of a list is named, not spoken of. Asked plainly — how
    many, how long, when, where, who holds an office, how it was received and the other
    kinds of answer_kinds.asked_plainly — and given by no sentence beside the subject's
    words, it is not answered at
    all (Evidence.kind_unanswered): no weight is fitted for a certainty. A place a series
    doesn't have ("the third World Internet Conference" of two) is an unknown name, and
    a name the texts use that none of the top passages holds counts as one
    (Evidence.name_unmatched): they speak of the rest of the question, not of it.
    """

    # Fitted by bench/bench_abstention.py on its six calibration sets (SETS), L2 0.01
    # (docs/search.md, "Abstention"); the yes/no weight, 4.85 when the signal was 0 or 1, chosen
    # with YES_NO_FULL_MAXSIM.
    weights: tuple[float, ...] = (9.06, 3.19, 1.57, 4.36, -10.95, -2.85, -1.51, 6.5, -9.14)  # dense, coverage, maxsim, weakest, aspect_gap, kind_missing, apart, yes_no, listed
    bias: float = -7.4
    threshold: float = 0.5
    # The threshold for a question naming a piece (Evidence.names_document). The model was
    # fitted on sets where about one question in four is off-topic; of those naming a piece
    # about one in ten is, so the same evidence makes it likelier answered. Its windows
    # are the named piece's, and weighing them by the whole corpus's (the searcher's
    # second weighing) leaves most of them refused all the same: the evidence is not
    # lowered by the narrowing, the prior is. The odds of such a question being covered
    # are about 3.5 times the fitted sets' (on every set, 3,796 covered and 411 off-topic
    # name a piece), a shift of 1.26 in the model's log-odds: the threshold 0.5 becomes
    # 0.22; 0.2 taken. On every set (evalall), 0.3 / 0.2 / 0.15: covered refused −75 / −125
    # / −140, off-topic answered +15 / +23 / +32 (bench/results/abstention.md, session 21).
    # Not for a question asking only whether the piece speaks of a topic (Evidence.of_topic),
    # as the searcher's second weighing is not.
    named_threshold: float = 0.2

    def confidence(self, evidence: Evidence) -> float:
        """The model's probability that the texts answer the question."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, evidence.signals()))
        return 1.0 / (1.0 + math.exp(-z))

    def answers(self, evidence: Evidence) -> bool:
        if evidence.kind_unanswered:
            return False
        if evidence.phrase:
            return True
        # Asked only whether the piece speaks of a topic ("Does Zhi address X?"), the asker
        # does not say it does: the prior is the fitted sets'. Nor when a writer's stance
        # is asked of something the piece names only in passing (passing_stance).
        named = (evidence.names_document or evidence.names_poem) and not evidence.of_topic and not self.passing_stance(evidence)
        threshold = self.named_threshold if named else self.threshold
        return not (evidence.unknown_name or evidence.name_unmatched) and self.confidence(evidence) >= threshold

    @staticmethod
    def passing_stance(evidence: Evidence) -> bool:
        """Whether a writer's stance is asked of a name the top windows hold only in passing
        (PASSING_STANCE_GAP): "is Zhi in favour of the Shanghai Cooperation Organization
        taking in more members" beside the one sentence naming it among China's partners.
        A piece has a stance on what it speaks of; the asker of one it barely names does not
        show, as the asker of what it says does, that it speaks of it, so the named piece's
        lower threshold (named_threshold) is not theirs."""
        return evidence.stance and evidence.aspect_gap >= PASSING_STANCE_GAP

    def strength(self, evidence: Evidence) -> tuple[bool, bool, float]:
        """For comparing two readings of a question: answered, word for word, confidence."""
        return self.answers(evidence), evidence.phrase, self.confidence(evidence)

    def undecided(self, evidence: Evidence) -> bool:
        """Whether synonyms for the subject's unfamiliar words could still change the answer."""
        return not evidence.expanded and not self.answers(evidence)


DEFAULT_RULE = AbstentionRule()
