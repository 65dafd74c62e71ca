"""MkDocs adapter for sessions: takes session pages out of MkDocs' hands and publishes their pages,
the list and archive, calendar files and the sessions index.

MkDocs would parse each page's front matter with its own YAML loader, which is not meant for
untrusted text (aliases, deep nesting, duplicate keys). So every page in a session folder is
removed from the build before MkDocs reads it, and only checked sessions come back, as generated
pages rendered by `session_pages` with their description sanitised.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.calendar_files import calendar
from generator.directory import Directory, Mentor
from generator.mkdocs_languages import generated
from generator.session import json_schema
from generator.session_index import session_index
from generator.session_insights import render_session_insights
from generator.session_pages import (
    mentor_names,
    render_archive,
    render_hosting,
    render_list,
    render_session,
)
from generator.sessions import LIST_FOLDER, ListedSession, Sessions, load_sessions
from generator.translation import N_, _

log = get_plugin_logger("mentor-directory")

LIST_PAGE = f"{LIST_FOLDER}/index.md"
ARCHIVE_PAGE = f"{LIST_FOLDER}/archive.md"
ALL_CALENDAR = f"{LIST_FOLDER}/upcoming.ics"
INDEX_FILE = f"{LIST_FOLDER}/sessions.json"  # the directory page gives session-links.js its address
SCHEMA_FILE = "schema/session.schema.json"
LIST_TITLE = N_("Circles and events")  # titles in English: pages show them translated
ARCHIVE_TITLE = N_("Past circles and events")
GUIDE = "guides/{goal}.md"
SCRIPT = "assets/mentor-directory/sessions.js"
STYLESHEET = "assets/mentor-directory/sessions.css"
FOLDER_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TAKEN = {LIST_FOLDER, "mentors", "schema", "assets", "guides", "templates"}


def _calendar_file(session_id: str) -> str:
    return f"{LIST_FOLDER}/{session_id}.ics"


def _file(files: Files, src_uri: str) -> File:
    """A file this build added; every page and calendar a session page links to is one."""
    file = files.get_file_from_path(src_uri)
    assert file is not None, src_uri
    return file


class SessionSite:
    """The sessions of one build, from `on_files` on."""

    def __init__(self, folders: list[str], config: MkDocsConfig, base: Path):
        wrong = [name for name in folders if not isinstance(name, str)
                 or not FOLDER_NAME.fullmatch(name) or name in TAKEN]
        if wrong:
            raise PluginError(f"mentor-directory: sessions: '{wrong[0]}' cannot be a folder of "
                              "session pages; use plain folder names such as 'circles', other "
                              f"than {', '.join(sorted(TAKEN))}")
        self._folders = list(folders)
        self._docs = Path(config.docs_dir)
        self._base = base
        self._site_url = config.site_url or None
        self._site_name = config.site_name
        self.sessions = Sessions((), (), datetime.now(UTC))
        self._pages: dict[str, ListedSession] = {}

    def is_source(self, src_uri: str) -> bool:
        """Whether a file of the docs folder is a session page (valid or not)."""
        if src_uri.partition("/")[0] not in self._folders:  # most files: told without a path
            return False
        path = PurePosixPath(src_uri)
        return (len(path.parts) == 2 and path.parts[0] in self._folders
                and path.suffix == ".md" and path.name != "index.md")

    def on_files(self, files: Files, config: MkDocsConfig, directory: Directory) -> None:
        for file in [file for file in files if self.is_source(file.src_uri)]:
            files.remove(file)
        self.sessions, problems = load_sessions(
            [self._docs / name for name in self._folders], self._docs, directory,
            relative_to=self._base)
        for problem in problems:
            (log.warning if problem.is_error else log.info)(problem.text())
        invalid = len({problem.path for problem in problems if problem.is_error})
        if invalid:
            log.warning(f"{invalid} session page(s) left out of the site until fixed")
        names = mentor_names(directory)
        self._pages = {}
        for listed in self.sessions.all:
            file = generated(config, listed.src_uri, content="",
                                  inclusion=InclusionLevel.NOT_IN_NAV)
            file.edit_uri = listed.src_uri  # the page's own source, as for any content page
            files.append(file)
            self._pages[listed.src_uri] = listed
        files.append(generated(config, LIST_PAGE, content="", switch=True))
        files.append(generated(config, ARCHIVE_PAGE, content="",
                                    inclusion=InclusionLevel.NOT_IN_NAV))

        def address(listed: ListedSession) -> str | None:
            page = files.get_file_from_path(listed.src_uri)
            return urljoin(self._site_url, page.url) if self._site_url and page else None

        stamp = self.sessions.now
        for listed in self.sessions.all:
            files.append(generated(config, _calendar_file(listed.id), content=calendar(
                [listed], name=listed.session.title, stamp=stamp, page_url=address,
                host_names=names, site_url=self._site_url)))
        files.append(generated(config, ALL_CALENDAR, content=calendar(
            self.sessions.upcoming, name=f"{self._site_name}: {_(LIST_TITLE).lower()}", stamp=stamp,
            page_url=address, host_names=names, site_url=self._site_url)))
        index = session_index(self.sessions, directory.program,
                              lambda src_uri: _file(files, src_uri).url)
        files.append(generated(config, INDEX_FILE, content=json.dumps(
            index, separators=(",", ":"), ensure_ascii=False)))
        files.append(generated(config, SCHEMA_FILE, content=json.dumps(
            json_schema(directory.program), indent=2, ensure_ascii=False) + "\n"))

    def title(self, page: Page) -> str | None:
        """The page's title, escaped, if it is one of the session pages; Material prints it raw."""
        listed = self._pages.get(page.file.src_uri)
        if listed is not None:
            return listed.session.title
        title = {LIST_PAGE: LIST_TITLE, ARCHIVE_PAGE: ARCHIVE_TITLE}.get(page.file.src_uri)
        return _(title) if title else None

    def content(self, page: Page, files: Files, directory: Directory) -> str | None:
        """The body of a session page, the list or the archive; None for any other page."""

        def link(src_uri: str) -> str:
            return _file(files, src_uri).url_relative_to(page.file)

        src_uri = page.file.src_uri
        listed = self._pages.get(src_uri)
        if listed is not None:
            guides = {goal: link(GUIDE.format(goal=goal)) for goal in listed.session.goals
                      if files.get_file_from_path(GUIDE.format(goal=goal)) is not None}
            return render_session(listed, directory, link, back=link(LIST_PAGE),
                                  calendar=link(_calendar_file(listed.id)), guides=guides,
                                  edit_url=page.edit_url)
        if src_uri == LIST_PAGE:
            return render_list(self.sessions, directory, link, archive=link(ARCHIVE_PAGE),
                               calendar=link(ALL_CALENDAR))
        if src_uri == ARCHIVE_PAGE:
            return render_archive(self.sessions, directory, link, back=link(LIST_PAGE))
        return None

    def hosting(self, mentor: Mentor, page: Page, files: Files, directory: Directory) -> Markup:
        """The sessions a mentor hosts, for their page."""
        return render_hosting(self.sessions.hosted_by(mentor.id), directory,
                              lambda src_uri: _file(files, src_uri).url_relative_to(page.file),
                              mentor.profile.name)

    def insights(self, directory: Directory, page: Page, files: Files) -> str:
        """The insights page's part on group sessions."""
        listing = files.get_file_from_path(LIST_PAGE)
        return render_session_insights(self.sessions, directory,
                                       listing.url_relative_to(page.file) if listing else "")


__all__ = ["SCRIPT", "STYLESHEET", "SessionSite"]
