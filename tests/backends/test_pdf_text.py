"""What PDF text looks like once normalised: what users type must match it, quotes must read."""

from chat.backends.pdf import normalize_text


def test_control_characters_are_not_quoted():
    """Some PDFs map bullets to C1 controls (U+0088): a raw one stood in an answer's quote."""
    assert normalize_text("\u0088 first item\n\u0088 second\x07 item") == "first item\nsecond item"


def test_spacing_and_words_survive():
    assert normalize_text("exam\ufffe\nple\tof   text\n\n\n\nnext") == "example of text\n\nnext"
