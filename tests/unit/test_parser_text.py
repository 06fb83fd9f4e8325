"""The parser reads a copy of the text of the same length: typographic apostrophes inside words made straight."""

from telex.nlp.parse import straight_apostrophes


def test_apostrophes_inside_words_are_made_straight() -> None:
    text = "Contradicting Tulsa police’s earlier claim, she said she won’t go and they’re wrong."
    straight = straight_apostrophes(text)
    assert straight == "Contradicting Tulsa police's earlier claim, she said she won't go and they're wrong."
    assert len(straight) == len(text)


def test_single_quote_marks_are_left_alone() -> None:
    text = "He called it ‘a disgrace’ and said: ‘We’ll see.’ The students’ union agreed."
    assert straight_apostrophes(text) == "He called it ‘a disgrace’ and said: ‘We'll see.’ The students’ union agreed."
