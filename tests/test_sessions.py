"""Loading session folders: ids, upcoming and past at the moment of the build, next meetings."""

from datetime import UTC, datetime
from pathlib import Path

from generator.directory import load_directory
from generator.program import default_program
from generator.sessions import load_sessions

from conftest import TODAY, VALID_PROFILE
from test_session import NOW, VALID_SESSION


def mentors(tmp_path: Path, profile: str = VALID_PROFILE):
    """A directory of one mentor, ada-example."""
    (tmp_path / "mentors").mkdir(exist_ok=True)
    (tmp_path / "mentors" / "ada-example.yml").write_text(profile)
    return load_directory([tmp_path / "mentors"], default_program(), today=TODAY)[0]


def load(tmp_path: Path, pages: dict[str, str], now: datetime = NOW, profile: str = VALID_PROFILE):
    """Sessions in tmp_path/content/<folder>/, hosted by the mentor ada-example."""
    directory = mentors(tmp_path, profile)
    for name, text in pages.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load_sessions([tmp_path / "content" / "circles", tmp_path / "content" / "events"],
                         tmp_path / "content", directory, relative_to=tmp_path, now=now)


def with_schedule(lines: str) -> str:
    return VALID_SESSION.replace("  first: 2026-12-01 18:30\n  every: 2 weeks\n  times: 6\n",
                                 lines)


def test_upcoming_sessions_by_their_next_meeting_and_past_ones_in_the_archive(tmp_path):
    sessions, problems = load(tmp_path, {
        "circles/later.md": with_schedule("  first: 2026-12-20 10:00\n"),
        "circles/sooner.md": with_schedule("  first: 2026-12-02 10:00\n"),
        "events/over.md": with_schedule("  first: 2026-11-01 10:00\n"),
        "events/older.md": with_schedule("  first: 2026-10-01 10:00\n"),
        "circles/index.md": "# Not a session: the folder's own page\n",
    })
    assert problems == []
    assert [listed.id for listed in sessions.upcoming] == ["sooner", "later"]
    assert [listed.id for listed in sessions.past] == ["over", "older"]
    assert sessions.upcoming[0].src_uri == "circles/sooner.md"
    assert sessions.hosted_by("ada-example") == sessions.all


def test_a_meeting_under_way_is_still_upcoming(tmp_path):
    sessions, _ = load(tmp_path, {"circles/now.md": with_schedule("  first: 2026-11-23 12:30\n")},
                       now=datetime(2026, 11, 23, 12, 0, tzinfo=UTC))  # 13:00 in Berlin
    assert [listed.id for listed in sessions.upcoming] == ["now"]


def test_next_meetings_keep_local_time_across_a_clock_change(tmp_path):
    sessions, _ = load(tmp_path, {"circles/weekly.md": with_schedule(
        "  first: 2027-03-16 18:30\n  every: week\n  times: ongoing\n")})
    listed = sessions.upcoming[0]
    assert [f"{m.start:%m-%d %H:%M %z}" for m in listed.next] == [
        "03-16 18:30 +0100", "03-23 18:30 +0100", "03-30 18:30 +0200", "04-06 18:30 +0200",
        "04-13 18:30 +0200", "04-20 18:30 +0200"]
    assert [f"{m.end:%H:%M}" for m in listed.next] == ["20:00"] * 6
    assert listed.last is None


def test_a_finite_series_ends_with_its_last_meeting(tmp_path):
    sessions, _ = load(tmp_path, {"circles/six.md": VALID_SESSION})
    listed = sessions.upcoming[0]
    assert f"{listed.first.start:%Y-%m-%d}" == "2026-12-01"
    assert f"{listed.last.start:%Y-%m-%d}" == "2027-02-09"
    assert len(listed.next) == 6


def test_sign_ups_close_at_the_end_of_the_day_in_the_sessions_zone(tmp_path):
    page = VALID_SESSION.replace("meets: online", "meets: online\nsignup_closes: 2026-11-23")
    late = datetime(2026, 11, 23, 22, 30, tzinfo=UTC)  # 23:30 in Berlin
    assert load(tmp_path, {"circles/c.md": page}, now=late)[0].upcoming[0].can_sign_up
    after = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # past midnight in Berlin
    listed = load(tmp_path, {"circles/c.md": page}, now=after)[0].upcoming[0]
    assert (listed.signup_closed, listed.can_sign_up) == (True, False)


def test_file_names_are_ids_unique_across_folders(tmp_path):
    sessions, problems = load(tmp_path, {
        "circles/same.md": VALID_SESSION, "events/same.md": VALID_SESSION,
        "circles/archive.md": VALID_SESSION, "circles/Bad Name.md": VALID_SESSION})
    assert [problem.text() for problem in problems] == [
        "content/circles/Bad Name.md:1:1: error: file name 'Bad Name.md' is not a valid session "
        "id; rename it to 'bad-name.md': lowercase letters, digits and single hyphens, at most 64 "
        "characters",
        "content/circles/archive.md:1:1: error: 'archive' is reserved and cannot be a session id; "
        "name the file after the session, such as 'career-changers.md'",
        "content/events/same.md:1:1: error: another session has the id 'same': "
        "content/circles/same.md; rename one of the files"]
    assert [listed.source for listed in sessions.all] == ["content/circles/same.md"]


def test_a_symbolic_link_is_reported_not_followed(tmp_path):
    (tmp_path / "secret.md").write_text(VALID_SESSION)
    (tmp_path / "content" / "circles").mkdir(parents=True)
    (tmp_path / "content" / "circles" / "link.md").symlink_to(tmp_path / "secret.md")
    sessions, problems = load(tmp_path, {})
    assert [problem.text() for problem in problems] == [
        "content/circles/link.md:1:1: error: is a symbolic link, not a session page; put the page "
        "itself in the folder"]
    assert sessions.all == ()
