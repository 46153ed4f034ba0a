"""A model named by its metadata file, or a file that is no model, is refused in one line (the build
goes on with the cue rules), never a traceback from the pickle scanner."""
import json
import logging

import pytest

from pipeline.classify.codebook import load_codebook
from pipeline.classify.model import ModelMismatch, check_model, feature_sha256, versions
from pipeline.classify.tagger import MeasureTagger


def _meta(cb) -> dict:
    return {"codebook_sha256": cb.sha256, "feature_sha256": feature_sha256(cb), "versions": versions(),
            "labels": cb.ids}


def test_the_metadata_file_named_as_the_model_says_which_file_to_give(tmp_path):
    cb = load_codebook()
    meta = tmp_path / "classifier.json"
    meta.write_text(json.dumps(_meta(cb)), encoding="utf-8")
    with pytest.raises(ModelMismatch, match=r"metadata, not the model.*classifier\.pkl"):
        check_model(meta, cb)


@pytest.mark.parametrize("content", [b'{"a": 1}', b"\x00\x01 not a pickle", b"", b"\x80\x05"])
def test_a_file_that_is_no_pickle_is_refused_in_one_line(tmp_path, caplog, content):
    cb = load_codebook()
    model = tmp_path / "m.pkl"
    model.write_bytes(content)
    model.with_suffix(".json").write_text(json.dumps(_meta(cb)), encoding="utf-8")
    with pytest.raises(ModelMismatch, match="not a model saved by"):
        check_model(model, cb)
    with caplog.at_level(logging.WARNING):
        tagger = MeasureTagger(None, model)
    assert tagger.source == "rules" and "not a model saved by" in tagger.warning


@pytest.mark.parametrize("meta", ["not json", "[1, 2]"])
def test_metadata_that_is_no_json_object_is_refused(tmp_path, meta):
    model = tmp_path / "m.pkl"
    model.write_bytes(b"\x80\x05N.")
    model.with_suffix(".json").write_text(meta, encoding="utf-8")
    with pytest.raises(ModelMismatch, match="not a model's metadata"):
        check_model(model, load_codebook())


def test_the_advice_names_the_codebook_and_model_it_would_retrain(tmp_path):
    # `make model` trains the shipped codebook into models/classifier.pkl, nothing else
    cb = load_codebook()
    custom = tmp_path / "codebook.yaml"
    custom.write_text(open(cb.path, encoding="utf-8").read() + "\n# my edit\n", encoding="utf-8")
    model = tmp_path / "my.pkl"
    model.write_bytes(b"\x80\x05N.")
    model.with_suffix(".json").write_text(json.dumps(_meta(cb)), encoding="utf-8")
    with pytest.raises(ModelMismatch) as e:
        check_model(model, load_codebook(str(custom)))
    assert f"policykb train --codebook {custom} --out {model}" in str(e.value) and "make model" not in str(e.value)
    meta = _meta(cb) | {"versions": {"scikit-learn": "0.1"}}
    model.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelMismatch, match=f"policykb train --out {model}`"):
        check_model(model, cb)


def test_a_model_copied_without_its_metadata_is_not_called_missing(tmp_path):
    model = tmp_path / "m.pkl"
    model.write_bytes(b"\x80\x05N.")
    with pytest.raises(ModelMismatch, match=r"its metadata m\.json is missing beside it"):
        check_model(model, load_codebook())
    with pytest.raises(FileNotFoundError, match="no trained model"):
        check_model(tmp_path / "absent.pkl", load_codebook())
