"""Fictional mentors for the matcher's Node tests: tests/data/match-index.json is built from them
(tests/test_index.py checks it is current; UPDATE_GOLDEN=1 rewrites it)."""

from conftest import VALID_PROFILE


def mentor(name: str, skills: str, goals: str, *, languages: str = "[en]",
           zone: str = "Europe/Berlin", extra: str = "") -> str:
    login = name.lower().replace(" ", "-")
    return (VALID_PROFILE.replace("Ada Example", name).replace("ada-example", login)
            .replace("Europe/Berlin", zone).replace("[en, Portuguese]", languages)
            .replace("  - Kubernetes\n  - golang\n", "".join(f"  - {s}\n" for s in skills.split("|")))
            .replace("[promotion-readiness, technical-growth]", goals) + extra)


MENTORS = {
    "ana.yml": mentor("Ana Lima", "python|django", "[career-change, getting-started]",
                      languages="[es, en]", zone="America/Bogota",
                      extra="experiences: [women, first-generation]\nmentee_stages: [career-changer]\n"
                            "formats: [circle]\n"),
    "kai.yml": mentor("Kai Berg", "k8s|golang", "[staff-plus, promotion-readiness]",
                      extra="experiences: [lgbtqia]\nmentee_stages: [senior, lead]\n"),
    "rosa.yml": mentor("Rosa Diaz", "ReactJS|TypeScript", "[promotion-readiness, confidence]",
                       languages="[es, en]", extra="experiences: [women, lgbtqia]\n"),
    "lee.yml": mentor("Lee Min", "ruby", "[negotiation, job-search]", languages="[ko, en]",
                      zone="Asia/Seoul", extra="experiences: [immigrant]\n"
                      "offers: [mock-interviews, referrals]\nresponds_within: 2\n"
                      "availability:\n  windows: [weekday-evenings]\n").replace(
                          "headline: Staff Engineer, payments\n", "headline: Payments platform lead\n"),
    "sam.yml": mentor("Sam Okoro", "Ruby on Rails", "[job-search, confidence]",
                      extra="experiences: [neurodivergent]\noffers: [sponsorship]\n"
                            "industry: [healthcare]\nyears_in_tech: 14\nalumni: true\n"),
    "dev.yml": mentor("Dev Rao", "'c#'|'.NET'", "[management]", zone="Asia/Kolkata"),
    "noor.yml": mentor("Noor Haddad", "machine learning|python", "[returning-to-work, technical-growth]",
                       extra="experiences: [parent-carer, women]\n"),
    "zed.yml": mentor("Zed Full", "kubernetes", "[career-change]",
                      extra="availability:\n  capacity: 1\n  mentees: 1\n"),
    "ines.yml": mentor("Ines Carvalho", "system design|postgres", "[networking, negotiation]",
                       languages="[pt, en]", extra="experiences: [non-traditional-path]\n"
                                                   "location: Porto\n"
                                                   "meeting_modes: [video, in-person]\n"
                                                   "industry: [fintech]\n"
                                                   "availability:\n  windows: [weekends]\n"),
}
