"""Sites in several languages with the ecosystem's multilingual plugin, mkdocs-static-i18n.

That plugin builds the site once per language, each language's pages under its own folder
(`es/`), with `theme.language` set to it; it moves the documentation pages, but not the files
other plugins generate. The pages and data this plugin generates go under the same folder, so
each language gets its own directory page, mentor pages and match index in its language.
"""

from __future__ import annotations

from typing import Any

from jinja2 import TemplateError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

I18N_PLUGIN = "i18n"  # mkdocs-static-i18n's name in `plugins:`


def page_language(config: MkDocsConfig) -> str:
    """The language Material writes in each page's <html lang> ("pt" for pt-BR): the scripts
    shared by a site's languages find the files of the page's language by it."""
    language = config.theme.get("language") or "en"
    try:
        return config.theme.get_env().from_string(
            '{% import "partials/language.html" as lang with context %}{{ lang.t("language") }}'
        ).render(config=config).strip() or language
    except TemplateError:  # a theme other than Material
        return language


def _folder(i18n: Any, language: str) -> str:
    """A language's folder in the built site: none for the default language."""
    return "" if language == i18n.default_language else f"{language}/"


def generated(config: MkDocsConfig, src_uri: str, *, switch: bool = False,
              kind: type[File] = File, **options: Any) -> File:
    """A generated file (`kind`.generated) under this build's language folder. The language menu
    of a page that `switch`es leads to the same page in each language (that of the other pages,
    mentor pages among them, to each language's home page)."""
    file = kind.generated(config, src_uri, **options)
    i18n = config.plugins.get(I18N_PLUGIN)
    if i18n is None or not hasattr(i18n, "build_languages"):
        return file
    file.dest_uri = _folder(i18n, i18n.current_language) + file.dest_uri
    if switch:
        alternates = {}
        for language in i18n.build_languages:
            alternate = File.generated(config, src_uri, **options)
            alternate.dest_uri = _folder(i18n, language) + alternate.dest_uri
            alternates[language] = alternate
        # What mkdocs-static-i18n gives the pages it moves (folder.py create_i18n_file, 1.3), for
        # its language menu (reconfigure.py reconfigure_page_context).
        vars(file).update(locale=i18n.current_language, alternates=alternates,
                          locale_alternate_of=i18n.current_language)
    return file
