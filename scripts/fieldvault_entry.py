"""Entry point of the packaged app (build.spec): the ``fieldvault`` command, which starts the window
when run with no arguments.

A packaged app has no separate Python interpreter: ``sys.executable`` is this program. The intake's
examiner workers start ``sys.executable -m vault.intake.worker …``; this entry point runs that one
module the way ``python -m`` would, so evidence intake works the same when packaged; likewise the
grid's video posters, taken by ``sys.executable -m ui.poster_child …`` (ui/workers/poster_maker.py).
Only these modules are run so.
"""

import runpy
import sys

CHILD_MODULES = ("vault.intake.worker", "ui.poster_child")


def _run() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "-m" and sys.argv[2] in CHILD_MODULES:
        module = sys.argv[2]
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from app.entry.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
