"""The parse: the remembered word attributes give exactly what the model's own rules give."""

from spacy.tokens import Doc

from volteface.nlp import load

TEXT = (
    "There is no plan, the minister said. Let's wait: we're gonna see whether there are talks. "
    "Valdoria's army has been shelling Ostrava since May; it isn't over.\n\nThe talks were held in Velgrad. "
    "There was a vote, and the motion was carried by 40 votes to 12."
)


def test_remembered_word_attributes_match_the_rules():
    nlp = load()
    assert "word_attributes" in nlp.pipe_names
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    for _ in range(2):  # the second time from memory
        doc = nlp(TEXT)
        again = lemmatizer(ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes())))
        got = [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in doc]
        assert got == [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in again]
    there = next(t for t in doc if t.lower_ == "there" and t.dep_ == "expl")
    assert doc[there.i + 1].pos_ == "VERB"  # the ruler's two-word pattern ("there was") still applies


def test_a_full_memory_is_forgotten_before_a_doc_and_its_seen_words_are_ruled_again(monkeypatch):
    nlp = load()
    words = nlp.get_pipe("word_attributes")
    nlp("The talks were held in Velgrad.")  # these words are remembered
    monkeypatch.setattr(type(words), "LIMIT", 0)  # the memory is now past its limit
    doc = nlp("The talks were held in Ostrava.")  # seen words and a new one: no word may be missing
    assert [t.lemma_ for t in doc][:4] == ["the", "talk", "be", "hold"]
    assert len(words.memo) == len({(t.orth, t.tag, t.dep) for t in doc})
