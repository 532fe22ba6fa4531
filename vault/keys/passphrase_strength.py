"""How hard a new passphrase is to guess, the least a new one must reach, and passphrases to suggest.

Strength is zxcvbn's estimate (the Dropbox algorithm: it counts the guesses an attacker who knows how
people choose passwords would need — dictionary words, names, keyboard runs, dates, l33t — not the kinds
of characters used). A new passphrase (``fieldvault init``, ``passwd``, ``recover``; the app's create
page and its change-passphrase dialog) must score at least ``MIN_SCORE`` (3 of 4: about 10^10 guesses);
below that it is refused with zxcvbn's own feedback. A passphrase that already opens a vault is never
measured.

zxcvbn reads at most ``MEASURED_CHARS`` characters; a longer passphrase is measured by its first ones,
which understates it (anyone guessing it must guess those first).

``suggest()`` draws ``SUGGESTED_WORDS`` words from the EFF's long wordlist (7,776 words, CC BY 3.0 US,
resources/wordlists/) with ``secrets``: about 77.5 bits, shown once for the person to write down.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from zxcvbn import zxcvbn  # type: ignore[import-untyped]  # no stubs; one call, checked below

from vault.errors import VaultCorrupt, WeakPassphrase
from vault.messages import Text

MIN_PASSPHRASE_CHARS = 8  # below this, refused before any strength estimate

MIN_SCORE = 3
MEASURED_CHARS = 72
SUGGESTED_WORDS = 6
WORDLIST = Path(__file__).resolve().parents[2] / "resources" / "wordlists" / "eff_large_wordlist.txt"
WORDLIST_SIZE = 7776
# Words anyone would try first against a Fieldvault vault.
CONTEXT = ("fieldvault", "vault", "passphrase", "password", "sanctions", "panel", "experts")
# zxcvbn's suggestion when it has nothing more specific to say (its own sentence, so the app translates it).
GENERIC_ADVICE = "Add another word or two. Uncommon words are better."


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: ``score`` 0 (too guessable) to 4 (very unguessable), its ``warning`` and
    ``suggestions`` (English sentences of zxcvbn's; the app shows them translated), and the estimated
    number of guesses as a power of ten."""

    score: int
    warning: str
    suggestions: tuple[str, ...]
    guesses_log10: float

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def advice(self) -> tuple[str, ...]:
        """zxcvbn's warning then its suggestions; for a refused passphrase never empty."""
        said = tuple(s for s in (self.warning, *self.suggestions) if s)
        if not said and not self.acceptable:
            return (GENERIC_ADVICE,)
        return said


EMPTY = Strength(0, "", (), 0.0)


def measure(text: str, context: Sequence[str] = ()) -> Strength:
    """zxcvbn's estimate for ``text``; words in ``context`` (a vault's name) count as known to an attacker."""
    if not text:
        return EMPTY
    found = zxcvbn(text[:MEASURED_CHARS], user_inputs=[*CONTEXT, *(c for c in context if c)])
    feedback = found.get("feedback") or {}
    return Strength(
        score=int(found["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or () if s),
        guesses_log10=float(found["guesses_log10"]),
    )


def check(text: str, context: Sequence[str] = ()) -> Strength:
    """The strength of a new passphrase; raises WeakPassphrase, with zxcvbn's advice, below MIN_SCORE."""
    strength = measure(text, context)
    if not strength.acceptable:
        raise WeakPassphrase(
            Text("this passphrase is too easy to guess ({advice})", advice=" ".join(strength.advice()))
        )
    return strength


@functools.cache
def words() -> tuple[str, ...]:
    """The EFF long wordlist, in its order (lines ``DICE<TAB>word``)."""
    try:
        lines = WORDLIST.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        raise VaultCorrupt(Text("the word list for suggested passphrases cannot be read")) from None
    found = tuple(line.split("\t", 1)[1].strip() for line in lines if "\t" in line)
    if len(found) != WORDLIST_SIZE or len(set(found)) != WORDLIST_SIZE or not all(found):
        raise VaultCorrupt(Text("the word list for suggested passphrases is damaged"))
    return found


def suggest(count: int = SUGGESTED_WORDS) -> str:
    """``count`` words (at least 5) drawn independently and uniformly with ``secrets``, separated by
    spaces. A draw zxcvbn would refuse (never seen with six words) is drawn again."""
    if count < 5:
        raise ValueError("a suggested passphrase has at least 5 words")
    pool = words()
    while True:
        phrase = " ".join(secrets.choice(pool) for _ in range(count))
        if measure(phrase).acceptable:
            return phrase
