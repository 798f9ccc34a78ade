"""The quiz files' YAML reader: the bounded, line-keeping one in bot.texts.safe_yaml.

It lives in bot.texts, the lowest layer, because corpus front matter is read with it too.
"""

from ..texts.safe_yaml import MAX_BYTES, MAX_DEPTH, MAX_NODES, Located, YamlProblem, parse_yaml

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Located", "YamlProblem", "parse_yaml"]
