"""What a hostile colleague's bundle can put in an entity, a claim or a letter that reaches a periodic
review or a designation proposal: records received are not validated again, so fields of any shape,
control characters, bidirectional overrides, huge text, and a protected source's name."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.dossier_data import DesignationRefused
from app.service import VaultService
from exporters.doc_language import Words
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.guard.leakguard import LeakRefused
from vault.keys.secret import Passphrase
from vault.messages import Text, message_of
from vault.storage import hlc, records, revisions, store

LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"
SOURCE = "Amani Zawadi"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture
def service(tmp_path: Path) -> Any:
    made, _ = VaultService.create(tmp_path / "field.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    made.lists.import_list(LIST_2017)
    yield made
    made.close()


def received(service: VaultService, kind: str, body: dict[str, Any]) -> str:
    """A record as a colleague's bundle brings it: signed, applied, never validated here."""
    v = service._vault
    rid = str(uuid.uuid4())
    rev = revisions.make(
        rid, kind, v.identity.key_id, v.identity.sign_secret.reveal(), hlc.tick(v.conn), (), False, body
    )
    with store.transaction(v.conn):
        records.apply(v.conn, rev)
    return rid


def confirm(service: VaultService, entity: str, reference: str = "KPi.033") -> None:
    found = [
        c for c in service.screening.screen() if c.reference == reference and c.id.startswith(entity[:8])
    ]
    assert found, "the entity was not screened as a candidate for the listing"
    service.screening.decide(found[0].id, "confirmed")


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_fields_of_the_wrong_shape_neither_stop_screening_nor_the_documents(
    service: VaultService, tmp_path: Path
) -> None:
    bad = received(
        service,
        "entity",
        {"type": "individual", "name": "Ri Won Ho", "born": "abcd", "documents": 5, "aliases": "Ri",
         "nationality": ["x"], "imo": {"n": 1}},
    )  # fmt: skip
    odd = received(service, "entity", {"type": ["individual"], "name": 7, "born": 1963, "aliases": [None, 3]})
    received(
        service, "claim", {"statement": "Ri Won Ho at the port", "supports": [bad, odd], "designation": True}
    )
    confirm(service, bad)  # screening of every entity still runs
    assert service.lists.preview_review("KPi.033").writable
    done = service.lists.export_review("KPi.033", tmp_path / "review.docx", lang="fr")
    assert done.claims == 1
    for entity in (bad, odd):
        shown = service.lists.preview_dossier(entity)
        assert shown.refusals  # the claim is no verified fact: refused with its reason, not a crash


def test_control_characters_in_received_text_do_not_stop_the_review(
    service: VaultService, tmp_path: Path
) -> None:
    entity = received(
        service, "entity", {"type": "individual", "name": "Ri Won Ho", "aliases": ["Ri\x00Won\x1b"]}
    )
    received(service, "claim", {"statement": "met\x01 KOMID\x0b agents\x7f", "supports": [entity]})
    received(service, "letter", {"symbol": "S/AC.43/2026/GE/OC.9\x02", "addressee": "Mission\x1f",
                                 "addressee_entity": entity, "sent": "2026-01-02"})  # fmt: skip
    confirm(service, entity)
    out = tmp_path / "review.docx"
    done = service.lists.export_review("KPi.033", out)
    assert (done.claims, done.letters) == (1, 1)
    text = document_xml(out)
    assert "met KOMID agents" in text
    assert "S/AC.43/2026/GE/OC.9" in text
    assert not any(ch in text for ch in "\x00\x01\x02\x0b\x1b\x1f\x7f")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bidirectional_overrides_never_reach_the_committees_copy(
    service: VaultService, tmp_path: Path, lang: str
) -> None:
    """ "\u202eOH NOW IR" prints as "RI WON HO": the Committee would read a name other than the one
    stored, and an amount such as 1000 could print as 0001."""
    broker = received(
        service, "entity", {"type": "individual", "name": "Ri Won Ho", "aliases": ["\u202eOH NOW IR\u202c"]}
    )
    received(service, "claim", {"statement": "paid \u202e0001\u202c USD", "supports": [broker]})
    received(service, "letter", {"symbol": "S/AC.43/2026/GE/OC.9", "addressee": "\u2067Mission\u2069",
                                 "addressee_entity": broker, "sent": "2026-01-02"})  # fmt: skip
    confirm(service, broker)
    out = tmp_path / f"review-{lang}.docx"
    service.lists.export_review("KPi.033", out, lang=lang)
    text = document_xml(out)
    assert "paid 0001 USD" in text
    assert not any(ch in text for ch in BIDI)


