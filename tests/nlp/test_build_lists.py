"""The word lists headings.py reads, generated from Frog's lexicon and the CBS list
(nlp/build_lists.py)."""

import pytest

from kroniek.nlp import build_lists


def test_proper_adjectives_are_capitalised_forms_rarely_written_in_lower_case():
    lines = [
        "2452 Nederlandse ADJ(prenom,basis,met-e,stan):2254 SPEC(deeleigen):177",
        "4 nederlandse ADJ(prenom,basis,met-e,stan):4",
        "78 Groene ADJ(prenom,basis,met-e,stan):33 SPEC(deeleigen):44",
        "900 groene ADJ(prenom,basis,met-e,stan):900",
        "50 Jonge ADJ(prenom,basis,met-e,stan):10 SPEC(deeleigen):40",
        "2 Zeldzame ADJ(prenom,basis,met-e,stan):2",
    ]
    assert build_lists.proper_adjectives(lines) == ["Nederlandse"]


def test_signature_towns_are_every_municipality_once():
    rows = [{"gemeente_naam": "Peize"}, {"gemeente_naam": "Assen"}, {"gemeente_naam": "Assen"}]
    assert build_lists.signature_towns(rows) == ["Assen", "Peize"]


@pytest.mark.skipif(not (build_lists.MUNICIPALITIES.exists() and build_lists.FROG_LEXICON.exists()),
                    reason="../shared/data or Frog's lexicon is not present")
def test_generated_files_are_up_to_date():
    for name, built in build_lists.build().items():
        committed = (build_lists.GENERATED / name).read_text(encoding="utf-8")
        assert committed == built, f"{name}: run python -m kroniek.nlp.build_lists"
