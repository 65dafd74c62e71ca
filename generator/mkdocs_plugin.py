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
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator import translation
from generator.applications import questions_markdown
from generator.bio import render_bios
from generator.cohort_calendar import calendar_file
from generator.cohort_pages import render_cohort_banner, render_cohorts
from generator.cohorts import Cohort, load_cohorts
from generator.csp import origin, protect
from generator.directory import (
    CONFLICT_MODES,
    Checks,
    ConflictMode,
    Directory,
    Mentor,
    load_directory,
)
from generator.export import export_json
from generator.generated import schema_text
from generator.history import read_history
from generator.index import match_index
from generator.insights import insights, over_time
from generator.kept import Kept
from generator.mkdocs_frame import TEMPLATE as MENTOR_TEMPLATE
from generator.mkdocs_frame import MentorFrames, MentorPage
from generator.mkdocs_kept import CompiledTemplates, KeptFiles, OwnFile, own_file, set_apart
from generator.mkdocs_languages import generated, page_language
from generator.mkdocs_sessions import INDEX_FILE as SESSIONS_INDEX
from generator.mkdocs_sessions import SCRIPT, STYLESHEET, SessionSite
from generator.outcomes import FILE as OUTCOMES
from generator.outcomes import Outcomes, load_published
from generator.pages import (
    Links,
    render_directory,
    render_directory_head,
    render_goal_mentors,
    render_insights,
    render_list_pages,
    render_mentor,
    render_open_mentors,
    render_search_box,
)
from generator.palette import fixes, stylesheet_for
from generator.placeholders import find_placeholders
from generator.problems import by_place, count_errors
from generator.profile import field_table, reference_markdown
from generator.program import Program, ProgramConfigError, load_program
from generator.recognition import TITLE as RECOGNITION_TITLE
from generator.recognition import recognised, render_recognition
from generator.reports import report_link
from generator.request import RequestSettings
from generator.sample import FILL_STEP, find_sample
from generator.script_graph import module_graph
from generator.session import Session
from generator.settings import Options, directory_title
from generator.stemmer_js import site_stemmers
from generator.translation import N_, SOURCE_LANGUAGE, _, catalogue_script
from generator.workflow_commands import annotation, for_log, give, under_actions

log = get_plugin_logger("mentor-directory")

DIRECTORY_PAGE = "mentors/index.md"
MENTOR_PAGE = "mentors/{id}.md"
GUIDE = "guides/{goal}.md"  # each goal's conversation guide
TEMPLATES = "templates/"  # copyable templates: each page's ```markdown block is also a download
# Places in a content page where the plugin writes generated HTML: a guide's mentors, and the home
# page's search box, open mentors and next cohort.
MARKER = re.compile(
    r"<!-- mentor-directory:(goal-mentors|open-mentors|search-box|cohort-banner) ?([^ ]*) -->")
OPEN_MENTORS = 6  # on the home page, unless the marker gives a number
TEMPLATE_BLOCK = re.compile(r"^```markdown\n(.*?)^```[ \t]*$", re.S | re.M)
LIST_PAGE = re.compile(r"mentors/all/(\d+)\.md")  # static list pages after the directory page
LIST_PAGE_FILE = "mentors/all/{number}.md"
PROFILE_GUIDE = "profiles.md"  # how mentors add a profile: linked while the directory is empty
INSIGHTS_PAGE = "insights.md"
SCRIPTS = "assets/mentor-directory/"  # our scripts; the build adds their messages and stemmers
DIRECTORY_SCRIPT = "directory.js"  # the directory page's script, in SCRIPTS
MEASURES_GUIDE = "organisers-guide.md#measures"
INSIGHTS_TITLE = N_("Program insights")
REFERENCE_MARKER = "<!-- mentor-directory:field-reference -->"
QUESTIONS_MARKER = "<!-- mentor-directory:application-questions -->"  # the cohort application form
SESSION_REFERENCE_MARKER = "<!-- mentor-directory:session-field-reference -->"
PALETTE_CSS = "assets/mentor-directory/palette.css"  # text colours that read on the chosen palette
COHORTS_PAGE = "cohorts.md"  # the formal track's cohorts and their timelines
COHORTS_TITLE = N_("Cohorts")
COHORT_CALENDAR = "cohorts/{cohort}.ics"
RECOGNITION_PAGE = "our-mentors.md"  # mentors who opted in to be recognised, and the alumni


