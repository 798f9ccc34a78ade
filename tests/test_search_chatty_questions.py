"""Questions asked as students chat: an apology or their class before the question,
"what role does X play", "how do we know", a typo in a name with a small word inside,
British spellings."""

from dataclasses import replace

import pytest

from bot.search.asking import Framer
from bot.search.spelling import Speller
from bot.texts.corpus import Document

DOCUMENTS = {
    "daily-2020": Document(
        id="daily-2020",
        title="Rivers need friends",
        author=None,
        outlet="Daily Post",
        date="2020-05-01",
        body="The river council met in Lyon in July last year. It works with more than 40 towns.\n",
    ),
}


@pytest.mark.parametrize(
    "question, subject",
    [
        ("sorry if this is a dumb question but when did the river council meet?", "when did the river council meet"),
        ("hey, quick question for my homework: how does the council work?", "how does the council work"),
        ("we have to cite our sources in class and the Daily Post one has no name, do we know anything about the council?", "the council"),
        # What the preamble says the asker was told about stays, after the question.
        ("My teacher mentioned something about the river council, how many towns was it?", "how many towns was it, the river council"),
        ("how do we know the council met in Lyon", "the council met in Lyon"),
        ("What role does the river council play according to the Daily Post?", "the river council"),
        ("I'm doing a project on rivers. What does the Daily Post say about the council?", "the council"),
        ("thanks! and what about the river council?", "the river council"),
        ("can you help me? what does the text say about the river council", "the river council"),
        # Wanting to know, and the question asked indirectly.
        ("I need to know what the texts say about the river council", "the river council"),
        ("i was wondering what the article says about the council", "the council"),
        ("ok so my teacher said the text talks about a council, where is that?", "where is that, the text talks about a council"),
        ("I'm confused about the river council, can you explain?", "the river council, can you explain"),
        # A question naming nothing itself, or pointing back, asks about what the asker
        # studies or read; a question naming its own subject asks about that.
        ("We're studying the river council, what do the texts say?", "the river council"),
        ("we are studying the river council, where did it meet?", "where did it meet, the river council"),
        ("my class is reading about the council, what was it?", "what was it, the council"),
        ("I'm writing an essay on floods - what does the Daily Post say about the council?", "the council"),
        ("We like the river council, what do the texts say?", "We like the river council, what do the texts say"),
        # Wondering is asking; a statement about the asker with no question after it is left alone.
        ("I wonder about the river council", "the river council"),
        ("I like the river council", "I like the river council"),
        # A sentence naming nothing, a filler "like", the asker's closing clause: why
        # they ask, not what about.
        ("Why did they write this? Like why does the river council meet, I'm trying to understand the main argument for my essay",
         "why does the river council meet"),
        ("what does the text say about the river council, I need it for my essay", "the river council"),
        ("when did the river council meet? need it for class", "when did the river council meet"),
        ("when did the river council meet? thanks", "when did the river council meet"),
        ("like-minded towns?", "like-minded towns"),
        ("so-called river councils?", "so-called river councils"),
        # … kept when the question leans on it for what it asks about.
        ("what happened there? we are studying the river council", "what happened there? we are studying the river council"),
        # Asked to explain, hedged, trailed by what asks nothing.
        ("help me understand the river council", "the river council"),
        ("explain the river council to me like I'm five", "the river council"),
        ("ok but what do they actually say about the council lol", "the council"),
        ("Is there anything in the texts about the river council?", "the river council"),
        ("do the texts mention the river council at all?", "the river council"),
        ("I'm trying to understand why the council met in Lyon", "why the council met in Lyon"),
        ("for my homework I need the list of towns the council works with", "the list of towns the council works with"),
        ("so what's the point the Daily Post piece is making about the council?", "the council"),
        ("my teacher keeps talking about the river council. what is it exactly?", "what is it exactly, the river council"),
        # A purpose opening a preamble goes with it; what the asker must explain is the subject.
        ("ok so for my essay on floods I need to explain why the council met in Lyon, what does the reading say",
         "why the council met in Lyon"),
        # A quote asked for by what it says, and the request closing it, ask for what it says.
        ("For my presentation on rivers I want the sentence that calls the council a friend of towns, can you find it?",
         "the council a friend of towns"),
        ("I want the sentence that says the council works with towns", "the council works with towns"),
        ("find me the passage where it describes the river council", "the river council"),
        # Hedges opening the question, and one frame inside another.
        ("honestly just tell me what the texts say about the river council", "the river council"),
        ("seriously, what does the Daily Post say about the council", "the council"),
        # A second question asking more of what the first names is answered where the first is.
        ("On which day did the river council meet, and how many towns does it work with?", "On which day did the river council meet"),
        ("When did the council meet, and where?", "When did the council meet, and where"),
        ("When did the council meet, and what do towns think of floods?", "When did the council meet, and what do towns think of floods"),
        # "back in 2020", "back then": the asker's pointer to a time.
        ("what did the council do back in 2019", "what did the council do in 2019"),
        ("who did the council work with back then", "who did the council work with then"),
        ("did the council bring the towns back into line", "did the council bring the towns back into line"),
        # What the asker doesn't get is what "the reason" is asked of.
        ("I'm writing a summary of the Daily Post piece and I don't get why the council met in Lyon, what is the reason?",
         "what is the reason, why the council met in Lyon"),
        # A sentence asking for the last one's answer again names nothing.
        ("Which towns does the council work with? list them", "Which towns does the council work with"),
        # A preamble naming the piece: the question after it asks, "it" and all.
        ("hey so in that Daily Post article from May 2020, does the council work with towns or is it alone? need it for class",
         "does the council work with towns or is it alone"),
        # A clause asking the question again by the kind of answer alone, a tag question.
        ("who said the council met in Lyon, like what was the source for that", "who said the council met in Lyon"),
        ("why does the council meet in Lyon, what's the justification", "why does the council meet in Lyon"),
        ("when did the council meet, do we know?", "when did the council meet"),
        ("why does the text bring up the river council?", "the river council"),
        ("does the council meet in Lyon or not", "does the council meet in Lyon"),
        ("the council met in Lyon, right?", "the council met in Lyon"),
        ("the council works with towns, any evidence?", "the council works with towns"),
        ("does the Daily Post touch on the council", "the council"),
        ("what's the Daily Post's take on the council", "the council"),
        ("so what is the Daily Post's deal with the council", "the council"),
        ("what does the Daily Post guy think about the council", "the council"),
        # A manner adverb or what the question is for opening it; a claim put to the texts.
        ("sceptically, is the claim that the council meets in Lyon even true", "the council meets in Lyon"),
        ("is it true that the council meets in Lyon", "the council meets in Lyon"),
        ("for a debate: does any text admit the council failed?", "the council failed"),
        ("exam question: when did the council meet", "when did the council meet"),
        # A piece's name between the question word and the rest leaves no comma behind.
        ("How, according to the Daily Post, was the council received?", "How was the council received"),
        # Which piece urges or argues something: what it urges is the subject.
        ("which article urges countries to work together on floods", "work together on floods"),
        ("which reading tells everyone to drop the old river council", "drop the old river council"),
        # Which piece brings something up, touches on it or covers it: it is the subject.
        ("which piece brings up the river council?", "river council"),
        ("which article touches on flooding in Lyon", "flooding in Lyon"),
        ("which one covers the river council", "river council"),
        # The topic typed first, then asked of by a pronoun.
        ("river council what is it", "what is river council"),
        ("the mayor, what did he do before", "what did the mayor do before"),
        ("the council what do they say about it", "the council what do they say about it"),
        # Small talk typed straight on into the question.
        ("quick q what does the Daily Post say about the council", "the council"),
        ("Ok so quick question is the council in any of the readings", "the council"),
        # Whether a topic is in the readings asks whether they mention it.
        ("is the river council in any of the readings?", "the river council"),
        ("is the council in the Daily Post article?", "the council"),
        # A reviser asking whether they must know it asks what is said.
        ("do we need to know what the Daily Post says about the council?", "the council"),
        ("are we supposed to know what the Daily Post says about the council", "the council"),
        ("which article uses the phrase 'river council'", "river council"),
        ("which text has the typo 'rivr council'", "rivr council"),
        # "state" and "claim" frame a claim of a clause; before one word they are nouns.
        ("where does the Daily Post state that the council meets in Lyon", "the council meets in Lyon"),
        ("where did the river state start", "where did the river state start"),
    ],
)
def test_the_askers_preamble_and_idioms_frame_the_question(question, subject):
    framed = Framer(DOCUMENTS).frame(question)
    assert framed.subject == subject


