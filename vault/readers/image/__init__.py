"""Images (JPEG, PNG, TIFF, WebP, GIF, HEIC/AVIF): every piece of text the file carries, located.

The containers are walked here, byte by byte, rather than through Pillow's ``info``, which reads only
what Pillow needs (PNG text after the image data, a GIF comment after the first frame, IFD1, extended
XMP, a JPEG segment after the first scan or data after the end of the image would pass unseen). Pillow
only says whether the file parses as a picture (``Image.open`` reads headers; pixels are never decoded);
when it does not, every readable run of the raw bytes is read as well.

Read, in every container that can hold them:

- EXIF (JPEG APP1, PNG eXIf, WebP EXIF, HEIF Exif items, Photoshop resources): every tag of IFD0, IFD1
  (its JPEG thumbnail is returned as ``Embedded``: an image with its own metadata), the Exif, GPS and
  Interop IFDs and SubIFDs; text, UTF-16LE XP* tags, UserComment and the GPS text tags decoded by their
  8-byte charset prefix, byte values, integers (a serial number can be one; rationals are not text), and
  every printable run of the maker note. A TIFF file is read the same way, every page.
- XMP (JPEG APP1 and extended XMP, PNG iTXt, TIFF tag 700, WebP, GIF, HEIF, Photoshop resources): every
  text node, attribute value, comment and namespace, in any namespace (DTDs and entities refused).
- IPTC IIM (Photoshop resource 0x0404, TIFF tag 33723): every dataset; the other Photoshop resources.
- ICC profiles (JPEG APP2 chunks, PNG iCCP, TIFF tag 34675, WebP ICCP, GIF, HEIF colr): the header
  signatures, and every tag's text ('desc', 'mluc' in every language, 'text', and the readable runs of
  any other type), plus bytes no tag claims. ``read_icc`` reads a profile met elsewhere (a PDF's).
- JPEG comments and every other application segment, PNG text chunks (ImageMagick's hex "raw profile"
  text decoded) and unknown chunks, GIF comments, plain text and application extensions, unknown WebP
  chunks and ISO media boxes, and whatever follows the end of the image (another JPEG is ``Embedded``).

Locations are ``Text`` templates naming structural places (a standard tag or property name, a record
and dataset number, a chunk's position): a name chosen by the file's author (an XMP property in an
unlisted namespace, a PNG keyword, a private ICC tag signature, a Photoshop resource name) goes into the
part's text instead. Nothing here raises for a damaged or hostile file: what cannot be parsed is named in
``Reading.unread`` and its readable runs are read instead.
"""

from __future__ import annotations

from vault.readers.image.read import read_icc, read_image, read_xmp
from vault.readers.image.textruns import runs

__all__ = ["read_icc", "read_image", "read_xmp", "runs"]
