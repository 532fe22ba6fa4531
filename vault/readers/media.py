"""Video and audio files, read for their tags: MP4/MOV ``©nam``/``©cmt`` and Apple keys, ID3 frames
(compressed and unsynchronised ones undone), Vorbis comments, RIFF INFO, Matroska tags and attached
files; cover pictures embedded for the image reader. The dispatcher reads the raw bytes' runs as well
(vault/readers/files.py), as it did before these readers: a box or frame no parser knows is not missed.
"""

from __future__ import annotations

from vault.intake import detect
from vault.messages import Text
from vault.readers.base import Embedded, Reading


def read_media(data: bytes) -> Reading:
    from vault.intake.media import media_info  # here: the parsers load only for media files

    info = media_info(data, detect.media_type(data))
    reading = Reading()
    for where, text in info.tags:
        reading.add(Text("media tag {where}", where=where), text)
    reading.embedded += [Embedded(Text("media {where}", where=where), blob) for where, blob in info.embedded]
    reading.unread += [Text("media {where}", where=where) for where in info.unread]
    return reading