class MentorDirectoryConfig(base.Config):
    profiles = c.Type(str, default=Options.profiles)
    title = c.Type(str, default=Options.title)
    program = c.Type(dict, default={})
    request_form = c.Type(str, default=Options.request_form)
    waitlist = c.Type(str, default=Options.waitlist)
    stale_after_days = c.Type(int, default=Options.stale_after_days)
    conflicts = c.Choice(CONFLICT_MODES, default=Options.conflicts)
    cohorts = c.Type(list, default=[])
    sessions = c.Type(list, default=list(Options.sessions))
    shared_frame = c.Type(bool, default=Options.shared_frame)


class MentorDirectoryPlugin(BasePlugin[MentorDirectoryConfig]):
    """Generates the directory page, one page per mentor, the recognition page, mentors.json and
    the profile schema."""

    _serving = False  # under `mkdocs serve` (set by on_startup, which API builds skip)
    _site_dir: str | None = None  # this build's, once it has begun
    _set_apart = False  # what the first build under `mkdocs serve` made (mkdocs_kept.set_apart)

    def __init__(self) -> None:
        super().__init__()
        # Kept from build to build of one process (`mkdocs serve` keeps the plugin): the work
        # done for profiles that have not changed since.
        self._checks = Checks()
        self._bodies: Kept[MentorInputs, str] = Kept(_render_mentor,
                                                     key=lambda inputs: inputs[0].id)
        self._kept = KeptFiles()  # and the pages and data files written that have not changed
        self._compiled = CompiledTemplates()  # and the theme's templates
        self._index_texts: Kept[tuple[str, Any], tuple[str, str]] = Kept(
            _index_file, key=lambda item: item[0])  # and the match index's files

    # After mkdocs-static-i18n's (-100), which sets theme.language for each language it builds.
    @event_priority(-110)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._catalogue = translation.use(config.theme.get("language") or SOURCE_LANGUAGE)
        if not self._catalogue.found:  # a note: `mkdocs build --strict` must still publish
            log.info(f"No catalogue for the site language '{self._catalogue.language}': the "
                     "directory's own words are shown in English. The README's 'Your program in "
                     "your language' says how to add one.")
        try:
            self._program: Program = load_program(self.config.program, self.config.request_form,
                                                  self._catalogue.language)
        except ProgramConfigError as error:
            raise PluginError(f"mentor-directory: {error}") from error
        self._base = Path(config.config_file_path).parent
        self._profiles = self._base / self.config.profiles
        self._links = Links(config.use_directory_urls)
        self._request = RequestSettings(config.site_name, self.config.request_form,
                                        self.config.waitlist)
        if self._request.problems():
            raise PluginError("mentor-directory: " + "; ".join(self._request.problems()))
        shown = os.path.relpath(config.config_file_path, self._base)
        self._cohorts: tuple[Cohort, ...]
        self._cohorts, problems = load_cohorts(Path(config.config_file_path), shown,
                                               self.config.cohorts, self._program)
        if count_errors(problems):
            raise PluginError("mentor-directory: the cohorts setting has problems:\n"
                              + "\n".join(problem.text() for problem in problems))
        for problem in problems:
            log.info(problem.text())
        self._palette_css = self._readable_palette(config)
        _report_unfinished(Path(config.config_file_path), Path(config.docs_dir),
                           self.config.profiles)
        self._sessions = SessionSite(self.config.sessions, config, self._base)
        # A multilingual site runs this once per language on the same configuration.
        for stylesheet in (STYLESHEET, *([PALETTE_CSS] if self._palette_css else [])):
            if stylesheet not in config.extra_css:
                config.extra_css.append(stylesheet)
        if SCRIPT not in [str(script) for script in config.extra_javascript]:
            script = ExtraScriptValue(SCRIPT)
            script.type = "module"
            config.extra_javascript.append(script)
        return config

    def _readable_palette(self, config: MkDocsConfig) -> str:
        """CSS replacing the text colours of the chosen palette that would read below AA."""
        stylesheets = ""
        for pattern in ("main.*.min.css", "palette.*.min.css"):
            for folder in config.theme.dirs:
                found = sorted(Path(folder, "assets", "stylesheets").glob(pattern))
                if found:
                    stylesheets += found[0].read_text(encoding="utf-8")
                    break
        found_fixes = fixes(stylesheets, config.theme.get("palette"))
        for fix in found_fixes:
            log.info(fix.text())
        return stylesheet_for(found_fixes)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` injects an inline live-reload script into each page; a policy blocks it.
        self._serving = command == "serve"

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> None:
        # Editing a profile, or the theme's templates, styles and scripts, rebuilds and reloads
        # the page in the browser (MkDocs itself watches only the docs folder and mkdocs.yml).
        server.watch(str(self._profiles))
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self._site_dir = config.site_dir
        self._kept.set_aside(config)  # before MkDocs empties the site folder

    # Late, so that generated pages are added after other plugins have changed the file list.
    @event_priority(-110)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._kept.start(config, (self._program, self._links, self._request,
                                  self._catalogue.language, self._serving),
                         enabled=self.config.shared_frame)
        # Read once per build: profile dates and the insights' figures over time share it.
        self._history = read_history([self._profiles])
        for note in self._history.notes:
            _history_note(note)
        directory, problems = load_directory([self._profiles], self._program,
                                             relative_to=self._base,
                                             stale_after_days=self.config.stale_after_days,
                                             history=self._history,
                                             conflicts=_conflict_mode(self.config.conflicts),
                                             checks=self._checks)
        for problem in problems:
            # Warnings make `mkdocs build --strict` fail; notes on valid profiles (and, when
            # publishing, profiles for an account that already has one) must not.
            (log.warning if problem.is_error else log.info)(for_log(problem.text()))
        invalid = len({problem.path for problem in problems if problem.is_error})
        if invalid:
            log.warning(f"{invalid} profile file(s) left out of the site until fixed; run "
                        "'mentors validate' for details")
        if directory.conflicts and self.config.conflicts == "leave-out":
            log.info(f"{len(directory.conflicts)} profile file(s) left out of the site: their "
                     "GitHub account already has a profile; 'mentors conflicts' lists them")
        self._directory: Directory = directory
        # Rendered on every core now: the mentor pages and mentors.json use them all.
        render_bios(mentor.profile.bio for mentor in directory.mentors if mentor.profile.bio)
        origins = (origin(mentor.profile.photo) for mentor in directory.mentors
                   if mentor.profile.photo)
        self._image_origins = {found for found in origins if found is not None}
        self._mentors: dict[str, Mentor] = {}
        self._mentor_files: dict[str, File] = {}  # by src_uri, as self._mentors
        self._downloads: dict[str, str] = {}  # template downloads: site path -> Markdown
        self._heads: dict[str, str] = {}  # the directory page's head, from its content to its frame
        files.append(generated(config, DIRECTORY_PAGE, content="", switch=True))
        files.append(generated(config, INSIGHTS_PAGE, content="", switch=True))
        files.append(generated(config, COHORTS_PAGE, content="", switch=True))
        files.append(generated(config, RECOGNITION_PAGE, content="", switch=True))
        for cohort in self._cohorts:
            files.append(generated(config, COHORT_CALENDAR.format(cohort=cohort.id),
                                        content=self._calendar(cohort, config)))
        self._outcomes = self._load_outcomes(files, config)
        self._profiles_from_docs = Path(os.path.relpath(self._profiles, config.docs_dir)).as_posix()
        self._frames = MentorFrames(lambda mentor_id: self._mentor_page(mentor_id, config),
                                    self._finish)
        self._taken_on: set[str] = set()  # mentor pages whose file is the last build's
        for mentor in directory.mentors:
            src_uri = MENTOR_PAGE.format(id=mentor.id)
            # The last build's page while this build has not told whether it is kept (see
            # _keep_mentor_pages): its edit link is this one's.
            file: File | None = self._kept.file(src_uri)
            if file is not None:
                self._taken_on.add(src_uri)
            else:
                file = (self._mentor_page(mentor.id, config) if self.config.shared_frame
                        else Page(None, self._mentor_file(mentor.id, config), config)).file
            files.append(file)
            self._mentors[src_uri] = mentor
            self._mentor_files[src_uri] = file
        self._list_contents = dict(enumerate(
            render_list_pages(directory, self._links, _list_title), start=2))
        for number, content in self._list_contents.items():
            src_uri = LIST_PAGE_FILE.format(number=number)
            files.append(self._kept.reuse(config, src_uri, content, content="",
                                          inclusion=InclusionLevel.NOT_IN_NAV))
        files.append(generated(config, "mentors.json", content=export_json(directory)))
        if self._palette_css:
            files.append(generated(config, PALETTE_CSS, content=self._palette_css))
        for path, text in self._index_texts.each(list(match_index(directory).files().items()),
                                                  depends_on=()):
            src_uri = f"mentors/{path}"
            files.append(self._kept.reuse(config, src_uri, text, content=text, page=False))
        # Beside the scripts, which all languages of a site share, by the page's language (the
        # scripts' English is theirs: catalogue.js).
        shown_in = page_language(config)
        self._scripts = {f"catalogue-{shown_in}.js": catalogue_script(self._catalogue)
                         } if shown_in != SOURCE_LANGUAGE else {}
        self._scripts.update(site_stemmers(self._catalogue.language, shown_in))
        for name, script in self._scripts.items():
            files.append(File.generated(config, SCRIPTS + name, content=script))
        files.append(generated(config, "schema/mentor.schema.json",
                                    content=schema_text(self._program)))
        self._sessions.on_files(files, config, directory)
        self._contents = self._mentor_contents(files, config.repo_url)
        if self.config.shared_frame:
            self._keep_mentor_pages(files, config)
        return files

    def _keep_mentor_pages(self, files: Files, config: MkDocsConfig) -> None:
        """Keeps the mentor pages that show what they showed in the last build, except the first:
        the build must cut the frame around them (mkdocs_kept); the others get a new page."""
        for position, (src_uri, mentor) in enumerate(self._mentors.items()):
            file = self._mentor_files[src_uri]
            assert isinstance(file, OwnFile)  # made by _mentor_file, in this build or the last
            if (not self._kept.keep(file, (self._contents[src_uri], mentor.profile.name),
                                    may=position > 0)
                    and src_uri in self._taken_on):
                MentorPage(mentor.id, file, config)

    def _mentor_contents(self, files: Files, repo_url: str | None) -> dict[str, str]:
        """Each mentor page's content, by src_uri: rendered on every core, except the contents
        an earlier build of this process (`mkdocs serve`) rendered with the same inputs."""
        if not self._mentors:
            return {}
        # Mentor pages share one folder: a link from one of them is the link from each.
        first = self._mentor_page_of(next(iter(self._mentors)))
        guides = {entry.id: guide.url_relative_to(first.file) for entry in self._program.goals
                  if (guide := files.get_file_from_path(GUIDE.format(goal=entry.id)))
                  is not None}
        hosts = {host for listed in self._sessions.sessions.all for host in listed.session.hosts}
        inputs = [(mentor, self._mentor_page_of(src_uri).edit_url,
                   tuple((goal, guides[goal]) for goal in mentor.profile.goals if goal in guides),
                   str(self._sessions.hosting(mentor, first, files, self._directory))
                   if mentor.id in hosts else "")
                  for src_uri, mentor in self._mentors.items()]
        bodies = self._bodies.each(inputs, self._directory, self._links, self._request, repo_url,
                                   depends_on=(self._program, self._directory.today, self._links,
                                               self._request, self._catalogue, repo_url))
        return dict(zip(self._mentors, bodies, strict=True))

    def _mentor_file(self, mentor_id: str, config: MkDocsConfig) -> OwnFile:
        """A mentor's page file, outside the navigation, its edit link pointing at the profile."""
        file = own_file(config, MENTOR_PAGE.format(id=mentor_id), content="",
                        inclusion=InclusionLevel.NOT_IN_NAV)
        file.edit_uri = f"{self._profiles_from_docs}/{mentor_id}.yml".removeprefix("./")
        return file

    def _mentor_page(self, mentor_id: str, config: MkDocsConfig) -> MentorPage:
        return MentorPage(mentor_id, self._mentor_file(mentor_id, config), config)

    def _mentor_page_of(self, src_uri: str) -> Page:
        """The page of a mentor's file (on_files gave each one)."""
        page = self._mentor_files[src_uri].page
        assert page is not None, src_uri
        return page

    def _mentor_links(self, page: Page) -> Callable[[Mentor], str]:
        """The link from a page to each mentor's page. Mentor pages share one folder and end in
        their id: the link to one of them, with its id replaced, is the link to each."""
        if self._mentor_files and page.file.src_uri not in self._mentor_files:
            src_uri, file = next(iter(self._mentor_files.items()))
            known, link = self._mentors[src_uri].id, file.url_relative_to(page.file)
            for end in ("/", ".html"):
                if link.endswith(known + end):
                    before = link.removesuffix(known + end)
                    return lambda mentor: before + mentor.id + end
        return lambda mentor: self._mentor_files[MENTOR_PAGE.format(id=mentor.id)
                                                 ].url_relative_to(page.file)

    def _calendar(self, cohort: Cohort, config: MkDocsConfig) -> bytes:
        """The cohort's calendar file; its events link to the cohort page when the site has an
        address."""
        site = config.site_url or ""
        page = (site.rstrip("/") + "/" + COHORTS_PAGE.removesuffix(".md") + "/") if site else None
        host = urlsplit(site).hostname or "mentor-directory"
        return calendar_file(cohort, site_name=config.site_name, host=host, page_url=page,
                             today=self._directory.today)

    def _cohort_banner(self, page: Page, files: Files) -> str:
        cohorts_page = _url(COHORTS_PAGE, page, files)
        return render_cohort_banner(self._cohorts, self._directory.today, cohorts_page)

    def _load_outcomes(self, files: Files, config: MkDocsConfig) -> Outcomes | None:
        """The cohort figures as `mentors outcomes` wrote them, small counts suppressed; the
        page shows them, so the file itself is left out of the site."""
        file = files.get_file_from_path(OUTCOMES)
        if file is None:
            return None
        files.remove(file)
        source = file.abs_src_path
        assert source is not None  # a file in docs_dir, not a generated one
        outcomes, problems = load_published(Path(source), os.path.relpath(source, self._base),
                                            self._program)
        for problem in problems:
            (log.warning if problem.is_error else log.info)(for_log(problem.text()))
        return outcomes

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        mentor = self._mentors.get(page.file.src_uri)
        if mentor is not None:
            # Material prints meta titles into the page unescaped: escape the profile's name here.
            page.meta.update(title=html.escape(mentor.profile.name), search={"exclude": True},
                             hide=["toc"])
            if self.config.shared_frame:
                page.meta["template"] = MENTOR_TEMPLATE
        elif page.file.src_uri == DIRECTORY_PAGE:
            page.meta.update(title=html.escape(directory_title(self.config.title)), hide=["toc"])
        elif page.file.src_uri == INSIGHTS_PAGE:
            page.meta.update(title=html.escape(_(INSIGHTS_TITLE)), hide=["toc"])
        elif page.file.src_uri == COHORTS_PAGE:
            page.meta.update(title=html.escape(_(COHORTS_TITLE)), hide=["toc"])
        elif page.file.src_uri == RECOGNITION_PAGE:
            page.meta.update(title=html.escape(_(RECOGNITION_TITLE)), hide=["toc"])
        elif found := LIST_PAGE.fullmatch(page.file.src_uri):
            page.meta.update(title=html.escape(_list_title(int(found[1]))), hide=["toc"],
                             search={"exclude": True})
        elif (session_title := self._sessions.title(page)) is not None:
            page.meta.update(title=html.escape(session_title), hide=["toc"])
        if REFERENCE_MARKER in markdown:
            markdown = markdown.replace(REFERENCE_MARKER, reference_markdown(
                self._program, lambda goal: self._guide_link(goal, page, files)))
        if QUESTIONS_MARKER in markdown:
            markdown = markdown.replace(QUESTIONS_MARKER, questions_markdown(self._program))
        if SESSION_REFERENCE_MARKER in markdown:
            markdown = markdown.replace(SESSION_REFERENCE_MARKER,
                                        field_table(Session, self._program) + "\n")
        markdown = MARKER.sub(lambda found: self._marker(found[1], found[2], page, files), markdown)
        if page.file.src_uri.startswith(TEMPLATES) and page.file.src_uri != f"{TEMPLATES}index.md":
            markdown = self._offer_download(markdown, page)
        return markdown

    def _guide_link(self, goal: str, page: Page, files: Files) -> str | None:
        """A Markdown link from the page to the goal's guide, if the site has one."""
        guide = GUIDE.format(goal=goal)
        if files.get_file_from_path(guide) is None:
            return None
        return posixpath.relpath(guide, posixpath.dirname(page.file.src_uri) or ".")

    def _marker(self, kind: str, argument: str, page: Page, files: Files) -> str:
        """The HTML a marker stands for; blank lines around keep Markdown from touching it."""

        href = self._mentor_links(page)
        if kind == "search-box":
            return f"\n\n{render_search_box(_url(DIRECTORY_PAGE, page, files))}\n\n"
        if kind == "cohort-banner":
            banner = self._cohort_banner(page, files)
            return f"\n\n{banner}\n\n" if banner else ""
        if kind == "open-mentors":
            if argument and not argument.isdigit():
                log.warning(f"{page.file.src_uri}: open-mentors takes a number of mentors, "
                            f"not '{argument}'")
                return ""
            count = int(argument) if argument else OPEN_MENTORS
            return f"\n\n{render_open_mentors(self._directory, count, href)}\n\n"
        if argument not in {entry.id for entry in self._program.goals}:
            log.warning(f"{page.file.src_uri}: goal-mentors names '{argument}', which is not in "
                        "the program's goal list")
            return ""
        return f"\n\n{render_goal_mentors(self._directory, argument, href)}\n\n"

    def _offer_download(self, markdown: str, page: Page) -> str:
        """Publishes the page's template block as a Markdown file and links to it below the block."""
        block = TEMPLATE_BLOCK.search(markdown)
        if block is None:
            log.warning(f"{page.file.src_uri}: a template page needs one ```markdown block")
            return markdown
        target = page.file.src_uri  # the raw file takes the source's place in the built site
        self._downloads[target] = block[1]
        href = posixpath.relpath(target, posixpath.dirname(page.file.dest_uri))
        words = html.escape(_("Download this template (Markdown)"))
        link = (f'\n\n<p class="mdir-download"><a class="md-button" href="{href}" download>'
                f"{words}</a></p>\n")
        return markdown[:block.end()] + link + markdown[block.end():]

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._nav = nav
        self._kept.unkeep_navigation(nav)
        return nav

    def on_template_context(self, context: TemplateContext, /, *, template_name: str,
                            config: MkDocsConfig) -> TemplateContext:
        if self._kept.any:  # a template listing the pages (sitemap.xml) lists the kept ones too
            context["pages"] = self._kept.pages(self._files)
        return context

    # First, so that pages built again for want of the last frame are there for other plugins.
    @event_priority(100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._kept.finish(config, self._files, self._nav, self._env, self._frames)
        if self.config.shared_frame:
            log.debug(f"{len(self._frames.filled)} mentor pages filled in from one frame")
            themed = self._frames.summary()
            if themed:
                log.info(themed)
        for src_uri, text in self._downloads.items():
            path = Path(config.site_dir) / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if self._serving and not self._set_apart:
            self._set_apart = True
            set_apart()

    def on_page_content(self, html_content: str, /, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        content = self._contents.get(page.file.src_uri)
        if content is not None:  # a mentor's page
            return content
        if page.file.src_uri == DIRECTORY_PAGE:
            profile_guide = files.get_file_from_path(PROFILE_GUIDE)
            # The modules the script imports and loads once it runs, asked for with the page: on
            # a slow network they would otherwise come one round trip after another.
            graph = module_graph(DIRECTORY_SCRIPT, lambda name: _source(SCRIPTS + name, files))
            preload = [_url(SCRIPTS + name, page, files)
                       for name in [DIRECTORY_SCRIPT, *graph, *self._scripts]]
            self._heads[page.file.src_uri] = render_directory_head(preload)
            return render_directory(self._directory, self._links, self._request,
                                    script=preload[0],
                                    sessions_index=_url(SESSIONS_INDEX, page, files),
                                    title=directory_title(self.config.title),
                                    banner=self._cohort_banner(page, files),
                                    guide=profile_guide.url_relative_to(page.file)
                                    if profile_guide else None)
        if page.file.src_uri == INSIGHTS_PAGE:
            guide = files.get_file_from_path(MEASURES_GUIDE.split("#")[0])
            link = (guide.url_relative_to(page.file) + "#measures") if guide else None
            history, skipped = over_time(self._history, self._program,
                                         self.config.stale_after_days, self._directory.today,
                                         checked=self._directory.checked)
            for note in skipped:
                _history_note(note)
            return render_insights(self._directory, insights(self._directory), self._outcomes,
                                   history, measures_link=link) + self._sessions.insights(
                                       self._directory, page, files)
        if found := LIST_PAGE.fullmatch(page.file.src_uri):
            return self._list_contents[int(found[1])]
        if page.file.src_uri == RECOGNITION_PAGE:
            entries, skipped = recognised(self._directory, self._history, self._base)
            for note in skipped:
                _history_note(note)
            return render_recognition(self._directory, entries, self._mentor_links(page))
        if page.file.src_uri == COHORTS_PAGE:
            calendars = {cohort.id: _url(COHORT_CALENDAR.format(cohort=cohort.id), page, files)
                         for cohort in self._cohorts}
            return render_cohorts(self._cohorts, self._directory.today, title=_(COHORTS_TITLE),
                                  directory=_url(DIRECTORY_PAGE, page, files),
                                  calendars=calendars)
        return self._sessions.content(page, files, self._directory) or html_content

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        # theme/main.html puts it in the page's head: a name of ours, which MkDocs' type of the
        # template context does not list.
        context["mentor_directory_head"] = Markup(  # type: ignore[typeddict-unknown-key]
            self._heads.pop(page.file.src_uri, ""))
        return context

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self._env, self._files = env, files
        self._compiled.install(env)
        self._kept.remove_stale(config, files)
        if self.config.shared_frame:
            self._frames.install(env)
        return env

    def on_build_error(self, *, error: Exception) -> None:
        if self._site_dir is not None:
            self._kept.forget(self._site_dir)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self._frames.filled:
            return output  # the frame was finished once
        return self._finish(output, page.content or "")

    def _finish(self, output: str, content: str) -> str:
        """The page with its Content-Security-Policy, except when serving (see on_startup)."""
        if self._serving:
            return output
        return protect(output, content, self._image_origins)

    def on_post_template(self, output_content: str, /, *, template_name: str,
                         config: MkDocsConfig) -> str:
        if self._serving or not template_name.endswith(".html"):
            return output_content
        return protect(output_content, "", self._image_origins)


def _report_unfinished(config_file: Path, docs: Path, profiles: str) -> None:
    """Says what the organisers still have to replace or fill in. Not a warning: `--strict`
    would then stop the template's own sample site from publishing; under GitHub Actions each
    file gets a warning annotation on the run instead, and `mentors check` refuses them."""
    base = config_file.parent
    placeholders = [found.problem() for found in find_placeholders(
        docs, Path(os.path.relpath(docs, base)).as_posix())]
    for kind, groups, step in (
            ("sample data still in use", by_place(find_sample(config_file, profiles),
                                                  merge_from=3),
             "the start guide says how to replace each"),
            (f"{len(placeholders)} placeholder{'' if len(placeholders) == 1 else 's'} to fill in",
             by_place(placeholders),
             f"the start guide's step \"{FILL_STEP}\" covers them")):
        if not groups:
            continue
        log.info(for_log(f"{kind}: {', '.join(groups)}; {step}, and 'mentors check' lists "
                         "each one"))
        if under_actions():
            for where, first in groups.items():
                give(annotation("warning", f"{kind}: {where}; {first.description()}",
                                file=first.path, line=first.line, column=first.column,
                                title=f"mentor-directory: {kind}"))


def _list_title(number: int) -> str:
    """The title of static list page `number` (from 2)."""
    return _("All mentors, page {number}", number=number)


def _history_note(note: str) -> None:
    # Not a warning: `--strict` would then stop every publish for as long as the commit stays in
    # the history read, and no pull request can change history.
    log.info(note)


def _conflict_mode(value: str) -> ConflictMode:
    """The option as the type the loader takes (MkDocs' Choice has already refused others)."""
    return "leave-out" if value == "leave-out" else "fail"


# What a mentor page's content shows of its own: mentor, edit link, guides and sessions hosted.
MentorInputs = tuple[Mentor, str | None, tuple[tuple[str, str], ...], str]


def _render_mentor(inputs: MentorInputs, directory: Directory, links: Links,
                   request: RequestSettings, repo_url: str | None) -> str:
    """A mentor page's content from what it shows: mentor, edit link, guides, sessions hosted and
    where to report that the mentor does not answer (an issue in the site's repository)."""
    mentor, edit_url, guides, hosting = inputs
    return render_mentor(mentor, directory, links, request, edit_url, dict(guides),
                         Markup(hosting), report_link(repo_url, mentor.id))


def _url(src_uri: str, page: Page, files: Files) -> str:
    """The link from a page to a file this plugin generated (on_files added every one)."""
    file = files.get_file_from_path(src_uri)
    assert file is not None, src_uri
    return file.url_relative_to(page.file)


def _source(src_uri: str, files: Files) -> str:
    """The text of one of the site's files, such as a script of the theme."""
    file = files.get_file_from_path(src_uri)
    assert file is not None, src_uri
    return file.content_string


def _index_file(item: tuple[str, Any]) -> tuple[str, str]:
    """A file of the match index as its path and text."""
    path, data = item
    return path, _compact_json(data)


def _compact_json(data: object) -> str:
    # Fed to the browser as data files: no spaces, and non-ASCII kept as UTF-8 (smaller).
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


__all__ = ["MentorDirectoryPlugin"]
