"""Complex prepositions round an event noun that Frog merges into one token (`in
samenwerking met`, `in overleg met`; events/triggers.py). Real DPG sentences, read by
path."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_in_samenwerking_met_is_cooperation_of_the_subject(code):
    found = triples(code(sentence("dpg2019", "Saladefabrikant Johma heeft in samenwerking"),
                         "2019-03-01"))
    assert [t for t in found if t[0] == "COOPERATE" and "Johma" in t[1]
            and t[2] is not None and "ProVeg" in t[2]]


def test_in_overleg_met_is_consultation_of_the_subject(code):
    found = triples(code("Minister Grapperhaus heeft in overleg met het OM besloten de zaak "
                         "te laten rusten.", "2019-03-01"))
    assert ("CONSULT", "Ferd Grapperhaus", "Public Prosecution Service of the Netherlands"
            ) in found


def test_a_plain_met_phrase_is_no_cooperation(code):
    # Hand-written negative: `met` alone is company or means, not a joint act.
    found = triples(code("Saladefabrikant Johma heeft met ProVeg Nederland een salade "
                         "ontwikkeld.", "2019-03-01"))
    assert not [t for t in found if t[0] == "COOPERATE"]
