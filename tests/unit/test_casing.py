"""Headlines in title case or capitals are parsed from a sentence-cased copy of the same length."""

from telex.nlp.casing import is_shouting, sentence_cased


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
