"""Language detection: English headlines in Title Case stay English; other languages are told apart."""

import pytest

from telex.ingest.language import detect_language, english_share

ENGLISH_HEADLINE = (
    "Clinton Wades In: Urges Britain To Remain In European Union. White House hopeful Hillary Clinton has "
    "waded into the Brexit debate, throwing her weight behind the campaign to keep Britain in the bloc, "
    "her foreign policy adviser said on Friday after a meeting with officials of the Labour Party."
)
OTHERS = {
    "de": "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen. Der Kanzler sagte, "
    "man werde die Ukraine weiter unterstützen, so lange es nötig sei. Die Opposition kritisierte den Beschluss.",
    "fr": "Le gouvernement a annoncé mardi de nouvelles sanctions contre la Russie. Le président a déclaré que la "
    "France continuerait à soutenir l'Ukraine aussi longtemps que nécessaire, et l'opposition a critiqué.",
    "es": "El gobierno anunció el martes nuevas sanciones contra Rusia. El presidente dijo que España seguirá "
    "apoyando a Ucrania el tiempo que sea necesario, mientras la oposición criticó la decisión por tardía.",
}


def test_an_english_story_under_a_title_case_headline_is_english() -> None:
    assert english_share(ENGLISH_HEADLINE) > 0.15
    assert detect_language(ENGLISH_HEADLINE) == "en"


@pytest.mark.parametrize(("lang", "text"), sorted(OTHERS.items()))
def test_other_languages_are_not_taken_for_english(lang: str, text: str) -> None:
    assert english_share(text) < 0.05
    assert detect_language(text) == lang


NAME_HEAVY_ENGLISH = (
    "Carabinieri arrested Mafia boss Matteo Messina Denaro in Palermo.",
    "Colectivos shot marchers in San Cristobal.",
    # A line under a Title Case headline and a dateline: the detector says Swedish with 0.56 when all is asked.
    "Taliban Fighters Attack Checkpoint In Kandahar\n\nKABUL (AP) — Taliban fighters attacked a police checkpoint.",
)
SHORT_OTHERS = {
    "es": "Manifestantes bloquearon la carretera en Cochabamba.",
    "it": "La polizia ha arrestato tre uomini a Napoli.",
    "de": "Die Polizei nahm zwei Demonstranten fest.",
    "pt": "Manifestantes em São Paulo protestaram contra o governo.",
}


@pytest.mark.parametrize("text", NAME_HEAVY_ENGLISH)
def test_a_short_english_snippet_full_of_foreign_names_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("lang", "text"), sorted(SHORT_OTHERS.items()))
def test_short_snippets_of_other_languages_keep_their_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang
