"""Named fault-injection points, for the crash-safety tests and the fault-injection script.

Set CASUALTY_TRACKER_FAILPOINT=<name> and the process kills itself with SIGKILL when
it reaches that point: the harshest crash, with no cleanup, in the middle of the
work the name says. Unset (always, in normal use), a failpoint does nothing.
"""

from __future__ import annotations

import os
import signal

ENV = "CASUALTY_TRACKER_FAILPOINT"


def failpoint(name: str) -> None:
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
