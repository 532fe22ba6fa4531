"""A stand-in ``tesseract`` for tests: put first on the PATH (the worker processes inherit it), it runs the
real program, except on what it is told to misbehave on. Tesseract is an outside program; the code under
test is ours, unchanged."""

from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

HOSTILE_WIDTH = 1234  # the stand-in misbehaves on a page of this width


def stand_in(folder: Path, *behaviours: str) -> Path:
    """A ``tesseract`` in ``folder`` that runs the real one, except: ``spin`` uses processor time forever
    on a page HOSTILE_WIDTH wide, ``stall`` waits on it without using any; ``killed-hostile`` dies of
    SIGXCPU (as the kernel kills a program over its RLIMIT_CPU) when given such a page; ``killed-batch``
    dies of SIGXCPU when given more than one page, and leaves an empty file ``alone-<pid>`` in
    ``folder`` each time it is given one page."""
    real = shutil.which("tesseract")
    assert real is not None
    folder.mkdir(exist_ok=True)
    program = folder / "tesseract"
    program.write_text(
        f"""#!{sys.executable}
import io, os, signal, sys
if sys.argv[1:2] != ["stdin"]:
    os.execv({real!r}, [{real!r}, *sys.argv[1:]])
data = sys.stdin.buffer.read()
from PIL import Image
image = Image.open(io.BytesIO(data))
widths = []
for n in range(image.n_frames):
    image.seek(n)
    widths.append(image.size[0])
if "spin" in {behaviours!r} and {HOSTILE_WIDTH} in widths:
    while True:
        pass
if "stall" in {behaviours!r} and {HOSTILE_WIDTH} in widths:
    import time
    time.sleep(3600)
if "killed-hostile" in {behaviours!r} and {HOSTILE_WIDTH} in widths:
    os.kill(os.getpid(), signal.SIGXCPU)
if "killed-batch" in {behaviours!r}:
    if len(widths) > 1:
        os.kill(os.getpid(), signal.SIGXCPU)
    open(os.path.join({str(folder)!r}, "alone-%d" % os.getpid()), "w").close()
read, write = os.pipe()
if os.fork() == 0:
    os.close(read)
    os.write(write, data)
    os._exit(0)
os.close(write)
os.dup2(read, 0)
os.execv({real!r}, [{real!r}, *sys.argv[1:]])
"""
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return folder
