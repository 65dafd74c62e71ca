"""`mentors check`, the organisers' check of their program, and `mentors generate`."""

from generator import reports
from generator.generated import GENERATED

from conftest import VALID_PROFILE
from sites import make_program
from test_cli import run


def test_a_program_ready_to_go_live_passes(tmp_path):
    folder = make_program(tmp_path, {"ada.yml": VALID_PROFILE})
    result = run("check", cwd=folder)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert [line for line in lines if not line.startswith("  note: contrast: ")] == [
        "Profiles: ok", "  note: 1 valid profile", "Sample data: ok", "Placeholders: ok",
        "Derived files: ok", "Site: ok", "Your program is ready to go live."]


def test_everything_left_to_do_is_listed_with_where_and_how(tmp_path):
    folder = make_program(tmp_path, {"ada.yml": VALID_PROFILE + "skils: [x]\n",
                                     "bea.yml": "# mentor-directory:sample\n" + VALID_PROFILE
                                     .replace("ada-example", "bea")})
    (folder / "content" / "privacy.md").write_text("# Privacy\n\nContact [privacy contact].\n")
    (folder / "content" / "index.md").write_text("# Home\n\n[Broken](nowhere.md#x)\n")
    (folder / GENERATED[1].path).write_text("name: old form\n")
    summary = tmp_path / "summary.md"
    result = run("check", "--summary", str(summary), cwd=folder)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "Profiles: 1 problem",
        "  mentors/ada.yml:12:1: error: skils: unknown key; did you mean 'skills'?",
        "  note: 1 valid profile",
        "Sample data: 1 problem",
        "  mentors/bea.yml:1:1: error: is the template's fictional sample; delete the file, or "
        "once it holds your program's own words, the line with 'mentor-directory:sample' (start "
        "guide: \"Replace the sample data\")",
        "Placeholders: 1 problem",
        "  content/privacy.md:3:9: error: placeholder [privacy contact] is not filled in; "
        "replace it with your program's own details, or delete the sentence (start guide: "
        "\"Fill in your program's details\")",
        "Derived files: 1 problem",
        f"  {GENERATED[1].path}:1:1: error: is out of date for the program's lists in "
        "mkdocs.yml; merge the pull request the 'Update derived files' workflow opens, or run "
        "'mentors generate' (or 'mentors issue-form')",
        "Site: ok",
        "  note: not built: publishing stops on the profiles' errors too",
        "4 problems to fix before your program goes live.",
    ]
    text = summary.read_text()
    assert text.startswith("## Program check\n\n**4 problems to fix before your program goes "
                           "live.**\n\n### Profiles: 1 problem\n\n- `mentors/ada.yml` line 12: "
                           "skils: unknown key; did you mean 'skills'?\n- 1 valid profile\n")


def test_broken_links_in_the_built_site_are_listed(tmp_path):
    folder = make_program(tmp_path, {"ada.yml": VALID_PROFILE})
    (folder / "content" / "index.md").write_text(
        '# Home\n\n<a href="nowhere/">Nowhere</a> and <a href="profiles/#no-anchor">x</a>\n')
    result = run("check", cwd=folder)
    assert result.returncode == 1
    site = [line for line in result.stdout.splitlines() if "(built site)" in line]
    assert site == ["  (built site) index.html:1:1: error: broken link nowhere/",
                    "  (built site) index.html:1:1: error: missing anchor profiles/#no-anchor"]


def test_an_empty_directory_is_not_a_program(tmp_path):
    result = run("check", cwd=make_program(tmp_path, {}))
    assert result.stdout.splitlines()[:2] == [
        "Profiles: 1 problem",
        "  mentors:1:1: error: holds no mentor profile yet; add your own (start guide: \"Replace "
        "the sample data\")"]


def test_generate_rewrites_only_what_is_out_of_date(tmp_path):
    folder = make_program(tmp_path, {})
    assert run("generate", "--check", cwd=folder).stdout == "Every derived file is up to date.\n"
    (folder / "mkdocs.yml").write_text((folder / "mkdocs.yml").read_text().replace(
        "  - mentor-directory\n",
        "  - mentor-directory:\n      program:\n        goals: {remove: [certifications]}\n"))
    result = run("generate", "--check", cwd=folder)
    # The goals are in every file but the report form, which is the same for every program.
    changed = [item for item in GENERATED if item.path != reports.FORM_FILE]
    assert (result.returncode, result.stdout) == (1, "".join(
        f"{item.path} is out of date; run 'mentors generate'\n" for item in changed))
    result = run("generate", cwd=folder)
    assert (result.returncode, result.stdout) == (0, "".join(
        f"Wrote {item.path}\n" for item in changed))
    assert run("generate", "--check", cwd=folder).returncode == 0


def test_a_site_that_does_not_build_says_why(tmp_path):
    folder = make_program(tmp_path, {"ada.yml": VALID_PROFILE})
    (folder / "content" / "index.md").write_text("# Home\n\n<!-- mentor-directory:open-mentors many -->\n")
    result = run("check", cwd=folder)
    assert result.returncode == 1
    assert [line for line in result.stdout.splitlines() if "error" in line] == [
        "  mkdocs.yml:1:1: error: the site does not build: mentor-directory: index.md: "
        "open-mentors takes a number of mentors, not 'many'; publishing stops on this too"]
