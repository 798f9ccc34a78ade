"""What Telegram accepts: its HTML subset, message and poll limits, button data, errors.

Used by tests/fake_telegram.py to refuse requests the real Bot API would refuse.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_POLL_QUESTION = 300
MAX_POLL_OPTION = 100
MAX_POLL_EXPLANATION = 200
MAX_EXPLANATION_LINE_FEEDS = 2
# Bot API 10 lowered the minimum to 1; a quiz with one option is no quiz, so stay at 2.
MIN_POLL_OPTIONS = 2
MAX_POLL_OPTIONS = 12
MAX_INLINE_RESULTS = 50
MAX_LONG_POLL = 50  # seconds; Telegram caps getUpdates' timeout too
MAX_COMMANDS = 100
MAX_COMMAND_DESCRIPTION = 256
MAX_DESCRIPTION = 512  # setMyDescription
MAX_SHORT_DESCRIPTION = 120  # setMyShortDescription
COMMAND_SCOPES = frozenset({"default", "all_private_chats", "all_group_chats", "all_chat_administrators",
                            "chat", "chat_administrators", "chat_member"})

# Telegram's HTML subset: https://core.telegram.org/bots/api#html-style
ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
     "span", "tg-spoiler", "blockquote", "tg-emoji"}
)
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}")

# Values PTB sends as plain strings; everything else in a form body is JSON-encoded.
_STRING_FIELDS = frozenset(
    {"text", "caption", "question", "explanation", "parse_mode", "explanation_parse_mode",
     "question_parse_mode", "callback_query_id", "inline_query_id", "url", "next_offset",
     "inline_message_id", "description", "emoji", "title", "language_code", "short_description"}
)


class HTMLParseError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's description."""


def parse_html(text: str) -> str:
    """The plain text Telegram shows for ``text`` in HTML parse mode, or HTMLParseError."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if not match:
                raise HTMLParseError(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
            closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED_TAGS:
                raise HTMLParseError(
                    f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, i)}'
                )
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLParseError(
                        f'Unmatched end tag at byte offset {_byte_offset(text, i)}, expected '
                        f'"</{stack[-1] if stack else ""}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                _check_attributes(name, attrs, _byte_offset(text, i))
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise HTMLParseError(
                    f"Character '&' is reserved and must be escaped, at byte offset {_byte_offset(text, i)}"
                )
            name = match.group(1)
            if name in _NAMED:
                out.append(_NAMED[name])
            else:
                code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
                out.append(chr(code) if 0 < code < 0x110000 else "\ufffd")
            i = match.end()
        elif char == ">":
            raise HTMLParseError(f"Character '>' is reserved and must be escaped, at byte offset {_byte_offset(text, i)}")
        else:
            out.append(char)
            i += 1
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _check_attributes(name: str, attrs: str, offset: int) -> None:
    found = {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "")
             for m in _ATTR.finditer(attrs)}
    if name == "a" and not found.get("href"):
        raise HTMLParseError(f"Can't parse a tag without href at byte offset {offset}")
    if name == "a":
        check_link(found["href"])
    if name == "span" and found.get("class") != "tg-spoiler":
        raise HTMLParseError(f'Unsupported start tag "span" at byte offset {offset}')


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: Telegram's unit for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def text_entities(text: str) -> list[dict[str, Any]]:
    """The bot_command and mention entities Telegram detects in a user's text."""
    entities = []
    for pattern, kind in ((_COMMAND, "bot_command"), (_MENTION, "mention")):
        for match in pattern.finditer(text):
            entities.append({"type": kind, "offset": utf16_len(text[: match.start()]),
                             "length": utf16_len(match.group())})
    return sorted(entities, key=lambda e: e["offset"])


