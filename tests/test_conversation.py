"""The conversation core: searching, commands, quizzes by button and by typing, scores, resuming."""

from __future__ import annotations

import random

import pytest

from bot.chat.conversation import (
    CALLBACK_DATA_MAX_BYTES,
    NOT_COVERED,
    Button,
    Conversation,
    MemoryStore,
    parse_command,
    pick_data,
)
from bot.quiz import QuizLibrary, load_quizzes
from conftest import QUIZZES_DIR
from conftest_quiz import conversation, fake_searcher, quiz_library, store  # noqa: F401 (fixtures)

USER = "42"


def all_buttons(replies):
    return [button for reply in replies for row in reply.buttons for button in row]


def start(conv, quiz_id="all-kinds", user=USER):
    replies = conv.command(user, "quiz", quiz_id)
    assert replies[-1].question is not None
    return replies[-1].question


def answer_right(conv, user=USER):
    """Answer the open question correctly, by button where there are buttons."""
    session = conv.running_quiz(user)
    shown = session.presented()
    if shown.typed:
        return conv.ask(user, session.current.answer[0])
    replies = []
    for position in shown.correct:
        replies = conv.press(user, pick_data(shown, position))
    if shown.multiple:
        replies = conv.press(user, f"s:{shown.token}:{shown.index}")
    return replies


# -- searching ----------------------------------------------------------------------


def test_a_question_gets_quotes_each_followed_by_its_citation(conversation, documents):
    [reply] = conversation.ask(USER, "What about sovereignty?")
    assert len(reply.quotes) == 3
    for quote in reply.quotes:
        assert documents[quote.doc_id].body[quote.start:quote.end] == quote.text
        citation = documents[quote.doc_id].citation(paragraph=quote.paragraph)
        assert f"“{quote.text}”\n— {citation}" in reply.text
    assert [b.data for b in all_buttons([reply])] == ["more"]


def test_more_quotes_continue_where_the_last_answer_stopped(conversation):
    [first] = conversation.ask(USER, "What about sovereignty?")
    [more] = conversation.press(USER, "more")
    [again] = conversation.command(USER, "more")
    texts = [q.text for r in (first, more, again) for q in r.quotes]
    assert len(texts) == 9 and len(set(texts)) == 9


def test_nothing_found_is_said_plainly(conversation):
    assert conversation.ask(USER, "zzz qqq?")[0].text == NOT_COVERED
    assert conversation.command(USER, "more")[0].text.startswith("No more")


def test_words_in_another_script_that_find_nothing_are_said_to_need_english(searcher, quiz_library):
    conv = Conversation(searcher, quiz_library, MemoryStore())
    [reply] = conv.ask(USER, "How is 科技向善 rendered in the Guangming essay?")
    assert not reply.quotes
    assert reply.text.startswith(NOT_COVERED)
    assert "“科技向善”" in reply.text and "in English" in reply.text
    # A question in English alone that finds nothing says only that.
    assert conv.ask(USER, "What is the best recipe for apple pie?")[0].text == NOT_COVERED


def test_a_bad_question_gets_the_error_message(conversation):
    [reply] = conversation.ask(USER, "   ")
    assert reply.text == "The question is empty."
    assert "Type /ask and your question" in conversation.command(USER, "ask")[0].text


def test_with_the_real_searcher_quotes_are_verbatim_and_off_topic_abstains(searcher, quiz_library):
    conv = Conversation(searcher, quiz_library, MemoryStore())
    [reply] = conv.ask(USER, "What are the four principles of a community with a shared future in cyberspace?")
    assert reply.quotes
    for quote in reply.quotes:
        assert searcher.documents[quote.doc_id].body[quote.start:quote.end] == quote.text
        assert f"“{quote.text}”\n— {searcher.cite(quote)}" in reply.text
    assert conv.ask(USER, "What is the best recipe for apple pie?")[0].text == NOT_COVERED
    assert "empty" in conv.ask(USER, "  ")[0].text


# -- commands -------------------------------------------------------------------------


def test_help_start_sources_and_unknown_commands(conversation, documents):
    help_text = conversation.command(USER, "help")[0].text
    assert "/quiz" in help_text and "/score" in help_text and "/cancel" in help_text
    assert conversation.command(USER, "start")[0].text == help_text
    sources = conversation.command(USER, "sources")[0].text
    assert all(doc.title in sources for doc in documents.values())
    assert "/help" in conversation.command(USER, "frobnicate")[0].text


def test_parse_command():
    assert parse_command("/quiz all-kinds") == ("quiz", "all-kinds")
    assert parse_command("/Quiz@TextBot  principles ") == ("quiz", "principles")
    assert parse_command("what is /quiz?") is None and parse_command("/") is None


