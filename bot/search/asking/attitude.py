"""A writer's attitude asked of as a frame: "is Zhi worried about X", "does the piece praise
X", "are the writers hopeful about X", "is the tone towards X hostile" ask what the texts
say of X, as "what does Zhi say about X" does.

The words of the stance ("worried", "proud", "praise", "tone") are the asker's, not the
texts': counted as the subject they found the sentences that use them ("a common
concern" for "are the writers concerned about deepfakes") and thinned the subject the
refusal rule weighs, so a question of a thing the texts never speak of was answered. So
they leave the subject that rule weighs (coverage.Coverage.evidence), with what the
framer left of the writer who holds the stance, and count neither for nor against a
passage there. The ranking still reads them: a passage expressing the stance ("We oppose …", "sluggish")
may be the one that answers. Only a writer's stance is a frame: "Was Brazil angry about
…" asks of Brazil, whose anger the texts would have to tell.
"""

from __future__ import annotations

import functools
import re

from .words import DOCUMENT_NOUNS, has_content, may_hold

# How a writer is said to feel about something: "worried about", "proud of", "critical
# of", "in favour of", "against". The word after it ("about", "of", "that") goes too.
ATTITUDE_ADJECTIVES = (
    r"worried|concerned|anxious|alarmed|bothered|troubled|uneasy|nervous|afraid|fearful|scared|"
    r"hopeful|optimistic|pessimistic|upbeat|gloomy|positive|negative|enthusiastic|excited|keen|"
    r"proud|pleased|happy|unhappy|glad|satisfied|dissatisfied|content|impressed|grateful|thankful|"
    r"angry|annoyed|upset|furious|outraged|indignant|frustrated|disappointed|"
    r"critical|sceptical|skeptical|suspicious|wary|dismissive|scornful|contemptuous|hostile|friendly|"
    r"supportive|sympathetic|approving|disapproving|favourable|favorable|unfavourable|unfavorable|"
    r"confident|sure|certain|comfortable|ok|okay|fine|"
    r"in\s+favou?r|opposed|against"
)
# What a writer is said to do to something in taking a stance on it: "does Zhi praise X",
# "does the piece worry about X", "does Guangming object to X". Saying, thinking and
# blaming frame already (words.VERBS, the framing words).
ATTITUDE_VERBS = (
    r"praise|praises|praised|criticise|criticises|criticised|criticize|criticizes|criticized|"
    r"condemn|condemns|condemned|denounce|denounces|denounced|deplore|deplores|deplored|"
    r"welcome|welcomes|welcomed|applaud|applauds|applauded|celebrate|celebrates|celebrated|hail|hails|hailed|"
    r"admire|admires|admired|approve|approves|approved|disapprove|disapproves|disapproved|"
    r"endorse|endorses|endorsed|favou?r|favou?rs|favou?red|like|likes|liked|dislike|dislikes|disliked|"
    r"reject|rejects|rejected|oppose|opposes|opposed|object|objects|objected|resent|resents|resented|"
    r"worry|worries|worried|fear|fears|feared|complain|complains|complained|lament|laments|lamented|"
    r"regret|regrets|regretted|attack|attacks|attacked|slam|slams|slammed|accuse|accuses|accused|"
    r"boast|boasts|boasted|brag|brags|bragged|appreciate|appreciates|appreciated|"
    r"(?:dis|mis)?trust|(?:dis|mis)?trusts|(?:dis|mis)?trusted|care|cares|cared|"
    r"support|supports|supported|back|backs|backed|defend|defends|defended|advocate|advocates|advocated|"
    r"champion|champions|championed|agree|agrees|agreed|disagree|disagrees|disagreed"
)
# The little word that ties the stance to its object ("proud of", "angry at", "object to").
TIED_BY = r"about|of|with|at|by|over|towards?|to|on|regarding|that|for"
# How a stance may be hedged or graded: "really worried", "at all critical", "sound angry".
GRADE = r"(?:(?:really|very|so|too|quite|particularly|especially|overly|deeply|openly|actually|more|less|at\s+all|even|generally)\s+)"
SEEMS = r"(?:(?:sound|sounds|sounded|seem|seems|seemed|appear|appears|appeared|come\s+across\s+as|comes\s+across\s+as|came\s+across\s+as)\s+)"
# Someone among the writers ("any of the writers", "anyone in these articles"), before the
# framer's own words for a writer or piece.
AMONG = r"(?:(?:any|either|each|one|none|all|both|some)(?:one|body)?\s+(?:of|in)\s+)?"
# ... or someone among them once the framer has taken "in these articles" away.
ANYONE = r"(?:any|some|no)(?:one|body)"
# A tone or attitude asked of by its object, with its quality after: "is the tone towards
# Taiwan hostile", "is Zhang's tone towards Washington hostile".
TONE_NOUNS = r"tone|attitude|stance"
# The words a question must hold for any attitude frame to be tried.
CUES = (
    "worr", "concern", "anxious", "alarm", "bother", "trouble", "uneasy", "nervous", "afraid", "fear", "scared",
    "hope", "optimis", "pessimis", "upbeat", "gloomy", "positive", "negative", "enthusias", "excited", "keen",
    "proud", "pleased", "happy", "glad", "satisf", "content", "impress", "grateful", "thankful",
    "angry", "annoyed", "upset", "furious", "outrage", "indignant", "frustrat", "disappoint",
    "critic", "sceptic", "skeptic", "suspicious", "wary", "dismissive", "scorn", "contempt", "hostile", "friendly",
    "support", "sympath", "approv", "favo", "confident", "sure", "certain", "comfortable", "ok", "fine",
    "oppos", "against", "praise", "condemn", "denounce", "deplore", "welcome", "applaud", "celebrat", "hail",
    "admire", "endorse", "like", "reject", "object", "resent", "complain", "lament", "regret", "attack", "slam",
    "accuse", "boast", "brag", "apprecia", "trust", "care", "tone", "attitude", "stance", "back", "defend",
    "advocat", "champion", "agree",
)


