"""Builds a site again and again in one process, as `mkdocs serve` does: the configuration is
loaded anew for each build, the plugins (and every module) stay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sites import REPO

# The loop `mkdocs serve` runs (mkdocs/commands/serve.py), one build for each line read.
DRIVER = """\
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site_dir = sys.argv[1:]
for number, _ in enumerate(sys.stdin):
    config = load_config(config_file=config_file, site_dir=site_dir)
    if number == 0:
        config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    except BaseException as error:
        print("failed:", repr(error), flush=True)
    else:
        print("built", flush=True)
"""


class Rebuilds:
    """One process that builds `folder`'s site into `site_dir` each time it is asked."""

    def __init__(self, folder: Path, site_dir: Path, log: Path) -> None:
        self._log = log.open("w", encoding="utf-8")
        self._process = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(folder / "mkdocs.yml"), str(site_dir)],
            cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0",
                            "PYTHONPATH": str(REPO)})

    def build(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write("build\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline()
        assert answer == "built\n", answer

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=60)
        self._log.close()