# -- quizzes ----------------------------------------------------------------------------


def test_quiz_list_offers_a_button_per_quiz(conversation):
    [reply] = conversation.command(USER, "quiz")
    assert "all-kinds" in reply.text and "8 questions" in reply.text
    assert [b.data for b in all_buttons([reply])] == ["q:all-kinds"]
    replies = conversation.press(USER, "q:all-kinds")
    assert replies[-1].question.index == 0


def test_a_question_has_numbered_options_and_a_button_each(conversation):
    replies = conversation.command(USER, "quiz", "all-kinds")
    assert "8 questions" in replies[0].text
    question_reply = replies[-1]
    shown = question_reply.question
    assert question_reply.text.startswith("Question 1 of 8\n" + shown.text)
    for n, option in enumerate(shown.options, start=1):
        assert f"{n}. {option}" in question_reply.text
    assert [b.data for b in all_buttons([question_reply])] == [pick_data(shown, p) for p in range(4)]


def told(reply):
    """The feedback part of a pressed question answered in place (its marked options come first)."""
    assert reply.replace and not reply.buttons and reply.feedback is not None
    return reply.text.split("\n\n", 2)[2]


def test_a_right_answer_gets_feedback_with_the_quote_then_the_next_question(conversation, documents):
    start(conversation)
    feedback, following = answer_right(conversation)
    assert told(feedback).startswith("Right!")
    quote = feedback.quotes[0]
    assert documents[quote.doc_id].body[quote.start:quote.end] == quote.text
    assert f"“{quote.text}”\n— {documents[quote.doc_id].citation(paragraph=quote.paragraph)}" in feedback.text
    assert following.question.index == 1


def test_a_wrong_answer_shows_the_right_one(conversation):
    shown = start(conversation)
    wrong = next(p for p in range(4) if p not in shown.correct)
    feedback = conversation.press(USER, pick_data(shown, wrong))[0]
    assert told(feedback).startswith("Not right.") and "The answer: Four" in feedback.text
    # The pressed question is answered in place: the pick marked wrong, the right option marked.
    assert f"✗ {wrong + 1}. {shown.options[wrong]} ← yours" in feedback.text
    assert f"✓ {shown.correct[0] + 1}. {shown.options[shown.correct[0]]}\n" in feedback.text


def test_an_answer_is_never_recorded_twice(conversation):
    shown = start(conversation)
    data = pick_data(shown, shown.correct[0])
    conversation.press(USER, data)
    [stale] = conversation.press(USER, data)
    assert "no longer open" in stale.text and "your answer to it is recorded" in stale.text
    assert stale.notice and "/quiz shows question 2" in stale.text
    [_, current] = conversation.command(USER, "quiz")
    assert current.question.index == 1  # the question the student is on, shown again
    session = conversation.running_quiz(USER)
    assert session.index == 1 and len(session.records) == 1 and session.score == 1


def test_buttons_of_an_old_or_cancelled_session_record_nothing(conversation):
    old = start(conversation)
    new = start(conversation)
    [stale] = conversation.press(USER, pick_data(old, old.correct[0]))
    assert "no longer open" in stale.text
    assert conversation.running_quiz(USER).records == []
    assert conversation.command(USER, "cancel")[0].text == "Quiz stopped before any answer."
    [stale] = conversation.press(USER, pick_data(new, new.correct[0]))
    assert "no longer open" in stale.text and conversation.running_quiz(USER) is None
    assert conversation.command(USER, "cancel")[0].text == "No quiz is running."


@pytest.mark.parametrize("data", ["a:zz", "a:tok:x:1", "s:", "c", "bogus", "q:"])
def test_malformed_button_data_gets_a_reply(conversation, data):
    start(conversation)
    replies = conversation.press(USER, data)
    assert replies and replies[0].text
    assert conversation.running_quiz(USER).records == []


def test_typed_answers_work_for_every_kind(conversation):
    start(conversation)
    session = conversation.running_quiz(USER)
    assert "Type one number" in conversation.ask(USER, "what?")[0].text
    assert conversation.running_quiz(USER).records == []
    shown = session.presented()
    conversation.ask(USER, str(shown.correct[0] + 1))
    shown = conversation.running_quiz(USER).presented()
    conversation.ask(USER, " ".join(str(p + 1) for p in shown.correct))
    conversation.ask(USER, "true")
    assert conversation.ask(USER, "Traditonal state sovereignty")[0].text.startswith("Right!")  # one typo
    shown = conversation.running_quiz(USER).presented()
    conversation.ask(USER, " ".join(str(p + 1) for p in shown.correct))
    assert conversation.ask(USER, "November 2014")[0].text.startswith("Right!")
    assert conversation.running_quiz(USER).score == 6


