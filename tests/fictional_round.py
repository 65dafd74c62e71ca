"""Fictional mentors and cohort applicants drawn from the program's own vocabularies (never real
people), for the matching tests and benchmark."""

from __future__ import annotations

import csv
import io
import random
from datetime import date

from generator.applications import AVAILABILITY, QUESTIONS, Application
from generator.directory import Mentor
from generator.languages import languages
from generator.profile import Availability, Profile
from generator.program import Program

FIRST = ["Ada", "Bea", "Chidi", "Dana", "Emeka", "Farah", "Guo", "Hana", "Ines", "Jun", "Kofi",
         "Lina", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tala"]
LAST = ["Abara", "Bianchi", "Castro", "Dlamini", "Eze", "Fischer", "Gupta", "Haddad", "Ito",
        "Jovanovic", "Mensah", "Nakamura", "Okafor", "Pereira", "Santos", "Tanaka"]
ZONES = ["Africa/Lagos", "Africa/Nairobi", "Asia/Kolkata", "Asia/Tokyo", "Europe/Berlin",
         "Europe/London", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",
         "Australia/Sydney"]
LANGUAGES = ["en", "en", "en", "es", "pt", "fr", "de", "hi", "ja", "sw"]


def _some(rng: random.Random, items: list[str], low: int, high: int) -> tuple[str, ...]:
    return tuple(rng.sample(items, rng.randint(low, min(high, len(items)))))


def mentors(rng: random.Random, count: int, program: Program) -> list[Mentor]:
    goals = [entry.id for entry in program.goals]
    skills = [entry.label for entry in program.skills]
    found = []
    for number in range(count):
        capacity = rng.choice([None, 1, 2, 3, 4])
        profile = Profile(
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", github=f"mentor-{number}",
            headline="Engineer", timezone=rng.choice(ZONES),
            languages=tuple(dict.fromkeys(("en", *_some(rng, LANGUAGES, 0, 2))))
            if rng.random() < 0.8 else _some(rng, LANGUAGES[3:], 1, 2),
            skills=_some(rng, skills, 2, 6), goals=_some(rng, goals, 1, 4),
            mentee_stages=_some(rng, [entry.id for entry in program.stages], 1, 3),
            formats=_some(rng, [entry.id for entry in program.formats], 1, 2),
            experiences=_some(rng, [entry.id for entry in program.experiences], 0, 2),
            availability=Availability(accepting=rng.random() < 0.9, capacity=capacity,
                                      mentees=rng.randint(0, capacity) if capacity else None))
        matched = {}
        for written in profile.skills:
            match = program.taxonomy.match(written)
            matched.setdefault(match.id, match)
        found.append(Mentor(f"mentor-{number:04d}", f"mentors/mentor-{number:04d}.yml", profile,
                            date(2026, 11, 1), tuple(matched.values())))
    return found


def applications(rng: random.Random, count: int, program: Program) -> list[Application]:
    goals = [entry.id for entry in program.goals]
    skills = [entry.label for entry in program.skills]
    experiences = [entry.id for entry in program.experiences]
    found = []
    for row in range(2, count + 2):
        chosen = _some(rng, experiences, 0, 2) if rng.random() < 0.3 else ()
        found.append(Application(
            row=row, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            email=f"applicant-{row}@example.org", goals=_some(rng, goals, 1, 3),
            skills=tuple(program.taxonomy.match(skill) for skill in _some(rng, skills, 0, 3)),
            stage=rng.choice([entry.id for entry in program.stages]),
            languages=tuple(dict.fromkeys(("en", *_some(rng, LANGUAGES, 0, 1))))
            if rng.random() < 0.85 else _some(rng, LANGUAGES[3:], 1, 1),
            timezone=rng.choice(ZONES), experiences=chosen,
            must_share=bool(chosen) and rng.random() < 0.3,
            format=rng.choice([None, *[entry.id for entry in program.formats]]),
            availability=_some(rng, [entry.id for entry in AVAILABILITY], 0, 2)))
    return found


def google_forms_csv(found: list[Application], program: Program) -> bytes:
    """Applications as Google Forms exports them: a Timestamp column, labels joined by ', '."""
    labels = {entry.id: entry.label for name in ("goals", "stages", "formats", "experiences")
              for entry in program.entries(name)}
    labels.update({entry.id: entry.label for entry in AVAILABILITY})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Timestamp", *(question.header for question in QUESTIONS)])
    for application in found:
        writer.writerow([
            "2027/01/12 9:14:03 AM GMT+1", application.name, application.email,
            ", ".join(labels[goal] for goal in application.goals),
            ", ".join(skill.written for skill in application.skills),
            labels[application.stage],
            ", ".join(languages().name(code) for code in application.languages),
            application.timezone,
            ", ".join(labels[experience] for experience in application.experiences),
            ("Must: only mentors who share at least one" if application.must_share
             else "Prefer: a mentor who shares one is better" if application.experiences else ""),
            labels.get(application.format or "", ""),
            ", ".join(labels[entry] for entry in application.availability), ""])
    return out.getvalue().encode("utf-8")
