"""A people noun takes the country a demonym gave it earlier in the article
(events/groups.py `earlier_demonym_country`)."""

from __future__ import annotations

from corpus import sentence


def test_repeated_people_noun_keeps_the_earlier_demonym(code):
    text = " ".join([
        sentence("dpg2019", "het probleem van de Venezolaanse vluchtelingen op te lossen"),
        sentence("dpg2019", "Nederland neemt het echter niet op voor vluchtelingen"),
    ])
    recipients = {e.recipient.name: e.recipient.country
                  for e in code(text, "2019-04-10") if e.recipient is not None}
    assert recipients.get("vluchtelingen") == "VEN"


def test_an_indefinite_people_noun_is_someone_new(code):
    text = ("Syrische vluchtelingen kwamen gisteren aan op Lesbos. "
            "De Griekse politie arresteerde een vluchteling in Athene.")
    recipients = [e.recipient for e in code(text, "2019-04-10")
                  if e.type == "COERCE" and e.recipient is not None]
    assert recipients and all(r.country != "SYR" for r in recipients)
