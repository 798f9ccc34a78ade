"""`python -m bot`: the `textbot` command."""

import sys

from .cli.main import main

sys.exit(main())
