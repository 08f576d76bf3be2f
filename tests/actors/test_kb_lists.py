"""The knowledge-base files built from the shared public lists and the hand-typed
registers: generated files up to date, the loader on the real files, and the offices
held on a date by the 2019 Dutch office holders."""

from __future__ import annotations

import pytest

from kroniek.actors import build_lists
from kroniek.actors.kb import DATA, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _content(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


@pytest.mark.skipif(not build_lists.SHARED.exists(), reason="../shared/data is not present")
def test_generated_files_are_up_to_date():
    for name, built in build_lists.build().items():
        committed = (DATA / "generated" / name).read_text(encoding="utf-8")
        assert _content(committed) == _content(built), (
            f"{name}: run python -m kroniek.actors.build_lists")


def test_generated_files_carry_their_attribution():
    for name in ("parties.csv", "municipalities.csv", "intl_orgs.csv"):
        header = (DATA / "generated" / name).read_text(encoding="utf-8")[:800]
        assert "source:" in header, name
    assert "CC BY-SA 4.0" in (DATA / "generated" / "intl_orgs.csv").read_text()[:800]


def _ids(kb, surface: str) -> list[str]:
    return [e.id for e in kb.lookup(surface)]


@pytest.mark.parametrize(("surface", "entry_id"), [
    ("Forum voor Democratie", "forum-for-democracy"),
    ("FvD", "forum-for-democracy"),
    ("SGP", "reformed-political-party"),
    ("Partij voor de Dieren", "party-for-the-animals"),
    ("ChristenUnie", "christian-union"),
    ("BBB", "farmer-citizen-movement"),
    ("gemeente Arnhem", "municipality-arnhem"),
    ("gemeente Den Haag", "municipality-s-gravenhage"),
    ("Noord-Brabantse Staten", "states-of-north-brabant"),
    ("rechtbank Almelo", "rechtbank-overijssel"),
    ("gerechtshof Amsterdam", "gerechtshof-amsterdam"),
    ("Hoge Raad", "hoge-raad"),
    ("Openbaar Ministerie", "openbaar-ministerie"),
    ("AIVD", "aivd"),
    ("Koninklijke Marechaussee", "koninklijke-marechaussee"),
    ("ministerie van Financiën", "netherlands-ministry-of-finance"),
    ("Zorginstituut Nederland", "zorginstituut-nederland"),
    ("Belastingdienst", "belastingdienst"),
    ("FNV", "fnv"),
    ("VNO-NCW", "vno-ncw"),
    ("De Telegraaf", "de-telegraaf"),
    ("Milieudefensie", "milieudefensie"),
    ("Hezbollah", "hezbollah"),
    ("Islamitische Staat", "islamic-state"),
])
def test_lookup_of_listed_bodies(kb, surface, entry_id):
    assert entry_id in _ids(kb, surface)


def test_a_hand_entry_and_a_generated_one_for_the_same_body_are_merged(kb):
    found = kb.lookup("Europees Hof voor de Rechten van de Mens")
    assert [e.id for e in found] == ["european-court-of-human-rights"]
    assert found[0].wikidata and found[0].wikidata.startswith("Q")  # from SupraVerden
    assert len(kb.lookup("European Commission")) == 1


def test_counts_per_kind(kb):
    def count(pred) -> int:
        return sum(1 for e in kb.entries.values() if pred(e))
    assert count(lambda e: e.sector == "PTY" and e.kind == "organisation" and e.country == "NLD") >= 30
    assert count(lambda e: e.id.startswith("municipality-")) >= 355
    assert count(lambda e: e.id.startswith("province-")) == 12
    assert count(lambda e: e.country == "IGO") >= 600
    assert count(lambda e: e.country == "NLD" and e.sector == "JUD") >= 20


def test_no_qid_is_shared_by_two_entries(kb):
    seen: dict[str, str] = {}
    for entry in kb.entries.values():
        if entry.wikidata:
            assert entry.wikidata not in seen, (entry.id, seen.get(entry.wikidata))
            seen[entry.wikidata] = entry.id


def test_a_place_name_is_a_municipality_only_as_a_subject(kb):
    readings = kb.metonyms["Maasdriel"]
    assert [m.entry_id for m in readings] == ["municipality-maasdriel"]
    assert readings[0].subject_only
    assert not any(m.subject_only for m in kb.metonyms["Den Haag"])  # the capital's reading


# (person, date, office expected on that date or None); Rutte III and 2019 party posts
ROLES_AT_DATE = [
    ("bruno-bruins", "2019-03-20", "minister for medical care of the Netherlands"),
    ("bruno-bruins", "2020-04-01", None),
    ("eppo-bruins", "2019-03-20", None),
    ("eppo-bruins", "2024-09-01", "minister of education, culture and science of the Netherlands"),
    ("wopke-hoekstra", "2019-03-20", "minister of finance of the Netherlands"),
    ("wopke-hoekstra", "2022-06-01", "minister of foreign affairs of the Netherlands"),
    ("hugo-de-jonge", "2019-03-20", "minister of health of the Netherlands"),
    ("kajsa-ollongren", "2019-03-20", "minister of the interior of the Netherlands"),
    ("kajsa-ollongren", "2023-01-01", "minister of defence of the Netherlands"),
    ("raymond-knops", "2019-03-20", "state secretary for the interior and kingdom relations of the Netherlands"),
    ("raymond-knops", "2017-01-01", None),
    ("wouter-koolmees", "2019-03-20", "minister of social affairs and employment of the Netherlands"),
    ("ingrid-van-engelshoven", "2019-03-20", "minister of education, culture and science of the Netherlands"),
    ("menno-snel", "2019-03-20", "state secretary for finance of the Netherlands"),
    ("menno-snel", "2020-01-15", None),
    ("tamara-van-ark", "2019-03-20", "state secretary for social affairs and employment of the Netherlands"),
    ("tamara-van-ark", "2020-10-01", "minister for medical care of the Netherlands"),
    ("paul-blokhuis", "2019-03-20", "state secretary for health, welfare and sport of the Netherlands"),
    ("barbara-visser", "2019-03-20", "state secretary for defence of the Netherlands"),
    ("stientje-van-veldhoven", "2019-03-20", "state secretary for infrastructure and water management of the Netherlands"),
    ("mark-harbers", "2019-03-20", "state secretary for justice and security of the Netherlands"),
    ("mark-harbers", "2019-06-01", None),
    ("mark-harbers", "2023-01-01", "minister of infrastructure and water management of the Netherlands"),
    ("ankie-broekers-knol", "2019-03-20", "president of the Senate of the Netherlands"),
    ("ankie-broekers-knol", "2019-09-01", "state secretary for justice and security of the Netherlands"),
    ("jan-anthonie-bruijn", "2019-03-20", None),
    ("jan-anthonie-bruijn", "2019-09-01", "president of the Senate of the Netherlands"),
    ("khadija-arib", "2019-03-20", "speaker of the House of Representatives of the Netherlands"),
    ("khadija-arib", "2021-06-01", None),
    ("mona-keijzer", "2019-03-20", "state secretary for economic affairs and climate policy of the Netherlands"),
    ("mona-keijzer", "2025-01-01", "minister of housing and spatial planning of the Netherlands"),
    ("sigrid-kaag", "2019-03-20", "minister for foreign trade and development cooperation of the Netherlands"),
    ("sigrid-kaag", "2021-07-01", "minister of foreign affairs of the Netherlands"),
    ("stef-blok", "2019-03-20", "minister of foreign affairs of the Netherlands"),
    ("ank-bijleveld", "2019-03-20", "minister of defence of the Netherlands"),
    ("gert-jan-segers", "2019-03-20", "parliamentary leader of the ChristenUnie"),
    ("lilian-marijnissen", "2019-03-20", "leader of the Socialist Party"),
    ("lilian-marijnissen", "2017-06-01", None),
    ("kees-van-der-staaij", "2019-03-20", "leader of the Reformed Political Party"),
    ("marianne-thieme", "2019-03-20", "leader of the Party for the Animals"),
    ("marianne-thieme", "2019-11-01", None),
    ("esther-ouwehand", "2019-03-20", None),
    ("esther-ouwehand", "2019-11-01", "leader of the Party for the Animals"),
    ("henk-krol", "2019-03-20", "leader of 50PLUS"),
    ("tunahan-kuzu", "2019-03-20", "leader of DENK"),
    ("annabel-nanninga", "2019-03-20", None),
    ("annabel-nanninga", "2019-07-01", "leader of Forum for Democracy in the Senate"),
]


@pytest.mark.parametrize(("person", "when", "office"), ROLES_AT_DATE)
def test_role_at_date(kb, person, when, office):
    role = kb.role_on(person, when)
    assert (role.office if role else None) == office
