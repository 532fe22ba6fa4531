"""The demo's materials: photographs of materiel (drawn with Pillow, with the camera EXIF a real one
would carry) and a scanned-looking end-user certificate (PDF), all made in memory and all invented."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont


@dataclass(frozen=True)
class DemoPhoto:
    name: str
    caption: str
    draw: Callable[[ImageDraw.ImageDraw, tuple[int, int]], None]
    background: tuple[int, int, int]


# --- photographs ---------------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def _crate(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((w * 0.12, h * 0.2, w * 0.88, h * 0.85), fill=(112, 124, 74), outline=(40, 44, 26), width=8)
    for y in (0.35, 0.7):
        d.line((w * 0.12, h * y, w * 0.88, h * y), fill=(60, 66, 38), width=6)
    text = "7.62x39  1 x 700\nLOT 11-19\nGROSS 27 KG"
    d.multiline_text((w * 0.22, h * 0.4), text, fill=(235, 235, 220), font=_font(int(h * 0.08)), spacing=14)


def _headstamp(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    cx, cy, r = w / 2, h / 2, min(w, h) * 0.38
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(196, 160, 84), outline=(120, 92, 40), width=10)
    d.ellipse((cx - r * 0.22, cy - r * 0.22, cx + r * 0.22, cy + r * 0.22), fill=(170, 130, 70))
    font = _font(int(r * 0.28))
    d.text((cx - r * 0.35, cy - r * 0.8), "11", fill=(70, 50, 20), font=font)
    d.text((cx - r * 0.35, cy + r * 0.4), "19", fill=(70, 50, 20), font=font)


def _serial_plate(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((w * 0.05, h * 0.4, w * 0.95, h * 0.6), fill=(48, 48, 52))
    d.rectangle((w * 0.3, h * 0.43, w * 0.75, h * 0.57), fill=(90, 90, 96), outline=(20, 20, 20), width=4)
    d.text((w * 0.33, h * 0.46), "KD 4471903", fill=(225, 225, 225), font=_font(int(h * 0.06)))


def _vessel(d: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    w, h = size
    d.rectangle((0, h * 0.62, w, h), fill=(40, 70, 110))
    d.polygon(
        [(w * 0.1, h * 0.5), (w * 0.9, h * 0.5), (w * 0.82, h * 0.68), (w * 0.16, h * 0.68)],
        fill=(150, 30, 30),
    )
    d.rectangle((w * 0.62, h * 0.3, w * 0.8, h * 0.5), fill=(230, 230, 230))
    d.text((w * 0.22, h * 0.54), "KESTREL DAWN", fill=(240, 240, 240), font=_font(int(h * 0.06)))


PHOTOS: tuple[DemoPhoto, ...] = (
    DemoPhoto("IMG_2041.jpg", "Crate markings, warehouse 4", _crate, (200, 190, 170)),
    DemoPhoto("IMG_2044.jpg", "Headstamp 11-19 on a seized round", _headstamp, (60, 60, 64)),
    DemoPhoto("IMG_2051.jpg", "Rifle receiver serial number, Wadi Sel", _serial_plate, (150, 140, 120)),
    DemoPhoto("IMG_1987.jpg", "MV Kestrel Dawn at berth 3", _vessel, (180, 205, 230)),
)


def photo_bytes(photo: DemoPhoto, size: tuple[int, int] = (1200, 900)) -> bytes:
    """A JPEG drawn in memory, with the camera EXIF a real one would carry (make, model, date, GPS)."""
    image = Image.new("RGB", size, photo.background)
    photo.draw(ImageDraw.Draw(image), size)
    exif = Image.Exif()
    exif[0x010F] = "Fieldcam"  # Make
    exif[0x0110] = "FC-12 (demo)"  # Model
    exif[0x0132] = "2025:03:20 10:41:07"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (12.0, 31.0, 4.0)
    gps[3], gps[4] = "E", (41.0, 7.0, 55.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def certificate_pdf() -> bytes:
    """A one-page scanned-looking end-user certificate, as a PDF made in memory."""
    page = Image.new("RGB", (1240, 1754), (250, 248, 240))
    d = ImageDraw.Draw(page)
    d.text((120, 120), "END-USER CERTIFICATE", fill=(20, 20, 20), font=_font(56))
    lines = [
        "No. EUC/2024/0317",
        "Importer: Ministry of Interior, Republic of Veldara",
        "Goods: 7.62 x 39 mm cartridges, 840,000 rounds",
        "Lot: 11-19",
        "Final destination: Central Police Depot, Veldara City",
        "The goods will not be re-exported or transferred.",
        "",
        "Signed: ______________________   (stamp illegible)",
    ]
    for i, line in enumerate(lines):
        d.text((120, 300 + i * 70), line, fill=(30, 30, 30), font=_font(34))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150)
    return out.getvalue()
