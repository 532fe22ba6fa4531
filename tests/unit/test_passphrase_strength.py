"""The measure of a new passphrase and the suggested ones: the shipped word list is found and whole."""

from vault.keys import passphrase_strength


def test_the_shipped_word_list_is_found_and_whole() -> None:
    words = passphrase_strength.words()
    assert len(words) == passphrase_strength.WORDLIST_SIZE == len(set(words))


def test_a_suggested_passphrase_is_six_listed_words_strong_enough() -> None:
    phrase = passphrase_strength.suggest()
    assert len(phrase.split(" ")) == 6
    assert set(phrase.split(" ")) <= set(passphrase_strength.words())
    assert passphrase_strength.measure(phrase).acceptable


def test_a_weak_passphrase_is_not_acceptable() -> None:
    assert not passphrase_strength.measure("password123").acceptable
