"""The corpus: Markdown documents with YAML front matter, one per file."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import CorpusError

log = logging.getLogger(__name__)

CORPUS_GLOB = "*.md"
REQUIRED_FIELDS = ("id", "title", "outlet", "date")
KNOWN_FIELDS = frozenset({"id", "title", "author", "outlet", "date", "url", "notes"})
DOC_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Document:
    """One article: its metadata and its body, the text every quote is cut from."""

    id: str
    title: str
    author: str | None
    outlet: str
    date: str
    body: str
    url: str | None = None
    notes: str | None = None
    path: str | None = None

    def citation(self, *, paragraph: int | None = None) -> str:
        """A one-line citation: title, author, outlet, date and paragraph."""
        parts = [f"“{self.title}”"]
        if self.author:
            parts.append(self.author)
        parts.append(self.outlet)
        parts.append(self.date)
        if paragraph is not None:
            parts.append(f"para. {paragraph}")
        return ", ".join(parts)


def file_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes: a changed file means a stale index."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_document(text: str, *, path: str | None = None) -> Document:
    """Parse one corpus file's text into a Document."""
    where = path or "<text>"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise CorpusError(f"{where}: no YAML front matter (the file must start with a '---' line)")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{where}: front matter is not valid YAML: {exc.__class__.__name__}") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{where}: front matter must be a mapping of fields")
    unknown = sorted(set(map(str, meta)) - KNOWN_FIELDS)
    if unknown:
        raise CorpusError(f"{where}: unknown front-matter field(s): {', '.join(unknown)}")
    missing = [name for name in REQUIRED_FIELDS if not meta.get(name)]
    if missing:
        raise CorpusError(f"{where}: missing front-matter field(s): {', '.join(missing)}")
    doc_id = str(meta["id"])
    if not DOC_ID_PATTERN.match(doc_id):
        raise CorpusError(
            f"{where}: id {doc_id!r} must be 1-40 characters of lower-case letters, digits, '-' or '_'"
        )
    date = meta["date"]
    if isinstance(date, (dt.date, dt.datetime)):
        date = date.isoformat()[:10]
    date = str(date)
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise CorpusError(f"{where}: date {date!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    body = text[match.end():].strip("\n")
    if not body.strip():
        raise CorpusError(f"{where}: the body is empty")
    author = meta.get("author")
    return Document(
        id=doc_id,
        title=str(meta["title"]).strip(),
        author=str(author).strip() if author else None,
        outlet=str(meta["outlet"]).strip(),
        date=date,
        body=body,
        url=str(meta["url"]) if meta.get("url") else None,
        notes=str(meta["notes"]) if meta.get("notes") else None,
        path=path,
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The corpus files in a folder, in a stable order."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir}")
    return sorted(p for p in corpus_dir.glob(CORPUS_GLOB) if p.name.lower() != "readme.md")


def load_corpus(corpus_dir: Path | str) -> dict[str, Document]:
    """Load every document in a folder, keyed by id, in file order."""
    corpus_dir = Path(corpus_dir)
    documents: dict[str, Document] = {}
    for path in corpus_files(corpus_dir):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not UTF-8 text") from None
        except OSError as exc:
            raise CorpusError(f"{path}: cannot read: {exc.strerror}") from None
        doc = parse_document(text, path=str(path))
        if doc.id in documents:
            raise CorpusError(f"{path}: duplicate document id {doc.id!r} (also in {documents[doc.id].path})")
        documents[doc.id] = doc
    if not documents:
        raise CorpusError(f"no documents (*.md) in {corpus_dir}")
    log.debug("loaded %d documents from %s", len(documents), corpus_dir)
    return documents
