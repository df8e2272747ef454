"""`python -m desktop.cli`: the same as the `frontdesk` command."""

import sys

from desktop.cli import main

# A process the command starts (verify's spans, a long catch-up's decoding) imports this
# module again under another name: only the command itself runs it.
if __name__ == "__main__":
    sys.exit(main())
