"""What someone wants another to do has not happened (`S wil dat X ...`): the wish is the
REQUEST (events/modality.py), the act in its clause is no event (status.yaml
`unreal_governors`, events/embedded.py).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from corpus import sentence


def test_an_inquiry_someone_wants_is_no_inquiry(code):
    text = sentence("dpg2019", "De Rotterdamse oppositie wil dat het Openbaar Ministerie")
    assert not any(e.type == "ACCUSE" for e in code(text, "2019-03-20"))
    text = sentence("dpg2019", "Sjoerdsma wil dat het kabinet onderzoekt wat er mogelijk is")
    events = code(text, "2019-04-08")
    assert not any(e.type == "ACCUSE" for e in events)
    assert any(e.type == "REQUEST" for e in events)


def test_wanting_to_talk_is_still_an_intention(code):
    # negative: `willen` with an infinitive in its own cluster is no wish about another
    events = code("Poetin wil volgende week met Zelensky praten.", "2025-11-21")
    assert any(e.type in {"AGREE", "CONSULT"} for e in events)


def test_an_act_alluded_to_has_not_happened(code):
    # `President Trump heeft diverse malen gezinspeeld op terugtrekking van zijn land uit de
    # Navo`: a hint at a withdrawal is no withdrawal.
    events = code(sentence("dpg2019", "gezinspeeld op terugtrekking van zijn land"),
                  "2019-03-20")
    assert not [e for e in events if e.type == "RETREAT"]
