"""Errors the library raises; the command line turns them into one-line messages."""


class TextbotError(Exception):
    """Base class: anything a user can cause and should be told about in one line."""


class CorpusError(TextbotError):
    """A corpus file is missing, unreadable or malformed."""


class IndexBuildError(TextbotError):
    """The index cannot be built or loaded."""


class QuestionError(TextbotError):
    """A question is empty or otherwise unusable."""
