"""`moeten` with the perfect of `zijn` infers what happened; it asks nothing of anyone
(events/modality.py `_not_a_demand`).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are checks of the
demand that stays.
"""

from __future__ import annotations

from corpus import sentence


def _text() -> str:
    # the sentences before name `hij` (Yago R.) and the speaker (Rachid El Messaoudi)
    return " ".join(sentence("dpg2019", fragment) for fragment in [
        "Yago R., de veroordeelde Syriëganger die graag",
        "'Yago heet hij?' vraagt Rachid El Messaoudi",
        "Die Yago kan niet door deze moskee",
        "moet zijn gekomen, hadden we nog"])


def test_an_inference_with_zijn_is_no_demand(code):
    # `In de tijd dat hij hier moet zijn gekomen, ...`: Frog labels `zijn` a predicate of
    # `moet`, the perfect is still an inference
    events = code(_text(), "2019-03-05")
    assert not any(e.type == "REQUEST" and "moet zijn gekomen" in e.text for e in events)


def test_a_demand_with_an_active_infinitive_stays(code):
    text = "'Rusland moet zijn troepen terugtrekken', zegt Rutte."
    assert any(e.type == "REQUEST" and e.recipient is not None
               and e.recipient.name == "Russia" for e in code(text, "2019-03-05"))

