"""The Content-Security-Policy meta: hashes for the frame's inline scripts, nothing for content's."""

import base64
import hashlib

from generator.csp import policy, protect

CONTENT = '<article><script>evil()</script><img src="https://tracker.example/x.png"></article>'
PAGE = ('<!doctype html><html><head><meta charset="utf-8"><title>T</title>'
        '<script>frame()</script><script src="assets/bundle.js"></script>'
        '<script id="__config" type="application/json">{"a": 1}</script>'
        '<script type="module" src="https://cdn.example/m.js"></script>'
        '<link rel="stylesheet" href="assets/main.css">'
        '<link rel="preload stylesheet" href="https://fonts.example/f.css">'
        '<link rel="canonical" href="https://site.example/page/">'
        f'</head><body>{CONTENT}<script >footer()</script></body></html>')


def sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_policy_allows_the_frame_and_nothing_from_the_content():
    assert policy(PAGE, CONTENT, ["https://avatars.example"]).split("; ") == [
        "default-src 'none'",
        f"script-src 'self' https://cdn.example {sha('frame()')} {sha('footer()')}",
        "style-src 'self' https://fonts.example",
        "img-src 'self' data: https://avatars.example",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
    ]


def test_a_script_in_the_content_gets_no_hash_even_when_the_frame_has_the_same_one():
    page = PAGE.replace("frame()", "evil()")
    assert policy(page, CONTENT).count(sha("evil()")) == 1
    assert sha("evil()") not in policy(PAGE, CONTENT)


def test_meta_comes_right_after_the_charset_before_any_script():
    protected = protect(PAGE, CONTENT)
    assert protected.startswith('<!doctype html><html><head><meta charset="utf-8">'
                                '<meta http-equiv="Content-Security-Policy" content="default-src')
    assert protected.index("Content-Security-Policy") < protected.index("<script")


def test_meta_goes_first_in_the_head_without_a_charset_and_fragments_are_left_alone():
    assert protect("<html><head lang=en><script>a()</script></head></html>").startswith(
        '<html><head lang=en><meta http-equiv="Content-Security-Policy"')
    assert protect("<p>fragment</p>") == "<p>fragment</p>"


def test_when_another_plugin_rewrote_the_content_nothing_inline_is_allowed():
    assert "sha256" not in policy(PAGE, "<article>not in the page</article>")