def test_a_piece_named_by_its_title_in_a_preamble_leaves_no_preposition_behind():
    framed = Framer(DOCUMENTS).frame("in 'Rivers need friends', when did the council meet")
    assert (framed.subject, framed.documents) == ("when did the council meet", frozenset({"daily-2020"}))


def test_a_preamble_naming_the_piece_by_its_writers_name_is_framing():
    documents = {"daily-2020": replace(DOCUMENTS["daily-2020"], author="Ann Lee")}
    framed = Framer(documents).frame("In Ann Lee's article, when did the river council meet?")
    assert (framed.subject, framed.documents) == ("when did the river council meet", frozenset({"daily-2020"}))


@pytest.mark.parametrize(
    "question",
    ["Who is the author of the Daily Post piece, what is her position?", "who wrote the Daily Post article and where does he work?"],
)
def test_two_questions_about_the_author_ask_for_the_author_only(question):
    asks = Framer(DOCUMENTS).frame(question).asks
    assert asks.author and asks.only


@pytest.mark.parametrize(
    "question, subject",
    [
        ("what's the first problem in lee", "what's the first problem"),
        ("what's the council thing in lee about", "what's the council thing about"),
        ("when did the council meet, lee", "when did the council meet"),
        ("lee - does the council meet in Lyon?", "does the council meet in Lyon"),
        ("why does lee bring up the council", "the council"),
        ("who should run the council in lee's view", "who should run the council"),
        ("how many towns does the council work with? (lee)", "how many towns does the council work with"),
        ("what is the poem at the start of lee's article saying about towns", "what is the poem saying about towns"),
        # A preposition the question holds itself stays.
        ("what age are we living in, according to lee", "what age are we living in"),
        ("what does the council do in lees article", "what does the council do"),
    ],
)
def test_a_writers_name_typed_in_lower_case_names_the_piece_wherever_it_stands(question, subject):
    documents = {"daily-2020": replace(DOCUMENTS["daily-2020"], author="Ann Lee")}
    framed = Framer(documents).frame(question)
    assert (framed.subject, framed.documents) == (subject, frozenset({"daily-2020"}))


def test_an_outlets_english_word_in_lower_case_names_no_piece():
    # "post" may be a word of the subject ("a post about the council"); "Daily Post" is named as a whole.
    assert Framer(DOCUMENTS).frame("what's the post about the council").documents == frozenset()


