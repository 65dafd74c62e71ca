"""Builds real MkDocs sites in temporary folders, through the `mkdocs` command a user runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.sample import MARKER

REPO = Path(__file__).resolve().parent.parent
MKDOCS = str(Path(sys.executable).parent / "mkdocs")
# The sample program as the template shipped it, kept for the tests: they never read the
# repository's own program (content/, mentors/, mkdocs.yml), which organisers make their own.
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "sample"

FIXTURE_CONFIG = """\
site_name: Fixture program
repo_url: https://github.com/example-org/fixture
edit_uri: edit/main/content/
docs_dir: content
theme:
  name: material
  custom_dir: theme
  font: false
extra_css:
  - assets/mentor-directory/directory.css
extra_javascript:
  - path: assets/mentor-directory/directory.js
    type: module
plugins:
  - search
  - mentor-directory
markdown_extensions:
  - attr_list
  - tables
"""


def in_language(config: str, language: str) -> str:
    """A site configuration with the theme in another language (theme.language)."""
    if language == "en":
        return config
    return config.replace("  name: material\n", f"  name: material\n  language: {language}\n", 1)


def make_site(folder: Path, mentors: dict[str, str], config: str = FIXTURE_CONFIG) -> Path:
    """A site folder with the repo's theme, a home page, a profile guide and the given mentors."""
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "index.md").write_text("# Home\n\n[Find a mentor](mentors/index.md)\n")
    (folder / "content" / "profiles.md").write_text(
        "# Profiles\n\n<!-- mentor-directory:field-reference -->\n")
    (folder / "mentors").mkdir()
    for name, text in mentors.items():
        (folder / "mentors" / name).write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config)
    shutil.copytree(REPO / "theme", folder / "theme")
    return folder


# A fixture program as an organiser leaves it when it is ready: its own addresses, no sample.
PROGRAM_CONFIG = FIXTURE_CONFIG.replace(
    "repo_url: https://github.com/example-org/fixture\n",
    "site_url: https://fixture-org.github.io/mentors/\nrepo_url: https://github.com/fixture-org/mentors\n")


def make_program(folder: Path, mentors: dict[str, str], config: str = PROGRAM_CONFIG) -> Path:
    """A fixture site that `mentors check` passes: its derived files written, nothing left over
    from the template."""
    from generator.generated import write_all
    from generator.program import load_program
    from generator.settings import read_options

    make_site(folder, mentors, config)
    write_all(folder, load_program(read_options(folder / "mkdocs.yml").program))
    return folder


def sample_program(folder: Path) -> Path:
    """A copy of the sample program with the repository's theme, ready to build."""
    shutil.copytree(SAMPLE, folder)
    shutil.copytree(REPO / "theme", folder / "theme")
    return folder


def is_the_template(folder: Path) -> bool:
    """Whether the repository still holds the template's own sample program: mkdocs.yml names the
    template's placeholder repository and the sample mentors are there. Following the start
    guide changes both."""
    config = [line for line in (folder / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
              if not line.lstrip().startswith("#")]
    return (any("/example-org/" in line for line in config)
            and any(MARKER in path.read_text(encoding="utf-8")
                    for path in (folder / "mentors").glob("*.yml")))


def build(folder: Path, *args: str, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess:
    """`mkdocs build` in the folder; `env` changes variables of this environment."""
    return subprocess.run([MKDOCS, "build", *args], cwd=folder, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
