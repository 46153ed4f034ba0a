"""`policykb label`: Enter keeps what the build stored.  For a measure the model leaves 未归类, Enter
saved the likeliest category (below every threshold) as if the labeller had chosen it."""
import json

from pipeline.classify.labelling import LabelSession


def _session(tmp_path, sample_kb, cand: dict) -> tuple[LabelSession, object]:
    db, _ = sample_kb
    labels = tmp_path / "labels.jsonl"
    s = LabelSession(str(db), str(labels), model=str(tmp_path / "none.pkl"))
    s.candidates = lambda n: [cand]
    return s, labels


def _cand(decided: list[str]) -> dict:
    return {"id": "m1", "text": "乡镇党委对新提任干部开展任前谈话", "article_id": "a1", "title": "t",
            "province": None, "city": None, "county": None,
            "scores": {"select": 0.31, "supervise": 0.2, "care": 0.1}, "decided": decided}


def test_enter_on_an_unclassified_measure_saves_nothing_and_asks_again(tmp_path, sample_kb):
    s, labels = _session(tmp_path, sample_kb, _cand([]))
    answers, said = iter(["", "s"]), []
    prompts = []
    assert s.run(1, prompt=lambda p: prompts.append(p) or next(answers), echo=said.append) == 0
    assert not labels.exists()
    assert "未归类" in prompts[0] and any("assigns no category" in line for line in said)


def test_enter_keeps_the_categories_the_model_decides(tmp_path, sample_kb):
    s, labels = _session(tmp_path, sample_kb, _cand(["supervise", "care"]))
    assert s.run(1, prompt=lambda p: "", echo=lambda line: None) == 1
    assert json.loads(labels.read_text(encoding="utf-8"))["categories"] == ["supervise", "care"]
