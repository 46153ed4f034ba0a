"""regions._Hit.form_of (each candidate's code → its first form, kept on the hit) gives what the
scans of the hit's forms it replaced give: the first form of a code, the codes in first-seen order."""
from __future__ import annotations

import random

from pipeline.extract import regions as R

KINDS = ("full", "short", "alias", "former", "variant", "listed")


def _hit(forms):
    return R._Hit(0, 2, "某地", forms, "body")


def _random_forms(rng):
    codes = ["110101", "320102", "320102001", "440300", "431121.004"]
    return [R.Form(rng.choice(codes), rng.choice(KINDS), rng.choice(("", "2019"))) for _ in range(rng.randrange(1, 7))]


def test_written_forms():
    forms = [R.Form("320102", "short"), R.Form("110101", "full"), R.Form("320102", "former", "2013")]
    hit = _hit(forms)
    assert list(hit.form_of) == ["320102", "110101"]
    assert hit.form_of["320102"] == R.Form("320102", "short")  # the first of the code's forms
    assert hit.form_of.get("440300") is None


def test_random_forms_agree_with_the_scans():
    rng = random.Random(11)
    for _ in range(2000):
        forms = _random_forms(rng)
        hit = _hit(forms)
        # _resolve's candidates, in the order of their first form
        assert list(hit.form_of) == list({f.code: f.code for f in forms})
        for code in ["110101", "320102", "320102001", "440300", "431121.004", ""]:
            # _mention's form and _accept's kind
            assert hit.form_of.get(code) == next((f for f in forms if f.code == code), None)
            assert (hit.form_of.get(code) or forms[0]).kind == next((f.kind for f in forms if f.code == code), forms[0].kind)
        assert sorted(hit.form_of) == sorted({f.code for f in forms})


def test_kept_once_per_hit():
    hit = _hit([R.Form("110101", "full")])
    assert hit.form_of is hit.form_of
    assert R._Hit(0, 2, "某地", [R.Form("110101", "full")], "body") == hit  # (equality reads the fields only)
