"""Headlines in title case or capitals are parsed from a sentence-cased copy of the same length."""

import pytest

from telex.nlp.casing import is_shouting, sentence_cased
from telex.nlp.lemmas import english_word, form_of
from telex.nlp.model import load_model


def test_title_case_line_is_sentence_cased_with_names_kept() -> None:
    text = "Senator Aims Jab At Ministry, Slams Plan.\n\nThe senator said the Ministry of Ports had a plan."
    cased = sentence_cased(text)
    assert cased.split("\n")[0] == "Senator aims jab at Ministry, slams plan."
    assert cased.split("\n", 1)[1] == text.split("\n", 1)[1]
    assert len(cased) == len(text)


def test_words_unseen_in_the_body_keep_capitals_only_when_a_known_name() -> None:
    cased = sentence_cased("Mexican Envoy Rebukes Iran Over Shipping Rules.\n\nNothing else here.")
    assert cased.startswith("Mexican envoy rebukes Iran over shipping rules.")


def test_capitals_line_keeps_acronyms_the_body_writes_in_capitals() -> None:
    text = "FBI AGENTS RAID HOME OF U.S. DONOR'S AIDE\n\nFBI officers said the donor's aide was at home."
    assert sentence_cased(text).split("\n")[0] == "FBI agents raid home of U.S. donor's aide"


def test_opening_words_after_colon_and_abbreviation() -> None:
    text = "Lawmaker: Council Blocks Vote\n\nThe Council met; Lawmaker Jones spoke."
    assert sentence_cased(text).split("\n")[0] == "Lawmaker: Council blocks vote"
    cased = sentence_cased("U.S. Nominates Banker For Second Term\n\nx")
    assert cased.startswith("U.S. nominates banker for second term")


def test_ordinary_lines_are_left_alone() -> None:
    text = "Officials in Paris said on Monday that talks with Berlin would resume.\nA Short Note"
    assert not is_shouting(text.split("\n")[0])
    assert sentence_cased(text) == text


def test_a_sentence_dense_with_names_is_no_headline() -> None:
    assert not is_shouting("Chilean President Ana Ruiz met Peruvian leader Luis Soto in Lima on Friday.")


def test_only_the_first_line_and_headings_are_read_as_headlines() -> None:
    text = "Envoys Finish Talks Early\n\nThe envoys ended talks.\n\nMarco Ferri, Rome Policy Institute Fellows"
    assert sentence_cased(text).endswith("Marco Ferri, Rome Policy Institute Fellows")
    assert sentence_cased(text).startswith("Envoys finish talks early")
    heading = text.index("Marco")
    assert sentence_cased(text, [(heading, len(text))]).endswith("Rome policy institute fellows")


def test_days_and_months_keep_their_capital() -> None:
    assert sentence_cased("TALKS RESUME ON FRIDAY IN JUNE\n\nx").startswith("Talks resume on Friday in June")


def test_a_name_of_several_words_keeps_capitals_only_whole() -> None:
    assert sentence_cased("Save The Children Warns Of Hunger\n\nx").startswith("Save the Children warns of hunger")
    assert sentence_cased("Mayor Says Budget Can Save The Port\n\nx").startswith("Mayor says budget can save the port")
    assert sentence_cased("RIVAL FORCES CLASH NEAR SOUTH AFRICA BORDER\n\nx").startswith(
        "Rival forces clash near South Africa border"
    )


def test_towns_and_regions_of_the_tables_keep_capitals() -> None:
    assert sentence_cased("GUNMEN RAID MARKET IN GARISSA\n\nx").startswith("Gunmen raid market in Garissa")
    assert sentence_cased("Troops Clash With Rebels In South Kordofan\n\nx").startswith(
        "Troops clash with rebels in South Kordofan"
    )


