"""The corpus format and the shipped corpus."""

import pytest

from bot.texts.corpus import load_corpus, parse_document
from bot.errors import CorpusError

HEADER = "---\nid: sample\ntitle: A title\nauthor: null\noutlet: An outlet\ndate: 2020-09-15\n---\n\n"


def test_shipped_corpus_has_the_five_articles(documents):
    assert sorted(documents) == ["chinadaily-2022", "globaltimes-2020", "guangming-2022", "zhang-2015", "zhi-2016"]
    assert documents["zhi-2016"].author == "Zhi Zhenfeng"
    assert documents["globaltimes-2020"].author is None
    assert documents["guangming-2022"].date == "2022-11-11"


@pytest.mark.parametrize(
    "furniture",
    ["Photo: VCG", "Terms of Service", "Agree and continue", "opinion@globaltimes.com.cn", "Editor: WJH",
     "More from Guangming Online", "makes no representations", "BY By", "Published:"],
)
def test_page_furniture_is_gone(documents, furniture):
    assert not any(furniture in d.body for d in documents.values())


def test_poem_and_author_notes_are_kept(documents):
    assert "Cyberspace is a double-edged sword.\nNew rules are needed to avoid discord." in documents["zhi-2016"].body
    assert documents["globaltimes-2020"].body.endswith(
        "The author is director at the Research Center for Cyberspace Governance of Fudan University."
    )


def test_body_wording_matches_the_seed_text(documents):
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds not beside the checkout")
    seed_text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in seeds.glob("*.txt"))
    for document in documents.values():
        for line in document.body.split("\n"):
            line = line.removeprefix("## ").strip()
            if line:
                assert " ".join(line.split()) in seed_text, (document.id, line[:60])


def test_parse_document_reads_front_matter_and_body():
    d = parse_document(HEADER + "Body text.\n")
    assert (d.id, d.title, d.author, d.outlet, d.date, d.body) == (
        "sample", "A title", None, "An outlet", "2020-09-15", "Body text."
    )
    assert d.citation(paragraph=2) == "“A title”, An outlet, 2020-09-15, para. 2"


@pytest.mark.parametrize(
    "text, message",
    [
        ("No front matter\n", "no YAML front matter"),
        ("---\nid: [unclosed\n---\nbody\n", "not valid YAML"),
        ("---\nid: x\ntitle: t\noutlet: o\ndate: 2020-01-01\nauthr: z\n---\nbody\n", "unknown front-matter field(s): authr"),
        ("---\nid: x\ntitle: t\ndate: 2020-01-01\n---\nbody\n", "missing front-matter field(s): outlet"),
        ("---\nid: x\ntitle: t\noutlet: o\ndate: last week\n---\nbody\n", "not an ISO 8601 date"),
        ("---\nid: Bad Id\ntitle: t\noutlet: o\ndate: 2020-01-01\n---\nbody\n", "lower-case letters"),
        (HEADER + "\n\n", "the body is empty"),
    ],
)
def test_malformed_documents_get_one_clear_message(text, message):
    with pytest.raises(CorpusError, match=r"^f.md:(\d+:)? .*" + message.replace("(", r"\(").replace(")", r"\)")):
        parse_document(text, path="f.md")


def test_a_new_file_dropped_into_the_corpus_is_loaded(tmp_path):
    (tmp_path / "a.md").write_text(HEADER.replace("sample", "a") + "First.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# not a document\n", encoding="utf-8")
    assert list(load_corpus(tmp_path)) == ["a"]


def test_duplicate_ids_and_bad_encoding_are_reported_and_skipped(tmp_path, caplog):
    (tmp_path / "a.md").write_text(HEADER + "One.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(HEADER + "Two.\n", encoding="utf-8")
    assert load_corpus(tmp_path)["sample"].body == "One."
    assert "b.md: duplicate document id 'sample'" in caplog.text
    (tmp_path / "b.md").write_bytes(b"\xff\xfe bad")
    assert list(load_corpus(tmp_path)) == ["sample"]
    assert "b.md: not UTF-8" in caplog.text
    (tmp_path / "a.md").write_bytes(b"\xff\xfe bad")
    with pytest.raises(CorpusError, match="no documents .* not UTF-8"):
        load_corpus(tmp_path)
