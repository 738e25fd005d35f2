"""The parse: the remembered word attributes and the entities decoded here give exactly what the model's own
components give."""

from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
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


ENTITY_TEXTS = [
    TEXT,
    "President Amara Velkova of Valdoria met Prime Minister Jonas Rettberg in New Ostrava on 3 March 2024, "
    "the Valdorian Foreign Ministry said.\n\nTHE VELGRAD TIMES  reported that 40,000 troops of the Northern "
    "Alliance had left by Tuesday evening.  Gen. Piet van der Lorn,\n commander of the Second Army, declined "
    "to comment.\nReporting by Mara Okonjo; editing by Tom Reyes",
    "Velgrad",
    "",
    "  \n ",
    "The United Nations Security Council",
]


def test_decoded_entities_are_the_recognisers_own():
    nlp = load()
    assert "entities" in nlp.pipe_names and "ner" not in nlp.pipe_names
    ner = nlp.get_pipe("ner")  # spaCy's own, disabled: run here on the same parse for comparison
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
    docs = list(nlp.pipe(ENTITY_TEXTS, batch_size=4))  # batched as the pipeline runs
    docs.append(nlp(ENTITY_TEXTS[1]))  # and alone
    for doc in docs:
        bare = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        bare.set_ents([], default="missing")  # no preset entity for the recogniser to keep
        own = ner(bare)
        assert doc.to_array(attrs).tolist() == own.to_array(attrs).tolist()
    assert {(e.text, e.label_) for e in docs[1].ents} >= {
        ("Amara Velkova", "PERSON"),
        ("3 March 2024", "DATE"),
    }


def test_decoded_entities_keep_the_recognisers_limits():
    # no entity across a sentence's start, none opened on a blank: each placed in turn inside the names
    nlp = load()
    ner, entities = nlp.get_pipe("ner"), nlp.get_pipe("entities")
    words = (
        "President Amara Velkova met Jonas Rettberg of the Northern Alliance in New Ostrava on 3 March 2024"
    )
    words = [*words.split(), "."]
    for i in range(1, len(words)):
        for cut in ("sentence", "blank"):
            these = [*words[:i], "\n", *words[i:]] if cut == "blank" else words
            starts = [j == 0 or (cut == "sentence" and j == i) for j in range(len(these))]
            own, ours = (Doc(nlp.vocab, words=these, sent_starts=starts) for _ in range(2))
            assert [(e.start, e.end, e.label_) for e in entities(ours).ents] == [
                (e.start, e.end, e.label_) for e in ner(own).ents
            ], (cut, i)
