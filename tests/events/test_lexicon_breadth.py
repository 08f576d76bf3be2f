"""Everyday news constructions of events/data/lexicon_breadth.yaml (and the `reageren`
adjectives of lexicon.yaml).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl (article ids in the comments). Short hand-written
sentences are negatives only.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.events.lexicon import load_lexicon
from kroniek.events.triggers import frames_for


def _frame_types(make_doc, text: str, lemma: str) -> set[tuple[str, tuple[str, ...]]]:
    """(type, fixed objects) of the frames the first token with `lemma` triggers."""
    doc = make_doc(text, "2019-03-20")
    token = next(t for t in doc.tokens if t.lemma.lower() == lemma)
    return {(f.type, f.objects) for f in frames_for(doc, token, load_lexicon())}


# ---------------------------------------------------------------- AGREE: maatregelen aankondigen


def test_announcing_measures_is_an_expressed_intent(code):
    # dpg2019 id 10775032.
    text = sentence("dpg2019", "Dekker heeft al wel de nodige maatregelen aangekondigd")
    assert ("AGREE", "Sander Dekker", None) in triples(code(text, "2019-04-03"))


def test_announced_measures_as_a_description_code_nothing(code):
    # dpg2019 id 10801537: the participle before its noun describes.
    text = sentence("dpg2019", "Vier vragen over de aangekondigde maatregelen")
    assert all(e.type != "AGREE" for e in code(text, "2019-04-10"))


def test_measures_announced_by_a_described_actor_code_nothing(code):
    # dpg2019 id 10794103: `de schoolleiding` is no named actor.
    text = sentence("dpg2019", "'passende maatregelen' tegen de leerlingen heeft aangekondigd")
    assert all(e.type != "AGREE" for e in code(text, "2019-04-08"))


def test_announcing_something_else_is_no_intent(code):
    assert all(e.type != "AGREE" for e in code("De fabrikant kondigde nieuwe modellen aan.",
                                               "2019-04-08"))


# ---------------------------------------------------------------- REQUEST: op het hart drukken


def test_urging_someone_is_a_request(code):
    # dpg2019 id 10803257.
    text = sentence("dpg2019", "Emmanuel Macron op het hart hebben gedrukt")
    assert ("REQUEST", "Donald Tusk", "Emmanuel Macron") in triples(code(text, "2019-04-10"))


def test_a_weight_on_the_heart_is_no_request(code):
    # dpg2019 id 10741949: `op het hart drukken` with no one urged.
    text = sentence("dpg2019", "Daarvoor drukt dat ene nog veel te zwaar op het hart")
    assert all(e.type != "REQUEST" for e in code(text, "2019-03-14"))


def test_pressing_a_button_is_no_request(code):
    assert all(e.type != "REQUEST" for e in code("De minister drukte op de knop.",
                                                 "2019-03-14"))


# ---------------------------------------------------------------- COERCE: optreden tegen


def test_acting_against_someone_is_coercion(code):
    # dpg2019 id 10791639.
    text = sentence("dpg2019", "net zo hard moet optreden als tegen Polen en Hongarije")
    found = triples(code(text, "2019-04-04"))
    assert {("COERCE", "European Union", "Poland"),
            ("COERCE", "European Union", "Hungary")} <= found


def test_an_agentless_crackdown_codes_nothing(code):
    # dpg2019 id 10772706.
    text = sentence("dpg2019", "Tegen andere verkeersovertredingen wordt ook opgetreden")
    assert all(e.type != "COERCE" for e in code(text, "2019-03-29"))


def test_performing_on_stage_is_no_coercion(code):
    assert all(e.type != "COERCE" for e in code("De band treedt vanavond op in Paradiso.",
                                                "2019-03-29"))


# ---------------------------------------------------------------- CONCEDE: erkennen dat


def test_admitting_a_point_is_a_concession(code):
    # dpg2019 id 10772692.
    text = sentence("dpg2019", "Binali Yildirim (63) erkent dat zijn tegenstander")
    assert ("CONCEDE", "Binali Yıldırım", None) in triples(code(text, "2019-04-01"))


def test_admitting_a_state_of_affairs_is_a_concession(code):
    # dpg2019 id 10744630.
    text = sentence("dpg2019", "Hammond erkende dat in de ministersploeg enige wanhoop heerst")
    assert ("CONCEDE", "Philip Hammond", None) in triples(code(text, "2019-03-18"))


def test_the_surname_erken_is_no_admission(code):
    # dpg2019 id 10753574 (economist Hugo Erken): Frog reads the name as `erkennen`.
    text = sentence("dpg2019", "is ook niet veel te verwachten'', denkt Erken")
    assert all(e.type != "CONCEDE" for e in code(text, "2019-04-02"))


def test_an_inquit_erkent_is_no_admission_event(code):
    # dpg2019 id 10753774: a quote's inquit with no `dat` clause.
    text = sentence("dpg2019", "Een schamele oogst, erkent districtschef Van Dijk")
    assert all(e.type != "CONCEDE" for e in code(text, "2019-03-22"))


# ---------------------------------------------------------------- ACCUSE: aan de bel trekken


def test_raising_the_alarm_is_disapproval(code):
    # dpg2019 id 10681912.
    text = sentence("dpg2019", "toen de Britse autoriteiten en de AIVD aan de bel trokken")
    found = triples(code(text, "2019-02-28"))
    assert ("ACCUSE", "General Intelligence and Security Service", None) in found


def test_ringing_a_doorbell_is_no_alarm(code):
    assert all(e.type != "ACCUSE" for e in code("De postbode trok aan de bel.", "2019-02-28"))


def test_a_campaign_by_an_unlinked_person_codes_nothing(code):
    # dpg2019 id 10745657: `Winkel` is no linked actor.
    text = sentence("dpg2019", "Winkel trok met haar boodschap voor veiliger verkeer")
    assert all(e.type != "ACCUSE" for e in code(text, "2019-03-15"))


# ---------------------------------------------------------------- ACCUSE: onder de loep nemen


def test_scrutinising_is_an_investigation_frame(make_doc):
    # dpg2019 id 10724116 (the object names no actor, so no event; the frame is read).
    text = sentence("dpg2019", "De toezichthouder nam de energielabels van 123")
    assert ("ACCUSE", ("loep",)) in _frame_types(make_doc, text, "nemen")


def test_lying_under_the_magnifier_is_no_frame(make_doc):
    # dpg2019 id 10800637: `ligt onder de loep` is no act.
    text = sentence("dpg2019", "Ook de rol van de sekskoper ligt onder de loep")
    assert ("ACCUSE", ("loep",)) not in _frame_types(make_doc, text, "liggen")


def test_taking_someone_along_is_no_scrutiny(make_doc):
    assert ("ACCUSE", ("loep",)) not in _frame_types(
        make_doc, "De politie nam de man mee naar het bureau.", "nemen")


# ---------------------------------------------------------------- SUPPORT: zich sterk maken voor


def test_standing_up_for_someone_is_support(code):
    # dpg2019 id 10740515: a benefit on a coming date, so PLOVER's future SUPPORT (AGREE).
    text = sentence("dpg2019", "sterk voor de 8-jarige Willem Boland")
    found = code(text, "2019-03-13")
    assert any(e.type in {"SUPPORT", "AGREE"} and e.recipient is not None
               and e.recipient.name == "Willem Boland" for e in found)


def test_standing_up_for_a_policy_codes_nothing(code):
    # dpg2019 id 10771542.
    text = sentence("dpg2019", "De Tweede Kamer maakt zich sterk voor een sobere")
    assert all(e.type not in {"SUPPORT", "AGREE"} for e in code(text, "2019-03-29"))


def test_making_someone_strong_is_no_support(code):
    assert triples(code("Sport maakt kinderen sterk.", "2019-03-29")) == set()


# ---------------------------------------------------------------- reageren + attitude


def test_reacting_contentedly_reads_the_support_frame(make_doc):
    # dpg2019 id 10771643.
    text = sentence("dpg2019", "Vakbond CNV reageert op voorhand tevreden")
    assert any(kind == "SUPPORT" and "tevreden" in objects
               for kind, objects in _frame_types(make_doc, text, "reageren"))


def test_reacting_critically_reads_the_disapproval_frame(make_doc):
    # dpg2019 id 10725905.
    text = sentence("dpg2019", "Experts reageren kritisch op de plannen")
    assert any(kind == "ACCUSE" and "kritisch" in objects
               for kind, objects in _frame_types(make_doc, text, "reageren"))


def test_a_reaction_with_no_target_codes_nothing(code):
    # dpg2019 ids 10771643, 10780466: `op voorhand` names no one; no `op` phrase at all.
    for fragment in ("Vakbond CNV reageert op voorhand tevreden",
                     "Joodse organisaties reageerden furieus"):
        assert triples(code(sentence("dpg2019", fragment), "2019-03-29")) == set()


# ---------------------------------------------------------------- ASSAULT: keel dichtknijpen


def test_throttling_someone_is_assault(make_doc):
    # dpg2019 id 10772705: `kneep de keel van het slachtoffer dicht`.
    text = sentence("dpg2019", "kneep de keel van het slachtoffer dicht")
    assert ("ASSAULT", ("keel", "strot", "luchtpijp", "neus", "mond")) in _frame_types(
        make_doc, text, "knijpen")


def test_closing_ones_eyes_is_no_assault(code):
    assert all(e.type != "ASSAULT" for e in code("Jan Smit kneep zijn ogen dicht.",
                                                 "2019-03-20"))


def test_pressing_a_door_shut_is_no_assault(code):
    assert all(e.type != "ASSAULT" for e in code("Jan Smit drukte de deur van Piet Jansen dicht.",
                                                 "2019-03-20"))


def test_flirting_with_other_parties_is_an_intent_to_cooperate(code):
    # PLOVER AGREE (express intent to cooperate), not SUPPORT (praise)
    text = sentence("dpg2019", "Nu flirten Rutte, Buma en Jetten al voorzichtig met Klaver")
    types = {t[0] for t in triples(code(text, "2019-03-20")) if t[1] == "Mark Rutte"}
    assert types == {"AGREE"}


def test_sympathising_stays_support(code):
    # hand-written negative: sympathy is support, not a step towards cooperation
    found = triples(code("De PVV sympathiseert openlijk met Forum voor Democratie.", "2019-03-20"))
    assert ("SUPPORT", "Party for Freedom", "Forum for Democracy") in found
