"""The question encoder with block-quantised weights against the float32 export: vectors, answers and time.

    python bench/bench_search_quantised.py [--bits 8] [--block 32] [--accuracy-level 0]
        [--step 1] [--rounds 2]            fidelity of the vectors, then both searches timed
    python bench/bench_search_quantised.py --bits 8 --block 32 --eval FILE
                                           `textbot eval -vv FILE` with the quantised graph

The index's encoder.onnx has its MatMul weights quantised block-wise by ONNX Runtime's
MatMulNBitsQuantizer (weight only: accuracy level 0 keeps float32 activations; level
4 quantises each block of activations to int8 as well) into a temporary folder. The
attention's fused query/key/value weights are not MatMuls and stay float32. Fidelity:
the cosine between the two graphs' sentence and token vectors of every question in
bench/data and the dev set and of every corpus sentence. Speed: two searchers over
the same index, one per graph, answer the same questions alternately (see
bench_search_ab.py), the forward pass timed apart. Compare answers by diffing the
``--eval`` output with `textbot eval -vv FILE`.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_search_ab import DEV_SET, _questions, compare  # noqa: E402

import bot.search.onnx_encoder as onnx_encoder  # noqa: E402
from bot.search.engine import open_searcher  # noqa: E402
from bot.search.onnx_encoder import CONFIG_FILE, MODEL_FILE, TOKENIZER_FILE, OnnxEncoder  # noqa: E402
from bot.search.searcher import Searcher  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.texts.corpus import load_corpus  # noqa: E402
from bot.texts.passages import segment  # noqa: E402


def quantise(index_dir: Path, folder: Path, *, bits: int, block: int, accuracy_level: int) -> Path:
    """A folder holding the index's encoder with its MatMul weights quantised."""
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    quantiser = MatMulNBitsQuantizer(onnx.load(str(index_dir / MODEL_FILE)), bits=bits, block_size=block,
                                     accuracy_level=accuracy_level or None, op_types_to_quantize=("MatMul",))
    quantiser.process()
    onnx.save(quantiser.model.model, str(folder / MODEL_FILE))
    for name in (TOKENIZER_FILE, CONFIG_FILE):
        (folder / name).symlink_to((index_dir / name).resolve())
    return folder


def fidelity(exact: OnnxEncoder, quantised: OnnxEncoder, corpus_dir: Path) -> None:
    """Print the cosines between the two encoders' sentence and token vectors."""
    files = sorted(glob.glob(str(ROOT / "bench" / "data" / "*.jsonl"))) + ([str(DEV_SET)] if DEV_SET.exists() else [])
    questions = [json.loads(line)["question"] for f in files for line in open(f, encoding="utf-8") if line.strip()]
    sentences = [s.text for d in load_corpus(corpus_dir).values() for s in segment(d)[1]]
    for kind, texts in (("questions", questions), ("corpus sentences", sentences)):
        (a, a_tokens), (b, b_tokens) = (e.embed(texts, batch_size=1) for e in (exact, quantised))
        sentence = np.sum(a * b, axis=1)
        token = np.concatenate([np.sum(x * y, axis=1) for x, y in zip(a_tokens, b_tokens)])
        print(f"{kind} ({len(texts)}): sentence cosine min {sentence.min():.5f} p1 {np.percentile(sentence, 1):.5f} "
              f"mean {sentence.mean():.6f}; token cosine min {token.min():.5f} p1 {np.percentile(token, 1):.5f} mean {token.mean():.6f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bits", type=int, default=8, choices=(2, 4, 8))
    parser.add_argument("--block", type=int, default=32)
    parser.add_argument("--accuracy-level", type=int, default=0, choices=(0, 1, 4))
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--eval", type=Path, metavar="FILE", help="print `textbot eval -vv FILE` with the quantised graph")
    args = parser.parse_args()
    settings = Settings.from_env()
    label = f"{args.bits}-bit, block {args.block}, accuracy level {args.accuracy_level}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = quantise(settings.index_dir, Path(tmp), bits=args.bits, block=args.block, accuracy_level=args.accuracy_level)
        if args.eval:
            from bot.cli.main import main as textbot

            # The query encoder loads MODEL_FILE from the index folder; an absolute
            # path in its place loads the quantised graph, the index left as it is.
            onnx_encoder.MODEL_FILE = str(folder / MODEL_FILE)
            return textbot(["eval", "-vv", str(args.eval)])
        exact = open_searcher(settings, notify=lambda m: None)
        quantised = Searcher(exact.documents, exact.index, OnnxEncoder(folder))
        fidelity(exact._encoder, quantised._encoder, settings.corpus_dir)
        compare({"float32": exact, label: quantised}, _questions(args.step), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