class TelegramAPIError(Exception):
    """An error response: HTTP status, Telegram description, optional parameters."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> TelegramAPIError:
    return TelegramAPIError(400, f"Bad Request: {description}")


def formatted(params: dict[str, Any], key: str, limit: int, *, required: bool = True) -> str:
    raw = params.get(key)
    if raw is None or raw == "":
        if required:
            raise bad_request("message text is empty")
        return ""
    raw = str(raw)
    mode = params.get("parse_mode")
    if mode is not None and str(mode).upper() == "HTML":
        try:
            plain = parse_html(raw)
        except HTMLParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    elif mode is not None:
        raise bad_request(f"unsupported parse_mode {mode!r} in this fake; the bot uses HTML")
    else:
        plain = raw
    plain = plain.strip()
    if required and not plain:
        raise bad_request("message text is empty")
    if len(plain) > limit:
        raise bad_request("message is too long" if key == "text" else "message caption is too long")
    return plain

_START_LINK = re.compile(r"https://t\.me/[A-Za-z0-9_]{5,32}\?(start|startgroup)=(.*)")
START_PARAMETER = re.compile(r"[A-Za-z0-9_-]{1,64}")


def check_link(url: str) -> None:
    """URL buttons and links: http(s) or tg, and a t.me start link's parameter as Telegram takes it.

    Telegram itself would send such a link, but the app drops a bad start parameter and the
    user lands on a bare chat: refusing it here catches the link that silently does nothing.
    """
    if not url.startswith(("https://", "http://", "tg://")):
        raise bad_request("BUTTON_URL_INVALID")
    match = _START_LINK.fullmatch(url)
    if match and not START_PARAMETER.fullmatch(match.group(2)):
        raise bad_request(f"START_PARAM_INVALID: {match.group(1)} parameter must be 1-64 of A-Z a-z 0-9 _ -")


def check_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if "force_reply" in markup:
        check_force_reply(markup)
    if rows is None:
        return markup  # ForceReply, reply keyboards and removals
    for row in rows:
        for button in row:
            if not button.get("text"):
                raise bad_request("text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            kinds = [k for k in ("callback_data", "url", "switch_inline_query",
                                 "switch_inline_query_current_chat", "copy_text") if k in button]
            if len(kinds) != 1:
                raise bad_request("can't parse inline keyboard button: exactly one optional field must be used")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                check_link(str(button["url"]))
    return markup


def command_scope(scope: Any, chats: dict[int, dict[str, Any]]) -> tuple[str, int | None]:
    """A BotCommandScope as (type, chat id), refused where Telegram refuses it."""
    if scope is None:
        return ("default", None)
    if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
        raise bad_request("can't parse BotCommandScope: unknown scope type")
    kind = scope["type"]
    if kind.startswith("chat"):
        chat_id = scope.get("chat_id")
        if chat_id not in chats:
            raise bad_request("chat not found")
        if kind != "chat" and chats[chat_id].get("type") == "private":
            raise bad_request("BOT_COMMAND_SCOPE_INVALID: not a group chat")
        return (kind, chat_id)
    return (kind, None)


def language(params: dict[str, Any]) -> str:
    """The language_code of a profile or menu call: empty, or two letters (ISO 639-1)."""
    code = str(params.get("language_code") or "")
    if code and not re.fullmatch(r"[a-z]{2}", code):
        raise bad_request("LANG_CODE_INVALID")
    return code


def profile_text(params: dict[str, Any], key: str, limit: int) -> str:
    """A description for setMyDescription/setMyShortDescription: plain text, 0-limit characters."""
    text = str(params.get(key) or "")
    if len(text) > limit:
        raise bad_request(f"{key.upper()}_TOO_LONG: at most {limit} characters")
    return text


def member(person: dict[str, Any], status: str) -> dict[str, Any]:
    if status == "creator":
        return {"status": "creator", "user": person, "is_anonymous": False}
    if status == "administrator":
        rights = dict.fromkeys(
            ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
             "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
             "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories"), False)
        rights["can_manage_chat"] = True
        return {"status": "administrator", "user": person, **rights}
    return {"status": "member", "user": person}


def decode_form_value(name: str, value: str) -> Any:
    """PTB sends strings as they are and everything else JSON-encoded."""
    if name in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


# -- class quiz chats: reactions, ForceReply, votes ----------------------------------------------

# The emoji a bot may react with (Bot API, ReactionTypeEmoji); anything else is REACTION_INVALID.
REACTION_EMOJI = frozenset(
    "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 🌚 🌭 💯 🤣 ⚡ 🍌 🏆 💔 🤨 😐 🍓 "
    "🍾 💋 🖕 😈 😴 😭 🤓 👻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷 😡".split()
) | {"❤\ufe0f\u200d🔥", "👨\u200d💻", "🤷\u200d♂\ufe0f", "🤷\u200d♀\ufe0f"}
MAX_BOT_REACTIONS = 1  # a bot is not a premium user
MAX_INPUT_PLACEHOLDER = 64


def check_reaction(reaction: Any) -> list[str]:
    """setMessageReaction's ``reaction``: at most one emoji from Telegram's list; the emoji set."""
    if reaction is None:
        return []
    if not isinstance(reaction, list):
        raise bad_request("can't parse reaction types JSON object")
    if len(reaction) > MAX_BOT_REACTIONS:
        raise bad_request("REACTIONS_TOO_MANY")
    emoji = []
    for kind in reaction:
        if not isinstance(kind, dict) or kind.get("type") != "emoji" or kind.get("emoji") not in REACTION_EMOJI:
            raise bad_request("REACTION_INVALID")  # custom and paid reactions aren't the bot's to give
        emoji.append(kind["emoji"])
    return emoji


def check_force_reply(markup: dict[str, Any]) -> None:
    """A ForceReply: ``force_reply`` true, an optional ``selective`` and a short placeholder."""
    if markup.get("force_reply") is not True:
        raise bad_request("can't parse reply keyboard markup JSON object: force_reply must be True")
    unknown = set(markup) - {"force_reply", "selective", "input_field_placeholder"}
    if unknown:
        raise bad_request(f"can't parse reply keyboard markup JSON object: unknown field {sorted(unknown)[0]}")
    if not isinstance(markup.get("selective", False), bool):
        raise bad_request("can't parse reply keyboard markup JSON object: selective must be a Boolean")
    placeholder = markup.get("input_field_placeholder")
    if placeholder is not None and not 1 <= len(str(placeholder)) <= MAX_INPUT_PLACEHOLDER:
        raise bad_request("input field placeholder must be 1-64 characters")


def check_vote(poll: dict[str, Any], option_ids: list[int]) -> None:
    """A vote the Telegram app would let a person cast: one option, or several in a multi-answer poll
    (none: the vote retracted)."""
    assert all(0 <= i < len(poll["options"]) for i in option_ids), "no such option"
    assert len(set(option_ids)) == len(option_ids), "an option picked twice"
    assert poll["allows_multiple_answers"] or len(option_ids) == 1, "this poll takes one answer"
