"""The evaluation metrics, on hand-made results."""

from bot.search.evaluation import EvalQuestion, evaluate, is_hit


def test_hit_folds_case_whitespace_and_curly_quotes():
    assert is_hit("He said “Cyberspace  is\nthe COMMON space” today.", ['cyberspace is the common space"'])
    assert is_hit("the network’s ties", ["network's ties"])
    assert not is_hit("the network ties", ["network's ties"])


def test_metrics_from_ranks():
    questions = [
        EvalQuestion("a", "qa", ("alpha",)),
        EvalQuestion("b", "qb", ("beta",)),
        EvalQuestion("c", "qc", ("gamma",)),
        EvalQuestion("n", "qn", ()),
    ]
    answers = {
        "qa": (True, ["alpha here", "x"]),
        "qb": (True, ["x", "y", "beta there"]),
        "qc": (False, []),
        "qn": (True, ["something"]),  # an off-topic question answered: an abstention error
    }
    report = evaluate(questions, answers.__getitem__)
    metrics = report.metrics()
    assert metrics["hit@1"] == 1 / 3
    assert metrics["hit@3"] == 2 / 3
    assert abs(metrics["mrr@10"] - (1 + 1 / 3) / 3) < 1e-9
    assert metrics["abstention"] == 2 / 4
