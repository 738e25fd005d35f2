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