def test_a_preamble_naming_a_document_still_narrows_to_it():
    framed = Framer(DOCUMENTS).frame("we have to cite the Daily Post piece in class, who wrote it?")
    assert framed.documents == {"daily-2020"}
    assert framed.asks.author


def test_a_preamble_naming_the_piece_narrows_to_it():
    framed = Framer(DOCUMENTS).frame("so in the Daily Post article from May 2020, does the council work with towns?")
    assert framed.documents == {"daily-2020"}
    assert framed.subject == "does the council work with towns"


@pytest.mark.parametrize(
    "question, subject",
    [
        ("what does section 2 of the Daily Post article say about the council?", "the council"),
        ("what does the first part of the Daily Post piece say about the council?", "the council"),
        ("in part 2 of the Daily Post piece, when did the council meet?", "when did the council meet"),
        ('What does the piece titled "Rivers need friends" say about the council?', "the council"),
    ],
)
def test_a_piece_named_with_its_part_or_its_title_frames_the_question(question, subject):
    framed = Framer(DOCUMENTS).frame(question)
    assert framed.documents == {"daily-2020"}
    assert framed.subject == subject


def test_a_misspelt_name_with_a_small_word_inside_is_read_as_the_corpus_name():
    speller = Speller(["The War on Terror changed the world."], extra_words=["what", "did", "change", "bring"], stopwords=["on", "the"])
    [correction] = speller.correct("What did the War on Teror change?")
    assert (correction.original, correction.corrected) == ("Teror", "Terror")
    # A pair the corpus never writes vouches for nothing: "Peace on Teror" stays.
    assert speller.correct("What did the Peace on Teror bring?") == []


@pytest.mark.parametrize(
    "question, expected",
    [
        ("we have to cite our sources in class and the Global Times one has no name on it, do we know anything about who wrote it?",
         "director at the Research Center for Cyberspace Governance"),
        ("how do we know the ambassador's account was hacked, who said so", "hacked Chinese Ambassador"),
        ("sorry if this is a dumb question but when did xi give that speech at the national congress of brazil?",
         "National Congress of Brazil in June 2014"),
        ("My teacher mentioned something about Chinese police working with other countries in 2014, how many countries was it?",
         "more than 60 countries"),
        ("What role does the UN play according to the August 2022 editorial?", "under the framework of the United Nations"),
        ("What did the War on Teror change?", "War on Terror waged by the US"),
        ("thanks! I need to know what the texts say about the digital divide", "bridge the digital divide"),
        ("I'm confused about the digital divide, can you explain?", "bridge the digital divide"),
        ("We're studying the digital divide, what do the texts say?", "bridge the digital divide"),
        ("hey so in that CASS article from december 2015, do china and the us care about cybersecurity more than other countries"
         " or is it the same everywhere? need it for class", "The high premium that China and the US place on cybersecurity"),
        ("Why did they write this? Like why is a shared future in cyberspace essential, I'm trying to understand the main"
         " argument of the Guangming piece for my essay", "shared future in cyberspace"),
        # A writer's name in lower case, a phrasal "mention", the asker's hedge and restated question.
        ("why does zhi bring up ali baba?", "Ali Baba’s treasure cave"),
        ("what did zhang actually say about the war on terror, like what was the reason for that", "War on Terror waged by the US"),
        ("why did the snowden leaks matter so much", "The Snowden leaks became a watershed moment"),
        ("which piece uses the phrase 'net kingdom'", "Limits should first be set in this net kingdom"),
    ],
)
def test_a_chatty_covered_question_is_answered_with_its_sentence(searcher, question, expected):
    answer = searcher.search(question)
    assert answer.answered, question
    assert any(expected in quote.text for quote in answer.quotes[:3])


@pytest.mark.parametrize(
    "question",
    [
        "sorry if this is a dumb question but when was ransomware invented?",
        "My teacher mentioned something about ransomware attacks on hospitals, how many were there?",
        "What role does Starlink play according to the 2022 article?",
        "how do we know the semiconductor shortage is over, who said so",
        "thanks! I need to know what the texts say about Brexit",
        "What did the War on Drugs change?",
    ],
)
def test_a_chatty_off_topic_question_is_still_not_covered(searcher, question):
    assert not searcher.search(question).answered


def test_the_pronoun_i_is_never_respelt(searcher):
    query = searcher.read("thanks! I need to know about the digital divide")
    assert query.changes == ()
    assert query.subject == "the digital divide"


def test_a_small_word_made_a_noun_is_no_misspelling(searcher):
    query = searcher.read("what should be done about the gap between digital haves and have-nots")
    assert "have-nots" in query.subject
    assert query.changes == ()


def test_a_slip_of_the_fingers_in_a_word_the_texts_never_use_is_read_as_the_word_meant():
    speller = Speller(["The plan was welcomed."], extra_words=["how", "was", "the"], english=["received", "safety", "hospitals", "boats", "harm", "middle"])
    assert [c.corrected for c in speller.correct("how was the plan recieved")] == ["received"]
    assert [c.corrected for c in speller.correct("the saftey of hosptals")] == ["safety", "hospitals"]
    # Another word or another form of one, not a slip: they stay.
    assert speller.correct("the boast of harms in the meddle") == []