def test_acronyms_beside_persons_names_and_common_words() -> None:
    assert sentence_cased("KIM JONG UN HOSTS UN ENVOY\n\nx").startswith("Kim Jong Un hosts UN envoy")
    # A title-case line writes an acronym in capitals; "Who" and "Us" there are the common words.
    cased = sentence_cased("Voters Who Backed Reform Tell Us Why\n\nx")
    assert cased.startswith("Voters who backed reform tell us why")
    assert sentence_cased("Envoy Thanks UN After Vote\n\nx").startswith("Envoy thanks UN after vote")


def test_a_datelines_place_is_a_name_and_its_capitals_no_form() -> None:
    text = "MINERS BLOCK ROADS NEAR SAN MARCOS\n\nSAN MARCOS, Peru (Reuters) - Miners blocked roads on Monday."
    assert sentence_cased(text).split("\n")[0] == "Miners block roads near San Marcos"
    # "MARCOS" in capitals in the dateline is no sign the article writes the word in capitals.
    text = "Rally In San Marcos Ends\n\nLIMA, SAN MARCOS (AFP) - A rally ended."
    assert sentence_cased(text).split("\n")[0] == "Rally in San Marcos ends"


def test_the_article_a_and_a_second_sentence_of_a_headline() -> None:
    assert sentence_cased("Senator Wins A Seat. Her Rival Concedes\n\nx").startswith(
        "Senator wins a seat. Her rival concedes"
    )
    assert sentence_cased("Q&A With The Budget Chief Today\n\nx").startswith("Q&A with the budget chief today")
    assert sentence_cased("VOTE SET FOR MARCH 23 AS TALKS END\n\nx").startswith("Vote set for March 23 as talks end")


def test_a_heading_run_into_a_body_line_gives_no_forms() -> None:
    text = "Poll Shows Shift In Suburbs\n\nSUBURBAN VOTERS SHIFT LEFT - a new poll of suburbs shows a shift."
    assert sentence_cased(text).split("\n")[0] == "Poll shows shift in suburbs"


def test_places_the_phoenix_dictionaries_give_a_state_keep_capitals() -> None:
    assert sentence_cased("CROWDS BLOCK ROADS IN MOMBASA\n\nx").startswith("Crowds block roads in Mombasa")
    assert sentence_cased("Convoy Reaches Kandahar At Dawn\n\nx").startswith("Convoy reaches Kandahar at dawn")


def test_a_word_the_body_writes_only_opening_a_sentence_is_a_name_when_no_english_word() -> None:
    text = (
        "Council Swears In Tuleka Ombasi As Auditor\n\nTuleka Ombasi took the oath on Friday. Former auditors watched."
        " Ombasi thanked the council."
    )
    words = frozenset({"former", "took", "the", "oath", "on", "auditors", "watched", "thanked", "council"})
    english = words.__contains__
    assert sentence_cased(text, english=english).split("\n")[0] == "Council swears in Tuleka Ombasi as auditor"
    # Unjudged, a word seen only where a sentence starts says nothing; an English word there stays a common word.
    assert sentence_cased(text).split("\n")[0] == "Council swears in tuleka Ombasi as auditor"
    former = "Council Hails Former Auditor\n\nFormer auditor Ombasi was hailed."
    assert sentence_cased(former, english=english).split("\n")[0] == "Council hails former auditor"


@pytest.mark.model
def test_english_words_are_the_lemmatizers_words_and_their_forms() -> None:
    english = english_word(load_model())
    assert all(english(word) for word in ("rallies", "detained", "the", "former", "hiring"))
    assert not any(english(word) for word in ("tuleka", "ombasi"))


@pytest.mark.model
def test_forms_of_a_part_of_speech_are_the_lemmatizers_words_of_it_and_their_forms() -> None:
    verb, noun = form_of(load_model(), "verb"), form_of(load_model(), "noun")
    assert all(verb(word) for word in ("rebuffs", "pillories", "brace", "swore", "detained", "win"))
    assert not any(verb(word) for word in ("cities", "outlook", "offensive", "tuleka"))  # nouns, adjectives, names
    assert noun("pakistan") and noun("cities") and not noun("crucial")