def test_multiple_answers_by_toggling_buttons_then_done(conversation):
    start(conversation)
    answer_right(conversation)
    shown = conversation.running_quiz(USER).presented()
    [update] = conversation.press(USER, pick_data(shown, shown.correct[0]))
    assert update.replace and f"Picked so far: {shown.correct[0] + 1}" in update.text
    assert any(b.label.startswith("✓") for b in all_buttons([update]))
    [update] = conversation.press(USER, f"c:{shown.token}:{shown.index}")
    assert "Picked so far" not in update.text
    assert "Pick at least one" in conversation.press(USER, f"s:{shown.token}:{shown.index}")[0].text
    for position in shown.correct:
        conversation.press(USER, pick_data(shown, position))
    feedback = conversation.press(USER, f"s:{shown.token}:{shown.index}")[0]
    assert told(feedback).startswith("Right!")


def test_ordering_by_pressing_items_in_turn(conversation):
    start(conversation)
    for _ in range(4):
        answer_right(conversation)
    shown = conversation.running_quiz(USER).presented()
    assert shown.ordering
    first, second, third = shown.correct
    assert f"order so far: {second + 1}" in conversation.press(USER, pick_data(shown, second))[0].text
    conversation.press(USER, pick_data(shown, first))
    feedback = conversation.press(USER, pick_data(shown, third))[0]
    assert told(feedback).startswith("Partly right: 0.67 of 1 point.")


def test_finishing_records_last_and_best_scores(conversation):
    start(conversation)
    for _ in range(8):
        replies = answer_right(conversation)
    assert replies[-1].text.startswith("Quiz finished: 8/8 (100%).")
    assert [b.data for b in all_buttons(replies[-1:])] == ["q:all-kinds"]  # nothing missed: nothing to review
    assert conversation.running_quiz(USER) is None
    start(conversation)
    shown = conversation.running_quiz(USER).presented()
    conversation.press(USER, pick_data(shown, next(p for p in range(4) if p not in shown.correct)))
    for _ in range(7):
        replies = answer_right(conversation)
    summary = replies[-1]
    assert "Quiz finished: 7/8 (88%). Your best: 8/8." in summary.text
    assert f"Missed:\n1. {shown.text[:40]}" in summary.text and "Answer: Four" in summary.text
    assert [b.data for b in all_buttons([summary])] == ["rm:all-kinds", "q:all-kinds"]
    assert conversation.missed(USER, "all-kinds") == [shown.question_id]
    assert "best 8/8, last 7/8" in conversation.command(USER, "score")[0].text


def test_score_shows_the_running_quiz(conversation):
    assert "No scores yet" in conversation.command(USER, "score")[0].text
    start(conversation)
    answer_right(conversation)
    assert "1 after 1 of 8 questions" in conversation.command(USER, "score")[0].text


def test_a_stopped_quiz_shows_in_score_until_a_finished_run_replaces_it(conversation):
    start(conversation)
    answer_right(conversation)
    answer_right(conversation)
    assert "Quiz stopped after 2 of 8 questions: 2/2." in conversation.command(USER, "cancel")[0].text
    assert "stopped at 2 after 2 of 8 questions" in conversation.command(USER, "score")[0].text
    start(conversation)
    answer_right(conversation)
    conversation.command(USER, "cancel")
    score = conversation.command(USER, "score")[0].text
    assert "stopped at 1 after 1 of 8 questions" in score and "best" not in score  # a stopped run is no best
    start(conversation)
    for _ in range(8):
        answer_right(conversation)
    score = conversation.command(USER, "score")[0].text
    assert "best 8/8, last 8/8" in score and "stopped" not in score


def test_a_quiz_stopped_before_any_answer_leaves_no_score(conversation):
    start(conversation)
    conversation.command(USER, "cancel")
    assert "No scores yet" in conversation.command(USER, "score")[0].text


def test_a_session_resumes_in_a_new_conversation_with_the_same_store(fake_searcher, quiz_library, store):
    before = Conversation(fake_searcher, quiz_library, store, rng=random.Random(1))
    start(before)
    answer_right(before)
    shown = before.running_quiz(USER).presented()
    after = Conversation(fake_searcher, quiz_library, store)  # a restart
    assert after.running_quiz(USER).presented() == shown
    feedback = after.press(USER, pick_data(shown, shown.correct[0]))[0]  # an old button still works
    assert "Picked so far" in feedback.text  # the multiple-answer question, building up


