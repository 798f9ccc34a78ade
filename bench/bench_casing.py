"""Search quality on question sets retyped in capitals and in Title Case, beside the sets as typed.

    python bench/bench_casing.py [SET.jsonl ...] [--out bench/results/casing.md]

Each set (by default heldout121, heldout30 and heldout84, askers of several kinds) is read
three ways in one run: as written, every letter in capitals ("WHAT DOES THE TEXT SAY
ABOUT …", as caps lock types it), and every word capitalised ("What Does The Text Say
About …"). The gold is unchanged: the same sentences answer the question however it is
cased. hit@1, hit@3, MRR@10, covered questions refused and off-topic questions abstained.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_quality import row  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.evaluation import EVAL_DEPTH, evaluate, read_eval_file  # noqa: E402
from bot.settings import Settings  # noqa: E402

DEFAULT_SETS = [ROOT / "bench" / "data" / f"heldout{n}.jsonl" for n in (121, 30, 84)]
# A word's first letter, not one after an apostrophe ("there's" stays "There's").
_WORD_START = re.compile(r"(?<![\w'’])([a-z])")


def title_case(text: str) -> str:
    return _WORD_START.sub(lambda m: m.group(1).upper(), text)


CASINGS = {"as typed": lambda text: text, "capitals": str.upper, "Title Case": title_case}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "casing.md")
    args = parser.parse_args()
    searcher = open_searcher(Settings.from_env(root=ROOT))

    def answer(question: str) -> tuple[bool, list[str]]:
        result = searcher.search(question, top_k=EVAL_DEPTH)
        return result.answered, [q.text for q in result.quotes]

    lines = [
        "# Casing: the same questions typed in capitals and in Title Case",
        "",
        "`python bench/bench_casing.py` — " + ", ".join(p.name for p in args.sets),
        "",
        "| set, cased | hit@1 | hit@3 | MRR@10 | covered refused | off-topic abstained |",
        "|---|---|---|---|---|---|",
    ]
    for path in args.sets:
        questions = read_eval_file(path)
        for name, cased in CASINGS.items():
            report = evaluate([replace(q, question=cased(q.question)) for q in questions], answer)
            lines.append(row(f"{path.stem}, {name}", report))
            print(lines[-1], flush=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