def test_a_letter_struck_for_the_key_beside_it_is_a_slip_only_in_a_long_word():
    speller = Speller(["The plan was welcomed."], extra_words=["what", "in", "the"], english=["happened", "blast", "computing", "middle"])
    assert [c.corrected for c in speller.correct("what hsppened in march")] == ["happened"]
    assert [c.corrected for c in speller.correct("cloud compuying")] == ["computing"]
    # Short, the word is as often another ("boast", "blast"); a letter far from the one
    # meant is no slip of the finger ("meddle", "middle"); nor the first letter changed.
    assert speller.correct("the boast in the meddle") == []
    assert speller.correct("what jappened") == []


def test_a_typo_of_a_neighbouring_key_finds_the_event_asked_of(searcher):
    answer = searcher.search("what hsppened in march 2017")
    assert answer.answered and "happened" in answer.read_as
    assert "In March 2017" in answer.quotes[0].text


def test_a_misspelt_word_the_texts_never_use_finds_the_sentence_and_says_what_it_read(searcher):
    answer = searcher.search("how were xi's proposals recieved")
    assert answer.answered and "received" in answer.read_as
    assert "The proposals were welcomed" in answer.quotes[0].text
    assert not searcher.search("ransomware attacks on hosptals").answered


def test_a_misspelt_form_the_texts_never_write_of_a_word_they_do_is_read_by_its_stem():
    import Stemmer

    stem = Stemmer.Stemmer("english").stemWord
    speller = Speller(
        ["Some countries attempt to decouple. We strengthen cooperation. The benefits are shared."],
        extra_words=["what", "do", "they", "say", "about", "was", "whom", "should"], stem=stem,
    )
    real = {"benefit"}.__contains__
    assert [c.corrected for c in speller.correct("what do they say about decoupeling", real=real)] == ["decoupling"]
    assert [c.corrected for c in speller.correct("was cooperation strenghtened", real=real)] == ["strengthened"]
    assert [c.corrected for c in speller.correct("whom should it benfit", real=real)] == ["benefit"]


def test_another_word_is_not_read_as_a_form_of_the_texts_word_by_its_stem():
    """A letter changed ("resents" for "recent"), another ending ("characterises" for
    "characteristics"), or a stem that is a word of the language ("stagnant" for
    "stagnation"): another word, not a slip."""
    import Stemmer

    speller = Speller(
        ["Recent characteristics of stagnation."], extra_words=["who", "the", "is", "it"], stem=Stemmer.Stemmer("english").stemWord
    )
    assert speller.correct("who resents the characterises", real=lambda word: False) == []
    assert speller.correct("is it stagnant", real={"stagnant"}.__contains__) == []


def test_a_misspelt_form_finds_the_sentence_and_says_what_it_read(searcher_of):
    searcher = searcher_of(
        "Cyberspace brings benefits to every nation, rich and poor.\n\n"
        "Countries must strengthen their cooperation against crime."
    )
    answer = searcher.search("whom should cyberspace benfit?")
    assert answer.answered and "benefit" in answer.read_as
    assert "benefits to every nation" in answer.quotes[0].text


@pytest.mark.parametrize(
    "british, american",
    [("realise", "realize"), ("militarisation", "militarization"), ("colour", "color"), ("defence", "defense"),
     ("centre", "center"), ("programme", "program"), ("analysed", "analyzed"), ("travelled", "traveled")],
)
def test_a_british_spelling_is_read_as_the_american_one_the_corpus_writes(british, american):
    speller = Speller([f"They {american} it."], extra_words=["what", "the", "about"])
    [correction] = speller.correct(f"what about the {british}")
    assert correction.corrected == american


def test_a_british_spelling_is_read_as_the_american_form_of_a_word_the_corpus_writes_otherwise():
    """The corpus writes "weaponized", not "weaponization": the asker's "weaponisation"
    is read as the American form, which the stemmed search finds as that word."""
    speller = Speller(["They are weaponized."], extra_words=["what", "the", "about"])
    known = {"weaponization", "weaponized"}.__contains__
    [correction] = speller.correct("what about the weaponisation", keep=known)
    assert correction.corrected == "weaponization"
    assert speller.correct("what about the weaponisation") == []


def test_a_british_spelling_the_corpus_writes_itself_stays():
    speller = Speller(["The colour and the color."], extra_words=["what", "about"])
    assert speller.correct("what about colour") == []


def test_a_british_spelling_finds_the_sentence_and_says_what_it_read(searcher):
    answer = searcher.search("what do they say about the militarisation of network technology")
    assert answer.answered
    assert "the militarization of network technology" in answer.quotes[0].text
    assert answer.read_as == "what do they say about the militarization of network technology"


def test_a_british_spelling_of_an_off_topic_subject_is_still_not_covered(searcher):
    assert not searcher.search("What does the text say about data localisation in Indonesia?").answered


