"""The Phoenix dictionary converter, on small hand-written snippets in the dictionaries' own format."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_phoenix_actors.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_phoenix_actors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


COUNTRIES = """\
# a comment
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREDONIA_
+THE_

JOHN_Q._SMITH_  # CountryInfo.txt
+PRESIDENT_JOHN_Q._SMITH_
+SMYTHE_
+J_SMITH
	[FRDELI 650101-010120]
	[FRDGOV 010120-090120]
	[FRDGOVCOP >090121]
	[FRDELI]
ACME_HOLDINGS_ [MNCUSA]
NOWHERE_TRADING_ [MNC]
FIRST_NAME_ONLY
SECOND_SPELLING_
	[FRDMIL]

LONELY_ENTRY_WITH_NO_CODE_

BROKEN_DATE_
	[FRDGOV 2004017-20061201]
	[FRDLEG <991231]
ADEN_ISLAMIC_ARMY_(AIA)_ [FRDREB]
"""


def test_entries_roles_and_aliases(build: ModuleType) -> None:
    entries = build.read_actors(COUNTRIES)
    by_name = {e.name: e for e in entries}
    smith = by_name["JOHN Q. SMITH"]
    assert smith.roles == [
        "FRDELI 1965-01-01..2001-01-20",
        "FRDGOV 2001-01-20..2009-01-20",
        "FRDGOVCOP 2009-01-21..",
        "FRDELI",
    ]
    assert "SMYTHE" in smith.aliases  # the misspelling is kept
    assert by_name["ACME HOLDINGS"].roles == ["USABUS"]  # a corporation of a home state is its business
    assert "NOWHERE TRADING" not in by_name  # one of no state is dropped
    assert "LONELY ENTRY WITH NO CODE" not in by_name  # no code before a blank line: nothing to code
    # two entries with no code between them share the next code block
    assert by_name["FIRST NAME ONLY"].aliases == ["SECOND SPELLING"]
    assert by_name["FIRST NAME ONLY"].roles == ["FRDMIL"]
    assert by_name["BROKEN DATE"].roles == ["FRDLEG ..1999-12-31"]  # the malformed date is dropped
    assert by_name["ADEN ISLAMIC ARMY"].roles == ["FRDREB"]  # the parenthesised acronym is gone


def test_rows_drop_what_never_matches(build: ModuleType) -> None:
    rows = {name: (aliases, roles) for name, aliases, roles in build.actor_rows(build.read_actors(COUNTRIES))}
    aliases, roles = rows["John Q. Smith"]
    # "PRESIDENT JOHN Q. SMITH" contains the name itself; "THE" is a function word
    assert aliases.split(";") == ["Smythe", "J Smith"]
    assert roles.startswith("FRDELI 1965-01-01..2001-01-20;")
    assert "The" not in rows["Freedonia"][0].split(";")


def test_two_digit_years(build: ModuleType) -> None:
    assert build.parse_date("300101") == "2030-01-01"
    assert build.parse_date("310101") == "1931-01-01"
    assert build.parse_date("19991301") is None
    assert build.parse_role("[USAGOV > 140608]") == "USAGOV 2014-06-08.."
    assert build.parse_role("[---]") is None
    assert build.parse_role("[MNCISRMED]") == "ISRMED"  # a firm's own sector stays


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
RIOT_POLICE {} [~COP]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
ARMY [~MIL]
SOLDIERS,_ALONG_WITH_THEIR_FAMILIES  [~MIL]
HEALTH_MINISTER [~GOVHLH]
TRUCE_MONITOR [IGO~]
"""


def test_agents_with_plurals(build: ModuleType) -> None:
    agents = dict(build.read_agents(AGENTS))
    assert agents["farmer"] == agents["farmers"] == "AGR"
    assert agents["cattlemen"] == agents["cattlewoman"] == "AGR"
    assert agents["riot police"] == "COP" and "riot polices" not in agents
    assert agents["chambers of commerce"] == "BUS"
    assert agents["armies"] == "MIL"
    assert agents["health ministers"] == "GOVHLH"
    assert not any("families" in word for word in agents)  # punctuation, over three words
    assert "truce monitor" not in agents  # a prefix agent


def test_tables_carry_the_notice(build: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("The MIT License (MIT)\n\nCopyright (c) 2014 Open Event Data Alliance\n")
    for name in build.ACTOR_FILES:
        (tmp_path / name).write_text(COUNTRIES if "Countries" in name else "")
    (tmp_path / build.AGENT_FILE).write_text(AGENTS)
    actors, agents = build.build(tmp_path)
    for table in (actors, agents):
        assert "# The MIT License (MIT)" in table and "# Copyright (c) 2014 Open Event Data Alliance" in table
    assert "\nname\taliases\troles\n" in actors and "\nword\tsector\n" in agents
