"""Extraction: body paragraphs, captions, bylines and boilerplate apart; metadata; identity."""

from wirecheck.api import example_corpus
from wirecheck.extract import Defaults, extract
from wirecheck.extract.article import canonical_url, text_hash
from wirecheck.extract.boilerplate import sort_paragraphs
from wirecheck.extract.metadata import dateline, normalise_date
from wirecheck.extract.plaintext import read_markdown, read_text
from wirecheck.sources.document import RawDocument

SEED_URL = ("https://www.themoscowtimes.com/2024/09/25/"
            "moscow-in-secret-talks-to-supply-missiles-to-iran-backed-houthis-reuters-a86465")


def _seed_markdown(shared):
    path = shared / "seed" / "moscow-times-2024-09-25-houthis-yakhont.md"
    return extract(RawDocument(str(path), path.read_bytes(), "markdown"))


def _seed_html():
    path = example_corpus() / "moscow-times-houthis-yakhont.html"
    return extract(RawDocument(str(path), path.read_bytes(), "html"))


def test_seed_markdown_has_ten_body_paragraphs_without_related_line_or_caption(shared):
    article = _seed_markdown(shared)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("Moscow has been secretly negotiating")
    assert paragraphs[-1].endswith("to stop Russia.")
    assert "Related article" not in article.text
    assert "EPA / TASS" not in article.text
    assert article.captions == ["Houthi supporters at an anti-U.S. and Israel protest in Yemen. Yahya Arhab / EPA / TASS"]
    assert article.title == "Moscow in Secret Talks to Supply Missiles to Iran-Backed Houthis – Reuters"
    assert article.published == "2024-09-25"
    assert article.url == SEED_URL
    assert "(#)" not in article.text and "[reported]" not in article.text


def test_seed_html_page_gives_the_same_article_as_the_markdown(shared):
    page, markdown = _seed_html(), _seed_markdown(shared)
    assert page.text.split("\n\n") == markdown.text.split("\n\n")
    assert page.identity == markdown.identity == f"url:{SEED_URL}"
    assert page.content_hash == markdown.content_hash
    assert page.publisher == "The Moscow Times"
    assert page.published == "2024-09-25"
    assert "Related article" not in page.text
    assert page.captions == ["Houthi supporters at an anti-U.S. and Israel protest in Yemen. Yahya Arhab / EPA / TASS"]
    for boilerplate in ("Subscribe", "Share on", "Newsletters", "All rights reserved"):
        assert boilerplate not in page.text


def test_html_byline_and_figure_captions_are_kept_apart():
    path = example_corpus() / "gulf-observer-2024-10-02-red-sea-attacks.html"
    article = extract(RawDocument(str(path), path.read_bytes(), "html"))
    assert article.author == "Jane Doe"
    assert article.captions and all(caption not in article.text for caption in article.captions)
    assert len(article.text.split("\n\n")) == 8


def test_sort_paragraphs_separates_each_kind():
    parts = sort_paragraphs([
        "By Jane Doe",
        "Related article: Russian Warship Fires 'Warning Shot' at Norwegian Fishing Boat",
        "Read more: how the talks began",
        "Share on Facebook",
        "Photo: Reuters / File",
        "Houthi supporters at a protest in Sanaa. Yahya Arhab / EPA / TASS",
        "The talks are reportedly brokered by Iran, though Tehran seeks to avoid direct involvement.",
    ])
    assert parts.body == ["The talks are reportedly brokered by Iran, though Tehran seeks to avoid direct involvement."]
    assert parts.bylines == ["By Jane Doe"]
    assert len(parts.captions) == 2 and len(parts.dropped) == 3


def test_long_paragraph_ending_like_a_credit_stays_in_the_body():
    long_paragraph = " ".join(["The convoy moved north through the valley overnight."] * 8) + " Smith / Reuters"
    assert sort_paragraphs([long_paragraph]).body == [long_paragraph]


def test_plain_text_title_and_hard_wrapped_lines():
    title, paragraphs = read_text("Iran Rejects Reports\n\nIran's foreign ministry on Thursday\nrejected reports.\n\nSecond.")
    assert title == "Iran Rejects Reports"
    assert paragraphs == ["Iran's foreign ministry on Thursday rejected reports.", "Second."]


def test_markdown_markup_is_removed():
    title, paragraphs = read_markdown("# Title\n\nSome **bold** and [a link](https://x.example).\n\n- item one\n- item two")
    assert title == "Title"
    assert paragraphs == ["Some bold and a link.", "item one", "item two"]


def test_dates_are_normalised():
    assert normalise_date("September 25, 2024") == "2024-09-25"
    assert normalise_date("2024-09-25T10:00:00Z") == "2024-09-25"
    assert normalise_date("not a date") is None
    assert dateline("Harbor Point Institute · Analysis · February 10, 2025") == "2025-02-10"
    assert dateline("Russia has reportedly held at least two meetings with the Houthis in 2024.") is None


def test_defaults_fill_only_missing_metadata():
    raw = RawDocument("note.txt", b"Headline\n\nThe first body sentence is here. The second body sentence follows it.", "text",
                      metadata={"publisher": "Levant Wire"})
    article = extract(raw, Defaults(publisher="Other", published="26 September 2024"))
    assert article.publisher == "Levant Wire"
    assert article.published == "2024-09-26"


def test_identity_ignores_typography_and_tracking():
    assert text_hash("“Quoted” – text\n\n here") == text_hash('"quoted" - text here')
    assert canonical_url("HTTPS://Example.COM/a?utm_source=x&id=3#top") == "https://example.com/a?id=3"
    assert canonical_url("javascript:alert(1)") is None


def test_datelines_are_found_with_their_wire_service():
    from wirecheck.extract.datelines import find_datelines

    def found(text):
        return [(text[d.start:d.end], d.wire_start is not None and text[d.wire_start:d.wire_end])
                for d in find_datelines(text)]

    assert found("WASHINGTON, Jan 26 (Reuters) - The State Department said") == [
        ("WASHINGTON, Jan 26 (Reuters) - ", "Reuters")]
    assert found("Title\n\nBerlin (AFP) - Germany will") == [("Berlin (AFP) - ", "AFP")]
    assert found("MOSCOW, October 17. /TASS/. Western allegations") == [("MOSCOW, October 17. /TASS/. ", "TASS")]
    assert found("NIAMEY - Dozens of people gathered") == [("NIAMEY - ", False)]
    assert found("The U.S. - and others - did") == [] and found("US - Iran talks resumed") == []
