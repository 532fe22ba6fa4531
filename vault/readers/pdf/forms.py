"""Forms and signatures: the /AcroForm dictionary, every field and its kids, XFA packets, and the
signature dictionaries, with the names in the signer's certificates (subject, issuer, alternative
names) and every readable run of the PKCS#7 blob."""

from __future__ import annotations

from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.strings import _printable, _string_texts


def _certificate_names(data: bytes) -> list[str]:
    """Subject, issuer and alternative names of the certificates in a signature's PKCS#7 blob or a
    DER certificate, and every readable run of the blob (a name may sit in a field we do not parse)."""
    from cryptography import x509  # noqa: PLC0415 - only signed PDFs need it
    from cryptography.hazmat.primitives.serialization import pkcs7  # noqa: PLC0415

    lines: list[str] = []
    blob = _der_prefix(data)
    certificates: list[x509.Certificate] = []
    try:
        certificates = list(pkcs7.load_der_pkcs7_certificates(blob))
    except Exception:  # noqa: BLE001 - not PKCS#7, or not one cryptography reads
        try:
            certificates = [x509.load_der_x509_certificate(blob)]
        except Exception:  # noqa: BLE001
            certificates = []
    for cert in certificates:
        try:
            lines += [cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()]
            alt = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            lines += [str(getattr(name, "value", name)) for name in alt]
        except Exception:  # noqa: BLE001, S112 - no alternative names, or a malformed extension
            continue
    lines.append(_printable(blob))
    return lines


def _der_prefix(data: bytes) -> bytes:
    """A DER value without the zero padding a signature's /Contents carries after it."""
    if len(data) < 2 or data[0] != 0x30:
        return data.rstrip(b"\x00")
    first = data[1]
    if first < 0x80:
        return data[: 2 + first]
    count = first & 0x7F
    if count == 0 or count > 4:
        return data.rstrip(b"\x00")
    length = int.from_bytes(data[2 : 2 + count], "big")
    return data[: 2 + count + length]


class _Forms(_ReadingCore):
    """Form fields, XFA and signatures."""

    def read_fields(self, root: DictionaryObject) -> None:
        form = _resolve(root.get("/AcroForm"))
        if not isinstance(form, DictionaryObject):
            return
        where = Text("form")
        lines: list[str] = []
        for key, value in form.items():
            if key == "/Fields":
                continue
            if key == "/XFA":
                self.xfa(value)
                continue
            lines += self.walk(value, where, key)
        self.add_lines(Text("form dictionary"), lines)
        counter = 0
        fields = _resolve(form.get("/Fields"))
        stack = [(f, 0) for f in reversed(fields)] if isinstance(fields, ArrayObject) else []
        seen: set[int] = set()
        while stack:
            ref, depth = stack.pop()
            node = _resolve(ref)
            if not isinstance(node, DictionaryObject) or id(node) in seen or depth > 64:
                continue
            seen.add(id(node))
            counter += 1
            if counter > 100_000 or self.timed_out(Text("form fields")):
                self.unread(Text("form fields after {n} (limit)", n=counter - 1))
                return
            field_where = Text("form field {n}", n=counter)
            self.step(field_where, self.read_field, node, field_where)
            kids = _resolve(node.get("/Kids"))
            if isinstance(kids, ArrayObject):
                stack.extend((kid, depth + 1) for kid in reversed(kids))

    def read_field(self, node: DictionaryObject, where: str) -> None:
        lines: list[str] = []
        signature: list[str] = []
        for key, value in node.items():
            if key in ("/Kids", "/Parent", "/P", "/Popup", "/IRT"):
                continue
            if key == "/AP":
                self.appearances(value, where)
                continue
            if key == "/V" and node.get("/FT") == "/Sig":
                signature += self.walk(value, where, key)
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where, key)
        self.add_lines(where, lines)
        self.add_lines(Text("{where} signature", where=where), signature)
        if (n := _idnum(node)) is not None:
            self.walked.add(n)

    def xfa(self, value: Any) -> None:
        packets = _resolve(value)
        streams = list(packets) if isinstance(packets, ArrayObject) else [value]
        for n, ref in enumerate(streams, 1):
            stream = _resolve(ref)
            if isinstance(stream, StreamObject):
                self.stream_at(ref, Text("form XFA packet {n}", n=n), "/XFA")
            elif isinstance(stream, (str, bytes)) and not isinstance(stream, NameObject):
                self.add_lines(Text("form XFA packet {n} name", n=n), _string_texts(stream))

    def certificates(self, value: Any) -> list[str]:
        values = _resolve(value)
        blobs = list(values) if isinstance(values, ArrayObject) else [values]
        lines: list[str] = []
        for blob in blobs:
            blob = _resolve(blob)
            if isinstance(blob, StreamObject):
                blob = blob.get_data()
            if isinstance(blob, str) and not isinstance(blob, NameObject):
                self.said.update(_string_texts(blob))
                blob = getattr(blob, "original_bytes", blob.encode("latin-1", "replace"))
            if isinstance(blob, bytes):
                self.said.update(_string_texts(blob))
                lines += _certificate_names(bytes(blob))
        return lines
