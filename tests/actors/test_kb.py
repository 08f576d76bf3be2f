"""The actor knowledge base: role at a date, holders, Dutch lookups, data validity."""

from __future__ import annotations

import re

import pycountry
import pytest
import yaml

from kroniek.actors import build_states
from kroniek.actors.kb import DATA, KINDS, PLOVER_SECTORS, load_kb, period

PM_NL = "prime minister of the Netherlands"
NATO_SG = "secretary general of NATO"

# (actor id, date, expected role or None for "no office")
ROLE_AT_DATE = [
    ("mark-rutte", "2023-05-01", PM_NL),
    ("mark-rutte", "2025-02-14", NATO_SG),
    ("mark-rutte", "2024-07-15", None),  # between PM and NATO
    ("mark-rutte", "2024-10-01", NATO_SG),  # first day in office
    ("jens-stoltenberg", "2024-01-10", NATO_SG),
    ("jens-stoltenberg", "2014-09-30", None),
    ("donald-trump", "2022-06-01", None),
    ("donald-trump", "2018-03", "president of the United States"),
    ("donald-trump", "2025-11-21", "president of the United States"),
    ("joe-biden", "2023-01-01", "president of the United States"),
    ("joe-biden", "2015-06-01", "vice president of the United States"),
    ("joe-biden", "2025-03", None),
    ("jd-vance", "2025-02-14", "vice president of the United States"),
    ("pete-hegseth", "2025-03", "secretary of defense of the United States"),
    ("antony-blinken", "2022-04-01", "secretary of state of the United States"),
    ("marco-rubio", "2025-02-01", "secretary of state of the United States"),
    ("steve-witkoff", "2025-12-16", "special envoy of the United States"),
    ("dick-schoof", "2025-12-16", PM_NL),
    ("dick-schoof", "2024-07-01", None),
    ("volodymyr-zelensky", "2018-06-01", None),
    ("volodymyr-zelensky", "2022-02-24", "president of Ukraine"),
    ("petro-poroshenko", "2016-01-01", "president of Ukraine"),
    ("dmytro-kuleba", "2023-06-01", "minister of foreign affairs of Ukraine"),
    ("andrii-sybiha", "2025-01", "minister of foreign affairs of Ukraine"),
    ("oleksii-reznikov", "2022-06-01", "minister of defence of Ukraine"),
    ("denys-shmyhal", "2025-09-01", "minister of defence of Ukraine"),
    ("vladimir-putin", "2010-01-01", "prime minister of Russia"),
    ("vladimir-putin", "2025-02", "president of Russia"),
    ("sergey-lavrov", "2019-04-04", "minister of foreign affairs of Russia"),
    ("sergei-shoigu", "2023-01-01", "minister of defence of Russia"),
    ("andrei-belousov", "2025-01-01", "minister of defence of Russia"),
    ("boris-pistorius", "2025-02-14", "minister of defence of Germany"),
    ("angela-merkel", "2019-01-01", "chancellor of Germany"),
    ("olaf-scholz", "2023-01-01", "chancellor of Germany"),
    ("friedrich-merz", "2025-06-01", "chancellor of Germany"),
    ("emmanuel-macron", "2025-03", "president of France"),
    ("keir-starmer", "2025-03", "prime minister of the United Kingdom"),
    ("rishi-sunak", "2023-06-01", "prime minister of the United Kingdom"),
    ("david-cameron", "2024-01-01", "foreign secretary of the United Kingdom"),
    ("john-healey", "2025-01-01", "defence secretary of the United Kingdom"),
    ("alexander-de-croo", "2022-01-01", "prime minister of Belgium"),
    ("bart-de-wever", "2025-03-01", "prime minister of Belgium"),
    ("donald-tusk", "2016-01-01", "president of the European Council"),
    ("donald-tusk", "2024-05-01", "prime minister of Poland"),
    ("andrzej-duda", "2020-01-01", "president of Poland"),
    ("viktor-orban", "2019-05-01", "prime minister of Hungary"),
    ("recep-tayyip-erdogan", "2012-01-01", "prime minister of Turkey"),
    ("recep-tayyip-erdogan", "2019-01-01", "president of Turkey"),
    ("hakan-fidan", "2024-01-01", "minister of foreign affairs of Turkey"),
    ("xi-jinping", "2024-01-01", "president of China"),
    ("li-qiang", "2024-01-01", "premier of China"),
    ("ursula-von-der-leyen", "2018-01-01", "minister of defence of Germany"),
    ("ursula-von-der-leyen", "2025-01-01", "president of the European Commission"),
    ("kaja-kallas", "2025-01-01", "high representative of the European Union"),
    ("antonio-guterres", "2022-01-01", "secretary general of the United Nations"),
    ("wopke-hoekstra", "2022-06-01", "minister of foreign affairs of the Netherlands"),
    ("kajsa-ollongren", "2023-01-01", "minister of defence of the Netherlands"),
    ("ruben-brekelmans", "2025-02-14", "minister of defence of the Netherlands"),
    ("caspar-veldkamp", "2025-09-01", None),
    ("willem-alexander", "2020-01-01", "king of the Netherlands"),
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(("entry_id", "when", "expected"), ROLE_AT_DATE)
def test_role_at_date(kb, entry_id, when, expected):
    role = kb.role_on(entry_id, when)
    assert (role.office if role else None) == expected


def test_actor_follows_the_role_on_the_date(kb):
    in_2023 = kb.actor("mark-rutte", "2023-05-01")
    assert (in_2023.country, in_2023.sector, in_2023.role) == ("NLD", "GOV", PM_NL)
    in_2025 = kb.actor("mark-rutte", "2025-02-14")
    assert (in_2025.country, in_2025.sector, in_2025.role) == ("IGO", "IGO", NATO_SG)
    assert in_2025.wikidata == "Q57792" and in_2025.name == "Mark Rutte"
    out_of_office = kb.actor("donald-trump", "2022-06-01")
    assert out_of_office.role is None and out_of_office.country == "USA"


def test_actor_of_states_and_groups(kb):
    usa = kb.actor("united-states", "2025-02-14")
    assert (usa.name, usa.kind, usa.country, usa.sector, usa.wikidata) == (
        "United States",
        "state",
        "USA",
        "GOV",
        "Q30",
    )
    europe = kb.actor("europe", None)
    assert (europe.kind, europe.country, europe.sector) == ("group", "EUR", None)
    nato = kb.actor("nato", None)
    assert (nato.country, nato.sector, nato.wikidata) == ("IGO", "IGO", "Q7184")


@pytest.mark.parametrize(
    ("office", "of", "when", "expected"),
    [
        ("president", "UKR", "2025-11-21", ["volodymyr-zelensky"]),
        ("president", "UKR", "2017-01-01", ["petro-poroshenko"]),
        ("president", "USA", "2025-02-14", ["donald-trump"]),
        ("president", "USA", "2021-01-20", ["joe-biden"]),  # inauguration day
        ("vice president", "USA", "2025-11-21", ["jd-vance"]),
        ("prime minister", "NLD", "2025-12-16", ["dick-schoof"]),
        ("prime minister", "NLD", "2024-07", ["dick-schoof", "mark-rutte"]),  # month of handover
        ("secretary general", "nato", "2025-03", ["mark-rutte"]),
        ("chancellor", "DEU", "2025-02-14", ["olaf-scholz"]),
        ("defence minister", "DEU", "2025-02-14", ["boris-pistorius"]),
        ("prime minister", "GBR", "2022-10", ["rishi-sunak", "liz-truss"]),
        ("president", "european-commission", "2025-01-01", ["ursula-von-der-leyen"]),
        ("president", "RUS", "2010-01-01", ["dmitry-medvedev"]),
        # Belgium's defence ministers between Vandeput and Dedonder (Michel II, Wilmès I-II)
        ("defence minister", "BEL", "2018-11-20", ["sander-loones"]),
        ("defence minister", "BEL", "2019-06-01", ["didier-reynders"]),
        ("defence minister", "BEL", "2020-03-01", ["philippe-goffin"]),
    ],
)
def test_holders(kb, office, of, when, expected):
    assert [e.id for e in kb.holders(office, of, when)] == expected


@pytest.mark.parametrize(
    ("surface", "entry_id"),
    [
        ("Verenigde Staten", "united-states"),
        ("VS", "united-states"),
        ("de VS", "united-states"),
        ("Amerika", "united-states"),
        ("Oekraïne", "ukraine"),
        ("Duitsland", "germany"),
        ("Groot-Brittannië", "united-kingdom"),
        ("Verenigd Koninkrijk", "united-kingdom"),
        ("Rusland", "russia"),
        ("Taiwan", "taiwan"),
        ("NAVO", "nato"),
        ("NATO", "nato"),
        ("Europese Unie", "european-union"),
        ("EU", "european-union"),
        ("Europa", "europe"),
        ("Coalitie van Bereidwilligen", "coalition-of-the-willing"),
        ("Tweede Kamer", "tweede-kamer"),
        ("Poetin", "vladimir-putin"),
        ("Vladimir  Poetin", "vladimir-putin"),  # whitespace folded
        ("Zelenski", "volodymyr-zelensky"),
        ("Volodymyr Zelensky", "volodymyr-zelensky"),
        ("JD Vance", "jd-vance"),
        ("Fox News", "fox-news"),
    ],
)
def test_lookup(kb, surface, entry_id):
    assert entry_id in [e.id for e in kb.lookup(surface)]


def test_lookup_is_case_sensitive_only_for_abbreviations(kb):
    assert kb.lookup("vs") == []
    assert [e.id for e in kb.lookup("oekraïne")] == ["ukraine"]


def test_short_names_are_flagged(kb):
    assert kb.is_short_name("vladimir-putin", "Poetin")
    assert not kb.is_short_name("vladimir-putin", "Vladimir Poetin")
    assert [e.id for e in kb.lookup("Schoof")] == []  # surnames are the linker's job


def test_shared_alias_gives_every_candidate(kb):
    ids = {e.id for e in kb.lookup("ministerie van Buitenlandse Zaken")}
    assert {"russia-ministry-of-foreign-affairs", "us-department-of-state"} <= ids
    assert kb.entries["russia-ministry-of-foreign-affairs"].part_of == "russia"


@pytest.mark.parametrize(
    ("word", "entry_id"),
    [
        ("Oekraïense", "ukraine"),
        ("Oekraïens", "ukraine"),
        ("Oekraïners", "ukraine"),
        ("Amerikaanse", "united-states"),
        ("Amerikanen", "united-states"),
        ("Russische", "russia"),
        ("Duitse", "germany"),
        ("Britse", "united-kingdom"),
        ("Franse", "france"),
        ("Chinese", "china"),
        ("Europese", "europe"),
        ("Koerden", "kurds"),
        ("Oeigoeren", "uyghurs"),
    ],
)
def test_demonyms(kb, word, entry_id):
    assert kb.by_demonym(word).id == entry_id


def test_a_stateless_people_has_no_adjective_demonym(kb):
    # `Koerdische detentiekampen` names no actor; only the people noun does
    assert kb.by_demonym("Koerdische") is None


def test_metonyms_role_nouns_org_nouns(kb):
    kremlin = kb.metonyms["het Kremlin"][0]
    assert (kremlin.entry_id, kremlin.sector, kremlin.capital) == ("russia", "GOV", False)
    assert {m.entry_id for m in kb.metonyms["Brussel"]} == {"european-union", "nato"}
    assert kb.metonyms["Moskou"][0].capital
    assert kb.metonyms["het Pentagon"][0].sector == "MIL"
    chef = kb.role_nouns["NAVO-chef"]
    assert (chef.office_key, chef.of, chef.from_context) == ("secretary general", "nato", False)
    premier = kb.role_nouns["premier"]
    assert (premier.office_key, premier.from_context) == ("prime minister", True)
    assert kb.org_nouns["alliantie"] == ["nato"]
    for noun in kb.role_nouns.values():
        assert noun.office_key in kb.office_rank


def test_search(kb):
    assert "mark-rutte" in [e.id for e in kb.search("rutte")]


def test_every_un_member_and_the_extras_are_states(kb):
    lists = yaml.safe_load((DATA / "un_members.yaml").read_text(encoding="utf-8"))
    assert len(lists["members"]) == len(set(lists["members"])) == 193
    for code in lists["members"]:
        assert pycountry.countries.get(alpha_3=code) is not None, code
    for code in lists["members"] + lists["others"]:
        entry = kb.state_by_code(code)
        assert entry is not None and entry.kind == "state", code
    assert sum(1 for e in kb.entries.values() if e.kind == "state") == 200  # 193 members, 4 others, 3 countries of the Kingdom


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def test_generated_states_file_is_up_to_date():
    # The content is compared, not the header that names the library versions: the versions
    # are pinned in pyproject.toml, and a header line alone must not turn CI red.
    committed = (DATA / "states.yaml").read_text(encoding="utf-8")
    built = build_states.build()
    assert _without_comments(committed) == _without_comments(built), (
        "run python -m kroniek.actors.build_states"
    )


def test_data_validates(kb):
    for entry in kb.entries.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id), entry.id
        assert entry.kind in KINDS, entry.id
        assert entry.source, entry.id
        assert entry.sector is None or entry.sector in PLOVER_SECTORS, entry.id
        assert entry.wikidata is None or re.fullmatch(r"Q\d+", entry.wikidata), entry.id
        assert entry.part_of is None or entry.part_of in kb.entries, entry.id
        if entry.kind == "person":
            assert entry.country is not None, entry.id
        for role in entry.roles:
            assert role.sector in PLOVER_SECTORS, (entry.id, role)
            assert role.office_key in kb.office_rank, (entry.id, role)
            assert role.of in kb.entries or kb.state_by_code(role.of), (entry.id, role)
            low, high = period(role.start, role.end)
            assert low < high, (entry.id, role)
    for metonyms in kb.metonyms.values():
        assert all(m.entry_id in kb.entries for m in metonyms)
    for ids in kb.org_nouns.values():
        assert all(i in kb.entries for i in ids)


