"""Synthetic, fictional mentor corpora for benchmarks: skills sampled from real tag co-occurrence."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import yaml

from generator.program import default_program

DATASET = Path(__file__).resolve().parent.parent / "data" / "codingcoach-2019-mentor-tags.json"
FIRST = ["Ada", "Bea", "Chidi", "Dana", "Emeka", "Farah", "Guo", "Hana", "Ines", "Jun", "Kofi",
         "Lina", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tala", "Uma", "Vero",
         "Wen", "Xiomara", "Yusuf", "Zanele"]
LAST = ["Abara", "Bianchi", "Castro", "Dlamini", "Eze", "Fischer", "Gupta", "Haddad", "Ito",
        "Jovanovic", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Okafor", "Pereira", "Quispe",
        "Rahman", "Santos", "Tanaka", "Urquhart", "Varga", "Wong", "Xu", "Yilmaz", "Zulu"]
ZONES = ["Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Tokyo",
         "Asia/Singapore", "Europe/Berlin", "Europe/London", "Europe/Lisbon", "America/New_York",
         "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "America/Bogota",
         "Australia/Sydney", "Pacific/Auckland"]
LANGUAGES = ["en", "en", "en", "es", "pt", "fr", "de", "hi", "ja", "sw", "yo", "zh", "ar"]
# The sample program's mentors as the template shipped them (not the organisers' own program).
SAMPLE_MENTORS = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "mentors"


def bio_sentences() -> list[str]:
    """Sentences of the fictional sample bios: real prose, so bios index and compress like real ones."""
    sentences = []
    for path in sorted(SAMPLE_MENTORS.glob("*.yml")):
        bio = yaml.safe_load(path.read_text(encoding="utf-8")).get("bio") or ""
        prose = " ".join(line for line in bio.splitlines() if line and not line.startswith("-"))
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", prose) if len(s.split()) > 4]
    return sentences


def skill_sampler(rng: random.Random):
    """Draws 2-8 skills: a first one by frequency, the rest by co-occurrence with those drawn."""
    entries = [entry["tags"] for entry in json.loads(DATASET.read_text())]
    frequency = Counter(tag for tags in entries for tag in tags)
    together: dict[str, Counter] = {tag: Counter() for tag in frequency}
    for tags in entries:
        for tag in tags:
            together[tag].update(other for other in tags if other != tag)
    tags, weights = zip(*frequency.items())

    def sample() -> list[str]:
        chosen = [rng.choices(tags, weights)[0]]
        for _ in range(rng.randint(1, 7)):
            near = Counter()
            for tag in chosen:
                near.update(together[tag])
            for tag in chosen:
                near.pop(tag, None)
            pool, pool_weights = zip(*near.items()) if near else (tags, weights)
            chosen.append(rng.choices(pool, pool_weights)[0])
        return list(dict.fromkeys(chosen))

    return sample


# Lived experience is opt-in: about half the mentors list some, weighted roughly as people share them.
EXPERIENCE_SHARE = 0.5
EXPERIENCE_WEIGHTS = {"women": 8, "immigrant": 4, "non-traditional-path": 4, "parent-carer": 3,
                      "first-generation": 3, "racial-ethnic-minority": 3, "lgbtqia": 2,
                      "career-break": 2, "neurodivergent": 2, "later-career-start": 2,
                      "gender-diverse": 1, "disabled": 1, "low-income-background": 1}


def experiences_for(seed: int, index: int) -> list[str]:
    """Opt-in experiences, from their own generator so the other draws stay as they were."""
    rng = random.Random(f"experiences-{seed}-{index}")
    if rng.random() >= EXPERIENCE_SHARE:
        return []
    ids, weights = zip(*EXPERIENCE_WEIGHTS.items())
    chosen = {rng.choices(ids, weights)[0] for _ in range(rng.randint(1, 3))}
    return sorted(chosen)


def profile_text(rng: random.Random, index: int, skills: list[str], sentences: list[str],
                 experiences: list[str] = ()) -> str:
    program = default_program()
    goals = rng.sample([goal.id for goal in program.goals], rng.randint(1, 4))
    stages = rng.sample([stage.id for stage in program.stages], rng.randint(1, 3))
    capacity = rng.randint(1, 5)
    bio = " ".join(rng.sample(sentences, 4))
    languages = sorted(set(["en"] + rng.sample(LANGUAGES, rng.randint(0, 2))))
    return (
        "# yaml-language-server: $schema=../schema/mentor.schema.json\n"
        f"name: {rng.choice(FIRST)} {rng.choice(LAST)}\n"
        f"github: mentor-{index:05d}\n"
        f"headline: {json.dumps(skills[0].title() + ' engineer')}\n"
        f"timezone: {rng.choice(ZONES)}\n"
        f"languages: [{', '.join(languages)}]\n"
        f"skills: [{', '.join(json.dumps(skill) for skill in skills)}]\n"
        f"goals: [{', '.join(goals)}]\n"
        f"mentee_stages: [{', '.join(stages)}]\n"
        f"formats: [{rng.choice(['one-on-one', 'circle', 'office-hours', 'peer'])}]\n"
        + (f"experiences: [{', '.join(experiences)}]\n" if experiences else "")
        + f"bio: {json.dumps(bio, ensure_ascii=False)}\n"
        "availability:\n"
        f"  accepting: {'true' if rng.random() < 0.85 else 'false'}\n"
        f"  capacity: {capacity}\n"
        f"  mentees: {rng.randint(0, capacity)}\n"
        "contact:\n"
        f"  calendar: https://cal.example.org/mentor-{index:05d}\n"
        f"last_confirmed: 2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}\n"
    )


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Writes `count` profiles to folder/mentor-NNNNN.yml; the same seed gives the same files."""
    rng = random.Random(seed)
    sample = skill_sampler(rng)
    sentences = bio_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"mentor-{index:05d}.yml"
        text = profile_text(rng, index, sample(), sentences, experiences_for(seed, index))
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
