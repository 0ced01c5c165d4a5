"""Plain text and Markdown files, read as they are (Markdown markup removed)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from wirecheck.extract.paragraphs import split_plain, take_plain_title

_markdown = MarkdownIt("commonmark")

# Inline tokens whose text is kept; images (alt text) and raw HTML are not prose.
INLINE_TEXT = {"text", "code_inline"}


def read_text(text: str) -> tuple[str | None, list[str]]:
    """Title (a first headline-like line) and paragraphs of a plain-text article."""
    return take_plain_title(split_plain(text))


def read_markdown(text: str) -> tuple[str | None, list[str]]:
    """Title (the first level-1 heading, else a headline-like first line) and paragraphs, markup removed.

    Example:
        >>> read_markdown("# Title\\n\\nSome **bold** [link](#).")
        ('Title', ['Some bold link.'])
    """
    title, paragraphs, heading_level = None, [], None
    for token in _markdown.parse(text):
        if token.type == "heading_open":
            heading_level = token.tag
        elif token.type == "inline":
            content = _inline_text(token).strip()
            if not content:
                continue
            if heading_level == "h1" and title is None:
                title = content
            else:
                paragraphs.append(content)
            heading_level = None
    if title is None:
        title, paragraphs = take_plain_title(paragraphs)
    return title, paragraphs


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in INLINE_TEXT:
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
