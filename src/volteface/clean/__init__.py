"""The clean stage: normalise characters, drop interface lines, find embedded posts, give the content id."""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, article_id
from .boilerplate import strip_boilerplate
from .normalise import normalise_chars, tidy_lines
from .posts import find_posts


def clean_article(article: Article, *, keep_offsets: bool = False) -> Article:
    """The article ready for NLP; ``keep_offsets`` keeps the text's length (spans then match the input)."""
    text = normalise_chars(article.text)
    if not keep_offsets:
        text = tidy_lines(strip_boilerplate(text))
    return replace(
        article,
        text=text,
        id=article.id or article_id(text, article.url),
        posts=article.posts or find_posts(text),
    )


__all__ = ["clean_article", "find_posts", "normalise_chars", "strip_boilerplate", "tidy_lines"]
