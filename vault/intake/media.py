"""Video and audio at intake: duration, creation time, GPS position, device, codecs, and the tags' text.

One parser per container, all ours and bounded (no GPL code: mutagen is GPL, PyAV's wheels bundle GPL
encoders): ISO base media boxes for MP4/MOV/3GP/M4A (vault/intake/bmff.py), EBML for WebM/Matroska
(ebml.py), and the audio formats (audio.py). What they report is what the file claims: a phone's clock,
a position it wrote, a device name anyone can set.
"""

from __future__ import annotations

from typing import Any

from vault.intake import audio, bmff, detect, ebml, xmpmeta
from vault.intake.findings import Findings, clean_number, clip, decimal, put
from vault.intake.mediainfo import MediaInfo

# Where phones and cameras put the device and the position, by dialect (first found wins).
_MAKE = ("com.apple.quicktime.make", "com.android.manufacturer", "©mak", "make")
_MODEL = ("com.apple.quicktime.model", "com.android.model", "©mod", "model")
_SOFTWARE = ("com.apple.quicktime.software", "©swr", "©too", "encoder", "com.android.version")
_POSITION = ("com.apple.quicktime.location.ISO6709", "©xyz", "location", "loci-position")
_CREATED = ("com.apple.quicktime.creationdate", "creationdate", "©day")
_TEXT = (("title", ("©nam", "titl", "title")), ("comment", ("©cmt", "©des", "comment", "desc")),
         ("artist", ("©ART", "artist", "auth")))  # fmt: skip
_READERS = {detect.WEBM: ebml.read, detect.MATROSKA: ebml.read, detect.OGG: audio.read_ogg,
            detect.MP3: audio.read_mp3, detect.AAC: audio.read_adts, detect.WAV: audio.read_wav,
            detect.AMR: audio.read_amr, detect.FLAC: audio.read_flac}  # fmt: skip


def media_info(data: bytes, media_type: str) -> MediaInfo:
    """What the container of ``data`` says, in one shape (vault/intake/mediainfo.py)."""
    if media_type in detect.MOVIES:
        return _movie(data)
    reader = _READERS.get(media_type)
    return reader(data) if reader is not None else MediaInfo()


def _movie(data: bytes) -> MediaInfo:
    movie = bmff.read(data)
    info = MediaInfo(tags=list(movie.tags))
    facts = info.facts
    named = movie.named
    if movie.brand:
        facts["brand"] = movie.brand
    if movie.created is not None:
        facts["created_at"] = movie.created.isoformat()
    if movie.duration_s is not None:
        facts["duration_s"] = movie.duration_s
    facts["tracks"] = [
        {k: t[k] for k in ("handler", "codec", "width", "height") if k in t} for t in movie.tracks[:64]
    ]
    for key, names in (("device_make", _MAKE), ("device_model", _MODEL), ("software", _SOFTWARE),
                       ("claimed_created_at", _CREATED), *_TEXT):  # fmt: skip
        value = next((named[n] for n in names if n in named), None)
        if value is not None:
            facts[key] = value
    position = next((named[n] for n in _POSITION if n in named), None)
    found = bmff.iso6709(position) if position else None
    if found is not None:
        facts["gps"] = found
    if movie.xmp is not None:
        info.tag("XMP", movie.xmp.decode("utf-8", "replace"))
        for key, value in xmpmeta.facts(movie.xmp).items():
            facts.setdefault(key, value)
    if movie.truncated:
        info.unread.append("boxes past the limit")
    info.unread += movie.unread
    return info


def examine_media(data: bytes, media_type: str) -> Findings:
    """The metadata intake records for a video or audio file."""
    info = media_info(data, media_type)
    facts = info.facts
    metadata: dict[str, Any] = {}
    duration = clean_number(facts.get("duration_s"))
    if duration is not None and 0 <= duration < 10**7:
        metadata["duration_s"] = decimal(duration, 3)
    for key in ("created_at", "claimed_created_at", "captured_at", "device_make", "device_model", "software",
                "title", "comment", "artist", "album", "codec", "brand", "doc_type", "muxing_app",
                "writing_app", "camera_make", "camera_model", "camera_serial"):  # fmt: skip
        put(metadata, key, clip(facts.get(key), 300))
    for key in ("sample_rate", "channels"):
        value = facts.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**6:
            metadata[key] = value
    gps = facts.get("gps")
    if isinstance(gps, tuple):
        metadata["gps_latitude"], metadata["gps_longitude"] = decimal(gps[0], 7), decimal(gps[1], 7)
        put(metadata, "gps_altitude", decimal(gps[2], 2) if gps[2] is not None else None)
    for key in ("gps_latitude", "gps_longitude", "gps_altitude"):
        if key not in metadata:
            put(metadata, key, facts.get(key))  # from XMP, already decimal text
    tracks = facts.get("tracks")
    if isinstance(tracks, list):
        codecs = [clip(t.get("codec"), 40) for t in tracks if isinstance(t, dict) and t.get("codec")]
        put(metadata, "codecs", ", ".join(c for c in codecs if c) or None)
        for track in tracks:
            if isinstance(track, dict) and track.get("width") and track.get("height"):
                metadata.setdefault("width", track["width"])
                metadata.setdefault("height", track["height"])
    findings = Findings(media_type, metadata=metadata)
    searchable = "\n".join(text for _where, text in info.tags)
    if searchable.strip():
        findings.pages.append((0, searchable[:200_000]))
    return findings
