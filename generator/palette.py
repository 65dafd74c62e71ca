"""Readable colours whatever palette an organiser picks: text colours chosen by contrast.

Material for MkDocs offers twenty primary and sixteen accent colours; some give text below the
4.5:1 contrast WCAG asks for (white on teal or orange, teal links on white). The theme's own
palette stylesheet is read as data, each colour pair the pages use is measured, and a failing
text colour is moved toward black or white until it reads, keeping its hue.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

AA = 4.5  # WCAG 2 contrast for normal text
WHITE = (1.0, 1.0, 1.0)
BLACK = (0.0, 0.0, 0.0)
DEFAULT_HUE = "225deg"  # Material's --md-hue for the slate scheme

RULE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
ATTRIBUTE = re.compile(r"(:not\()?\[data-md-color-(scheme|primary|accent)=\"?([\w-]+)\"?\]\)?")
DECLARATION = re.compile(r"(--[\w-]+)\s*:\s*([^;]+)")

# What the pages draw with what: (what it is, text variable, background variable).
PAIRS = (
    ("header text", "--md-primary-bg-color", "--md-primary-fg-color"),
    ("link", "--md-typeset-a-color", "--md-default-bg-color"),
    ("link on hover", "--md-accent-fg-color", "--md-default-bg-color"),
)

RGB = tuple[float, float, float]


@dataclass(frozen=True)
class Scheme:
    """One palette entry of mkdocs.yml: a colour scheme with a primary and an accent colour."""

    scheme: str = "default"
    primary: str = "indigo"
    accent: str = "indigo"

    @property
    def selector(self) -> str:
        return (f'[data-md-color-scheme="{self.scheme}"][data-md-color-primary="{self.primary}"]'
                f'[data-md-color-accent="{self.accent}"]')


@dataclass(frozen=True)
class Fix:
    """A text colour replaced because it read below AA on its background."""

    scheme: Scheme
    what: str
    variable: str
    before: str
    ratio: float
    after: str

    def text(self) -> str:
        return (f"palette {self.scheme.scheme}/{self.scheme.primary}/{self.scheme.accent}: "
                f"{self.what} {self.before} is {self.ratio:.1f}:1 against its background, below "
                f"{AA}:1; using {self.after} instead")


def schemes(palette: object) -> list[Scheme]:
    """The palette entries of mkdocs.yml's `theme.palette` (one mapping or a list of them)."""
    entries = palette if isinstance(palette, list) else [palette] if palette else [{}]
    found = []
    for entry in entries:
        if isinstance(entry, dict):
            found.append(Scheme(*(str(entry.get(key) or default).lower().replace(" ", "-")
                                  for key, default in (("scheme", "default"),
                                                       ("primary", "indigo"),
                                                       ("accent", "indigo")))))
    return found


def variables(stylesheet: str, scheme: Scheme) -> dict[str, str]:
    """The custom properties the stylesheet gives an element with the scheme's attributes."""
    attributes = {"scheme": scheme.scheme, "primary": scheme.primary, "accent": scheme.accent}
    matched: list[tuple[int, int, str]] = []
    for order, rule in enumerate(RULE.finditer(stylesheet)):
        best = -1
        for selector in rule[1].split(","):
            specificity = _specificity(selector.strip(), attributes)
            best = max(best, specificity)
        if best >= 0:
            matched.append((best, order, rule[2]))
    values: dict[str, str] = {}
    for _, _, body in sorted(matched):
        values.update((name, value.strip()) for name, value in DECLARATION.findall(body))
    return values


def _specificity(selector: str, attributes: dict[str, str]) -> int:
    """How many attribute tests the selector makes, or -1 when it does not match the scheme."""
    if selector == ":root":
        return 0
    rest = ATTRIBUTE.sub("", selector)
    if rest.strip():
        return -1  # about some element, not the page's palette
    count = 0
    for negated, attribute, value in ATTRIBUTE.findall(selector):
        if (attributes[attribute] == value) == bool(negated):
            return -1
        count += 1
    return count


def colour(value: str, variables_: dict[str, str], under: RGB = WHITE) -> RGB | None:
    """A CSS colour as RGB from 0 to 1, translucent ones laid over `under`; None if unreadable."""
    value = re.sub(r"var\((--[\w-]+)\)",
                   lambda found: variables_.get(found[1], DEFAULT_HUE if found[1] == "--md-hue"
                                                else found[0]), value).strip()
    alpha = 1.0
    hexadecimal = re.fullmatch(r"#([0-9a-fA-F]{3,8})", value)
    if hexadecimal:
        digits = hexadecimal[1]
        if len(digits) in (3, 4):
            digits = "".join(digit * 2 for digit in digits)
        if len(digits) not in (6, 8):
            return None
        rgb = tuple(int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
        if len(digits) == 8:
            alpha = int(digits[6:8], 16) / 255
    else:
        hsl = re.fullmatch(r"hsla?\(\s*([\d.]+)(?:deg)?\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%"
                           r"(?:\s*,\s*([\d.]+))?\s*\)", value)
        if not hsl:
            return None
        rgb = colorsys.hls_to_rgb(float(hsl[1]) / 360, float(hsl[3]) / 100, float(hsl[2]) / 100)
        alpha = float(hsl[4]) if hsl[4] else 1.0
    return tuple(alpha * channel + (1 - alpha) * base for channel, base in zip(rgb, under))  # type: ignore[return-value]


def luminance(rgb: RGB) -> float:
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: RGB, other: RGB) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(text: RGB, background: RGB) -> RGB:
    """The text colour with its hue, made darker or lighter (away from the background) to read."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*text)
    step = -0.01 if luminance(background) > 0.18 else 0.01
    while contrast(text, background) < AA and 0 < lightness < 1:
        lightness = min(1.0, max(0.0, lightness + step))
        text = colorsys.hls_to_rgb(hue, lightness, saturation)
    return text


def hex_colour(rgb: RGB) -> str:
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in rgb)


def fixes(stylesheet: str, palette: object) -> list[Fix]:
    """Every text colour of the site's palette entries that reads below AA, with its replacement."""
    found = []
    for scheme in schemes(palette):
        values = variables(stylesheet, scheme)
        for what, text_variable, background_variable in PAIRS:
            background = colour(values.get(background_variable, "#fff"), values)
            text = colour(values.get(text_variable, ""), values, background or WHITE)
            if background is None or text is None:
                continue
            ratio = contrast(text, background)
            if ratio >= AA:
                continue
            if text_variable == "--md-primary-bg-color":
                better = max((WHITE, BLACK), key=lambda candidate: contrast(candidate, background))
                replacement = better if contrast(better, background) >= AA else readable(text, background)
            else:
                replacement = readable(text, background)
            found.append(Fix(scheme, what, text_variable, hex_colour(text), ratio,
                             hex_colour(replacement)))
    return found


def stylesheet_for(found: list[Fix]) -> str:
    """CSS that applies the fixes to the palette entries they belong to."""
    rules: dict[str, list[str]] = {}
    for fix in found:
        rules.setdefault(fix.scheme.selector, []).append(f"  {fix.variable}: {fix.after};")
    return "".join(f"{selector} {{\n" + "\n".join(lines) + "\n}\n"
                   for selector, lines in rules.items())
