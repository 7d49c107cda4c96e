"""``python -m werkplaats_desktop``: the ``werkplaats`` command."""

import sys

from werkplaats_desktop.cli.main import main

sys.exit(main())
