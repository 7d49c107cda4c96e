"""Entry point of the frozen program (build.spec).

One analysis serves both executables of the bundle, so the modules are collected once; the
name the program was started by chooses what runs: ``werkplaats`` (the console program) is
the command line, ``werkplaats-desktop`` (the windowed program) is the window.
"""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "werkplaats":
    from werkplaats_desktop.cli.main import main
else:
    from werkplaats_desktop.ui.app import main

sys.exit(main())
