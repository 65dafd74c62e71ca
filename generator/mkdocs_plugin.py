"""MkDocs adapter: feeds the generator's directory into a MkDocs build as generated pages.

Everything else (loading, checking, rendering) lives in the framework-free core, so another site
builder can take this module's place.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.csp import origin, protect
from generator.directory import Directory, Mentor, load_directory
from generator.export import export_json
from generator.index import match_index
from generator.insights import insights, over_time
from generator.outcomes import Outcomes, load_outcomes
from generator.pages import (MATCH_INDEX, Links, needs_all_page, render_all,
                             render_directory, render_goal_mentors, render_insights,
                             render_mentor)
from generator.profile import json_schema, reference_markdown
from generator.program import Program, ProgramConfigError, load_program
from generator.request import RequestSettings
from generator.settings import Options

log = get_plugin_logger("mentor-directory")

DIRECTORY_PAGE = "mentors/index.md"
GUIDE = "guides/{goal}.md"  # each goal's conversation guide
TEMPLATES = "templates/"  # copyable templates: each page's ```markdown block is also a download
GOAL_MENTORS = re.compile(r"<!-- mentor-directory:goal-mentors ([^ ]*) -->")
TEMPLATE_BLOCK = re.compile(r"^```markdown\n(.*?)^```[ \t]*$", re.S | re.M)
ALL_PAGE = "mentors/all.md"
INSIGHTS_PAGE = "insights.md"
OUTCOMES = "outcomes.yml"  # in the docs folder: read by the plugin, never published
MEASURES_GUIDE = "organisers-guide.md#measures"
ALL_TITLE = "All mentors"
REFERENCE_MARKER = "<!-- mentor-directory:field-reference -->"


class MentorDirectoryConfig(base.Config):
    profiles = c.Type(str, default=Options.profiles)
    title = c.Type(str, default=Options.title)
    program = c.Type(dict, default={})
    request_form = c.Type(str, default=Options.request_form)
    waitlist = c.Type(str, default=Options.waitlist)
    stale_after_days = c.Type(int, default=Options.stale_after_days)


class MentorDirectoryPlugin(BasePlugin[MentorDirectoryConfig]):
    """Generates the directory page, one page per mentor, mentors.json and the profile schema."""

    _serving = False  # under `mkdocs serve` (set by on_startup, which API builds skip)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self._program: Program = load_program(self.config.program)
        except ProgramConfigError as error:
            raise PluginError(f"mentor-directory: {error}") from error
        self._base = Path(config.config_file_path).parent
        self._profiles = self._base / self.config.profiles
        self._links = Links(config.use_directory_urls)
        self._request = RequestSettings(config.site_name, self.config.request_form,
                                        self.config.waitlist)
        if self._request.problems():
            raise PluginError("mentor-directory: " + "; ".join(self._request.problems()))
        return config

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` injects an inline live-reload script into each page; a policy blocks it.
        self._serving = command == "serve"

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> None:
        # Editing a profile rebuilds and reloads the page in the browser.
        server.watch(str(self._profiles))

    # Late, so that generated pages are added after other plugins have changed the file list.
    @event_priority(-50)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        directory, problems = load_directory([self._profiles], self._program,
                                             relative_to=self._base,
                                             stale_after_days=self.config.stale_after_days)
        for problem in problems:
            # Warnings make `mkdocs build --strict` fail; notes on valid profiles must not.
            (log.warning if problem.is_error else log.info)(problem.text())
        invalid = len({problem.path for problem in problems if problem.is_error})
        if invalid:
            log.warning(f"{invalid} profile file(s) left out of the site until fixed; run "
                        "'mentors validate' for details")
        self._directory: Directory = directory
        self._image_origins = {origin(mentor.profile.photo) for mentor in directory.mentors
                               if mentor.profile.photo} - {None}
        self._mentors: dict[str, Mentor] = {}
        self._downloads: dict[str, str] = {}  # template downloads: site path -> Markdown
        files.append(File.generated(config, DIRECTORY_PAGE, content=""))
        files.append(File.generated(config, INSIGHTS_PAGE, content=""))
        self._outcomes = self._load_outcomes(files, config)
        docs_dir = Path(config.docs_dir)
        for mentor in directory.mentors:
            src_uri = f"mentors/{mentor.id}.md"
            file = File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
            file.edit_uri = Path(os.path.relpath(self._base / mentor.source, docs_dir)).as_posix()
            files.append(file)
            self._mentors[src_uri] = mentor
        if needs_all_page(directory):
            files.append(File.generated(config, ALL_PAGE, content="",
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        files.append(File.generated(config, "mentors.json", content=export_json(directory)))
        files.append(File.generated(config, f"mentors/{MATCH_INDEX}",
                                    content=_compact_json(match_index(directory))))
        schema = json.dumps(json_schema(self._program), indent=2, ensure_ascii=False)
        files.append(File.generated(config, "schema/mentor.schema.json", content=schema + "\n"))
        return files

    def _load_outcomes(self, files: Files, config: MkDocsConfig) -> Outcomes | None:
        """The organiser's cohort figures, kept out of the site: they include small counts."""
        file = files.get_file_from_path(OUTCOMES)
        if file is None:
            return None
        files.remove(file)
        outcomes, problems = load_outcomes(Path(file.abs_src_path),
                                           os.path.relpath(file.abs_src_path, self._base),
                                           self._program)
        for problem in problems:
            (log.warning if problem.is_error else log.info)(problem.text())
        return outcomes

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        mentor = self._mentors.get(page.file.src_uri)
        if mentor is not None:
            # Material prints meta titles into the page unescaped: escape the profile's name here.
            page.meta.update(title=html.escape(mentor.profile.name), search={"exclude": True},
                             hide=["toc"])
        elif page.file.src_uri == DIRECTORY_PAGE:
            page.meta.update(title=html.escape(self.config.title), hide=["toc"])
        elif page.file.src_uri == INSIGHTS_PAGE:
            page.meta.update(title="Program insights", hide=["toc"])
        elif page.file.src_uri == ALL_PAGE:
            page.meta.update(title=ALL_TITLE, hide=["toc"], search={"exclude": True})
        if REFERENCE_MARKER in markdown:
            markdown = markdown.replace(REFERENCE_MARKER, reference_markdown(
                self._program, lambda goal: self._guide_link(goal, page, files)))
        markdown = GOAL_MENTORS.sub(lambda found: self._goal_mentors(found[1], page, files),
                                    markdown)
        if page.file.src_uri.startswith(TEMPLATES) and page.file.src_uri != f"{TEMPLATES}index.md":
            markdown = self._offer_download(markdown, page)
        return markdown

    def _guide_link(self, goal: str, page: Page, files: Files) -> str | None:
        """A Markdown link from the page to the goal's guide, if the site has one."""
        guide = GUIDE.format(goal=goal)
        if files.get_file_from_path(guide) is None:
            return None
        return posixpath.relpath(guide, posixpath.dirname(page.file.src_uri) or ".")

    def _goal_mentors(self, goal: str, page: Page, files: Files) -> str:
        if goal not in {entry.id for entry in self._program.goals}:
            log.warning(f"{page.file.src_uri}: goal-mentors names '{goal}', which is not in the "
                        "program's goal list")
            return ""

        def href(mentor: Mentor) -> str:
            return files.get_file_from_path(f"mentors/{mentor.id}.md").url_relative_to(page.file)

        # Blank lines around keep Markdown from touching the HTML block.
        return f"\n\n{render_goal_mentors(self._directory, goal, href)}\n\n"

    def _offer_download(self, markdown: str, page: Page) -> str:
        """Publishes the page's template block as a Markdown file and links to it below the block."""
        block = TEMPLATE_BLOCK.search(markdown)
        if block is None:
            log.warning(f"{page.file.src_uri}: a template page needs one ```markdown block")
            return markdown
        target = page.file.src_uri  # the raw file takes the source's place in the built site
        self._downloads[target] = block[1]
        href = posixpath.relpath(target, posixpath.dirname(page.file.dest_uri))
        link = (f'\n\n<p class="mdir-download"><a class="md-button" href="{href}" download>'
                "Download this template (Markdown)</a></p>\n")
        return markdown[:block.end()] + link + markdown[block.end():]

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        for src_uri, text in self._downloads.items():
            path = Path(config.site_dir) / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def on_page_content(self, html_content: str, /, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        mentor = self._mentors.get(page.file.src_uri)
        if mentor is not None:
            guides = {}
            for goal in mentor.profile.goals:
                guide = files.get_file_from_path(GUIDE.format(goal=goal))
                if guide is not None:
                    guides[goal] = guide.url_relative_to(page.file)
            return render_mentor(mentor, self._directory, self._links, self._request,
                                 page.edit_url, guides)
        if page.file.src_uri == DIRECTORY_PAGE:
            return render_directory(self._directory, self._links, self._request,
                                    title=self.config.title)
        if page.file.src_uri == INSIGHTS_PAGE:
            guide = files.get_file_from_path(MEASURES_GUIDE.split("#")[0])
            link = (guide.url_relative_to(page.file) + "#measures") if guide else MEASURES_GUIDE
            history = over_time(self._profiles, self._program, self.config.stale_after_days,
                                self._directory.today)
            return render_insights(self._directory, insights(self._directory), self._outcomes,
                                   history, measures_link=link)
        if page.file.src_uri == ALL_PAGE:
            return render_all(self._directory, self._links, title=ALL_TITLE)
        return html_content

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if self._serving:
            return output
        return protect(output, page.content or "", self._image_origins)

    def on_post_template(self, output_content: str, /, *, template_name: str,
                         config: MkDocsConfig) -> str:
        if self._serving or not template_name.endswith(".html"):
            return output_content
        return protect(output_content, "", self._image_origins)


def _compact_json(data: object) -> str:
    # Fed to the browser as data files: no spaces, and non-ASCII kept as UTF-8 (smaller).
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


__all__ = ["MentorDirectoryPlugin"]
