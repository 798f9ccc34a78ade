"""From ranked windows to the quotes shown: the best windows that neither overlap nor
crowd one paragraph nor repeat one another, each grown into what it announces, into a
longer window of its paragraph that scores nearly as well, into a next sentence that holds
a word asked for, and back to what its first sentence points to; then quoted as
``body[start:end]`` of its document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from ..texts.corpus import Document
from ..texts.passages import Sentence, is_lead_in, list_lengths
from .candidates import Scored
from .document_parts import gives_cause, gives_instances
from .index import MAX_QUOTE_CHARS, Passage
from .lexical import LexicalIndex
from .results import Quote

# At most this many quotes of one paragraph: the student can open the paragraph itself.
MAX_PER_PARAGRAPH = 1
# ... but for a paragraph the question names by its title ("under the principle of
# openness and cooperation", "per the community-of-security section"): what it asks is
# in that paragraph, and its other windows beat other paragraphs' to the next quotes.
NAMED_PER_PARAGRAPH = 3
# A quote whose words are nearly all in one already chosen (the same sentence in two
# pieces) waits until the others are shown: a repeat tells the student nothing new.
REPEAT_OVERLAP = 0.9
# A quote grows into a longer window of its paragraph when that window scores
# nearly as well: the next sentence often carries the answer ("It will …").
EXTEND_MARGIN = 0.08
# …and by this much more into a next sentence that opens by pointing back to it: the
# two-sentence window is often scored well below the sentence alone (0.64 against 0.89
# for "what lies where progress and challenges meet", whose answer is "At the
# intersection of the two is …"). At 0.3 rather than 0.08, every set: hit@1 +7, hit@3 +6,
# four answers at rank 4–8 pushed past 10 (the longer quote takes its paragraph's place);
# no margin at all grows the same.
POINTED_BACK_MARGIN = 0.3
# …or into its next sentence when that holds a telling word of the subject the quote
# lacks ("What has China achieved in online governance …?": "…it institutionalized online
# governance …. Many achievements have been made in …"): by this much more times that
# word's share of the subject's IDF. Only words at least SUBJECT_WORD_RARITY rare (not
# "world", "development"), only the next sentence, not a sentence before: the visible
# sets gain 2 hit@1 and 2 hit@3, none lost, 5 replies changed (0.4 with any longer window
# of the paragraph: the same 2 gained, 41 replies changed, 35 quotes longer).
SUBJECT_WORD_MARGIN = 0.2
SUBJECT_WORD_RARITY = 0.45
# Asked why (document_parts.asks_reason), a one-sentence window that holds the subject
# (its rarer words, but for this share of their IDF: the asker's own verb, "wants") and
# gives no cause (document_parts.gives_cause) states the claim asked about ("The world
# has entered a new period of turbulence and change."): its reasons are the sentences
# around it in its paragraph ("… frequent regional conflicts and turmoil erupt …"), which
# share few of the question's words. It is quoted with them.
REASON_LACKING_SHARE = 0.4
# Asked what a term means ("define balanced cyberspace governance", "X — meaning?"), a
# one-sentence window this short names the term without room to say what it is
# ("Cyberspace is not an “extrajudicial place”."): the sentence after it in its paragraph
# says it, and is quoted with it. Longer sentences that hold the term mostly say what it
# is themselves ("Building a community of shared interests means putting people first, …").
MEANING_SHORT_WORDS = 15
# Asked for something by a wh-word ("Who takes part in sharing and governing the
# Internet, as Xi suggested?"), a one-sentence
# window whose telling words are nearly all the question's own ("As Xi suggested, the
# Internet should be shared and governed by all.") only says again what the question
# names: what it asks for is told after it ("The participants include governments, …"),
# and it is quoted with the sentence after it in its paragraph. This share of the
# sentence's telling words (by IDF) must be the subject's: at 0.7, 87 quotes grow in the
# first three of the 17,719 questions of bench/data (TOTAL hit@1 and hit@3 +2, none
# lost); 0.5 grows 313 for the same two.
ECHO_SHARE = 0.7
# A sentence listing this many things gives the items it announces itself (Quoter._grow_items).
MIN_LISTED_ITEMS = 3
# Windows whose words the quoting remembers (a frozenset each, ~40 words, ~3 KB): the same
# windows come back question after question, and reading one costs ~50 µs.
REMEMBERED_WINDOWS = 4096
# A sentence opening with one of these points back to the one before it. Not "It":
# "It is a common mission…" points nowhere. So does one opening on a connective that
# carries the thought before it on ("In other words, double standards … should not be
# tolerated", "Thus, all will have an equal share …"): what it draws is half the point,
# and the why a student asks after is often in it. So does one opening on a phrase that
# points back ("In this context, …", "In such an atmosphere, …") or that names, within its
# first few words, things said before it by their number ("At the intersection of the
# two is …", "Both …").
_REFERS_BACK = re.compile(
    r"(?:They|Their|These|Those|This|That|Such|He|She|His|Her|Its|In\s+other\s+words|Thus|Therefore|Hence|Consequently|As\s+a\s+result|Accordingly|Both"
    r"|(?:In|At|Under|Amid|Given)\s+(?:this|that|these|those|such)"
    r"|(?:\w+\s+){1,4}?the\s+(?:two|former|latter)|The\s+two)\b"
)
# ... and "It" doing something ("It could be the only choice.", "It respects the rights of
# netizens …", "It has also overdrawn …"): the thing before it. Not the "it" that only
# holds a place ("It is a common mission … to make …", "It was in such a context that …").
_IT_REFERS_BACK = re.compile(r"It\b(?!\s+(?:is|was)\b[^.!?]*\b(?:to|that)\b)")
# A sentence pointing back that opens on a condition ("This will happen if …", "That is
# possible only when …") says when the sentence before it holds: quoted without it, that
# sentence claims more than the text does. Within its first few words, not a later clause.
_STATES_CONDITION = re.compile(
    r"(?:They|These|Those|This|That|Such|It)\b(?:\W+\w+){0,4}?\W+(?:if|unless|only when|provided|as long as)\b", re.IGNORECASE
)



def heading_quote(body: str, sentences: Sequence[Sentence], heading: Sentence, *, lead_in: bool = True) -> Quote:
    """A section heading quoted the way it is read: never alone, it leads into the first
    sentence of the passage it heads (when that fits MAX_QUOTE_CHARS) in one span; alone
    without ``lead_in``, when the heading itself is asked for ("what is section 3 called?")."""
    end = heading.end
    after = heading.position + 1
    if lead_in and after < len(sentences) and not sentences[after].is_heading and sentences[after].end - heading.start <= MAX_QUOTE_CHARS:
        end = sentences[after].end
    return Quote(heading.doc_id, heading.start, end, body[heading.start : end], 1.0, heading.paragraph)


def _joins(passage: Passage, sentence: Sentence) -> bool:
    """Whether a sentence just before or after a window may join its quote: in its
    paragraph, no heading, and the quote still no longer than MAX_QUOTE_CHARS."""
    span = max(passage.end, sentence.end) - min(passage.start, sentence.start)
    return sentence.paragraph == passage.paragraph and not sentence.is_heading and span <= MAX_QUOTE_CHARS


class Quoter:
    """Chooses and shapes the quotes among a question's ranked windows."""

    def __init__(
        self,
        documents: dict[str, Document],
        *,
        sentences: dict[str, tuple[Sentence, ...]],
        lexical: LexicalIndex,
        untelling: frozenset[str],
        verses: Mapping[str, frozenset[int]] = MappingProxyType({}),
        lists: Mapping[str, tuple[tuple[int, ...], ...]] = MappingProxyType({}),
    ):
        self._documents = documents
        self._sentences = sentences
        self._lexical = lexical
        self._untelling = untelling  # words never telling of a subject (Searcher._untelling)
        self._verses = verses  # each document's poem lines, by sentence (texts.structure.Layout.verses)
        self._lists = lists  # each document's lists of titled paragraphs (texts.structure.Layout.lists)
        self._window_words: dict[tuple[str, int, int], frozenset[str]] = {}  # _words, by window

    def wanted_terms(self, subject: str, *, kind: tuple[str, ...] = ()) -> Mapping[str, float]:
        """The stems of the subject's telling words (the subject as the searcher ranks it)
        at least SUBJECT_WORD_RARITY rare, each with its share of the IDF of all its telling
        words: a quote that lacks one may grow into the next sentence that holds it (extend).
        Not the words naming the kind of answer asked for (``kind``: asking.answer_kind_words,
        "purpose", "reasoning"): a passage gives one of that kind, seldom the word."""
        telling = [w for w in self._lexical.content_words(subject) if w not in self._untelling and w.lower() not in kind]
        terms = set(self._lexical.stem_all(telling))
        total = sum(self._lexical.idf(t) for t in terms)
        return {t: self._lexical.idf(t) / total for t in terms if self._lexical.rarity(t) >= SUBJECT_WORD_RARITY} if total else {}

    def diversify(
        self,
        ranked: Sequence[Scored],
        count: int,
        *,
        wanted: Mapping[str, float] = MappingProxyType({}),
        reason: bool = False,
        meaning: bool = False,
        instances: bool = False,
        listing: bool = False,
        verse: bool = False,
        subject: str = "",
        echoed: frozenset[str] = frozenset(),
        named: frozenset[tuple[str, int]] = frozenset(),
    ) -> list[Scored]:
        """The best windows that neither overlap nor crowd one paragraph; one that
        nearly repeats a window chosen before it comes after the others. ``wanted``:
        the subject's rarer telling stems and their shares of its IDF (wanted_terms);
        ``reason``: the question asks why (REASON_LACKING_SHARE); ``meaning``: it asks
        what a term means (MEANING_SHORT_WORDS); ``instances``: it asks for the examples
        or evidence behind a claim (_grow_instances); ``listing``: it asks for the items
        of a list (_grow_items); ``verse``: it asks for a poem, whose
        lines are quoted whole (_grow_verse); ``subject``: what it asks about, which may
        ask for a list by the word announcing it (_other_items); ``echoed``: the telling
        stems of a subject asked for by a wh-word (ECHO_SHARE; empty for any other);
        ``named``: the (document, paragraph) of the paragraphs it names by their title
        (NAMED_PER_PARAGRAPH)."""
        chosen: list[Scored] = []
        repeats: list[Scored] = []
        seen: list[frozenset[str]] = []  # the chosen quotes' words
        per_paragraph: dict[tuple[str, int], int] = {}
        taken: dict[str, list[tuple[int, int]]] = {}
        best = ranked[0].score
        for candidate in ranked:
            if len(chosen) == count:
                break
            window = candidate  # as ranked, before it grows
            candidate = (verse and self._grow_verse(candidate)) or self.extend(
                candidate, ranked, wanted=wanted, reason=reason, meaning=meaning, instances=instances, echoed=echoed, listing=listing
            )
            p = candidate.passage
            if window is not candidate and self._overlaps(p, taken) and not self._overlaps(window.passage, taken):
                candidate, p = window, window.passage  # growing must not cost a window its place
            if self._overlaps(p, taken):
                continue
            key = (p.doc_id, p.paragraph)
            if per_paragraph.get(key, 0) >= (NAMED_PER_PARAGRAPH if key in named else MAX_PER_PARAGRAPH):
                continue
            if chosen and candidate.score < best * 0.5:
                break
            # The first quote announcing a list and grown into its first item is followed
            # by the list's other items, in order: asked for "the basic principles", a
            # student wants them all, not other sentences that mention principles.
            items = self._other_items(candidate, subject) if not chosen else []
            for window in (candidate, *items):
                w = window.passage
                per_paragraph[(w.doc_id, w.paragraph)] = per_paragraph.get((w.doc_id, w.paragraph), 0) + 1
                taken.setdefault(w.doc_id, []).append((w.first, w.last))
            terms = self._words(p)
            if any(len(terms & other) >= REPEAT_OVERLAP * min(len(terms), len(other)) for other in seen if terms and other):
                repeats.append(candidate)
                continue
            chosen.extend((candidate, *items))
            seen.extend([terms, *(self._words(item.passage) for item in items)])
        return (chosen + repeats)[:count]

    @staticmethod
    def _overlaps(passage: Passage, taken: Mapping[str, list[tuple[int, int]]]) -> bool:
        """Whether a window shares a sentence with one already quoted."""
        return any(passage.first <= last and first <= passage.last for first, last in taken.get(passage.doc_id, []))

    def _words(self, passage: Passage) -> frozenset[str]:
        """A window's words, as the lexical index reads them; remembered: they depend on
        the corpus alone."""
        key = (passage.doc_id, passage.start, passage.end)
        words = self._window_words.get(key)
        if words is None:
            words = frozenset(self._lexical.tokens(self._documents[passage.doc_id].body[passage.start : passage.end]))
            if len(self._window_words) >= REMEMBERED_WINDOWS:
                del self._window_words[next(iter(self._window_words))]  # the first remembered
            self._window_words[key] = words
        return words

    def _other_items(self, candidate: Scored, subject: str) -> list[Scored]:
        """The items after the first of a list whose announcement a window holds and
        which it was grown into (_grow_lead_in), each its title sentence and the sentence
        after it, as the first item is quoted, when the question asks for them by the
        word the announcement ends on ("…the following basic principles:"): "what should
        it be based on?" is answered by other sentences as well as by the list."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        for items in self._lists.get(p.doc_id, ()):
            if not (p.first <= items[0] - 1 and items[0] <= p.last < items[1]):
                continue
            announced = self._lexical.content_words(sentences[items[0] - 1].text)[-1:]
            # The subject's words are looked at only here: most windows announce no list.
            if set(self._lexical.stem_all(announced)) & set(self._lexical.stem_all(self._lexical.content_words(subject))):
                return [replace(candidate, passage=self._item_window(p, sentences, position)) for position in items[1:]]
        return []

    def _item_window(self, passage: Passage, sentences: Sequence[Sentence], position: int) -> Passage:
        """A list item's title sentence, and the sentence after it when that fits."""
        title = sentences[position]
        window = replace(passage, first=position, last=position, start=title.start, end=title.end, paragraph=title.paragraph)
        if position + 1 < len(sentences) and _joins(window, sentences[position + 1]):
            following = sentences[position + 1]
            window = replace(window, last=position + 1, end=following.end)
        return window

    def extend(
        self,
        candidate: Scored,
        ranked: Sequence[Scored],
        *,
        wanted: Mapping[str, float] = MappingProxyType({}),
        reason: bool = False,
        meaning: bool = False,
        instances: bool = False,
        echoed: frozenset[str] = frozenset(),
        listing: bool = False,
    ) -> Scored:
        """A candidate grown into what it announces, or into a longer window that scores
        nearly as well, or into its next sentence when that holds a telling word of the
        subject (``wanted``) it lacks (SUBJECT_WORD_MARGIN), or, asked why (``reason``),
        around the claim it states (REASON_LACKING_SHARE), or, asked what a term means
        (``meaning``), into the sentence after a short one naming it (MEANING_SHORT_WORDS),
        or, asked for examples or evidence (``instances``), into the sentence after a claim
        that names no cases itself, or, asked for a list's items (``listing``), from a
        paragraph announcing them into the next (_grow_items); then back to what its first sentence refers to."""
        best = self._grow_lead_in(candidate) or candidate
        p = best.passage
        sentences = self._sentences[p.doc_id]
        after = p.last + 1
        # A next sentence that points back ("This will happen if…") carries on the thought.
        carried = after < len(sentences) and sentences[after].paragraph == p.paragraph and bool(_REFERS_BACK.match(sentences[after].text))
        # The subject's rarer telling words the candidate lacks (not after a lead-in grew it).
        lacking = {t: share for t, share in wanted.items() if not self._lexical.holds(candidate.row, t)} if best is candidate else {}
        widest = EXTEND_MARGIN + max(POINTED_BACK_MARGIN if carried else 0.0, SUBJECT_WORD_MARGIN * sum(lacking.values()))
        for other in ranked:
            if other.score < candidate.score - widest:
                break
            o = other.passage
            margin = EXTEND_MARGIN + POINTED_BACK_MARGIN if o.last >= after and carried else EXTEND_MARGIN
            if lacking and o.first == p.first and o.last == after:
                added = sum(share for t, share in lacking.items() if self._lexical.holds(other.row, t))
                margin = max(margin, EXTEND_MARGIN + SUBJECT_WORD_MARGIN * added)
            if o.doc_id == p.doc_id and o.first <= p.first and o.last >= p.last and o.size > best.passage.size and other.score >= candidate.score - margin:
                best = other
        if reason and best is candidate and p.first == p.last and sum(lacking.values()) <= REASON_LACKING_SHARE:
            best = self._grow_around(best)
        elif instances and best is candidate and p.first == p.last:
            best = self._grow_instances(best)
        elif listing and best is candidate and p.first == p.last:
            best = self._grow_items(best)
        elif meaning and best is candidate and p.first == p.last:
            best = self._grow_definition(best)
        elif echoed and best is candidate and p.first == p.last and self._echoes(p, echoed):
            best = self._grow_forward(best)
        return self._grow_back(self._grow_condition(best))

    def _grow_verse(self, candidate: Scored) -> Scored | None:
        """A window of a poem's lines grown into the whole poem (its lines in that
        paragraph), when it is short enough to quote: asked for a poem, a student wants
        it whole, not the stanza that shares most words with the question. None for a
        window of prose, or a poem too long."""
        p = candidate.passage
        verses = self._verses.get(p.doc_id, frozenset())
        if p.first not in verses:
            return None
        lines = [s for s in self._sentences[p.doc_id] if s.paragraph == p.paragraph and s.position in verses]
        first, last = lines[0], lines[-1]
        if last.end - first.start > MAX_QUOTE_CHARS:
            return None
        return replace(candidate, passage=replace(p, first=first.position, last=last.position, start=first.start, end=last.end))

    def _grow_around(self, candidate: Scored) -> Scored:
        """A one-sentence window stating a claim without its cause, grown into the
        sentence before it and the one after it in its paragraph, each while the quote
        stays short enough (REASON_LACKING_SHARE)."""
        p = candidate.passage
        if gives_cause(self._documents[p.doc_id].body[p.start : p.end]):
            return candidate
        sentences = self._sentences[p.doc_id]
        if p.first > 0 and _joins(p, sentences[p.first - 1]):
            previous = sentences[p.first - 1]
            p = replace(p, first=p.first - 1, start=previous.start)
        if p.last + 1 < len(sentences) and _joins(p, sentences[p.last + 1]):
            following = sentences[p.last + 1]
            p = replace(p, last=p.last + 1, end=following.end)
        return replace(candidate, passage=p) if p != candidate.passage else candidate

    def _grow_instances(self, candidate: Scored) -> Scored:
        """A one-sentence window stating a claim without naming its cases
        (document_parts.gives_instances) grown into the sentence after it in its paragraph,
        where the example or evidence asked for mostly is; closing its paragraph, into the
        sentence before it; a paragraph by itself, into the next paragraph's first."""
        p = candidate.passage
        if gives_instances(self._documents[p.doc_id].body[p.start : p.end]):
            return candidate
        grown = self._grow_forward(candidate)
        if grown is not candidate:
            return grown
        sentences = self._sentences[p.doc_id]
        following = sentences[p.last + 1] if p.last + 1 < len(sentences) else None
        previous = sentences[p.first - 1] if p.first > 0 else None
        # A claim closing its paragraph sums up the cases the sentence before it gives.
        if previous is not None and _joins(p, previous):
            return replace(candidate, passage=replace(p, first=p.first - 1, start=previous.start))
        # A claim that is a paragraph by itself heads the next one, which gives its cases.
        return self._grow_next_paragraph(candidate)

    def _grow_next_paragraph(self, candidate: Scored) -> Scored:
        """A window grown into as much of the next paragraph as fits MAX_QUOTE_CHARS."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        following = sentences[p.last + 1] if p.last + 1 < len(sentences) else None
        last = p.last
        while (
            last + 1 < len(sentences)
            and sentences[last + 1].paragraph == (following.paragraph if following else -1)
            and not sentences[last + 1].is_heading
            and sentences[last + 1].end - p.start <= MAX_QUOTE_CHARS
        ):
            last += 1
        if last == p.last:
            return candidate
        return replace(candidate, passage=replace(p, last=last, end=sentences[last].end))

    def _grow_items(self, candidate: Scored) -> Scored:
        """A one-sentence paragraph announcing what the paragraphs after it give one by one
        ("China has been striving to provide platforms for Internet governance …" before
        "The first World Internet Conference was held …"; "… the lingering problems in the
        Internet sector …" before "The first problem is …") grown into the next paragraph,
        asked for the items (document_parts.asks_items): the asker wants them, not the
        announcement alone. Not one that lists them itself (MIN_LISTED_ITEMS)."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        alone = (p.first == 0 or sentences[p.first - 1].paragraph != p.paragraph) and (
            p.last + 1 < len(sentences) and sentences[p.last + 1].paragraph != p.paragraph
        )
        if not alone or max(list_lengths(self._documents[p.doc_id].body[p.start : p.end]), default=0) >= MIN_LISTED_ITEMS:
            return candidate
        return self._grow_next_paragraph(candidate)

    def _grow_definition(self, candidate: Scored) -> Scored:
        """A one-sentence window too short to say what the term it names is
        (MEANING_SHORT_WORDS) grown into the sentence after it in its paragraph."""
        p = candidate.passage
        if len(self._sentences[p.doc_id][p.first].text.split()) > MEANING_SHORT_WORDS:
            return candidate
        return self._grow_forward(candidate)

    def echo_terms(self, text: str) -> frozenset[str]:
        """The stems of a subject's, or a window's, telling words (ECHO_SHARE)."""
        return frozenset(self._lexical.stem_all([w for w in self._lexical.content_words(text) if w not in self._untelling]))

    def _echoes(self, passage: Passage, echoed: frozenset[str]) -> bool:
        """Whether a window's telling words are nearly all the subject's (ECHO_SHARE)."""
        terms = self.echo_terms(self._documents[passage.doc_id].body[passage.start : passage.end])
        total = sum(self._lexical.idf(t) for t in terms)
        return total > 0 and sum(self._lexical.idf(t) for t in terms & echoed) >= ECHO_SHARE * total

    def _grow_forward(self, candidate: Scored) -> Scored:
        """A one-sentence window grown into the sentence after it in its paragraph."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        if p.last + 1 >= len(sentences) or not _joins(p, sentences[p.last + 1]):
            return candidate
        return replace(candidate, passage=replace(p, last=p.last + 1, end=sentences[p.last + 1].end))

    def _grow_condition(self, candidate: Scored) -> Scored:
        """A window grown into its next sentence in its paragraph when that one states the
        condition it holds on (_STATES_CONDITION), as long as the quote stays short enough."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        if p.last + 1 >= len(sentences):
            return candidate
        following = sentences[p.last + 1]
        if not _STATES_CONDITION.match(following.text) or not _joins(p, following):
            return candidate
        return replace(candidate, passage=replace(p, last=p.last + 1, end=following.end))

    def _grow_back(self, candidate: Scored) -> Scored:
        """A window whose first sentence opens by pointing back ("They are becoming…",
        "This process will…") grown to the sentence it points to, in its paragraph: a
        quote must make sense alone."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        opening = sentences[p.first].text if p.first else ""
        if not (_REFERS_BACK.match(opening) or _IT_REFERS_BACK.match(opening)):
            return candidate
        previous = sentences[p.first - 1]
        if not _joins(p, previous):
            return candidate
        return replace(candidate, passage=replace(p, first=p.first - 1, start=previous.start))

    def _grow_lead_in(self, candidate: Scored) -> Scored | None:
        """A window ending on a lead-in ("…two reasons.", "…principles:") grown forward
        into the sentences it announces, across a paragraph break after a colon."""
        p = candidate.passage
        sentences = self._sentences[p.doc_id]
        if not is_lead_in(sentences, p.last):
            return None
        last = p.last
        while last + 1 < len(sentences) and is_lead_in(sentences, last):
            following = sentences[last + 1]
            if following.is_heading or following.end - p.start > MAX_QUOTE_CHARS:
                break
            if following.paragraph != sentences[last].paragraph and not sentences[last].text.endswith(":"):
                break
            last += 1
        if last == p.last:
            return None
        if is_lead_in(sentences, last) and sentences[last].paragraph != p.paragraph:
            return None  # it would end on another announcement: better unquoted
        grown = replace(p, last=last, end=sentences[last].end)
        return replace(candidate, passage=grown)

    def quote(self, scored: Scored) -> Quote:
        """A window as the quote shown: its document's words, its score rounded."""
        p = scored.passage
        body = self._documents[p.doc_id].body
        return Quote(p.doc_id, p.start, p.end, body[p.start : p.end], round(scored.score, 4), p.paragraph)