# What is left of the writer in a framed subject once the framer took their name out
# ("is Zhi worried about X" → "Is worried about X", "Is the piece worried …", "are any of
# the writers critical of …", "Is anyone worried …"): the stance is theirs. Any other
# holder ("Was Brazil angry …", "is it ok for …", "did people like …") is no writer.
_WRITER = (
    rf"(?:{AMONG}(?:(?:the|this|that|these|those|both|all|each|any|either|every)\s+)?(?:{DOCUMENT_NOUNS}|they|he|she)\s+|{ANYONE}\s+"
    # ... or only its article, the rest of its name gone ("is the 2020 article angry" →
    # "Is the angry").
    r"|(?:the|this|that)\s+)?"
)
_STANCE = (
    # "is Zhi worried about X", "are any of the writers critical of X", "is the piece in
    # favour of X", "is Guangming sure X".
    re.compile(
        rf"^(?:is|are|was|were)(?:n['’]t)?\s+{_WRITER}(?:not\s+)?{SEEMS}?{GRADE}?(?:{ATTITUDE_ADJECTIVES})\b(?:\s+(?:{TIED_BY})\b)?\s*",
        re.IGNORECASE,
    ),
    # "does Zhi praise X", "do any of the writers sound angry about X", "does the piece
    # object to X", "would Zhi agree that X".
    re.compile(
        rf"^(?:do|does|did|would|will|could|might)(?:n['’]t)?\s+{_WRITER}(?:not\s+)?{GRADE}?"
        rf"(?:{SEEMS}{GRADE}?(?:{ATTITUDE_ADJECTIVES})|(?:{ATTITUDE_VERBS}))\b(?:\s+(?:{TIED_BY})\b)?\s*",
        re.IGNORECASE,
    ),
)


# Subjects whose stance-stripping is remembered: Coverage strips a question's subject
# twice (weighed_subject, then evidence); a few per question suffice.
STANCES_REMEMBERED = 64


@functools.lru_cache(maxsize=STANCES_REMEMBERED)
def without_stance(subject: str) -> str:
    """The framed subject without a writer's stance framing it ("Is worried about bullying
    online" → "bullying online", "Is the tone towards X hostile" → "X"); the subject itself
    when it has none, or when nothing would be left of it."""
    if not may_hold(subject, CUES):
        return subject
    toned = _without_tone(subject)
    if toned != subject:
        return toned
    for pattern in _STANCE:
        rest = pattern.sub("", subject, count=1).strip(" ,;:?!.")
        if rest != subject and has_content(rest):
            return rest
    return subject


# "is the tone towards X hostile", "is the attitude to X positive": the object between.
_TONE = re.compile(
    rf"^(?:is|was)\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+){{0,3}}?(?:{TONE_NOUNS})\s+(?:towards?|to|about|on|regarding)\s+"
    rf"(?P<object>.+?)\s+(?:{GRADE}?(?:{ATTITUDE_ADJECTIVES}|[\w-]+))\W*$",
    re.IGNORECASE,
)


def _without_tone(text: str) -> str:
    """The object of a tone asked of ("is the tone towards Taiwan hostile" → "Taiwan"), or
    the text when it asks of no tone."""
    match = _TONE.match(text)
    return match.group("object") if match else text
