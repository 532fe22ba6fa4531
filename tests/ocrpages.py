"""Pages rendered with PIL for the OCR tests: several fonts and sizes, a skew, JPEG noise, French and
Arabic. The fonts are Debian's fonts-dejavu-core and fonts-liberation (installed by .ci/run), read from
the system at run time; nothing here touches the network or anything outside the checkout.
"""

from __future__ import annotations

import io
import random
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
DEJAVU_SANS = FONTS / "dejavu" / "DejaVuSans.ttf"
DEJAVU_SERIF = FONTS / "dejavu" / "DejaVuSerif.ttf"
LIBERATION_SERIF = FONTS / "liberation" / "LiberationSerif-Regular.ttf"
LIBERATION_SANS = FONTS / "liberation" / "LiberationSans-Regular.ttf"
LIBERATION_MONO = FONTS / "liberation" / "LiberationMono-Regular.ttf"

ENGLISH = [
    "END-USER CERTIFICATE No. 2024/117",
    "The Ministry of Defence certifies that the goods",
    "listed below are for the sole use of the armed",
    "forces and will not be re-exported or transferred.",
    "Consignee: Northern Logistics Company, Port Sudan",
    "Item 1: 7.62 x 39 mm cartridges, lot 31-2019, 48,000",
    "Item 2: RPG-7 launchers, serial numbers 40112 to 40131",
    "Vessel: MV Sea Falcon, IMO 9123456, flag Togo",
]
FRENCH = [
    "Le ministère de l'Intérieur déclare que la cargaison",
    "a été inspectée à Bangui le 12 février 2024.",
    "Les caisses portaient des numéros de lot effacés;",
    "l'expert a noté des marquages en caractères latins.",
    "Déclaration signée par le capitaine du navire.",
]
ARABIC = [
    "وزارة الدفاع الوطني",
    "شهادة المستخدم النهائي",
    "الشحنة وصلت إلى الميناء في شهر فبراير",
    "عدد الصناديق أربعون صندوقا",
]


def render(lines: list[str], font: Path, size: int, *, width: int = 2000, rtl: bool = False) -> Image.Image:
    """Black text on white, one line per entry, ``size`` pixels high (at 300 dpi, 42 px is 10 pt)."""
    face = ImageFont.truetype(str(font), size)
    line_height = int(size * 1.6)
    image = Image.new("L", (width, line_height * len(lines) + 2 * size + 80), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        y = 40 + size + n * line_height
        if rtl:
            right = width - 120
            draw.text((right, y), line, font=face, fill=0, anchor="rs", direction="rtl", language="ar")
        else:
            draw.text((120, y), line, font=face, fill=0, anchor="ls")
    return image


def skewed(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def noisy_jpeg(image: Image.Image, *, seed: int = 7, amount: int = 40, quality: int = 35) -> bytes:
    """Speckle noise (``amount`` grey levels either way on one pixel in five), then a low-quality JPEG."""
    rng = random.Random(seed)  # noqa: S311 - reproducible noise, not a secret
    pixels = bytearray(image.convert("L").tobytes())
    for i in range(0, len(pixels), 5):
        pixels[i] = max(0, min(255, pixels[i] + rng.randint(-amount, amount)))
    noisy = Image.frombytes("L", image.size, bytes(pixels))
    return encode(noisy, "JPEG", quality=quality)


def encode(image: Image.Image, fmt: str, **options: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB" if fmt == "JPEG" else image.mode).save(out, fmt, **options)
    return out.getvalue()


def normalise(text: str) -> str:
    """For comparison: NFKC, every run of white space one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def cer(reference: str, recognised: str) -> float:
    """Character error rate: edit distance between the normalised texts over the reference's length."""
    ref, hyp = normalise(reference), normalise(recognised)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i]
        for j, h in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / max(1, len(ref))


def scanned_pdf(pages: list[Image.Image | list[str]]) -> bytes:
    """A PDF (made by reportlab) whose pages are either images (scans, no text layer) or typed lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for page in pages:
        if isinstance(page, Image.Image):
            scale = min((width - 72) / page.width, (height - 72) / page.height)
            pdf.drawImage(ImageReader(page), 36, height - 36 - page.height * scale, page.width * scale,
                          page.height * scale)  # fmt: skip
        else:
            for n, line in enumerate(page):
                pdf.drawString(72, height - 72 - 16 * n, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
