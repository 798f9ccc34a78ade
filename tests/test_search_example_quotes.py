"""Asked for the example or the evidence behind a claim ("give an example of …", "what
evidence shows …"), the quote holds the claim and the sentences that give its cases,
which share few of the question's words: the sentence after it, the one before a claim
closing its paragraph, or the paragraph a one-sentence claim heads."""

from bot.search.document_parts import asks_instances, gives_instances


def test_an_ask_for_examples_or_evidence_is_read():
    assert asks_instances("give an example of what china achieved regulating the internet at home")
    assert asks_instances("what evidence shows china provides platforms for internet governance")
    assert asks_instances("how does the 2016 piece illustrate this")
    assert not asks_instances("what does the author say about cyber sovereignty")


def test_a_sentence_naming_its_cases_gives_them():
    assert gives_instances("Problems with the internet such as unbalanced development are becoming more prominent.")
    assert gives_instances("Some cases, e.g. spam, are named.")
    assert not gives_instances("The world has entered a new period of turbulence and change.")
    assert not gives_instances("China would like to see a fairer order.")  # "like" a verb names no case


def test_the_evidence_after_a_claim_heading_its_paragraph_is_quoted(searcher):
    # "China has been striving to provide platforms …" is a paragraph alone; the next one
    # names the platforms.
    answer = searcher.search("what evidence shows china provides platforms for internet governance")
    assert answer.answered
    assert "The first World Internet Conference was held in Wuzhen" in answer.quotes[0].text


def test_the_examples_before_a_claim_closing_its_paragraph_are_quoted(searcher):
    answer = searcher.search("give an example of what the guangming piece means by a new period of turbulence and change")
    assert answer.answered
    first = answer.quotes[0].text
    assert "frequent regional conflicts and turmoil erupt" in first
    assert first.endswith("The world has entered a new period of turbulence and change.")


def test_the_same_claim_asked_plainly_is_quoted_alone(searcher):
    answer = searcher.search("what does the guangming piece mean by a new period of turbulence and change")
    assert "frequent regional conflicts" not in answer.quotes[0].text


def test_the_kind_of_case_asked_for_is_no_part_of_the_claim_weighed():
    from bot.search.asking import without_instance_frame

    assert without_instance_frame("what evidence does the author give that the US dominates the internet") == "the US dominates the internet"
    assert without_instance_frame("what example does the author give of countries spying on others") == "countries spying on others"
    assert without_instance_frame("an example of the gaps that hold poorer countries back online") == "the gaps that hold poorer countries back online"
    assert without_instance_frame("what evidence shows china fights cybercrime") == "china fights cybercrime"
    # Nothing, or only a pointer back, would be left: the subject stays as typed.
    assert without_instance_frame("which examples are given") == "which examples are given"
    assert without_instance_frame("What example to show this kind of attack") == "What example to show this kind of attack"


def test_evidence_asked_of_the_author_is_found_by_the_claim(searcher):
    # "does the author give" and "evidence" used to pull the ranking to other sentences.
    answer = searcher.search("what evidence does the writer give that china never misses global internet meetings")
    assert answer.answered
    assert "not absent from any session" in answer.quotes[0].text
