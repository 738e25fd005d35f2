from volteface.clean import clean_article, find_posts, normalise_chars, strip_boilerplate
from volteface.model import Article


def test_interface_lines_go_sentences_headings_and_list_items_stay():
    text = (
        "Lead sentence of the story.\n\nNewsletter\n\nwave\n\nA Heading With Four Words\n\n• Cutting aid\n\n"
        "Body sentence here.\n\n \n\nSearch Anything...!"
    )
    cleaned = strip_boilerplate(text)
    assert "Newsletter" not in cleaned and "wave" not in cleaned and "Search Anything" not in cleaned
    for kept in ("Lead sentence", "A Heading With Four Words", "• Cutting aid", "Body sentence here."):
        assert kept in cleaned


def test_call_to_action_at_edges_removed():
    text = "Sign up for our daily briefing on world affairs\n\nThe minister resigned on Friday.\n\nRead more"
    cleaned = strip_boilerplate(text)
    assert cleaned.strip() == "The minister resigned on Friday."


def test_char_normalisation_keeps_length():
    text = "«Bonjour» „Guten Tag“ a\u00a0b\u200bc"
    out = normalise_chars(text)
    assert len(out) == len(text)
    assert out.startswith("“Bonjour”") and "\u00a0" not in out


def test_embedded_post_found_with_author_handle_date_and_span(fixtures):
    raw = (fixtures / "harbour_talks.txt").read_text(encoding="utf-8").split("\n", 2)[2]
    article = clean_article(Article(id="", text=raw))
    [post] = article.posts
    assert (post.author, post.handle, post.date.isoformat()) == ("Mira Quell", "mira_quell", "2031-04-01")
    assert article.text[post.span.start : post.span.end] == post.text
    assert post.text.startswith("The harbour is calm") and post.text.endswith("blockades.")
    assert "Subscribe" not in article.text and "Share this" not in article.text


def test_post_with_list_items_spans_its_paragraphs():
    text = (
        "Intro paragraph of the article.\n\nSince the summit the admiral has: – closed the strait\n\n"
        "– seized two ferries\n\n– sent patrols into… pic.twitter.com/XyZ — Demo Watcher (@demo_w) May 3, 2030"
    )
    [post] = find_posts(text)
    assert post.text.startswith("Since the summit") and post.text.endswith("patrols into…")
    assert post.date.isoformat() == "2030-05-03"


def test_content_id_is_stable_and_ignores_whitespace():
    a = clean_article(Article(id="", text="One  sentence.\n\n\n\nTwo."))
    b = clean_article(Article(id="", text="One sentence.\n\nTwo.   "))
    assert a.id == b.id and len(a.id) == 16


def test_short_items_keep_their_only_line():
    assert strip_boilerplate("Kremlin denies talks") == "Kremlin denies talks"


def test_a_box_of_links_to_other_stories_is_not_the_article():
    from volteface.clean.boilerplate import strip_boilerplate

    text = (
        "The council of Valdoria met on Monday to discuss the harbour.\n\n"
        "Other Topics of Interest Minister Urges Ostmark Workers to Stay Home Ostmark is the country that has "
        "taken in the most workers, about a third of the total.\n\n"
        "The talks will resume next week, the council said.\n\nRead also: Harbour fees rise again"
    )
    kept = strip_boilerplate(text)
    assert "Other Topics" not in kept and "Read also" not in kept
    assert "met on Monday" in kept and "talks will resume" in kept


def test_a_shouted_link_to_a_video_is_not_the_article():
    text = (
        "Ministers meet in Ostrava\n\nThe Valdorian minister met his counterpart on Monday.\n\n"
        "WATCH BROK TELLS THE WEST: VALDORIA IS READY\n\nVIEW VIDEO Dorn: The border stays open\n\n"
        "Watch the border closely, the minister said.\n\nThe talks go on next week, officials said."
    )
    kept = strip_boilerplate(text)
    assert "WATCH BROK" not in kept and "VIEW VIDEO" not in kept
    assert "Watch the border closely, the minister said." in kept
