"""A video's poster frame as its thumbnail: made by the app (QtMultimedia decodes the video in the
app's process, vault/ never imports Qt) and handed here as a JPEG to be stored like a photo's thumbnail.

The app is trusted, but the pixels came from decoding a hostile file: what is stored is checked (a
JPEG, of bounded size and dimensions, that decodes whole) and re-encoded here, so nothing of the
bytes handed in but their pixels is kept (no metadata, no trailing data).
"""

from __future__ import annotations

import io

from PIL import Image

from vault.errors import InvalidInput
from vault.intake import limits
from vault.messages import Text

MAX_POSTER_BYTES = 1024 * 1024  # a 320-pixel JPEG is ~30 KB; far more is not a thumbnail
EDGE = limits.THUMBNAIL_PX  # the longest side of a poster, as of a photo's thumbnail


def checked(jpeg: bytes) -> bytes:
    """``jpeg`` decoded and re-encoded as a thumbnail; InvalidInput when it is not a sane one."""
    if not jpeg or len(jpeg) > MAX_POSTER_BYTES or not jpeg.startswith(b"\xff\xd8\xff"):
        raise InvalidInput(
            Text("the poster frame is not a JPEG of at most {size} bytes", size=MAX_POSTER_BYTES),
            field="thumbnail",
        )
    try:
        with Image.open(io.BytesIO(jpeg), formats=["JPEG"]) as image:
            width, height = image.size
            if not (0 < width <= EDGE and 0 < height <= EDGE):
                raise InvalidInput(
                    Text(
                        "the poster frame is {width} x {height} pixels; a thumbnail is at most {edge}",
                        width=width,
                        height=height,
                        edge=EDGE,
                    ),
                    field="thumbnail",
                )
            image.load()
            # pixels only: a converted copy keeps the decoded file's comment and colour profile
            pixels = Image.frombytes("RGB", image.size, image.convert("RGB").tobytes())
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise InvalidInput(Text("the poster frame could not be decoded"), field="thumbnail") from exc
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=limits.THUMBNAIL_QUALITY, optimize=False)
    return out.getvalue()
