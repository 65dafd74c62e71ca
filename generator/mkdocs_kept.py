"""MkDocs adapter: what a process that builds the site again and again (`mkdocs serve`) keeps
from one build to the next. Above all the mentor pages, static list pages and data files that a
build would write again byte for byte: they stay as the last build wrote them.

MkDocs empties the site folder before each build and builds every page again: at 10,000 mentors,
nearly all of a rebuild after one saved profile. Here a file is *kept* when the last build of
this process wrote it from the same content, title and source, around it a site built the same
way (the same configuration, day, plugins and theme templates). MkDocs then leaves it out: a kept
file is neither a documentation page nor copied. Its output stays in place because the site
folder's `mentors/` folder, which holds every file that can be kept, is moved out of MkDocs' way
while it empties the site folder (into a hidden folder, which MkDocs never deletes) and back.

What a kept page shows around its content, the theme's frame (navigation, styles, scripts,
policy), is checked after the pages are built: the frame this build cut for its mentor pages
(mkdocs_frame.py) must be the last build's, so one mentor page is always built. When it is not
(a content page's new heading is in every page's navigation), the kept pages are built after
all, as MkDocs builds any page. Only mentor pages filled in from the frame are kept, and only
when every other plugin is one known to leave mentor pages alone (others may write files of
their own for each page, which a kept page would not get).

The process also keeps the theme's compiled templates (CompiledTemplates), and sets what its
first build made apart from Python's collector (set_apart).
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.utils import get_build_date

from generator.mkdocs_frame import MentorFrames
from generator.mkdocs_languages import I18N_PLUGIN, generated

HOLDS = "mentors"  # the site folder's entry holding every file a build may keep
ASIDE = ".mentor-directory-kept"  # hidden, so MkDocs leaves it when it empties the site folder
# Plugins known to write nothing of their own for a mentor or list page, and to read the site's
# page list only for pages that are built (Material's search leaves out pages excluded from it;
# MkDocs' own search, named "search", indexes every page).
QUIET_PLUGINS = frozenset({"material/search", "mentor-directory"})


class OwnFile(File):
    """A page or data file the plugin generates, which a build may keep as the last one wrote it."""

    kept = False

    def is_documentation_page(self) -> bool:
        return not self.kept and super().is_documentation_page()

    def copy_file(self, dirty: bool = False) -> None:
        if not self.kept:
            super().copy_file(dirty)


def own_file(config: MkDocsConfig, src_uri: str, **options: Any) -> OwnFile:
    """A file the plugin generates (mkdocs_languages.generated) that a later build may keep."""
    file = generated(config, src_uri, kind=OwnFile, **options)
    assert isinstance(file, OwnFile)
    return file


class _Built(NamedTuple):
    """A file a build wrote, and what it showed: a page's content and title, a data file's text.
    (A named tuple: a build makes one for each of thousands of files.)"""

    file: OwnFile
    shows: object
    page: bool  # a page, which a next build keeps only if the frame around it is the same


@dataclass(frozen=True)
class _Last:
    """What the last build wrote that the next one may keep, and how it was built."""

    site: tuple[object, ...]  # see KeptFiles.start
    frame: object  # the mentor pages' frame, as MentorFrames.cut gives it
    built: dict[str, _Built]  # by src_uri
    outputs: frozenset[str]  # the site paths (dest_uri) of every file under HOLDS


class KeptFiles:
    """The files one build keeps from the last, and what the next build may keep from this one."""

    def __init__(self) -> None:
        self._last: _Last | None = None
        self._site: tuple[object, ...] = ()
        self._built: dict[str, _Built] = {}  # this build's files, which the next may keep
        self._kept: list[OwnFile] = []
        self._aside: Path | None = None
        self._enabled = False
        self._pages: list[File] | None = None  # this build's, as pages() gives them

    def set_aside(self, config: MkDocsConfig) -> None:
        """Before MkDocs empties the site folder (on_pre_build): moves HOLDS out of its way, if
        the last build left files to keep."""
        aside, holds = Path(config.site_dir, ASIDE), Path(config.site_dir, HOLDS)
        shutil.rmtree(aside, ignore_errors=True)  # what a failed build left
        self._aside = None
        if self._last is not None and holds.is_dir():
            holds.rename(aside)
            self._aside = aside

    def start(self, config: MkDocsConfig, settings: tuple[object, ...], *, enabled: bool
              ) -> None:
        """Once the site folder is empty (on_files): puts back what was set aside if this build
        makes the site as the last did (with these plugin `settings`), or else forgets it. A
        build not `enabled` keeps nothing, nor does the next."""
        self._site = (config.site_dir, config.site_url, config.use_directory_urls,
                      get_build_date(), tuple(config.plugins),
                      _config_text(config.config_file_path), _templates(config), settings)
        self._built, self._kept, self._pages = {}, [], None
        self._enabled = enabled and self.allowed(config)
        aside, self._aside = self._aside, None
        holds = Path(config.site_dir, HOLDS)
        if (aside is None or self._last is None or self._last.site != self._site
                or not self._enabled or holds.exists()):  # (another plugin wrote there first)
            self._last = None
            if aside is not None:
                shutil.rmtree(aside, ignore_errors=True)
            return
        aside.rename(holds)

    @staticmethod
    def allowed(config: MkDocsConfig) -> bool:
        """Whether files may be kept with the site's plugins (a site in several languages builds
        each language in turn, in one build: never)."""
        return I18N_PLUGIN not in config.plugins and set(config.plugins) <= QUIET_PLUGINS

    def file(self, src_uri: str) -> OwnFile | None:
        """The last build's file for `src_uri`, for this build to take on (see keep)."""
        last = self._last.built.get(src_uri) if self._last is not None else None
        return last.file if last is not None else None

    def keep(self, file: OwnFile, shows: object, *, page: bool = True, may: bool = True
             ) -> bool:
        """Keeps `file` if it is the last build's file for its source and showed `shows` then
        (unless it `may` not); either way the next build may keep it."""
        last = self._last.built.get(file.src_uri) if self._last is not None else None
        file.kept = (may and last is not None and last.file is file
                     and (last.shows is shows or last.shows == shows))
        if file.kept:
            self._kept.append(file)
        self._built[file.src_uri] = _Built(file, shows, page)
        return file.kept

    def reuse(self, config: MkDocsConfig, src_uri: str, shows: object, *, page: bool = True,
              **options: Any) -> OwnFile:
        """The last build's file for `src_uri`, kept, if it showed `shows`; else a new one, made
        with own_file's `options`."""
        last = self.file(src_uri)
        if last is not None and self.keep(last, shows, page=page):
            return last
        file = own_file(config, src_uri, **options)
        self.keep(file, shows, page=page)
        return file

    def remove_stale(self, config: MkDocsConfig, files: Files) -> None:
        """Deletes what the last build wrote under HOLDS that this build does not (on_env)."""
        if self._last is None:
            return
        holds = Path(config.site_dir, HOLDS)
        for dest_uri in self._last.outputs - {file.dest_uri for file in files}:
            path = Path(config.site_dir, dest_uri)
            path.unlink(missing_ok=True)
            for folder in path.parents:
                if folder == holds or any(folder.iterdir()):
                    break
                folder.rmdir()

    @property
    def any(self) -> bool:
        """Whether this build keeps files."""
        return bool(self._kept)

    def pages(self, files: Files) -> list[File]:
        """The site's pages as a template listing them sees them: the kept ones among them.
        Worked out once per build (a build renders several such templates)."""
        if self._pages is None:
            self._pages = [file for file in files if (
                file.is_documentation_page() or (isinstance(file, OwnFile) and file.kept))
                and file.inclusion.is_included()]
        return self._pages

    def unkeep_navigation(self, nav: Navigation) -> None:
        """Builds kept pages that the navigation lists after all (on_nav): MkDocs gives them
        neighbours."""
        for page in nav.pages:
            if isinstance(page.file, OwnFile) and page.file.kept:
                page.file.kept = False
                self._kept.remove(page.file)

    def finish(self, config: MkDocsConfig, files: Files, nav: Navigation, env: Environment,
               frames: MentorFrames) -> None:
        """After the pages are built (on_post_build): builds the kept pages after all if the frame
        around them is not the last build's, and remembers what the next build may keep: the
        data files, and the pages built or kept (mentor pages only if filled from the frame)."""
        kept = [file for file in self._kept if file.page is not None]
        for file in self._kept:
            file.kept = False
        if kept and (self._last is None or frames.cut is None or frames.cut != self._last.frame):
            _build(config, files, nav, env, kept)
        if not self._enabled:
            self._last = None
            return
        themed = set(frames.themed)
        built = {src_uri: entry for src_uri, entry in self._built.items()
                 if not entry.page or (frames.cut is not None and src_uri not in themed)}
        self._last = _Last(self._site, frames.cut, built, frozenset(
            file.dest_uri for file in files if file.dest_uri.startswith(HOLDS + "/")))

    def forget(self, site_dir: str) -> None:
        """After a failed build: the next one builds everything."""
        for file in self._kept:
            file.kept = False
        self._last = None
        shutil.rmtree(Path(site_dir, ASIDE), ignore_errors=True)


