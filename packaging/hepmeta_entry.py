"""Entry point of the bundled executables: the same ``hepmeta`` command, frozen."""

import multiprocessing
import os
import sys


def main() -> int:
    multiprocessing.freeze_support()
    # A windowed Windows executable has no console: printing must not crash it.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from hepmeta_desktop.cli import main as hepmeta_main

    return hepmeta_main()


if __name__ == "__main__":
    sys.exit(main())