@pytest.mark.parametrize(
    "question, subject",
    [
        # A claim checked: who told the asker, "am I right", and the tag asking to confirm it go.
        ("Someone told me the Daily Post says the council met in Lyon. Does it?", "the council met in Lyon"),
        ("Am I right that the Daily Post piece says the council works with 40 towns?", "the council works with 40 towns"),
        ("I heard the council met in Lyon. Is that in there?", "the council met in Lyon"),
        ("Am I right the council met in Lyon, right?", "the council met in Lyon"),
        ("The Daily Post says the council met in Lyon, doesn't it?", "the council met in Lyon"),
        ("My friend says the Daily Post claims the council met in Lyon. True?", "the council met in Lyon"),
        ("Is it correct that the Daily Post piece refers to the river council?", "the river council"),
        # ... and where in the piece it says it.
        ("The Daily Post ends by saying the council met in Lyon, right?", "the council met in Lyon"),
        ("Does the Daily Post piece end by saying towns need the council?", "towns need the council"),
        # A noun that may be read as a verb is no claimant's verb.
        ("Give me the line that lists the member states of the river council.", "the member states of the river council"),
        # A pupil passing on the teacher's question; a request to be told.
        ("my teacher asked us to find out when the council met", "when the council met"),
        ("Could you tell me how the writer describes the council these days?", "the council these days"),
        # A teacher's request for a line for a quiz item, before or after what it is on.
        ("Need a sentence for a fill-in-the-blank: when did the river council meet?", "when did the river council meet"),
        ("For a poetry-analysis worksheet: when did the council meet?", "when did the council meet"),
        ("Quote for a multiple-choice item on the river council.", "the river council"),
        ("I need a line saying the council met in Lyon, for a true/false item.", "the council met in Lyon"),
        ("True/false item on the council: the line about its towns.", "the council, its towns"),
        ("Give me the sentence where the council meets in Lyon.", "the council meets in Lyon"),
        ("Quote for a quiz: where the Daily Post writer says the council met in Lyon.", "the council met in Lyon"),
        ("A true/false statement about the council: give me the Daily Post line that talks about its towns.", "the council, its towns"),
        ("For my exam: the towns the council works with. I need the heading or line naming them.", "the towns the council works with"),
        # "where" asking a place stays: only the line where a piece or a name says something goes.
        ("Anything on where the council meets?", "where the council meets"),
        # A journalist's words for the quote they want.
        ("Money quote from the Daily Post on the river council?", "the river council"),
        ("Anything in the Daily Post on the council I could use as context?", "the council"),
        ("Looking for a quote on the river council for my piece.", "the river council"),
        ("When did the council meet? Top line please.", "When did the council meet"),
        # Any figures asked for on something: the something.
        ("Any hard numbers on the towns the council works with?", "the towns the council works with"),
        ("Any figures in the Daily Post on how many towns the council works with?", "how many towns the council works with"),
        # Who quotes the line, said between commas.
        ("Need Lee's line, as quoted by the Daily Post, about towns and floods.", "towns and floods"),
    ],
)
def test_a_claim_checked_or_a_line_asked_for_leaves_what_it_is_about(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Someone told me Zhi mentions an Online Silk Road initiative. Does he?", "Online Silk Road"),
        ("Am I right that Zhi says over 20 cross-border cybercrime cases were solved?", "transnational cybercrime cases"),
        ("Quote for a multiple-choice item on the China-ASEAN Cyberspace Forum.", "China-ASEAN Cyberspace Forum"),
        ("Any figures in Zhi on cross-border cybercrime cases?", "transnational cybercrime cases"),
    ],
)
def test_a_claim_checked_or_a_quiz_line_asked_for_is_quoted(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        # The word opening the question keeps its capital from opening it, though the
        # framing took the words after it out of the subject.
        "Someone told me Zhi mentions an Online Silk Road initiative. Does he?",
        "Am I right that Zhi says over 20 cross-border cybercrime cases were solved?",
        "True/false item on PRISM: the line saying cybersecurity mattered more once PRISM was exposed.",
    ],
)
def test_a_word_capitalised_for_opening_a_sentence_is_no_unknown_name(searcher, question):
    assert searcher.read(question).unknown_names == ()


def test_a_name_after_a_claim_checkers_opening_is_still_unknown(searcher):
    query = searcher.read("Someone told me Zhang says Snowden met Kissinger. Does he?")
    assert query.unknown_names == ("Kissinger",)
    assert not searcher.search("Am I right that Zhi says TikTok should be banned?").answered


