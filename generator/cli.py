"""The `mentors` command: validate profiles, write a new one, export the editor schema."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Sequence as Seq

import yaml

from generator.directory import PROFILE_ID, load_directory
from generator.loader import Scalar, Sequence
from generator.problems import Problem, count_errors
from generator.profile import INVALID, Checker, Profile, json_schema
from generator.program import Program, ProgramConfigError, load_program
from generator.settings import Options, read_options

MODELINE = "# yaml-language-server: $schema=../schema/mentor.schema.json"
SCHEMA_FILE = Path("schema/mentor.schema.json")
NEW_FIELDS = ("name", "github", "headline", "timezone", "languages", "skills", "goals", "pronouns")
LIST_FIELDS = {"languages", "skills", "goals"}


class UsageError(Exception):
    """A mistake in how the command was called; printed without a traceback."""


def main(argv: Seq[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (UsageError, ProgramConfigError, ValueError, OSError) as error:
        print(f"mentors: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mentors", description=__doc__)
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                        help="site configuration with the program lists (default: mkdocs.yml)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check profiles and report every problem")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="profile files or folders (default: the profiles folder)")
    validate.set_defaults(run=_validate)

    new = commands.add_parser("new", help="write a new, valid profile (asks for what is missing)")
    new.add_argument("--id", help="file name without .yml (default: from the name)")
    for name in NEW_FIELDS:
        help_text = "comma-separated" if name in LIST_FIELDS else None
        new.add_argument(f"--{name}", help=help_text)
    new.add_argument("--no-input", action="store_true", help="never ask; fail if a field is missing")
    new.set_defaults(run=_new)

    schema = commands.add_parser("schema", help="write the JSON Schema editors use for profiles")
    schema.add_argument("--output", type=Path, default=SCHEMA_FILE,
                        help=f"where to write it, or - for standard output (default: {SCHEMA_FILE})")
    schema.set_defaults(run=_schema)
    return parser


def _settings(args: argparse.Namespace) -> tuple[Options, Program, Path]:
    """Options, program lists and the folder paths are relative to (the config file's)."""
    config: Path = args.config
    if config.is_file():
        options = read_options(config)
        return options, load_program(options.program), config.parent
    if config != Path("mkdocs.yml"):
        raise UsageError(f"no configuration file at {config}")
    return Options(), load_program(None), Path(".")


def _validate(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    paths = args.paths or [base / options.profiles]
    directory, problems = load_directory(paths, program)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem.text())
        if annotate:
            print(problem.github_annotation())
    print(_summary(len(directory.mentors), problems))
    return 1 if count_errors(problems) else 0


def _summary(valid: int, problems: list[Problem]) -> str:
    errors = count_errors(problems)
    warnings = len(problems) - errors
    files = len({problem.path for problem in problems if problem.is_error})
    parts = []
    if errors:
        parts.append(f"{errors} {'error' if errors == 1 else 'errors'} in "
                     f"{files} {'file' if files == 1 else 'files'}")
    if warnings:
        parts.append(f"{warnings} {'warning' if warnings == 1 else 'warnings'}")
    result = f"{valid} valid {'profile' if valid == 1 else 'profiles'}"
    return result + (f"; {', '.join(parts)}" if parts else "") + "."


def _new(args: argparse.Namespace) -> int:
    options, program, base = _settings(args)
    kinds = {f.name: f.metadata for f in dataclasses.fields(Profile)}
    answers: dict[str, object] = {}
    interactive = not args.no_input and sys.stdin.isatty()
    for name in NEW_FIELDS:
        required = name != "pronouns"
        given = getattr(args, name)
        while True:
            if given is None and interactive:
                optional = "" if required else " (optional, Enter to skip)"
                given = input(f"{name}: {kinds[name]['doc']}{optional} ")
            if given is None or not given.strip():
                if required:
                    if not interactive:
                        raise UsageError(f"--{name} is required with --no-input or without a "
                                         "terminal")
                    print(f"  {name} is required.")
                    given = None
                    continue
                break
            value, messages = _check_answer(name, given, kinds[name]["kind"], program)
            if value is not INVALID:
                answers[name] = list(value) if isinstance(value, tuple) else value
                break
            if not interactive:
                raise UsageError(f"--{name}: " + "; ".join(messages))
            print("\n".join(f"  {message}" for message in messages))
            given = None
    profile_id = args.id or "-".join(re.findall(r"[a-z0-9]+", str(answers["name"]).lower()))
    if not PROFILE_ID.fullmatch(profile_id):
        raise UsageError(f"'{profile_id}' is not a valid id: use lowercase letters, digits, hyphens")
    target = base / options.profiles / f"{profile_id}.yml"
    if target.exists():
        raise UsageError(f"{target} already exists; edit it instead")
    answers["last_confirmed"] = date.today()
    body = yaml.safe_dump(answers, sort_keys=False, allow_unicode=True, default_flow_style=None,
                          width=100)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"{MODELINE}\n{body}", encoding="utf-8")
    _, problems = load_directory([target], program)
    for problem in problems:
        print(problem.text())
    print(f"Wrote {target}. Add a bio, formats and availability, then run: mentors validate {target}")
    return 1 if count_errors(problems) else 0


def _check_answer(name: str, text: str, kind, program: Program) -> tuple[object, list[str]]:
    """Check one answer with the field's own kind, as if it had been written in a file."""
    checker = Checker("answer", program, date.today())
    node = (Sequence([Scalar(part.strip(), 1, 1, plain=False) for part in text.split(",")
                      if part.strip()], 1, 1)
            if name in LIST_FIELDS else Scalar(text, 1, 1, plain=False))
    value = kind.check(node, name, checker)
    errors = [problem.description() for problem in checker.problems if problem.is_error]
    return (INVALID if errors else value), errors


def _schema(args: argparse.Namespace) -> int:
    _, program, _ = _settings(args)
    text = json.dumps(json_schema(program), indent=2, ensure_ascii=False) + "\n"
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
