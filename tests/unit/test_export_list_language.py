"""The periodic review and the designation proposal in French: every fixed word (headings, labels,
sentences, status words, the methodology's rules, the verdict) from the app's French catalogue, values
as they are, and no English fixed sentence left in a French document."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest
from docx import Document

from exporters.doc_language import Words, catalogue
from exporters.docx_dossier import Dossier, DossierFact, write_dossier
from exporters.docx_review import Review, ReviewClaim, ReviewLetter, write_review
from vault.errors import InvalidInput
from vault.messages import Text

ROOT = Path(__file__).resolve().parents[2]
FIXED_IN = (
    "exporters/docx_review.py",
    "exporters/docx_dossier.py",
    "app/review_data.py",
    "app/dossier_data.py",
    "vault/model/methodology.py",
)


def fixed_templates() -> list[str]:
    """Every Text template of the documents' modules (literal, as the catalogue has them)."""
    found = []
    for name in FIXED_IN:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text":
                first = node.args[0]
                assert isinstance(first, ast.Constant)
                assert isinstance(first.value, str)
                found.append(first.value)
    return found


def pieces(data: bytes) -> list[str]:
    """Every paragraph and table cell of a DOCX, and its properties' title and category."""
    doc = Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    out += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [*out, doc.core_properties.title or "", doc.core_properties.category or ""]


LETTER = ReviewLetter("S/AC.43/2026/GE/OC.12", "Mission of X", "2026-02-01", "no_reply", "")
REVIEW = Review(
    reference="CDi.001",
    name="Jean Mulamba",
    regime="DRC",
    identifiers=(
        (Text("Reference"), "CDi.001"),
        (Text("Name"), "Jean Mulamba"),
        (Text("Nationality"), "DRC"),
    ),
    narrative="Listed for gold trading.",
    list_generated="2017-07-03",
    prepared="2026-03-01",
    since="",
    entities=("Jean Mulamba",),
    claims=(ReviewClaim("He sold gold in Bukavu", "verified_fact", "2026-01-02", ("S-4F2A",)),),
    letters=(LETTER,),
    proposed=((Text("Alias"), "JB"),),
)


def test_every_fixed_word_of_the_documents_has_a_french_translation() -> None:
    french = catalogue("fr")
    missing = [t for t in fixed_templates() if t not in french]
    assert missing == []


def test_a_french_review_has_french_headings_and_no_english_fixed_sentence() -> None:
    data = write_review(REVIEW, lang="fr")
    shown = pieces(data)
    text = "\n".join(shown)
    assert "Examen périodique : CDi.001 Jean Mulamba" in shown
    for heading in ("Éléments d'identification figurant sur la Liste", "Ce que détient le Groupe",
                    "Informations à décharge", "Lettres et réponses"):  # fmt: skip
        assert heading in shown
    assert "Fait vérifié" in shown
    assert "sans réponse" in shown
    assert "Référence" in shown
    assert "Aucune information à décharge n'est consignée sur la période." in shown
    assert "He sold gold in Bukavu" in text
    assert "S-4F2A" in text
    assert "JB" in text
    french = catalogue("fr")
    english = {t for t in fixed_templates() if "{" not in t and french.get(t) != t}
    assert english.isdisjoint(shown)
    assert "Periodic review" not in text
    assert Document(io.BytesIO(data)).core_properties.language == "fr-FR"


def test_a_french_dossier_translates_the_rules_and_the_verdict() -> None:
    rule = Text("a verified fact needs {sources} independent sources", sources=2)
    verdict = Text("Every statement of case meets the methodology ({n} verified fact(s)).", n=1)
    dossier = Dossier(
        name="Mulamba",
        kind=Text("Individual"),
        identifiers=((Text("Name"), "Mulamba"), (Text("Date of birth"), "1971")),
        prepared="2026-03-01",
        facts=(DossierFact("Mulamba financed the group", ("S-1", "S-2"), 2, 0),),
        exculpatory=((Text("considered against claim {id}", id="3f2a9c1d"), "S-3"),),
        letters=(LETTER,),
        rules=(rule, Text("material supporting a designation needs two experts present")),
        verdict=verdict,
    )
    shown = pieces(write_dossier(dossier, lang="fr"))
    text = "\n".join(shown)
    assert "Proposition d'inscription : Mulamba" in shown
    assert "Exposé des motifs" in shown
    assert "Droit de réponse" in shown
    assert "Personne" in shown
    assert Words("fr")(rule) in shown
    assert Words("fr")(rule) != str(rule)
    assert Words("fr")(verdict) in shown
    assert Words("fr")(verdict) != str(verdict)
    assert "3f2a9c1d" in text
    assert "Mulamba financed the group" in text
    french = catalogue("fr")
    english = {t for t in fixed_templates() if "{" not in t and french.get(t) != t}
    assert english.isdisjoint(shown)
    assert not any(
        s.startswith(("Proposal for designation", "a verified fact", "considered against")) for s in shown
    )


def test_english_stays_the_default_and_an_unknown_language_is_refused() -> None:
    shown = pieces(write_review(REVIEW))
    assert "Periodic review: CDi.001 Jean Mulamba" in shown
    assert "Identifiers on the list" in shown
    with pytest.raises(InvalidInput, match="document language"):
        write_review(REVIEW, lang="de")


def test_a_value_that_looks_like_a_template_is_written_as_it_is() -> None:
    hostile = Review(**{**REVIEW.__dict__, "name": "{reference} {0} {name!r}", "regime": "{__class__}"})
    shown = pieces(write_review(hostile, lang="fr"))
    assert "Examen périodique : CDi.001 {reference} {0} {name!r}" in shown
    assert "{__class__}" in shown