@pytest.mark.parametrize(
    "question, subject",
    [
        # A topic label before a question that names its own subject.
        ("Colourful metaphor alert — how does the Daily Post describe the river council?", "the river council"),
        ("Colourful metaphor alert: when did the council meet in Lyon?", "when did the council meet in Lyon"),
        # ... kept when the question leans on it.
        ("Lyon - does the council meet there?", "Lyon - does the council meet there"),
        ("Lyon council - how many towns?", "Lyon council - how many towns"),
        ("river council: how many towns?", "river council: how many towns"),
        # ... and read in the place of the pronoun that closes it.
        ("river council - what does the writer say about funding it?", "funding river council"),
        ("floods in towns: how do they plan to stop them", "how do they plan to stop floods in towns"),
        # A remark after the question, in a sentence of its own.
        ("Could you tell me how the writer describes the council these days? It sounds rather gloomy.", "the council these days"),
        ("When did the council meet? It was in Lyon.", "When did the council meet? It was in Lyon"),
        # "that" standing for what the preamble says the asker read about.
        ("I keep reading about floods in towns. Does the writer think that could lead to a council?",
         "that could lead to a council, floods in towns"),
        ("Does the writer say that the council could meet?", "that the council could meet"),
        # What the asker half knows of the answer is a hint of its passage.
        ("Where did the council meet? I gather it is something about a city in France.", "Where did the council meet, a city in France"),
        ("Where did the council meet? i read something about a city in France", "Where did the council meet, a city in France"),
        ("Does the text say where the council met, I've heard a bit about a city in France", "where the council met, a city in France"),
    ],
)
def test_the_askers_label_remark_and_hint_around_the_question(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    "question, subject",
    [
        # An official's request put as an order: its verb and the kind of saying asked for frame it.
        ("Kindly summarise the reference to the river council in the Daily Post.", "the river council"),
        ("Please provide the document's position regarding floods in towns.", "floods in towns"),
        ("Identify the passage in the Daily Post article referring to the council's meeting in Lyon.", "the council's meeting in Lyon"),
        ("Please indicate the statement that the council works with towns.", "the council works with towns"),
        ("Kindly tell me if the council met in Lyon.", "the council met in Lyon"),
        ("Whether the writer is agreeing that the council works with towns?", "the council works with towns"),
        ("What is the stand of the writer regarding the river council?", "the river council"),
        ("What all towns does the council work with?", "What towns does the council work with"),
        ("For the briefing: when did the river council meet?", "when did the river council meet"),
    ],
)
def test_an_officials_request_frames_what_it_asks_for(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    "question, subject",
    [
        # A label saying who asks, whatever its words, before a question naming its own subject.
        ("CISO question: how many towns does the river council work with?", "how many towns does the river council work with"),
        ("Flood-risk investor here: does the council meet in Lyon?", "does the council meet in Lyon"),
        ("Macro question from an investor: which towns does the council work with?", "which towns does the council work with"),
        ("For our risk register: when did the river council meet?", "when did the river council meet"),
        # ... a purpose without a determiner, or a topic before who asks.
        ("For flood-plain due diligence: when did the river council meet?", "when did the river council meet"),
        ("Root-cause analysis, PM style: when did the river council meet?", "when did the river council meet"),
        # ... or the asker's task, before a question that names its subject itself.
        ("Town-count sanity check: how many towns does the council work with?", "how many towns does the council work with"),
        ("Grant mapping: according to the Daily Post, which towns does the council work with?", "which towns does the council work with"),
        # What the asker says after asking, about why they ask, or asking it be quoted.
        ("When did the river council meet? Need the date for a briefing.", "When did the river council meet"),
        ("How many towns does the council work with? Relevant for our flood planning.", "How many towns does the council work with"),
        ("The Daily Post says the council met in Lyon. What's the exact phrasing?", "the council met in Lyon"),
        ("So the council works with towns? Quote him.", "the council works with towns"),
        # A second question after a dash, pointing back at the first: the first asks where.
        ("How does the Daily Post describe the council - what does it say about its towns?", "the council"),
        # ... not what they half know of the answer.
        ("What else has the council done? There's something about a flood.", "What else has the council done? There's something about a flood"),
    ],
)
def test_the_askers_trade_label_and_remarks_after_asking_frame_the_question(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Kindly summarise the reference to the China-ASEAN Cyberspace Forum in the 2016 article.", "China-ASEAN Cyberspace Forum"),
        ("Please provide the document's position regarding the security of supply chains for ICT products.", "supply chain"),
        ("Threat-intel lead here: is the Islamic State mentioned anywhere, and what does it show?", "Islamic State"),
    ],
)
def test_an_officials_request_or_a_trade_label_is_answered_with_the_passage(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


def test_an_officials_request_about_what_the_texts_never_cover_is_still_refused(searcher):
    assert not searcher.search("Kindly summarise any reference to Brazil's data protection authority.").answered
    assert not searcher.search("CISO question: what do the texts say about ransomware attacks on hospitals?").answered


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # The asker's comment after a dash closing a sentence is not what they ask about.
        ("Does the Daily Post say anything about 'river friends' - highly relevant to the fights over dams?", "river friends"),
        ("Lee accuses the towns of hypocrisy on floods - textbook whataboutism. What does she say they do?", "the towns of hypocrisy on floods"),
        # ... nor their guess at what lies behind it, asked after the question.
        ("Which towns does the council work with? Is this a veiled dig at the capital?", "Which towns does the council work with"),
    ],
)
def test_the_askers_comment_after_a_dash_or_their_guess_after_the_question_is_left_out(question, subject):
    assert subject in Framer(DOCUMENTS).frame(question).subject
    assert "whataboutism" not in Framer(DOCUMENTS).frame(question).subject
    assert "dig" not in Framer(DOCUMENTS).frame(question).subject
    assert "dams" not in Framer(DOCUMENTS).frame(question).subject


@pytest.mark.parametrize(
    "question",
    [
        "How does the council describe its work — the river friends trope?",  # a hint of the answer
        "Interesting - Lee puts the towns and the council on the same side. What contrast does she draw?",  # a label
    ],
)
def test_a_hint_or_a_label_at_a_dash_stays_in_the_subject(question):
    assert ("trope" in Framer(DOCUMENTS).frame(question).subject) or ("same side" in Framer(DOCUMENTS).frame(question).subject)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Does Guangming say anything about 'technology neutrality' - highly relevant to the fights over Chinese vendors?", "neutrality"),
        ("Which political forces does Guangming say are 'on the rise'? Is this a veiled dig at American trade policy?", "on the rise"),
    ],
)
def test_a_sceptics_comment_or_guess_does_not_refuse_the_question(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and said in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # An essay writer's stance and their request for the backing line frame the claim.
        ("I'm arguing that the Daily Post sees the council as a friend of towns — which line backs that up?", "the council as a friend of towns"),
        ("My claim is that the council works with many towns. Which sentence?", "the council works with many towns"),
        ("Thesis: the council reaches far beyond Lyon. What sentence can I cite?", "the council reaches far beyond Lyon"),
        ("Need a quote showing the council works with many towns.", "the council works with many towns"),
        ("Evidence that the Daily Post wants towns to cooperate?", "towns to cooperate"),
        ("For my intro: the sentence where the Daily Post credits the council with saving rivers.", "the council with saving rivers"),
        # "My reading" of a reading group is no stance, "what's the quote" no request for a line alone.
        ("My reading group liked the piece. What does it say about the council?", "the council"),
    ],
)
def test_an_essay_writers_claim_is_the_subject_without_their_stance_or_request(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("I'm arguing Zhang sees the Islamic State as proof the world order shifted. Which sentence?", "Islamic State"),
        ("Need a quote showing the Guangming writer thinks security comes before development.", "Security is a prerequisite"),
        ("Where does Zhi say life in cyberspace is simply normal now?", "new norm"),
    ],
)
def test_an_essay_writers_claim_is_answered_with_the_line_backing_it(searcher, question, said):
    answer = searcher.search(question)
    assert answer.answered and any(said in quote.text for quote in answer.quotes[:3])


