"""Builds a site again and again in one process, as `mkdocs serve` does: the configuration is
loaded anew for each build, the plugins (and every module) stay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sites import REPO

SERVE_URL = "http://127.0.0.1:8000/"  # the address `mkdocs serve` gives the site it serves

# The loop `mkdocs serve` runs (mkdocs/commands/serve.py), one build for each line read; with
# `--strict`, as `mkdocs serve --strict` runs it.
DRIVER = """\
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site_dir, command = sys.argv[1:]
serve_url = SERVE_URL if command == "serve" else None
for number, _ in enumerate(sys.stdin):
    config = load_config(config_file=config_file, site_dir=site_dir, strict=True)
    if number == 0:
        config.plugins.on_startup(command=command, dirty=False)
    if serve_url:
        config.site_url = serve_url
    try:
        build(config, serve_url=serve_url)
    except BaseException as error:
        print("failed:", type(error).__name__, flush=True)
    else:
        print("built", flush=True)
""".replace("SERVE_URL", repr(SERVE_URL))


class Rebuilds:
    """One process that builds `folder`'s site into `site_dir` each time it is asked, as the
    `command` ("serve" or "build") would."""

    def __init__(self, folder: Path, site_dir: Path, log: Path, command: str) -> None:
        self._log = log.open("w", encoding="utf-8")
        self._process = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(folder / "mkdocs.yml"), str(site_dir), command],
            cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0",
                            "PYTHONPATH": str(REPO)})

    def build(self) -> str:
        """'built', or 'failed: ' and the exception's name."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write("build\n")
        self._process.stdin.flush()
        return self._process.stdout.readline().strip()

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=60)
        self._log.close()