def test_no_duplicate_ids_across_files():
    ids = []
    for path in sorted((DATA / "persons").glob("*.yaml")):
        ids += [p["id"] for p in yaml.safe_load(path.read_text(encoding="utf-8"))["persons"]]
    orgs = yaml.safe_load((DATA / "organisations.yaml").read_text(encoding="utf-8"))
    ids += [o["id"] for o in orgs["organisations"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("place", "state"), [
    ("de Krim", "ukraine"), ("Krim", "ukraine"), ("Donetsk", "ukraine"),
    ("Koersk", "russia"), ("Gazastrook", "palestine"), ("Golanhoogten", "syria"),
    ("Moskou", "russia"),  # a capital among the metonyms is a place of its state
])
def test_places_lie_in_their_state(place, state):
    found = load_kb().state_of_place(place)
    assert found is not None and found.id == state


def test_unknown_places_and_shared_capitals_have_no_state():
    kb = load_kb()
    assert kb.state_of_place("Amsterdamse Bos") is None
    assert kb.state_of_place("Brussel") is None  # the EU or NATO, not a place of one state


def test_demonyms_name_one_state_each():
    data = yaml.safe_load((DATA / "state_extras.yaml").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for code, extra in data.items():
        for form in (extra or {}).get("demonyms", []):
            assert seen.setdefault(form.casefold(), code) == code, form


def test_bodies_of_the_same_english_name_in_two_countries_stay_apart():
    """Party Facts lists a `Socialist Party` for Argentina before the Dutch one: the
    Dutch SP keeps its own entry and its Dutch names."""
    kb = load_kb()
    assert [(e.id, e.country) for e in kb.lookup("SP")] == [("socialist-party", "NLD")]
    assert {e.country for e in kb.lookup("Socialist Party")} >= {"NLD", "ARG", "FRA"}
    assert [e.country for e in kb.lookup("PvdA")] == ["NLD"]  # not Ireland's Labour Party
    assert [e.country for e in kb.lookup("ChristenUnie")] == ["NLD"]