def test_a_real_word_autocorrect_put_beside_its_pair_is_read_as_the_corpus_word():
    speller = Speller(["Countries uphold the rule of law. Network sovereignty grows."], stopwords=["of", "the"])
    assert [(c.original, c.corrected) for c in speller.swaps("the rule of claw")] == [("claw", "law")]
    assert [(c.original, c.corrected) for c in speller.swaps("network sovereign tea")] == [("sovereign tea", "sovereignty")]
    # A word the corpus writes beside the same neighbour, or with no pair to vouch, stays.
    assert speller.swaps("the rule of law") == []
    assert speller.swaps("a claw") == []


def test_a_real_word_swapped_by_autocorrect_is_read_as_the_corpus_word_when_refused_as_typed(searcher):
    answer = searcher.search("every country gets to choose its own bath for running its network")
    assert answer.answered and "choose their own path" in answer.quotes[0].text and "own path" in answer.read_as


def test_a_question_answered_as_typed_is_not_respelt_by_real_words(searcher):
    answer = searcher.search("What does Zhang say about the War on Terror?")
    assert answer.answered and answer.read_as is None


def test_an_off_topic_question_of_real_words_stays_refused(searcher):
    assert not searcher.search("what does it say about the hole in the ozone layer and the rule of claw in zoos?").answered


def test_an_outlets_name_swapped_by_autocorrect_is_read_as_the_outlet(searcher):
    answer = searcher.search("china dairy says no borders online yet governments still regulate it")
    assert answer.answered and "no borders in cyberspace" in answer.quotes[0].text


def test_a_swap_is_looked_for_only_among_the_words_the_corpus_writes_beside_a_neighbour():
    speller = Speller(["The rule of law applies. A hundred years passed."], extra_words=["what", "the", "about"], stopwords=["of", "the", "a"])
    # "claw" after "rule of" is near "law", which the corpus writes there: read as it.
    assert [(c.original, c.corrected) for c in speller.swaps("what about the rule of claw")] == [("claw", "law")]
    assert speller._pairs_near("claw", ("rule", ("of",)), None, limit=1)
    # "claws" beside words the corpus writes nothing near it with: no swap, and no search
    # through every corpus word near it.
    assert not speller._pairs_near("claws", ("sharp", ()), None, limit=1)
    assert speller.swaps("what about sharp claws") == []


def test_a_correction_that_must_make_a_pair_is_looked_for_only_beside_its_neighbours():
    speller = Speller(["Edward Snowden spoke. The great powers met."], extra_words=["what", "did", "say"], stopwords=["the"])
    # A name is read as a corpus name only when that makes a pair the corpus writes.
    assert [(c.original, c.corrected) for c in speller.correct("what did Edward Snowdn say")] == [("Snowdn", "Snowden")]
    assert speller._paired_near("snowdn", "edward", None, limit=1)
    assert not speller._paired_near("snowdn", "kate", None, limit=1)
    assert speller.correct("what did Kate Snowdn say") == []