def test_users_have_separate_sessions(conversation):
    start(conversation, user="a")
    assert conversation.running_quiz("b") is None
    assert conversation.ask("b", "zzz qqq?")[0].text == NOT_COVERED


def test_a_quiz_that_disappears_stops_its_session_with_a_message(fake_searcher, quiz_library, store, documents):
    conv = Conversation(fake_searcher, quiz_library, store)
    start(conv)
    emptied = Conversation(fake_searcher, QuizLibrary({}, documents), store)
    [reply] = emptied.ask(USER, "1")
    assert "no quiz 'all-kinds'" in reply.text and "stopped" in reply.text
    assert emptied.running_quiz(USER) is None


def test_starting_another_quiz_stops_the_running_one(conversation):
    start(conversation)
    answer_right(conversation)
    replies = conversation.command(USER, "quiz", "all-kinds")
    assert replies[0].text.startswith("Stopped the quiz") and "after 1 of 8 questions: 1/1" in replies[0].text
    assert "no quiz 'nope'" in conversation.command(USER, "quiz", "nope")[0].text


def test_every_button_of_every_shipped_quiz_fits_telegram(fake_searcher, documents):
    library = load_quizzes(QUIZZES_DIR, documents)
    conv = Conversation(fake_searcher, library, MemoryStore(), rng=random.Random(3))
    for quiz in library:
        replies = conv.command(USER, "quiz", quiz.id)
        asked = 0
        while True:
            for button in all_buttons(replies):
                assert len(button.data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES
            questions = [r.question for r in replies if r.question]
            if not questions:
                break
            asked += 1
            option_buttons = [b for b in all_buttons(replies) if b.data.startswith("a:")]
            assert len(option_buttons) == len(questions[-1].options)
            replies = answer_right(conv)
        assert asked == len(quiz.questions)
        assert replies[-1].text.startswith(f"Quiz finished: {len(quiz.questions)}/{len(quiz.questions)} (100%).")
    with pytest.raises(ValueError):
        Button("too long", "a" * (CALLBACK_DATA_MAX_BYTES + 1))


def test_on_answer_hears_each_recorded_answer_once(fake_searcher, quiz_library, store):
    heard = []
    conv = Conversation(fake_searcher, quiz_library, store, on_answer=lambda u, s, f: heard.append((u, f.question_id, f.credit)))
    shown = start(conv)
    data = pick_data(shown, shown.correct[0])
    conv.press(USER, data)
    conv.press(USER, data)  # stale: not heard
    conv.ask(USER, "what?")  # not an answer: not heard
    assert heard == [(USER, "single", 1.0)]


@pytest.mark.parametrize("mangle", [
    lambda d: d.rsplit(":", 1)[0],  # the pick's position cut off
    lambda d: d + ":9",  # one part too many
    lambda d: d.replace(":0:", ":x:", 1),  # the question index not a number
])
def test_a_mangled_quiz_button_records_nothing(conversation, mangle):
    shown = start(conversation)
    [stale] = conversation.press(USER, mangle(pick_data(shown, shown.correct[0])))
    assert stale.notice and "no longer open" in stale.text
    assert conversation.running_quiz(USER).records == []


# -- follow-ups ---------------------------------------------------------------------


@pytest.mark.parametrize("message", ["tell me more", "more please", "Any more?", "go on", "what else?", "next"])
def test_asking_for_more_in_words_continues_the_last_answer(conversation, message):
    [first] = conversation.ask(USER, "What about sovereignty?")
    [more] = conversation.ask(USER, message)
    assert more.quotes and not {q.text for q in more.quotes} & {q.text for q in first.quotes}


def test_asking_for_more_before_any_question_says_to_ask_first(conversation):
    assert conversation.ask(USER, "tell me more")[0].text.startswith("Ask a question first")


@pytest.mark.parametrize("message", ["who said that?", "Which article is that from?", "where is this from", "source?"])
def test_who_said_that_names_the_documents_of_the_last_quotes(conversation, documents, message):
    [answer] = conversation.ask(USER, "What about sovereignty?")
    [reply] = conversation.ask(USER, message)
    shown = {q.doc_id for q in answer.quotes}
    assert reply.text.startswith(("That quote is from:", "Those quotes are from:"))
    assert all(documents[d].citation() in reply.text for d in shown)
    assert not any(doc.citation() in reply.text for d, doc in documents.items() if d not in shown)


def test_who_said_that_with_nothing_quoted_lists_the_texts(conversation, documents):
    conversation.ask(USER, "zzz qqq?")
    reply = conversation.ask(USER, "who said that?")[0].text
    assert reply.startswith("The texts I quote from:") and all(doc.title in reply for doc in documents.values())
