"""``python -m compare``: the same as the ``compare-reports`` command."""

import sys

from ._cli import main

sys.exit(main())
