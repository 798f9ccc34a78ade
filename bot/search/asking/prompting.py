"""A question written as a prompt for a general AI assistant: the role it tells the bot to
play ("Act as a librarian and …", "You are an expert on these texts."), the labels of a
prompt template ("Task:", "Question:", "Step 1:") and the instructions on how to answer
("Do not paraphrase.", "Output: the sentence.", "…, with its source") taken out, as a
librarian reads past them: every reply here is an exact quotation with its source."""

from __future__ import annotations

import re

from .needs import guarded

# A role given to the bot, opening a sentence: "Act as a research assistant", "I want you
# to act as a librarian", "You are an expert on these texts", "Pretend you're my tutor".
# What the role asks it to do after "and" or a comma stays ("… and find the sentence …").
_ROLE = guarded(re.compile(
    r"(?:^|(?<=[.?!:;]\s)|(?<=\n))\W*(?:(?:please|now|ok(?:ay)?|hi|hello|hey)[,!.\s]+)?"
    r"(?:(?:i\s+(?:want|need|would\s+like|['’]d\s+like)\s+you\s+to|(?:can|could|would|will)\s+you(?:\s+please)?)\s+)?"
    r"(?:(?:act|behave|serve|respond|answer|reply|work)\s+(?:as|like)(?:\s+if\s+you\s+(?:are|were))?|as"
    r"|you\s+are(?:\s+now)?|you['’]re(?:\s+now)?|pretend\s+(?:to\s+be|(?:that\s+)?you\s+are|you['’]re)"
    r"|imagine\s+(?:that\s+)?(?:you\s+are|you['’]re)|(?:take|play|assume)\s+(?:on\s+)?the\s+role\s+of|role\s*:)"
    # ... a role, not a question's words: "you are" + a person's noun phrase.
    r"\s+(?:a|an|my|the|our)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:assistant|librarian|researcher|research\s+assistant|expert|scholar|tutor|teacher|professor|analyst|archivist"
    r"|search\s+engine|bot|chatbot|ai|model|guide|helper|specialist|historian|reader|student|editor|fact[- ]checker|academic)s?"
    r"(?:\s+(?:on|in|of|for|with|who|that)\b[^.?!:;\n]*?)?"
    r"(?:\s*(?:[.!;:\n]+|$)\s*|\s*,?\s+and\s+(?=\w)|\s*,\s*(?=(?:please\s+)?(?:find|quote|locate|search|look|give|show|tell|return|get|what|which|where|who|how|when|why)\b))",
    re.IGNORECASE,
))
# What a prompt asks the bot to do before the request itself: "I need you to find …",
# "Search the texts and give me …", "Read the articles and quote …".
_ASKED_TO = guarded(re.compile(
    r"^\W*(?:please\s+)?(?:(?:i\s+(?:need|want|would\s+like)|i['’]d\s+like)\s+you\s+to\s+(?=(?:find|quote|locate|search|look|give|show|tell|return|get|identify|pull|provide|retrieve|cite)\b)"
    r"|(?:search|read|check|scan|look\s+through|go\s+through|consult)\s+(?:the|these|all\s+the|your)\s+(?:texts?|articles?|documents?|corpus|sources?|readings?|pieces?)\s+and\s+)",
    re.IGNORECASE,
))
# A template's label for the question itself or what leads to it: "Question:", "Task:",
# "Query:", "Instruction:", "Step 2:", "Context:"; the words after it are the asker's.
_LABEL = guarded(re.compile(
    r"(?:^|(?<=[.?!]\s)|(?<=\n))\W*(?:question|query|task|instructions?|prompt|request|input|goal|objective|ask|context|background|step\s*\d{1,2})\s*[:.)\-–—]\s*(?=\S)",
    re.IGNORECASE,
))
# A template's label for what the answer should look like or whom the bot plays:
# "Output: the sentence.", "Format: quote + source", "Constraints: no paraphrase." Its
# whole line or sentence says how to answer.
_FORMAT_LABELLED = guarded(re.compile(
    r"(?:^|(?<=[.?!]\s)|(?<=\n))\W*(?:(?:output|response|answer)(?:\s+format)?|format|constraints?|rules?|style|tone|persona|role|length)\s*:[^\n.?!]*[.?!]*\s*",
    re.IGNORECASE,
))
# A sentence saying only how to answer: "Do not paraphrase.", "Cite it.", "Be concise.",
# "Include the source.", "Only use the texts.", "Quote it verbatim." Its verb or negation
# opens it and no subject follows (a sentence naming one is the question).
_HOW_TO_ANSWER = guarded(re.compile(
    r"(?:^|(?<=[.?!:]\s)|(?<=\n))\W*(?:please\s+)?(?:"
    r"(?:do\s+not|don['’]t|never|no)\s+(?:paraphras\w*|summar\w*|rephras\w*|reword\w*|comment\w*|commentary|explanation|extra\s+(?:text|words)|make\s+(?:anything|things|it)\s+up|invent\w*|guess\w*|add\s+anything|interpret\w*|use\s+outside\s+\w+)"
    r"|be\s+(?:brief|concise|precise|accurate|exact|succinct)"
    r"|keep\s+it\s+(?:short|brief)"
    r"|(?:cite|quote|source|reference)\s+(?:it|them|this|that|the\s+source|its\s+source|your\s+sources?)"
    r"|(?:(?:answer|reply|respond)\s+)?(?:in\s+)?(?:one|a\s+single)\s+sentence(?:\s+(?:only|from\s+the\s+texts?|from\s+the\s+articles?))?"
    r"|(?:provide|give|show|quote|use|keep)\s+(?:me\s+)?(?:the\s+)?(?:exact|verbatim|precise|original)\s+(?:wording|words|quote|quotation|sentence|text)"
    r"|(?:include|give|add|provide|show|state|name|list)\s+(?:the|its|your|a)\s+(?:source|sources|citation|reference)s?"
    r"|(?:quote|give|return|output|answer|reply|respond)\s+(?:it\s+|them\s+)?(?:verbatim|exactly|word\s+for\s+word|in\s+full|with\s+(?:the|its)\s+(?:source|citation))"
    r"|(?:only\s+)?use\s+only\s+(?:the|these)\s+(?:texts?|articles?|corpus|documents?|sources?)|only\s+use\s+(?:the|these)\s+(?:texts?|articles?|corpus|documents?|sources?)"
    r"|(?:answer|respond|reply)\s+(?:only\s+)?(?:from|using|based\s+on)\s+(?:the|these)\s+(?:texts?|articles?|documents?|sources?)"
    r")(?:\s+(?:please|thanks?|thank\s+you))?\s*(?:[.!]+|$)\s*",
    re.IGNORECASE,
))
# How to answer, said before the question ("Answer in one sentence from the text:",
# "Using only the texts,", "Verbatim, please:") or after it (", with its source",
# "— exact wording please", ", and cite it").
_HOW_BEFORE = guarded(re.compile(
    r"^\W*(?:(?:respond|reply|answer|output|return)\s+(?:only\s+)?(?:with\s+)?(?:the\s+|an?\s+)?(?:exact\s+|verbatim\s+)?(?:quote|quotation|sentence|passage|wording|text)s?(?:\s+only)?\s*:"
    r"|(?:answer|respond|reply)\s+(?:in\s+(?:one|a\s+single|a)\s+sentence\s+)?(?:(?:from|using|based\s+on)\s+(?:the|these)\s+(?:texts?|articles?|documents?)\s*)?:"
    r"|(?:using|with|based\s+on|from)\s+(?:only\s+)?(?:the|these)\s+(?:texts?|articles?|documents?|corpus)(?:\s+only)?\s*[,:]"
    r"|(?:verbatim|word\s+for\s+word|exact\s+(?:quote|wording)s?)(?:\s+please)?\s*[,:])\s*",
    re.IGNORECASE,
))
_HOW_AFTER = guarded(re.compile(
    r"\s*(?:[,;]|\s[-–—]|\band\b)\s*(?:(?:and|please)\s+)?(?:"
    r"with\s+(?:the|its|their|a|full)\s+(?:source|sources|citation|citations|reference)s?(?:\s+and\s+(?:the\s+)?(?:source|citation|date|author|outlet))*"
    r"|citing\s+(?:the|its|your)\s+(?:sources?|articles?|texts?|pieces?)|(?:and\s+)?cite\s+(?:it|them|the\s+source|its\s+source)"
    r"|(?:quoted\s+)?verbatim|word\s+for\s+word|exact\s+wording(?:\s+please)?|no\s+paraphras\w*|(?:do\s+not|don['’]t)\s+paraphrase"
    r")(?:\s+please)?\W*$",
    re.IGNORECASE,
))
# "Return only the quote about …", "provide the sentence where …", "give the exact
# sentence in which …": a prompt's verbs for what a search box is asked to find.
_RETURN = guarded(re.compile(
    r"^\W*(?:please\s+)?(?:(?:return|provide|output|retrieve|extract|produce|reproduce|print|fetch)\s+(?:me\s+)?(?:only\s+|just\s+)?(?=(?:the|a|an|all|any|every)\s)"
    r"|give\s+(?:me\s+)?(?:only\s+|just\s+)?(?=(?:the|a|an)\s+(?:(?:exact|verbatim|full|precise|original|relevant)\s+)?(?:sentence|quote|quotation|passage|line|wording|paragraph)s?\b))",
    re.IGNORECASE,
))
# How to answer, in brackets anywhere: "(verbatim)", "(exact wording)", "(with source)".
_HOW_IN_BRACKETS = guarded(re.compile(
    r"\s*[(\[](?:verbatim|word\s+for\s+word|exact(?:\s+(?:wording|words|quote))?|quote\s+only|with\s+(?:the\s+|its\s+)?(?:source|citation)s?|cite\s+(?:it|the\s+source)|no\s+paraphras\w*)[)\]]",
    re.IGNORECASE,
))


def unprompted(text: str) -> str:
    """``text`` without a prompt's role, labels and instructions on how to answer; the
    whole text when nothing would be left of it."""
    if not text:
        return text
    question = _ROLE.sub("", text)
    question = _FORMAT_LABELLED.sub(" ", question)
    question = _LABEL.sub("", question)
    question = _HOW_TO_ANSWER.sub(" ", question)
    question = _HOW_BEFORE.sub("", question)
    question = _HOW_AFTER.sub("", question)
    question = _HOW_IN_BRACKETS.sub("", question)
    question = _ASKED_TO.sub("", question)
    question = _RETURN.sub("find ", question)
    question = " ".join(question.split())
    return question if any(c.isalnum() for c in question) else text
