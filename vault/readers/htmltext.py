"""HTML reduced to text: what a person reads (for search), or every text and attribute (for the gate).

An e-mail's HTML body hides text from a plain search in character references (``Jos&eacute;``), tags
cut inside a word, and attributes (``title``, ``alt``, links). The standard library's tokenizer reads
them without building a tree or fetching anything; its errors are tolerated as browsers tolerate them.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "td",
        "th",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
    ]
)
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})


class _Reducer(HTMLParser):
    def __init__(self, every: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.every = every
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        if tag in _BLOCKS:
            self.out.append("\n")
        if self.every:
            self.out += [f"\n{v}\n" for _, v in attrs if v and v.strip()]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN:
            self.hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in _BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.every or not self.hidden:
            self.out.append(data)

    def handle_comment(self, data: str) -> None:
        if self.every:
            self.out.append(f"\n{data}\n")


def html_text(html: str, *, every: bool = False) -> str:
    """The text of ``html``: what a reader sees, or with ``every`` also scripts, styles, comments and
    attribute values (what the outbound gate must read)."""
    reducer = _Reducer(every)
    reducer.feed(html)
    reducer.close()
    lines = (" ".join(line.split()) for line in "".join(reducer.out).splitlines())
    text: list[str] = []
    for line in lines:
        if line or (text and text[-1]):
            text.append(line)
    return "\n".join(text).strip()
