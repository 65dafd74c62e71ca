"""The `mentors` command: validate profiles, write a new one, export the editor schema, and the
steps the GitHub workflows run (ownership check, profile from an issue form, the form itself)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import traceback
from collections.abc import Sequence as Seq
from datetime import date
from importlib import metadata
from pathlib import Path

from generator import ownership, reports, translation
from generator.check_command import add_commands as add_check_commands
from generator.directory import PROFILE_ID, Conflict, find_profiles, load_directory, slug
from generator.freshness import (
    CannotEdit,
    mark_not_accepting,
    pause_report,
    report,
    stale_profiles,
)
from generator.generated import schema_text
from generator.history import History, read_history
from generator.importing.command import add_command as add_import_command
from generator.insights import insights, render_text
from generator.issue_form import FORM_FILE, profile_from_issue, render_form
from generator.loader import Node, Scalar, Sequence
from generator.match_command import add_command as add_match_command
from generator.outcomes_command import add_command as add_outcomes_command
from generator.problems import Problem, UserError, count_errors
from generator.profile import (
    CHANNELS,
    INVALID,
    Checker,
    Kind,
    ListOf,
    Profile,
    ProgramId,
)
from generator.profile_text import profile_text
from generator.program import Program, load_program
from generator.proposals import open_proposals
from generator.settings import Options, read_config, read_options, site_language
from generator.translation import _, ngettext
from generator.workflow_commands import give, guarded_output, under_actions

PACKAGE = "mentor-directory"  # as pyproject.toml names it: --version asks its metadata
SCHEMA_FILE = Path("schema/mentor.schema.json")
GUIDE_PAGE = "profiles"  # the profile guide: content/profiles.md, published at profiles/
# What `mentors new` asks, in this order (also the order of answers piped to it): the required
# fields, pronouns, the ways mentees reach the mentor, then what helps mentees choose and trust
# them. Each has an option named after it.
NEW_FIELDS = ("name", "github", "headline", "timezone", "languages", "skills", "goals", "pronouns",
              *(f"contact.{channel}" for channel in CHANNELS), "offers", "responds_within")


class UsageError(UserError):
    """A mistake in how the command was called; printed without a traceback."""


def main(argv: Seq[str] | None = None) -> int:
    # The one place output leaves the command: under GitHub Actions no line of it is obeyed as a
    # workflow command, whatever file names or values it quotes (argparse's messages too).
    with guarded_output():
        parser = _parser()
        args = parser.parse_args(argv)
        try:
            # What the command says is in the site's language, where it has a catalogue: mentors
            # read its messages in pull requests and issues (the options' help stays English).
            translation.use(site_language(args.config))
            return args.run(args)
        except (UserError, OSError) as error:  # the user's mistake, or a file they named
            print(_("mentors: error: {error}", error=error), file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return 130
        except Exception:
            traceback.print_exc()
            print(_("mentors: internal error: this is a bug in the mentors command, not a "
                    "mistake in your files or settings; please report it, with the traceback "
                    "above"), file=sys.stderr)
            return 70  # EX_SOFTWARE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mentors", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                        help="site configuration with the program lists (default: mkdocs.yml)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check profiles and report every problem")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="profile files or folders (default: the profiles folder)")
    validate.add_argument("--summary", type=Path, metavar="PATH",
                          help="also write a Markdown summary for people, such as a pull "
                          "request's job summary (default in GitHub Actions: $GITHUB_STEP_SUMMARY)")
    validate.set_defaults(run=_validate)

    new = commands.add_parser(
        "new", help="write a new, valid profile (asks for what is missing)",
        description="Write a new profile in the profiles folder. Answers given as options are "
        "not asked for; the others are asked one by one, in the order of the options below "
        "(answers can also be piped in, one per line).")
    new.add_argument("--id", help="file name without .yml (default: made from the name)")
    for path in NEW_FIELDS:
        new.add_argument(f"--{_option(path)}", metavar=_option(path).upper(),
                         help=_flag_help(path))
    new.add_argument("--no-input", action="store_true",
                     help="never ask; report every missing or wrong answer and write nothing")
    new.set_defaults(run=_new)

    schema = commands.add_parser("schema", help="write the JSON Schema editors use for profiles")
    schema.add_argument("--output", type=Path, default=SCHEMA_FILE,
                        help=f"where to write it, or - for standard output (default: {SCHEMA_FILE})")
    schema.set_defaults(run=_schema)

    owners = commands.add_parser(
        "check-ownership", help="check that a pull request changes only its author's profiles")
    owners.add_argument("--author", required=True, help="GitHub login of the pull request's author")
    owners.add_argument("--base", required=True, metavar="COMMIT",
                        help="the base branch commit: it decides who owns each profile")
    owners.add_argument("--head", required=True, metavar="COMMIT",
                        help="the pull request's commit (read as data, never run)")
    owners.add_argument("--files", required=True, type=Path, metavar="FILE.json",
                        help="output of: gh api --paginate repos/OWNER/REPO/pulls/N/files")
    owners.add_argument("--changed-files", type=int, metavar="N",
                        help="how many files the pull request changes, to notice a cut-off list")
    owners.add_argument("--approvals", type=Path, metavar="FILE.json",
                        help="the head commit's statuses, where the workflow records a "
                        "maintainer's approval: gh api --paginate repos/OWNER/REPO/commits/SHA/"
                        "statuses")
    owners.add_argument("--repo", type=Path, default=Path("."), help="the git repository")
    owners.set_defaults(run=_check_ownership)

    issue = commands.add_parser("from-issue",
                                help="write a profile from an issue filled in with the issue form")
    add_issue_arguments(issue)
    issue.add_argument("--open-pulls", type=Path, metavar="FILE.json",
                       help="open pull requests, whose new profiles take their account and id: "
                       "gh pr list --state open --json number,headRefName,headRefOid,"
                       "isCrossRepository,author,files (their head commits fetched)")
    issue.set_defaults(run=_from_issue)

    form = commands.add_parser("issue-form", help="write the issue form mentors can fill in")
    form.add_argument("--output", type=Path, default=Path(FORM_FILE),
                      help=f"where to write it, or - for standard output (default: {FORM_FILE})")
    form.set_defaults(run=_issue_form)

    report_form = commands.add_parser(
        "report-form", help="write the issue form mentees report an unanswered request with")
    report_form.add_argument("--output", type=Path, default=Path(reports.FORM_FILE),
                             help="where to write it, or - for standard output (default: "
                             f"{reports.FORM_FILE})")
    report_form.set_defaults(run=lambda args: _write_generated(
        args.output, reports.render_form(_settings(args)[1])))

    stale = commands.add_parser("stale", help="list profiles not confirmed for a while, and "
                                "those mentees reported as not answering")
    stale.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                       help="markdown: a checklist mentioning each mentor, to paste into an issue")
    stale.add_argument("--older-than", type=_days, metavar="DAYS",
                       help="days without confirmation (default: the site's stale_after_days)")
    stale.add_argument("--reported", type=Path, metavar="FILE.json",
                       help="also list the profiles mentees reported as not answering, from the "
                       f"open issues of the report form: gh issue list --label {reports.LABEL} "
                       "--state open --json number,body,createdAt")
    stale.add_argument("--pause", action="store_true",
                       help="set 'accepting: false' in each listed profile, changing nothing "
                       "else, and list the files changed")
    stale.set_defaults(run=_stale)

    conflicts = commands.add_parser(
        "conflicts", help="list profiles left out because another profile names their GitHub "
        "account")
    conflicts.add_argument("--format", choices=("text", "markdown"), default="text",
                           help="markdown: the issue the publish workflow keeps; nothing at all "
                           "when no profile is left out")
    conflicts.set_defaults(run=_conflicts)

    stats = commands.add_parser("stats", help="coverage, capacity, load and gaps of the program")
    stats.add_argument("--json", action="store_true", help="the figures as JSON")
    stats.set_defaults(run=_stats)
    add_match_command(commands, _settings)
    add_import_command(commands, _settings)
    add_outcomes_command(commands, _settings)
    add_check_commands(commands, _settings)
    # Imported here: the session commands use this module's helpers.
    from generator.session_cli import add_commands

    add_commands(commands)
    return parser


def _settings(args: argparse.Namespace) -> tuple[Options, Program, Path]:
    """Options, program lists and the folder paths are relative to (the config file's)."""
    config: Path = args.config
    if config.is_file():
        options = read_options(config)
        # The lists in the site's language, the one main() set for the messages.
        return options, load_program(options.program, options.request_form,
                                     translation.active().language), config.parent
    if config != Path("mkdocs.yml"):
        raise UsageError(_("no configuration file at {file}", file=config))
    return Options(), load_program(None), Path(".")


def _history(folder: Path) -> History:
    """The profiles' git history, printing what it could not read and why."""
    history = read_history([folder])
    for note in history.notes:
        print(f"mentors: {note}", file=sys.stderr)
    return history


def _stats(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    directory, _problems = load_directory([base / options.profiles], program,
                                          stale_after_days=options.stale_after_days,
                                          history=_history(base / options.profiles))
    figures = insights(directory)
    print(figures.as_json() if args.json else render_text(figures))
    return 0


def _stale(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    directory, problems = load_directory([base / options.profiles], program,
                                         stale_after_days=options.stale_after_days,
                                         history=_history(base / options.profiles))
    invalid = len({problem.path for problem in problems if problem.is_error})
    if invalid:
        print(ngettext("mentors: {number} profile file has errors and is not listed; run "
                       "'mentors validate'",
                       "mentors: {number} profile files have errors and are not listed; run "
                       "'mentors validate'", invalid, number=invalid), file=sys.stderr)
    found = stale_profiles(directory, args.older_than)
    days = directory.stale_after_days if args.older_than is None else args.older_than
    if not args.pause:
        reported = (reports.reported_profiles(args.reported.read_text(encoding="utf-8"),
                                              directory) if args.reported else None)
        print(report(found, args.format, days, reported))
        return 0
    paused, failed = [], 0
    for item in found:
        path = Path(item.mentor.source)
        try:
            # As bytes: reading as text would turn the file's own line breaks into '\n'.
            text = path.read_bytes().decode("utf-8")
            path.write_bytes(mark_not_accepting(item.mentor.source, text, program,
                                                directory.today).encode("utf-8"))
            paused.append(item)
        except CannotEdit as error:
            print(f"mentors: {error}", file=sys.stderr)
            failed += 1
    print(pause_report(paused, args.format))
    return 1 if failed else 0


def _days(text: str) -> int:
    """A number of days given on the command line: a whole number, 1 or more."""
    if not re.fullmatch(r"[0-9]{1,6}", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days: write a whole "
                                         "number of 1 or more, such as 365")
    return int(text)


def _version() -> str:
    """This package's version, as installed."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def _conflicts(args: argparse.Namespace) -> int:
    """What publishing leaves out: each profile whose account an earlier profile already names.

    Exits 0 either way: the site is published without them, and this is the report.
    """
    options, program, base = _settings(args)
    directory, _problems = load_directory([base / options.profiles], program, conflicts="leave-out")
    if args.format == "markdown":
        if directory.conflicts:
            sys.stdout.write(_conflicts_markdown(directory.conflicts))
        return 0
    report_problems([conflict.problem("warning") for conflict in directory.conflicts])
    if not directory.conflicts:
        print(_("No two profiles name the same GitHub account."))
    return 0


def _conflicts_markdown(conflicts: Seq[Conflict]) -> str:
    """The issue the publish workflow opens while profiles are left out for sharing an account."""
    lines = [_("Each person keeps one profile, and these profiles name a GitHub account that "
               "an earlier profile already names. The site shows the earlier profile and leaves "
               "these out:"), ""]
    lines += ["- " + _("{left_out} (left out) names @{login}, like {kept} (on the site).",
                       left_out=_code(conflict.left_out), login=conflict.login,
                       kept=_code(conflict.kept)) for conflict in conflicts]
    lines += ["", _("To fix it, keep one profile per account: delete the file that shouldn't be "
                    "there, or correct its `github:` line if it names the wrong account. Each "
                    "publish updates this issue, and closes it once no profile is left out.")]
    return "\n".join(lines) + "\n"


def add_issue_arguments(command: argparse.ArgumentParser) -> None:
    """The options of a command that turns an issue form's answers into a file."""
    command.add_argument("--body", required=True, type=Path, metavar="FILE",
                         help="the issue's body, as GitHub wrote it from the form")
    command.add_argument("--author", required=True, help="GitHub login of the issue's author")
    command.add_argument("--number", type=int, metavar="N", help="the issue's number")
    command.add_argument("--message", type=Path, metavar="FILE",
                         help="write Markdown for people here: the pull request's description, "
                         "or the comment saying what to fix")


def report_problems(problems: Seq[Problem], what: str | None = None) -> None:
    """Each problem as a line, and under GitHub Actions also on the pull request's diff, with
    `what` the problems' files are (mentor profiles by default)."""
    annotate = under_actions()
    for problem in problems:
        print(problem.text())
        if annotate:
            give(problem.github_annotation(what))


def _validate(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    paths = args.paths or [base / options.profiles]
    directory, problems = load_directory(paths, program)
    report_problems(problems)
    print(_summary(_valid_profiles(len(directory.mentors)), problems))
    _write_step_summary(args.summary, _validate_markdown(len(directory.mentors), problems,
                                                         _guide_url(args.config)))
    return 1 if count_errors(problems) else 0


def _valid_profiles(valid: int) -> str:
    return ngettext("{number} valid profile", "{number} valid profiles", valid, number=valid)


def _summary(valid: str, problems: list[Problem]) -> str:
    """The last line of a check: `valid` says how many files are valid (as _valid_profiles),
    then come the errors and warnings."""
    errors = count_errors(problems)
    warnings = len(problems) - errors
    files = len({problem.path for problem in problems if problem.is_error})
    parts = []
    if errors:
        parts.append(_("{errors} in {files}",
                       errors=ngettext("{number} error", "{number} errors", errors,
                                       number=errors),
                       files=ngettext("{number} file", "{number} files", files, number=files)))
    if warnings:
        parts.append(ngettext("{number} warning", "{number} warnings", warnings,
                              number=warnings))
    return valid + (f"; {', '.join(parts)}" if parts else "") + "."


def _option(path: str) -> str:
    """The option of `mentors new` that answers a field: 'calendar' for contact.calendar."""
    return path.rpartition(".")[2]


def _spec(path: str) -> dataclasses.Field:
    """The schema field a `mentors new` question fills: 'goals', 'contact.calendar'."""
    group, _dot, name = path.rpartition(".")
    schema = Profile
    if group:
        schema = next(f for f in dataclasses.fields(Profile) if f.name == group).metadata[
            "kind"].schema
    return next(f for f in dataclasses.fields(schema) if f.name == name)


def _flag_help(path: str) -> str:
    """An option's help: the field's own documentation, and how to write the answer."""
    spec = _spec(path)
    doc, kind, example = spec.metadata["doc"], spec.metadata["kind"], spec.metadata["example"]
    if isinstance(kind, ListOf) and isinstance(kind.item, ProgramId):
        how = f"Comma-separated ids or labels, such as '{', '.join(example)}'"
    elif isinstance(kind, ListOf):
        how = f"Comma-separated, such as '{', '.join(example)}'"
    else:
        how = f"Such as '{example}'"
    if path.startswith("contact."):
        how += ("; one of --form, --calendar or --email is needed, unless the program has its own "
                "request form")
    elif spec.default is not dataclasses.MISSING:
        how += "; optional"
    return f"{doc} {how}."


class _Answers:
    """Where `mentors new` reads answers: a terminal, or lines piped in, until they end."""

    def __init__(self, asking: bool):
        self.asking = asking
        # Someone at a terminal is asked again after a wrong answer; piped answers are each for
        # their own question, so a wrong one is reported with the rest instead.
        self.again = asking and sys.stdin.isatty()
        self.ended = False

    def ask(self, prompt: str) -> str | None:
        """The next answer, or None once there are no more."""
        if not self.asking or self.ended:
            return None
        try:
            return input(prompt)
        except EOFError:
            self.ended = True
            print()
            return None


def _new(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    answers = _Answers(asking=not args.no_input)
    values: dict[str, object] = {}
    errors: list[str] = []
    for path in NEW_FIELDS:
        if path.startswith("contact."):
            if path == f"contact.{CHANNELS[0]}":  # the contact fields are asked together
                contact = _new_contact(args, answers, program, errors)
                if contact:
                    values["contact"] = contact
            continue
        value = _new_answer(path, getattr(args, _option(path)), answers, program, errors)
        if value is not None:
            values[path] = value
    if errors:
        for error in errors:
            print(_("mentors: error: {error}", error=error), file=sys.stderr)
        print(_("mentors: no profile written: give or change the answers above"),
              file=sys.stderr)
        return 2
    profile_id = args.id or slug(str(values["name"]))
    if not PROFILE_ID.fullmatch(profile_id):
        raise UsageError(_("'{id}' is not a valid id: use lowercase letters, digits, hyphens",
                           id=profile_id))
    target = base / options.profiles / f"{profile_id}.yml"
    if target.exists():
        raise UsageError(_("{file} already exists; edit it instead", file=target))
    values["last_confirmed"] = date.today()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(profile_text(values), encoding="utf-8")
    _directory, problems = load_directory([target], program)
    for problem in problems:
        print(problem.text())
    print(_("Wrote {file}. Add a bio, how you like to work (style), formats and availability, "
            "then run: mentors validate {file}", file=target))
    return 1 if count_errors(problems) else 0


def _new_answer(path: str, given: str | None, answers: _Answers, program: Program,
                errors: list[str]) -> object:
    """One field's checked value from its option or its question; None if left out or wrong.

    A wrong or missing answer is asked again of someone at a terminal; otherwise it is added to
    `errors`, named by its option.
    """
    spec = _spec(path)
    name, kind = _option(path), spec.metadata["kind"]
    required = spec.default is dataclasses.MISSING
    option = f"--{name}"
    while True:
        if given is None:
            given = answers.ask(_question(path, program, required))
            if given is None:
                if required:
                    errors.append(_("{option} is required: the answers ended before it",
                                    option=option) if answers.ended
                                  else _("{option} is required", option=option))
                return None
        if not given.strip():
            if not required:
                return None
            if answers.again:
                print("  " + _("{name} is required.", name=name))
                given = None
                continue
            errors.append(_("{option} is required", option=option))
            return None
        value, messages = _check_answer(path, given, kind, program)
        if value is not INVALID:
            return list(value) if isinstance(value, tuple) else value
        if answers.again and not answers.ended:
            print("\n".join(f"  {message}" for message in messages))
            given = None
            continue
        errors.extend(f"{option}: {message}" for message in messages)
        return None


def _new_contact(args: argparse.Namespace, answers: _Answers, program: Program,
                 errors: list[str]) -> dict[str, object]:
    """The contact fields, asked until there is one a mentee can use (unless the program's
    own request form is how mentees ask)."""
    paths = [path for path in NEW_FIELDS if path.startswith("contact.")]
    given: dict[str, str | None] = {path: getattr(args, _option(path)) for path in paths}
    needed = not program.request_form
    if needed and answers.asking and not any(given.values()):
        print(_("How can mentees reach you? Give at least one of the next three."))
    while True:
        found: dict[str, object] = {}
        before = len(errors)
        for path in paths:
            value = _new_answer(path, given[path], answers, program, errors)
            if value is not None:
                found[_option(path)] = value
        if found or not needed or len(errors) > before:
            return found
        if not answers.again or answers.ended:
            options = [f"--{_option(path)}" for path in paths]
            errors.append(_("{options} or {last} is required: a profile that accepts mentees "
                            "needs a way for them to reach you", options=", ".join(options[:-1]),
                            last=options[-1]))
            return found
        print("  " + _("mentees need a way to reach you: give at least one of the three."))
        given = dict.fromkeys(paths)


def _question(path: str, program: Program, required: bool) -> str:
    """The prompt for one field: its documentation, and for a program list, the choices."""
    spec = _spec(path)
    kind = spec.metadata["kind"]
    how = "" if required else " " + _("(optional, Enter to skip)")
    if isinstance(kind, ListOf):
        how = " " + _("(separate them with commas)")
        if isinstance(kind.item, ProgramId):
            entries = program.entries(kind.item.list_name)
            width = max(len(entry.id) for entry in entries)
            choices = "".join(f"  {entry.id:<{width}}  {entry.label}\n" for entry in entries)
            choose = _("Choose one or more, by id or label:")
            return f"{path}: {spec.metadata['doc']} {choose}\n{choices}{path}: "
    return f"{path}: {spec.metadata['doc']}{how} "


def _check_answer(path: str, text: str, kind: Kind, program: Program) -> tuple[object, list[str]]:
    """Check one answer with the field's own kind, as if it had been written in a file; return
    the value (or INVALID) and the messages, without the field: the question or option names it.
    """
    checker = Checker("answer", program, date.today())
    if isinstance(kind, ListOf):
        item = kind.item
        parts = [part.strip() for part in text.split(",") if part.strip()]
        if isinstance(item, ProgramId):  # ids or labels, as the question offers them
            parts = [item.id_for(part, program) or part for part in parts]
        node: Node = Sequence([Scalar(part, 1, 1, plain=False) for part in parts], 1, 1)
    else:  # typed as a plain value: a number is a number
        node = Scalar(text.strip(), 1, 1, plain=True)
    value = kind.check(node, path, checker)
    errors = [dataclasses.replace(problem, field=None).description()
              for problem in checker.problems if problem.is_error]
    return (INVALID if errors else value), errors


def _schema(args: argparse.Namespace) -> int:
    _options, program, _base = _settings(args)
    return _write_generated(args.output, schema_text(program))


def _write_generated(output: Path, text: str) -> int:
    """Writes a file derived from the schema and program lists, or prints it for '-'."""
    if str(output) == "-":
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(_("Wrote {file}", file=output))
    return 0


def _validate_markdown(valid: int, problems: list[Problem], guide: str) -> str:
    """The job summary of `mentors validate`, for people who don't read compiler output."""
    lines = ["## " + _("Mentor profiles"), ""]
    if not count_errors(problems):
        lines.append(_("There are no profiles to check.") if not valid and not problems
                     else _("The profile is valid.") if valid == 1
                     else ngettext("All {number} profile is valid.",
                                   "All {number} profiles are valid.", valid, number=valid))
    else:
        lines += [_summary(_valid_profiles(valid), problems), "",
                  _("A profile with an error is left out of the site until it is fixed. Change "
                    "the lines named below, then commit again: this check runs on every "
                    "change.")]
    files: dict[str, list[Problem]] = {}
    for problem in problems:
        files.setdefault(problem.path, []).append(problem)
    for path, found in files.items():
        lines += ["", f"### {_markdown(path)}", ""]
        for problem in found:
            where = _("Line {line}", line=problem.line) + (f", {_code(problem.field)}"
                                                           if problem.field else "")
            note = "" if problem.is_error else _("Worth a look (not an error):") + " "
            text = _sentence(problem.message) + (f" {_sentence(problem.hint)}" if problem.hint
                                                 else "")
            lines.append(f"- {where}: {note}{_markdown(text)}")
    lines += ["", _("The [profile guide]({url}) explains every field.", url=guide)]
    return "\n".join(lines) + "\n"


def _check_ownership(args: argparse.Namespace) -> int:
    options, _program, _base = _settings(args)
    changes = ownership.parse_files(args.files.read_text(encoding="utf-8"))
    problems = ownership.check_ownership(
        args.author, changes, ownership.git_reader(args.repo, args.base),
        ownership.git_reader(args.repo, args.head), options.profiles.strip("/"))
    if args.changed_files is not None and len(changes) < args.changed_files:
        number = translation.active().number
        problems.append(Problem(
            # Translators: where a problem is when it is about the whole pull request.
            _("(pull request)"), 1, 1, _("GitHub listed only {listed} of its {changed} changed "
                                         "files, so a maintainer needs to review it",
                                         listed=number(len(changes)),
                                         changed=number(args.changed_files))))
    approval = (ownership.parse_approval(args.approvals.read_text(encoding="utf-8"))
                if args.approvals else None)
    for problem in problems:
        print(f"{problem.path}: {problem.message}")
    print(summary := _ownership_summary(len(problems), args.author, args.head, approval))
    markdown = ["## " + _("Profile ownership"), ""]
    markdown += [f"- {_code(problem.path)}: {_markdown(_sentence(problem.message))}"
                 for problem in problems]
    _write_step_summary(None, "\n".join(markdown + ["", _markdown(summary)]) + "\n")
    return 1 if problems and not approval else 0


def _ownership_summary(changes: int, author: str, head: str,
                       approval: ownership.Approval | None) -> str:
    """What the ownership check decided: the `changes` that need a review, and how to give it."""
    if not changes:
        return _("Every change is to a profile that belongs to {author}.", author=author)
    if approval:
        return ngettext("{number} change needs a maintainer's review, and a maintainer accepted "
                        "it for commit {commit} ({approval}). A new push needs a new approval.",
                        "{number} changes need a maintainer's review, and a maintainer accepted "
                        "them for commit {commit} ({approval}). A new push needs a new approval.",
                        changes, number=changes, commit=head[:12],
                        approval=approval.description)
    return ngettext("{number} change needs a maintainer's review: a maintainer can accept the "
                    "pull request by adding the '{label}' label. An approval covers only the "
                    "commit it was given for: after a new push, the label is removed and needs "
                    "adding again.",
                    "{number} changes need a maintainer's review: a maintainer can accept the "
                    "pull request by adding the '{label}' label. An approval covers only the "
                    "commit it was given for: after a new push, the label is removed and needs "
                    "adding again.", changes, number=changes, label=ownership.APPROVAL_LABEL)


def _from_issue(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    folder = base / options.profiles
    files, _problems = find_profiles([folder], base) if folder.is_dir() else ([], [])
    existing = {path.stem: ownership.login_of(str(path), path.read_bytes()) for path in files}
    proposals = (open_proposals(args.open_pulls.read_text(encoding="utf-8"), base,
                                options.profiles.strip("/"), existing, args.number)
                 if args.open_pulls else [])
    body = args.body.read_bytes().decode("utf-8", errors="replace")
    result = profile_from_issue(body, args.author, program, date.today(), existing,
                                options.profiles.strip("/"), proposals)
    shown = f"{options.profiles.strip('/')}/{result.profile_id}.yml"
    notes = [problem for problem in result.problems if not problem.is_error]
    if result.text is None:  # not ok: the problems say why
        for problem in result.problems:
            print(problem.description())
        _write_message(args.message, _fix_comment(result.problems, _guide_url(args.config)))
        return 1
    target = folder / f"{result.profile_id}.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(result.text, encoding="utf-8")
    print(shown)
    _write_message(args.message, _pull_request_text(shown, args.author, args.number,
                                                    result.updates, notes))
    return 0


def _fix_comment(problems: list[Problem], guide: str) -> str:
    """The comment on an issue whose answers need changing: what, and how to change them."""
    return (_("Thank you for filling in the form! A few answers need changing before your "
              "profile can be added:") + "\n\n" + _fenced_problems(problems) + "\n\n"
            + _how_to_edit() + " "
            + _("The [profile guide]({url}) explains every field.", url=guide) + "\n")


def _fenced_problems(problems: Seq[Problem]) -> str:
    """The problems of an issue's answers, each on its line, shown as written."""
    return _fenced("\n".join(problem.description() for problem in problems))


def _how_to_edit() -> str:
    """How to change an issue's answers, which the workflow then checks again."""
    return _("To change them, edit this issue: open the **···** menu at the top right of it, "
             "choose **Edit**, change those answers and select **Update comment**. Your answers "
             "are checked again as soon as you save.")


def _pull_request_text(path: str, author: str, number: int | None, updates: bool,
                       notes: list[Problem]) -> str:
    values = {"file": _code(path), "author": author, "number": number}
    if updates:
        added = (_("Updates {file} for @{author}, from the form in #{number}.", **values)
                 if number else _("Updates {file} for @{author}, from an issue form.", **values))
    else:
        added = (_("Adds {file} for @{author}, from the form in #{number}.", **values)
                 if number else _("Adds {file} for @{author}, from an issue form.", **values))
    lines = [added + " " + _("The profile passed `mentors validate`; its `github:` line names "
                             "the issue's author."),
             "", _("Maintainers: check that nothing in it looks wrong, then merge.")]
    if notes:
        lines += ["", _("Worth a look (not errors):"), "", _fenced_problems(notes)]
    if number:
        # GitHub closes the issue when the pull request is merged: the keyword stays in English.
        lines += ["", f"Closes #{number}"]
    return "\n".join(lines) + "\n"


def _issue_form(args: argparse.Namespace) -> int:
    _options, program, _base = _settings(args)
    return _write_generated(args.output, render_form(program))


def _guide_url(config: Path) -> str:
    """Where the profile guide is: on the site, else on GitHub, else its path in the repository."""
    site: dict = {}
    if config.is_file():
        site = read_config(config)
    docs = str(site.get("docs_dir") or "docs").strip("/")
    if isinstance(site.get("site_url"), str) and site["site_url"].startswith(("https://",
                                                                              "http://")):
        return site["site_url"].rstrip("/") + f"/{GUIDE_PAGE}/"
    if isinstance(site.get("repo_url"), str) and site["repo_url"].startswith("https://"):
        return site["repo_url"].rstrip("/") + f"/blob/HEAD/{docs}/{GUIDE_PAGE}.md"
    return f"{docs}/{GUIDE_PAGE}.md"


def _write_step_summary(path: Path | None, markdown: str) -> None:
    """Write to `path`, or add to the GitHub Actions job summary when running there."""
    if path is not None:
        path.write_text(markdown, encoding="utf-8")
    elif os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(markdown)


def _write_message(path: Path | None, markdown: str) -> None:
    """The workflow posts this text; run by hand, there may be nowhere to write it."""
    if path is not None:
        path.write_text(markdown, encoding="utf-8")


def _sentence(text: str) -> str:
    """Messages are written as clauses after 'field:'; a summary shows them as sentences."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _markdown(text: str) -> str:
    """Text shown as itself in Markdown: punctuation that would format it is escaped."""
    text = " ".join(text.split())
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~&])", r"\\\1", text)


def _code(text: str) -> str:
    """Inline code that stays one code span whatever backticks the text holds."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if "`" in text else f"{fence}{text}{fence}"


def _fenced(text: str) -> str:
    """A code block: the text shows as written, with no Markdown, mentions or links in it."""
    fence = "`" * max(3, max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence}text\n{text}\n{fence}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