def _build(config: MkDocsConfig, files: Files, nav: Navigation, env: Environment,
           pages: Sequence[File]) -> None:
    """Builds pages as MkDocs' own build does, each of their events included (MkDocs 1.6 names
    these steps with a leading underscore; the plugin pins MkDocs below 2)."""
    everything = files.documentation_pages()
    for file in pages:
        assert file.page is not None
        _populate_page(file.page, config, files)
    for file in pages:
        assert file.page is not None
        _build_page(file.page, config, everything, nav, env)


def _config_text(path: str | None) -> bytes:
    """mkdocs.yml as written: any change to it may change every page."""
    return Path(path).read_bytes() if path else b""


def _templates(config: MkDocsConfig) -> tuple[tuple[str, str], ...]:
    """The site's own theme templates (custom_dir), by path and content."""
    folder = config.theme.custom_dir
    if not folder or not os.path.isdir(folder):
        return ()
    return tuple((path.relative_to(folder).as_posix(),
                  hashlib.blake2b(path.read_bytes()).hexdigest())
                 for path in sorted(Path(folder).rglob("*.html")) if path.is_file())


class CompiledTemplates(BytecodeCache):
    """The theme's templates as compiled by the last build of this process: each build makes a
    new theme environment, which would compile every template again. Jinja compiles a template
    again when its source changed; templates compiled under other environment settings are
    not shared."""

    def __init__(self) -> None:
        self._code: dict[tuple[object, ...], bytes] = {}

    def install(self, env: Environment) -> None:
        """Has a build's theme environment compile through this cache (on_env)."""
        self._settings = (tuple(sorted(env.extensions)), env.block_start_string,
                          env.variable_start_string, env.comment_start_string,
                          env.line_statement_prefix, env.trim_blocks, env.lstrip_blocks,
                          env.newline_sequence, env.keep_trailing_newline, env.optimized)
        env.bytecode_cache = self

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get((self._settings, bucket.key))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[(self._settings, bucket.key)] = bucket.bytecode_to_string()


def set_apart() -> None:
    """After the first build of `mkdocs serve`: what it made is mostly what the next builds keep
    (profiles checked, pages, rows), hundreds of thousands of objects that Python's collector
    would otherwise walk through at each of its full collections during every later build,
    a good part of a rebuild's time. Frozen (gc.freeze), they are left out of collections;
    they are still freed when no longer used, unless they hold a reference cycle."""
    gc.collect()
    gc.freeze()
