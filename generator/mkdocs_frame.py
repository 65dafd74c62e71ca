"""Mentor pages' frame: rendered once per build through the theme, then filled for each mentor.

Mentor pages all sit at the same depth and outside the navigation, so the theme's frame around
them (header, navigation, footer, scripts, policy) is the same for every mentor apart from the
title, the profile id in the page's addresses (canonical, edit) and the content. MkDocs would
render that whole frame once per mentor, most of a large build. Here the theme renders it twice
per build, for two stand-in mentor pages whose title, id and content are unlike each other and
unlike anything a theme leaves unchanged by accident (mixed case, markup, quotes); where the two
renderings differ only at the stand-ins, the text between them is the frame, and a mentor page
is that frame with its own title, id and content put in. A mentor page whose frame could differ
from the stand-ins' (another plugin gave it other metadata, a table of contents or a place in the
navigation) is rendered by the theme as before, and so is every mentor page of a theme that
transforms the title, id or content in a way the stand-ins reveal.

Every MkDocs page event still runs for mentor pages; what they skip is Markdown (they have none:
the plugin writes their content in `on_page_content`) and the theme's `main.html`, whose output
the frame reproduces: changes another plugin makes to the template context in `on_page_context`
reach only the first mentor page's frame, which all of them share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jinja2 import ChoiceLoader, DictLoader, Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

# The template mentor pages name in their metadata: it asks this module for the page.
TEMPLATE = "mentor-directory/mentor-page.html"
THEME_TEMPLATE = "main.html"  # what MkDocs renders a page without a `template` with


class MentorPage(Page):
    """A mentor's page: its content comes from the plugin's `on_page_content`, so there is no
    Markdown to convert (MkDocs would make a Markdown converter per page for an empty text)."""

    def __init__(self, mentor_id: str, file: File, config: MkDocsConfig) -> None:
        super().__init__(None, file, config)
        self.mentor_id = mentor_id

    def render(self, config: MkDocsConfig, files: Files) -> None:
        # What converting the empty Markdown gives: no content, headings or anchors.
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()


@dataclass(frozen=True)
class StandIn:
    """Values for a stand-in mentor page: each part of a mentor page that differs by mentor."""

    id: str  # as a profile id is used: in the file name, so in the page's addresses
    title: str  # as the page's metadata holds it (the plugin escapes names)
    content: str  # holds a heading, as every mentor page does (Material adds one otherwise)


# Letters the other stand-in does not use, different lengths, mixed case, digits and hyphens
# (ids), markup, an entity and quotes (titles, content): a theme that prints one of them
# transformed prints the two differently, and the frame is not used.
STAND_INS = (
    StandIn("Qx-7-Zk", 'Qx <b>&amp;</b> "Zk\' ', '<h1>Qx <b>&amp;</b> "Zk\'</h1>'),
    StandIn("Mw-3-Vyj", 'Mw <b>&amp;</b> "Vyj\' ', '<h1>Mw <b>&amp;</b> "Vyj\'</h1>'),
)
SLOTS = ("id", "title", "content")


@dataclass(frozen=True)
class Frame:
    """A mentor page cut at its slots: texts[0], slot, texts[1], slot, ..., texts[-1]; and the
    stand-in page it was cut from, to tell which pages it fits."""

    texts: tuple[str, ...]
    slots: tuple[str, ...]  # names from SLOTS
    stand_in: Page
    stand_in_id: str

    def fits(self, page: MentorPage) -> bool:
        """Whether the theme would render this page as the frame with the page's values in:
        everything the theme reads of a page, other than the slots, is the stand-in's."""
        stand_in, mentor_id = self.stand_in, page.mentor_id
        meta = {key: value for key, value in page.meta.items() if key not in ("title", "template")}
        return (
            meta == {key: value for key, value in stand_in.meta.items() if key != "title"}
            and page.title == page.meta.get("title")
            and not page.toc and page.previous_page is None and page.next_page is None
            and page.parent is None and page.update_date == stand_in.update_date
            and all(getattr(page, name) == _with_id(getattr(stand_in, name), self.stand_in_id,
                                                     mentor_id)
                    for name in ("url", "canonical_url", "abs_url", "edit_url"))
            and page.content is not None and "<h1" in page.content
        )

    def fill(self, page: MentorPage) -> str:
        values = {"id": page.mentor_id, "title": page.title or "", "content": page.content or ""}
        parts = [self.texts[0]]
        for slot, text in zip(self.slots, self.texts[1:], strict=True):
            parts += (values[slot], text)
        return "".join(parts)


