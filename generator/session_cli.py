"""The `mentors` commands for sessions: check session pages, write the proposal issue form, and
turn a proposal issue into a page (the step the "Session from issue" workflow runs)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from generator import cli, ownership
from generator.directory import find_profiles, load_directory
from generator.loader import Mapping, Scalar, Sequence, load
from generator.problems import count_errors
from generator.session import front_matter
from generator.session_form import FORM_FILE, render_form, session_from_issue
from generator.sessions import find_pages, load_sessions
from generator.settings import read_config
from generator.translation import _, ngettext

GUIDE = "organisers-guide"  # its "Running circles and events" section explains session pages


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Adds the session commands to the `mentors` command line."""
    validate = commands.add_parser("validate-sessions",
                                   help="check session pages and report every problem")
    validate.add_argument("paths", nargs="*", type=Path, metavar="FOLDER",
                          help="folders of session pages (default: the site's session folders)")
    validate.set_defaults(run=_validate)

    form = commands.add_parser("session-form",
                               help="write the issue form hosts fill in to propose a session")
    form.add_argument("--output", type=Path, default=Path(FORM_FILE),
                      help=f"where to write it, or - for standard output (default: {FORM_FILE})")
    form.set_defaults(run=_form)

    issue = commands.add_parser("session-from-issue",
                                help="write a session page from a proposal issue")
    cli.add_issue_arguments(issue)
    issue.set_defaults(run=_from_issue)


def _docs(args: argparse.Namespace, base: Path) -> Path:
    config = read_config(args.config) if args.config.is_file() else {}
    return base / str(config.get("docs_dir") or "docs")


def _validate(args: argparse.Namespace) -> int:
    options, program, base = cli._settings(args)
    directory, _problems = load_directory([base / options.profiles], program)
    docs = _docs(args, base)
    folders = args.paths or [docs / name for name in options.sessions]
    sessions, problems = load_sessions(folders, docs, directory, relative_to=Path("."))
    cli.report_problems(problems, _("session page"))
    valid = len(sessions.all)
    print(cli._summary(ngettext("{number} valid session page", "{number} valid session pages",
                                valid, number=valid), problems))
    return 1 if count_errors(problems) else 0


def _form(args: argparse.Namespace) -> int:
    _options, program, _base = cli._settings(args)
    return cli._write_generated(args.output, render_form(program))


def _from_issue(args: argparse.Namespace) -> int:
    options, program, base = cli._settings(args)
    folder = base / options.profiles
    files, _problems = find_profiles([folder], base) if folder.is_dir() else ([], [])
    logins = {path.stem: login for path in files
              if (login := ownership.login_of(str(path), path.read_bytes()))}
    directory, _problems = load_directory([folder], program)
    docs = _docs(args, base)
    pages, _problems = find_pages([docs / name for name in options.sessions], base)
    existing = {path.stem: (path.relative_to(docs).as_posix(), _hosts_of(path))
                for path in pages}
    body = args.body.read_bytes().decode("utf-8", errors="replace")
    result = session_from_issue(
        body, args.author, program, date.today(), logins=logins, existing=existing,
        mentors={mentor.id: mentor.profile.name for mentor in directory.mentors},
        folders=tuple(options.sessions))
    if not result.ok:
        for problem in result.problems:
            print(problem.description())
        cli._write_message(args.message, _fix_comment(result.problems, args.config))
        return 1
    target = docs / str(result.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(str(result.text), encoding="utf-8")
    shown = target.relative_to(base).as_posix()
    print(shown)
    others = [login for login in result.hosts if login.casefold() != args.author.casefold()]
    cli._write_message(args.message, _pull_request_text(shown, args.author, args.number,
                                                        result.updates, others))
    return 0


def _hosts_of(path: Path) -> tuple[str, ...]:
    """The hosts a page names, read with the located loader; none if it cannot be read."""
    split = front_matter(path.read_bytes())
    if split is None:
        return ()
    root, _problems = load(str(path), split[0])
    entry = root.entries.get("hosts") if isinstance(root, Mapping) else None
    if entry is None or not isinstance(entry[1], Sequence):
        return ()
    return tuple(item.value.strip() for item in entry[1].items if isinstance(item, Scalar))


def _fix_comment(problems, config: Path) -> str:
    return (_("Thank you for proposing a session! A few answers need changing before its page "
              "can be added:") + "\n\n" + cli._fenced_problems(problems) + "\n\n"
            + cli._how_to_edit() + " "
            + _("The [guide for organisers]({url}) explains every field.", url=_guide(config))
            + "\n")


def _guide(config: Path) -> str:
    return cli._guide_url(config).replace(cli.GUIDE_PAGE, GUIDE) + "#running-circles-and-events"


def _pull_request_text(path: str, author: str, number: int | None, updates: bool,
                       others: list[str]) -> str:
    values = {"file": cli._code(path), "author": author, "number": number}
    if updates:
        added = (_("Updates {file}, proposed by @{author} (one of its hosts) from the form in "
                   "#{number}.", **values) if number else
                 _("Updates {file}, proposed by @{author} (one of its hosts) from an issue form.",
                   **values))
    else:
        added = (_("Adds {file}, proposed by @{author} (one of its hosts) from the form in "
                   "#{number}.", **values) if number else
                 _("Adds {file}, proposed by @{author} (one of its hosts) from an issue form.",
                   **values))
    lines = [added + " " + _("The page passed `mentors validate-sessions`."), ""]
    if others:
        lines += [_("Other hosts, please confirm here that you host it: {hosts}.",
                    hosts=", ".join(f"@{login}" for login in others)), ""]
    lines.append(_("Maintainers: check that nothing in it looks wrong, then merge."))
    if number:  # the keyword GitHub closes the issue by stays in English
        lines += ["", f"Closes #{number}"]
    return "\n".join(lines) + "\n"


__all__ = ["add_commands"]
