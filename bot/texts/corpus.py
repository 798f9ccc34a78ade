"""The corpus: Markdown documents with YAML front matter, one per file."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .safe_yaml import YamlProblem, parse_yaml

log = logging.getLogger(__name__)

CORPUS_GLOB = "*.md"
REQUIRED_FIELDS = ("id", "title", "outlet", "date")
KNOWN_FIELDS = frozenset({"id", "title", "author", "outlet", "date", "url", "notes"})
DOC_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
BOM = "\ufeff"  # Windows editors put it before the first '---'
# About 1,000 pages. Indexing took about 2 minutes a MB before passages were encoded in
# batches of like length, which halved it (bench/bench_build.py); a bigger document would
# keep a start-up waiting for minutes, and a quiz or a search over one is no better than
# over the same text split into chapters.
MAX_DOCUMENT_BYTES = 2_000_000
_HASH_CHUNK = 1 << 20


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
    """The SHA-256 of a file's bytes: a changed file means a stale index.

    Anything but a regular file (a link to /dev/zero, a folder) hashes to its kind, unread.
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"unreadable: {exc.strerror}"
    if not stat.S_ISREG(mode):
        return f"not a regular file: {stat.filemode(mode)}"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def parse_document(text: str, *, path: str | None = None) -> Document:
    """Parse one corpus file's text into a Document."""
    where = path or "<text>"
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise CorpusError(f"{where}: no YAML front matter (the file must start with a '---' line)")
    try:
        # The quiz files' bounded reader: no aliases (an alias bomb), no tags, no huge trees.
        meta = parse_yaml(match.group(1), what="front matter").data
    except YamlProblem as exc:
        # +1: the front matter starts on the line after the first '---'.
        raise CorpusError(f"{where}:{exc.line + 1}: front matter is not valid YAML: {exc.message}") from None
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


def read_document(path: Path) -> Document:
    """Read and parse one corpus file; CorpusError says what is wrong with it."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"{path}: not a regular file (a link to a device or a folder?)")
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise CorpusError(_too_big(path, info.st_size))
        with path.open("rb") as handle:
            # Bounded even if the file grows after stat().
            raw = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise CorpusError(_too_big(path, len(raw)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_document(text, path=str(path))


def _too_big(path: Path, size: int) -> str:
    return (f"{path}: the document is larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB "
            f"({size / 1_000_000:.1f} MB or more); split it into several documents")


def read_corpus(corpus_dir: Path | str) -> tuple[dict[str, Document], list[str]]:
    """Every readable document in a folder, keyed by id in file order, and a line per file skipped."""
    corpus_dir = Path(corpus_dir)
    documents: dict[str, Document] = {}
    problems: list[str] = []
    for path in corpus_files(corpus_dir):
        try:
            doc = read_document(path)
        except CorpusError as exc:
            problems.append(str(exc))
            continue
        if doc.id in documents:
            problems.append(f"{path}: duplicate document id {doc.id!r} (also in {documents[doc.id].path})")
            continue
        documents[doc.id] = doc
    return documents, problems


def load_corpus(corpus_dir: Path | str) -> dict[str, Document]:
    """Load every good document in a folder, keyed by id; a broken file is logged and skipped.

    CorpusError only when no document at all can be loaded.
    """
    documents, problems = read_corpus(corpus_dir)
    for problem in problems:
        log.warning("skipped corpus file %s", problem)
    if not documents:
        reason = f" ({problems[0]})" if problems else ""
        raise CorpusError(f"no documents (*.md) could be loaded from {corpus_dir}{reason}")
    log.debug("loaded %d documents from %s", len(documents), corpus_dir)
    return documents