@pytest.mark.parametrize(
    "question, subject",
    [
        # A topic put first, then asked of by whoever says it.
        ("River councils: what does the Daily Post say?", "River councils"),
        ("river councils - what do they say?", "river councils"),
        # What is asked for by its being named.
        ("which towns are mentioned?", "towns"),
        ("which river councils do they name?", "river councils"),
        ("which council is brought up", "council"),
        # A topic called a bit or a thing of the texts.
        ("the river council bit?", "the river council"),
        ("the towns thing", "the towns"),
        # ... not a thing the question says something of.
        ("is it a good thing", "is it a good thing"),
    ],
)
def test_the_words_around_a_topic_asked_of_as_a_whole_are_framing(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


def test_a_years_report_of_someone_else_names_no_piece():
    framed = Framer(DOCUMENTS).frame("How does the council view the 2020 consensus report of the UN panel?")
    assert framed.documents == frozenset()
    assert "2020 consensus report" in framed.subject


@pytest.mark.parametrize(
    "question, subject",
    [
        # A thing named before a comma, asked of after it by a pointer, takes its place.
        ("the river council, how did it start?", "how did the river council start"),
        ("the river council, what do they say about joining it", "joining the river council"),
    ],
)
def test_a_thing_named_before_the_question_stands_for_its_pointer(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    "question, subject",
    [
        # A greeting, "quick one" and thanks typed as sentences of their own around the question.
        ("morning! quick one. when did the river council meet? thx", "when did the river council meet"),
        ("hiya! so i'm a bit lost. the Daily Post says the council works with towns. how many?", "the council works with towns"),
        # Sentences typed in chat's lower case part where a stop or mark ends them.
        ("hey! i'm reading up on floods for class. when did the river council meet in lyon?", "when did the river council meet in lyon"),
        ("we're doing a project on the river council. why is it important?", "why is it important, the river council"),
        # A guess before the question that follows goes; the question stays.
        ("where did the river council meet? some french city i think, but which month was it?",
         "where did the river council meet? which month was it"),
        # A wh-clause after a preposition is the first question's, not a second one.
        ("so what did she say after that, about who should decide its future?", "after that, about who should decide its future"),
        # The piece named inside the question, without a comma, is no preamble to it.
        ("in the Daily Post article where did the council meet? like which city", "where did the council meet? like which city"),
    ],
)
def test_chats_small_talk_lower_case_sentences_and_guesses_frame_the_question(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


def test_a_greeting_and_the_piece_named_inside_a_chatty_question_leave_its_question_to_answer(searcher):
    answer = searcher.search(
        "hello! in the global times article where did the news of the ambassador's hacked account come from? like whose statement"
    )
    assert answer.answered and "Twitter account" in answer.quotes[0].text


@pytest.mark.parametrize(
    "question, subject",
    [
        # Names alone after the question, as the asker's guess of which: the question asks.
        ("which towns does the river council work with? nantes, dijon...?", "which towns does the river council work with"),
        ("who funds the river council? EU?", "who funds the river council"),
        # A word or phrase saying what the answer is about stays.
        ("how does the river council share its costs? equally?", "how does the river council share its costs? equally"),
    ],
)
def test_names_guessed_after_a_chatty_question_are_left_out(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


@pytest.mark.parametrize(
    "question, subject",
    [
        # Small talk opening the first sentence before a comma is a sentence of its own.
        ("ok quick q, the river council works with towns, starting with Lyon I think. what's the whole list?",
         "the river council works with towns, starting with Lyon I think. what's the whole list"),
        # Thanks after the question leave it the message's end: the statement it asks the
        # first of is what is asked about.
        ("my teacher says the Daily Post names two things the council did. what's the first one? thanks",
         "two things the council did"),
        ("the Daily Post names the towns, Lyon and - what's the last one? thanks", "the towns, Lyon and ___"),
        # The piece the preamble names, saying something, points back to nothing.
        ("my group is presenting on the Daily Post article tomorrow, what does it say about the river council?",
         "the river council"),
    ],
)
def test_small_talk_around_a_chatty_message_leaves_its_question(question, subject):
    assert Framer(DOCUMENTS).frame(question).subject == subject


def test_small_talk_opening_a_story_leaves_the_question_its_topic(searcher):
    answer = searcher.search(
        "ok quick q, the guangming piece lists goals it wants to reach in cyberspace, starting with innovation-driven development I think. what's the whole list?"
    )
    assert answer.answered and "innovation-driven development" in answer.quotes[0].text


def test_a_reviser_asking_whether_they_must_know_something_the_texts_never_name_is_not_answered(searcher):
    assert not searcher.search("do we need to know what the readings say about huawei?").answered
    answer = searcher.search("are we supposed to know what zhang says about prism")
    assert answer.answered and answer.quotes[0].doc_id == "zhang-2015" and "PRISM" in answer.quotes[0].text


def test_a_topic_asked_to_be_in_the_readings_that_they_never_speak_of_is_not_answered(searcher):
    assert not searcher.search("is online education during the pandemic in any of the readings?").answered
    answer = searcher.search("is decoupling in any of the readings?")
    assert answer.answered and "decouple" in answer.quotes[0].text


def test_how_something_was_received_with_the_piece_named_inside_is_answered_by_the_reaction(searcher):
    answer = searcher.search("How, according to Zhi, were Xi's Wuzhen proposals received?")
    assert answer.answered and answer.quotes[0].text.startswith("The proposals were welcomed")


def test_who_wrote_a_piece_with_the_detail_wanted_said_again_after_is_answered_by_the_byline(searcher):
    answer = searcher.search("who wrote the global times opinion piece? just need the affiliation")
    assert answer.answered and answer.quotes[0].text.startswith("The author is director at the Research Center")


def test_a_body_named_in_passing_typed_first_and_asked_what_it_does_is_not_answered(searcher):
    assert not searcher.search("interactive advertising bureau what do they do").answered
    answer = searcher.search("cyber sovereignty what is it")
    assert answer.answered and "sovereignty" in answer.quotes[0].text


def test_a_claim_the_asker_is_pretty_sure_of_is_checked_as_a_claim(searcher):
    answer = searcher.search("pretty sure the 2020 reading mentions colour revolutions? what does it say")
    assert answer.answered
    assert answer.quotes[0].doc_id == "globaltimes-2020" and "Color Revolutions" in answer.quotes[0].text


def test_two_letters_swapped_are_read_before_a_letter_changed():
    # "peice" is one edit from both "peace", a word the texts use, and "piece": the swap is the slip.
    speller = Speller(["Peace and peace again, for peace."], extra_words=["what", "does", "the", "piece", "say", "about"])
    assert [c.corrected for c in speller.correct("what does the peice say about peace")] == ["piece"]


def test_a_word_written_only_inside_a_name_is_no_name_before_a_preposition(searcher):
    # The texts write "Assigned" only in ICANN's name: "the role assigned to the UN" names no ICANN.
    answer = searcher.search("Role assigned to the United Nations in international cyberspace governance.")
    assert answer.answered and "role of the United Nations" in answer.quotes[0].text