def _with_id(value: str | None, stand_in_id: str, mentor_id: str) -> str | None:
    return value.replace(stand_in_id, mentor_id) if value is not None else None


Finish = Callable[[str, str], str]  # (page HTML, its content) -> the HTML written


class MentorFrames:
    """Writes each mentor page of a build from one frame, or through the theme where it can't.

    `make_page(mentor_id)` makes a mentor page as the build makes them (file, addresses), before
    any event has run for it; `finish` does to a page's HTML what the plugin's `on_post_page`
    does, once for the frame instead of once per page.
    """

    def __init__(self, make_page: Callable[[str], MentorPage], finish: Finish) -> None:
        self._make_page = make_page
        self._finish = finish
        self._frame: Frame | None = None
        self._tried = False
        self.filled: set[str] = set()  # src_uri of each page written from the frame
        self.themed: list[str] = []  # src_uri of each mentor page the theme rendered

    def install(self, env: Environment) -> None:
        """Makes TEMPLATE available to the build's theme environment; a new build starts over."""
        own = DictLoader({TEMPLATE: "{{ mentor_directory_page() }}"})
        env.loader = ChoiceLoader([own, env.loader]) if env.loader else own
        env.globals["mentor_directory_page"] = self._page
        self._frame, self._tried, self.filled, self.themed = None, False, set(), []

    @pass_context
    def _page(self, context: Context) -> Markup:
        page = context["page"]
        assert isinstance(page, MentorPage), "only mentor pages name this template"
        if not self._tried:
            self._tried = True
            self._frame = self._cut(context, page)
        if self._frame is not None and self._frame.fits(page):
            self.filled.add(page.file.src_uri)
            return Markup(self._frame.fill(page))
        self.themed.append(page.file.src_uri)
        return Markup(context.environment.get_template(THEME_TEMPLATE).render(context.get_all()))

    @property
    def cut(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """This build's frame as its texts and slots; None before the first mentor page, or if
        the theme's pages cannot be filled. Equal frames give equal pages for equal mentors."""
        return None if self._frame is None else (self._frame.texts, self._frame.slots)

    def summary(self) -> str | None:
        """Why some mentor pages were rendered through the theme, if any were."""
        if not self.themed:
            return None
        why = ("the theme prints a page's title, address or content changed, so the frame "
               "cannot be filled in" if self._frame is None else
               f"another plugin gave them metadata, a table of contents or a place in the "
               f"navigation unlike the first mentor page's (such as {self.themed[0]})")
        return (f"{len(self.themed)} of {len(self.themed) + len(self.filled)} mentor pages "
                f"were rendered through the theme, one by one: {why}")

    def _cut(self, context: Context, first: MentorPage) -> Frame | None:
        """The frame, from the theme's rendering of two stand-ins made like `first`, the first
        mentor page rendered; None if the renderings differ elsewhere than at the stand-ins."""
        template = context.environment.get_template(THEME_TEMPLATE)
        cuts: list[tuple[list[str], list[str]]] = []
        stand_ins: list[Page] = []
        for stand_in in STAND_INS:
            page = self._make_page(stand_in.id)
            page.meta = {key: value for key, value in first.meta.items() if key != "template"}
            page.meta["title"] = stand_in.title
            page.markdown, page.content = "", stand_in.content
            page.toc, page.update_date = first.toc, first.update_date
            page.active = True
            try:
                html = template.render({**context.get_all(), "page": page})
            finally:
                page.active = False
            html = self._finish(html, stand_in.content)
            values = {getattr(stand_in, slot): slot for slot in SLOTS}
            longest_first = sorted(values, key=len, reverse=True)
            pieces = re.split(f"({'|'.join(map(re.escape, longest_first))})", html)
            cuts.append((pieces[::2], [values[value] for value in pieces[1::2]]))
            stand_ins.append(page)
        (texts, slots), other = cuts[0], cuts[1]
        if (texts, slots) != other:
            return None
        return Frame(tuple(texts), tuple(slots), stand_ins[0], STAND_INS[0].id)
