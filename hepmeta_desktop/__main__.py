"""``python -m hepmeta_desktop`` runs the ``hepmeta`` command."""

import sys

from hepmeta_desktop.cli import main

sys.exit(main())
