"""`make serve`: the site with live reload on a local port, or one line saying the port is taken.

`mkdocs serve` on a port in use ends in a long traceback; this checks the port first and names
the way to choose another.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

HOST = "127.0.0.1"


def port_in_use(port: int) -> bool:
    """Whether something already listens on the port (a port in TIME_WAIT counts as free, as it
    does for the server MkDocs starts)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return True
    return False


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].isdigit() or not 0 < int(argv[0]) < 65536:
        print(f"make serve: PORT must be a port number from 1 to 65535, not '{' '.join(argv)}'",
              file=sys.stderr)
        return 2
    port = int(argv[0])
    if port_in_use(port):
        print(f"make serve: port {port} is already in use (is the site being served in another "
              f"window?); stop that, or choose another port: make serve PORT={port + 1}",
              file=sys.stderr)
        return 2
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    os.execv(mkdocs, [mkdocs, "serve", "--dev-addr", f"{HOST}:{port}"])
    return 0  # not reached: execv replaces this process


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
