"""``python -m postmortem``: the same as the ``postmortem`` command."""

import sys

from postmortem.cli import main

sys.exit(main())