def test_a_huge_received_statement_is_refused_cleanly(service: VaultService, tmp_path: Path) -> None:
    broker = received(service, "entity", {"type": "individual", "name": "Ri Won Ho"})
    received(service, "claim", {"statement": "x " * 2_500_000, "supports": [broker]})
    confirm(service, broker)
    shown = service.lists.preview_review("KPi.033")
    assert not shown.writable
    assert [f.unread for f in shown.findings] == [True]
    out = tmp_path / "review.docx"
    with pytest.raises(LeakRefused):
        service.lists.export_review("KPi.033", out)
    assert not out.exists()
    assert list(tmp_path.glob("*.docx*")) == []


def test_a_protected_source_named_in_a_received_narrative_stops_the_french_documents_too(
    service: VaultService, tmp_path: Path
) -> None:
    service.model.add_model_record("source", {"name": SOURCE, "protection": "protected"})
    broker = service.model.add_model_record("entity", {"type": "individual", "name": "Mulamba"})
    a = service.model.add_model_record("source", {"name": "Customs officer", "organisation": "Customs"})
    b = service.model.add_model_record("source", {"name": "Mine manager", "organisation": "Cooperative"})
    claim = service.model.add_model_record(
        "claim", {"statement": "Mulamba financed the group", "supports": [broker.id, a.id, b.id],
                  "designation": True},
    )  # fmt: skip
    service.model.promote_claim(claim.id, "verified_fact")
    assert service.lists.preview_dossier(broker.id, lang="fr").writable
    received(
        service, "claim", {"statement": f"{SOURCE.upper()} says he was elsewhere", "exculpatory": [broker.id]}
    )
    shown = service.lists.preview_dossier(broker.id, lang="fr")
    assert not shown.writable
    assert shown.refusals == ()
    assert [str(f.location) for f in shown.findings] == ["exculpatory 1"]
    assert all(SOURCE.lower() not in str(f.describe()).lower() for f in shown.findings)
    out = tmp_path / "dossier.docx"
    with pytest.raises(LeakRefused) as refused:
        service.lists.export_dossier(broker.id, out, lang="fr")
    assert "Amani" not in str(refused.value)
    assert not out.exists()


def test_a_list_whose_narrative_names_a_protected_source_is_shown_as_a_finding_in_french(
    service: VaultService, tmp_path: Path
) -> None:
    """A crafted list (a colleague's, or a tampered download) names the source in a listing's narrative:
    the French review is refused like the English one, and the preview names the place, not the name."""
    service.model.add_model_record("source", {"name": SOURCE, "protection": "protected"})
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2030-01-01T00:00:00">'
            "<INDIVIDUALS><INDIVIDUAL><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>DOE</SECOND_NAME>"
            "<UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.900</REFERENCE_NUMBER>"
            f"<COMMENTS1>Associate of {SOURCE}.</COMMENTS1></INDIVIDUAL></INDIVIDUALS><ENTITIES/>"
            "</CONSOLIDATED_LIST>\n"
        ).encode()
    )
    service.lists.import_list(crafted)
    shown = service.lists.preview_review("CDi.900", lang="fr")
    assert [str(f.location) for f in shown.findings] == ["narrative"]
    assert all(SOURCE not in str(f.describe()) for f in shown.findings)
    out = tmp_path / "examen.docx"
    with pytest.raises(LeakRefused) as refused:
        service.lists.export_review("CDi.900", out, lang="fr")
    assert "Zawadi" not in str(refused.value)
    assert not out.exists()


def test_a_thousand_refusal_reasons_do_not_exhaust_the_translation() -> None:
    """A colleague's bundle can bring any number of designation claims: their reasons are joined as
    nested Texts only while few (a translation walks them recursively)."""
    reasons = tuple(
        Text("{claim} is not a verified fact", claim=Text("claim {id}", id=f"{n:08x}")) for n in range(5000)
    )
    message = message_of(DesignationRefused(reasons))
    french = Words("fr")(message)
    assert french.startswith("pas de proposition d’inscription : ")
    assert french.count("verified fact") == 5000  # past the limit the reasons stay as written
    few = Words("fr")(message_of(DesignationRefused(reasons[:3])))
    assert "verified fact" not in few
    assert few.count("n’est pas un fait vérifié") == 3
