"""Did the act happen, and when: an event's negation and hypothetical flag (modals, conditions, intents,
attempts, prospects, the content of a claim) and its date (an act placed before the report, or told as the time
anchor of another, is background: undated and counted once per article).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .codebook import WRAPPER_VERBS, verb_lemma
from .dates import MONTHS, sentence_date
from .event_actors import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Token

    from ..model import Event

# Modal auxiliaries: an act under one is possible, wanted or owed, not done ("could invade", "must withdraw").
MODALS = {"could", "would", "may", "might", "should", "can", "will", "shall", "must"}
# Modals of a forecast: what "would be" or "will be" a mistake is an act weighed before it is done.
FORECAST_MODALS = {"will", "would", "could", "might", "may", "'ll"}
# Modals that announce the speaker's own act: "will continue to provide support" is a promise, an intent (CAMEO 03).
PROMISE_MODALS = {"will", "shall", "'ll"}
# Verbs whose completion is intended, not done: "plans to invade", "wants to join".
INTENT_HEADS = {
    "expect",
    "plan",
    "intend",
    "want",
    "hope",
    "seek",
    "aim",
    "threaten",
    "propose",
    "consider",
    "need",
}
# Verbs that deny what they govern: "denies planning to enter Ukraine" tells no plan.
DENYING_HEADS = {"deny", "dismiss"}
# Verbs that put an act forward, not do it: "suggested arming the EU", "recommended sending troops".
PROPOSING_HEADS = {"suggest", "recommend", "advocate", "propose", "float"}
# Verbs that say the act they govern was not done: "avoided censuring Moscow", "refrained from criticising".
AVOIDING_HEADS = {"avoid", "refrain", "fail", "stop", "cease", "quit"}


def modals_of(verb: Token) -> set[str]:
    """The modal auxiliaries of a verb and of the verbs it completes ("will continue to provide": will)."""
    out: set[str] = set()
    node = verb
    while True:
        out |= {c.lower_ for c in node.children if c.dep_ == "aux"}
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return out
        node = node.head


# An act named as a prospect is not one that happened: "a possible invasion", "fears of Russian aggression".
PROSPECT_WORDS = {
    "possible",
    "potential",
    "future",
    "planned",
    "imminent",
    "impending",
    "likely",
    "any",
    "feared",
    "threatened",
    "looming",
    "upcoming",
    "forthcoming",
    "proposed",
    "expected",
    "scheduled",
    "next",
    "new",
}
PROSPECT_HEADS = {
    "fear",
    "threat",
    "risk",
    "prospect",
    "possibility",
    "danger",
    "plan",
    "warning",
    "spectre",
    "specter",
    "scenario",
    "chance",
    "prevention",
    "deterrence",
    "case",
    "event",
}


# What a clause says of an act it rules out: "talks remain out of the question", "a deal is off the table",
# "talks are impossible".
RULED_OUT_WORDS = {"impossible", "unthinkable", "inconceivable", "unrealistic", "unlikely", "premature"}
RULED_OUT_PLACES = {"out": "question", "off": "table"}


def ruled_out(noun: Token) -> bool:
    """Is the event noun the subject of a clause that rules it out?"""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in noun.head.children:
        if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in RULED_OUT_WORDS:
            return True
        place = RULED_OUT_PLACES.get(c.lower_) if c.dep_ == "prep" else None
        if place is not None and any(t.lemma_.lower() == place for t in c.subtree):
            return True
    return False


def unrealised(noun: Token) -> bool:
    """Is an event noun told as a prospect (its modifier, or the noun it is "of") or ruled out, not as an
    occurrence?"""
    if any(c.lower_ in PROSPECT_WORDS for c in noun.children if c.dep_ in ("amod", "det")):
        return True
    if ruled_out(noun):
        return True
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and modals_of(head) & FORECAST_MODALS:
        return True  # "Russian aggression would be a serious mistake": the act as the subject of a forecast
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PROSPECT_HEADS


# Nouns whose clause is what someone claims, fears or asks, not what happened.
CONTENT_NOUNS = {
    "accusation",
    "claim",
    "allegation",
    "assertion",
    "suggestion",
    "idea",
    "rumour",
    "rumor",
    "speculation",
    "fear",
    "concern",
    "belief",
    "assurance",
    "demand",
    "request",
    "evidence",
    "hope",
    "notion",
    "narrative",
    "impression",
    "possibility",
    "risk",
    "threat",
    "warning",
    "charge",
}
# Adverbs of habit: "has always dealt with" tells no dated occurrence.
# Adverbs that hedge an act rather than assert it ("Russia probably does not want …"); "reportedly" is a report,
# which news counts as told.
EPISTEMIC = {
    "probably",
    "likely",
    "possibly",
    "perhaps",
    "maybe",
    "allegedly",
    "supposedly",
    "presumably",
    "purportedly",
    "potentially",
    "conceivably",
    "alternatively",  # "Or, alternatively, the hawks … advise Kyiv to accept …": an option weighed, not told
}
HABITUAL = {"always", "usually", "often", "traditionally", "historically", "typically", "generally"}
# Verbs that make another do the act they govern ("to get Hamas to release hostages").
CAUSATIVES = {"get", "make", "have", "help", "let", "allow", "force", "persuade", "convince"}
# Verbs whose completion is tried, not done: "are working to finalize the agreement", "will attempt to influence";
# or only rehearsed: "ordered forces to rehearse deploying nuclear weapons".
ATTEMPT_HEADS = {
    "try",
    "attempt",
    "work",
    "strive",
    "struggle",
    "rehearse",
    "practise",
    "practice",
    "simulate",
}
# Participles of purpose: "was designed to counter drones", "is meant to deter Moscow" tell what a thing is for.
PURPOSE_HEADS = {"design", "mean"}
# Verbs of seeing and finding that do not presuppose what they govern: "have not seen China provide arms" (nor
# "could not confirm that Russia fired") leaves the act unknown, not denied. ("did not know that …" presupposes it.)
PERCEPTION_HEADS = {
    "see",
    "observe",
    "notice",
    "witness",
    "detect",
    "spot",
    "find",
    "confirm",
    "verify",
    "establish",
    "prove",
}


def cleft_denied(verb: Token) -> bool:
    """Is the verb's doer the one a negated cleft denies ("it was not Russia that began the war")? The small model
    hangs the clause on the copula or on any noun before it; the words say it: "it", a form of "be", "not", then
    the doer and the pronoun that is the verb's subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("that", "who")), None)
    if subject is None:
        return False
    words = verb.doc[max(verb.sent.start, subject.i - 10) : subject.i]
    for k in range(len(words) - 3):
        if (
            words[k].lower_ == "it"
            and words[k + 1].lemma_ == "be"
            and words[k + 2].lower_ in ("not", "n't")
            and not any(t.pos_ in ("VERB", "AUX") for t in words[k + 3 :])
        ):
            return True
    return False


def modality(verb: Token) -> tuple[bool, bool]:
    """(negated, hypothetical) from the verb and the verbs governing it. Habitual statements ("has always
    dealt with") describe no dated occurrence and count as hypothetical too; so does a clause that is the
    content of a noun ("an assurance that Ukraine never join Nato"), which the article does not assert."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    # "neither Russia nor China are entrusting him"
    negated |= any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" for g in c.children)
        for c in verb.children
    )
    negated |= cleft_denied(verb)
    hypothetical = bool(modals_of(verb) & MODALS)
    hypothetical |= any(c.dep_ == "advmod" and c.lower_ in HABITUAL | EPISTEMIC for c in verb.children)
    if verb_lemma(verb) == "expect" or (
        WRAPPER_VERBS.get(verb_lemma(verb)) == "intent" and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        hypothetical = True  # "are expected to meet": what others expect, not yet an act
    hypothetical |= supposed(verb) or disputed(verb)
    hypothetical |= awaited(verb) or as_means(verb)
    head = verb.head
    if (
        verb.dep_ == "xcomp"
        or verb.dep_ == "advcl"
        and head.lemma_.lower() in INTENT_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):  # the small model's "needed [to end]"
        # "is not going to invade", "did not manage to strike": the governing verb's negation is the act's;
        # "plans to", "is going to" announce an act that has not happened
        negated |= any(c.dep_ == "neg" for c in head.children)
        hypothetical |= head.lemma_.lower() in INTENT_HEADS | ATTEMPT_HEADS or head.lower_ == "going"
        hypothetical |= verb.dep_ == "xcomp" and head.tag_ == "VBN" and head.lemma_.lower() in PURPOSE_HEADS
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in DENYING_HEADS:
        negated = True
    # "has suggested arming the EU with nuclear weapons": an act put forward, not done
    hypothetical |= verb.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in PROPOSING_HEADS
    governor = head.head if verb.dep_ == "pcomp" else head
    if verb.dep_ in ("xcomp", "dobj", "pcomp") and governor.lemma_.lower() in AVOIDING_HEADS:
        negated = True
    hypothetical |= claimed(verb) or unseen(verb) or asked(verb)
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
    hypothetical |= top is not verb and top.lemma_.lower() in ATTEMPT_HEADS
    # an infinitive that completes a noun names an aim, not an act: "negotiations to get Hamas to release
    # hostages", "a plan to invade", "efforts to end the war"
    aim = top.head if top.dep_ == "ccomp" and top.head.lemma_.lower() in CAUSATIVES else top
    while aim.dep_ == "xcomp" and aim.head.i != aim.i and aim.head.lemma_.lower() != "be":
        aim = aim.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children)
    hypothetical |= aim.dep_ == "acl" and infinitive
    # "It is in our interests to help Ukraine degrade …", "it is time to …": an infinitive the sentence only
    # weighs, its subject the expletive "it"
    hypothetical |= (
        infinitive
        and aim.dep_ in ("xcomp", "ccomp")
        and aim.head.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in aim.head.children)
    )
    # "Russia's aim was to block Moldova", "the plan is to send troops", "the alternative is to allow Russia to
    # …": what "be" equates with an infinitive is an aim or an option, told; the act itself is not
    goal = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CAUSATIVES else verb
    while goal.dep_ == "xcomp" and goal.head.i != goal.i and goal.head.lemma_.lower() != "be":
        goal = goal.head
    hypothetical |= (
        goal.dep_ in ("xcomp", "ccomp", "attr")
        and goal.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children)
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in goal.head.children)
    )
    # "more difficult for China to help Russia", "hard for Kyiv to hold the city": an infinitive an adjective
    # weighs (how hard, possible or needed it is) names no act
    # ("it is impossible to engage Russia": the infinitive itself completes "be" beside the adjective)
    hypothetical |= weighed(top) or weighed(verb) or required(verb)
    # "it was aimed at helping Ukraine repel the offensives": what a measure aims at
    hypothetical |= aim.dep_ == "pcomp" and aim.head.lower_ == "at" and aim.head.head.lemma_.lower() == "aim"
    # an act asked or demanded of others, however deep ("calling on Australia to support designating Russia")
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "conj") or node.head.i == node.i:
            break
        node = node.head if node.dep_ != "pcomp" else node.head.head
        if node is not verb.head and WRAPPER_VERBS.get(verb_lemma(node)) in ("appeal", "demand"):
            hypothetical = True
    # an act as the subject of a clause names it in general ("Ukraine joining Nato is not a realistic prospect");
    # a clause reported under a modal is only a possible statement ("he could stress that …")
    # "allowing Russia to further invade Ukraine would have wider consequences": the act a subject clause makes
    # another do is as general as that clause
    hypothetical |= top.dep_ in ("csubj", "csubjpass") or aim.dep_ in ("csubj", "csubjpass")
    hypothetical |= top.dep_ == "ccomp" and bool(modals_of(top.head) & (MODALS - PROMISE_MODALS))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        # "troops needed to end hostilities and withdraw": the second act is as unrealised as the first
        hypothetical |= modality(verb.head)[1]
        # "undertakes not to use or threaten force": a bare verb joined to a negated one shares its "not"
        negated |= (
            verb.tag_ == verb.head.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "aux", "neg") for c in verb.children)
            and any(c.dep_ == "neg" for c in verb.head.children)
        )
    if (
        top.dep_ in ("acl", "relcl", "ccomp")
        and top.head.pos_ == "NOUN"
        and top.head.lemma_.lower() != "fact"
        and (
            any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children)
            or top.head.lemma_.lower() in CONTENT_NOUNS
            and not any(c.lower_ in RELATIVE_PRONOUNS for c in top.children)
        )
    ):
        hypothetical = True  # "the accusation (that) he was fighting a proxy war"
    return negated, hypothetical


# Verbs whose clause is what someone claims, charges, fears or believes, which the report does not take as having
# happened: "argued that Kyiv did not implement the accords", "claimed Russia was planning attacks". (A source
# that "said" or "reported" an act is news telling it: "the air force said Russia launched 100 drones".)
CONTESTED_CUES = {
    "claim",
    "allege",
    "deny",
    "accuse",
    "charge",
    "suggest",
    "speculate",
    "insinuate",
    "warn",
    "fear",
    "predict",
    "argue",
    "contend",
    "believe",
    "think",
    "hope",
    "expect",
    "suspect",
    "assume",
    "worry",
    "imagine",
}


# Adjectives of belief whose clause is believed as "believe" governs it: "I am convinced that Putin has decided".
BELIEF_ADJECTIVES = {"convinced", "sure", "certain", "confident", "persuaded"}


# Conjunctions of a time or condition still to come: in the present tense ("until Putin ends his war", "unless
# Moscow withdraws", "once the troops leave") they name an act awaited, not one done.
AWAITING_MARKS = {"until", "till", "unless", "once"}


def awaited(verb: Token) -> bool:
    """Is the verb a present-tense clause of a time or condition yet to come ("until Putin ends his war")?"""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "mark" and c.lower_ in AWAITING_MARKS for c in verb.children
    )


# Nouns that name an act as a way or a chance to do it: "a way of offering Putin a basis for peace", "the
# option of sending troops" weigh the act, they do not tell it.
MEANS_NOUNS = {"way", "means", "method", "option", "opportunity", "chance", "possibility", "prospect", "idea"}


def as_means(verb: Token) -> bool:
    """Is the verb a gerund after "of" a noun of means or chance ("a way of offering")?"""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in MEANS_NOUNS


# Adjectives that weigh an act named by their infinitive: how hard, possible, likely or needed it is.
WEIGHING_ADJECTIVES = {
    "difficult", "hard", "easy", "possible", "impossible", "able", "unable", "likely", "unlikely",
    "necessary", "important", "vital", "crucial", "essential", "safe", "dangerous", "capable", "incapable",
}  # fmt: skip


# Verbs whose gerund object is a condition or a cost, not an act done ("winning requires providing Kyiv with arms").
REQUIRING_VERBS = {"require", "need", "entail", "involve", "mean", "necessitate"}


def required(verb: Token) -> bool:
    """Is the verb a gerund that a verb of need takes ("it requires providing Kyiv with weapons")?"""
    return (
        verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "ccomp") and verb.head.lemma_ in REQUIRING_VERBS
    )


def weighed(verb: Token) -> bool:
    """Is the verb an infinitive that a weighing adjective governs ("difficult for China to help Russia"), or
    that completes "be" beside one ("it is hard for Kyiv to hold the city"), or a gerund after "of" on one
    ("incapable of defeating Russia": a power weighed, nothing done)?"""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "ADJ":
        return verb.head.head.lemma_.lower() in WEIGHING_ADJECTIVES
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in WEIGHING_ADJECTIVES
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in WEIGHING_ADJECTIVES for c in head.children
    )


def claimed(verb: Token) -> bool:
    """Is the act told only as the content of a claim, a charge or a belief (its clause, or a clause it is part
    of, completes a contested verb or an adjective of belief: "accused Kyiv of shelling", "claims that Ukraine
    attacked", "is convinced that Russia decided")?"""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "conj", "pobj") or node.head.i == node.i:
            return False
        head = node.head if node.dep_ not in ("pcomp", "pobj") else node.head.head
        if node.dep_ == "ccomp" and coordinated_clause(node):
            return False
        if (
            node.dep_ in ("ccomp", "pcomp", "pobj")
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in CONTESTED_CUES
        ):
            return True
        if node.dep_ == "ccomp" and head.pos_ == "ADJ" and head.lower_ in BELIEF_ADJECTIVES:
            return True  # "I am convinced that Putin has decided to invade": a belief, as "believe" tells
        node = head
    return False


DASHES = {"-", "–", "—", "--", ":"}


# asked of every candidate act, while spaCy finds a token's sentence by walking to its edges and rebuilds its text
# token by token on each call; the bound keeps only the last few documents alive
@lru_cache(maxsize=4)
def _sentence_texts(doc: Doc) -> tuple[str, ...]:
    """The text of each token's sentence, by token index."""
    whole = doc.text  # (a sentence's text is its slice of the document's: sliced, not joined token by token)
    texts: list[str] = []
    for sent in doc.sents:
        texts += [whole[sent.start_char : sent.end_char]] * len(sent)
    return tuple(texts)


def sentence_text(token: Token) -> str:
    """The text of the token's sentence (``token.sent.text``, without finding the sentence anew)."""
    return _sentence_texts(token.doc)[token.i]


def asked(verb: Token) -> bool:
    """Is the act the main clause of a question ("Do we want Ukraine to win?", "Will Oslo send tanks?")? A
    question asks whether it happens; it tells nothing."""
    if not sentence_text(verb).rstrip().rstrip("\"'”’").endswith("?"):
        return False
    sent = verb.sent
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    if node.i != sent.root.i:
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    inverted = subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in node.children
    )
    return inverted or sent[0].tag_ in ("WRB", "WP", "WDT")


def unseen(verb: Token) -> bool:
    """Is the act the complement of a negated verb of seeing or finding ("US officials say they have not seen
    China provide Russia with military equipment", "could not confirm that Russia fired")? Not seen is not told:
    the act is neither asserted nor denied."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return False
        head = node.head
        if (
            node.dep_ in ("xcomp", "ccomp")
            and head.lemma_.lower() in PERCEPTION_HEADS
            and any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in head.children)
            # "we do not see - Lavrov regretted …": a clause after a dash is its own, whatever the parse
            and not any(c.dep_ == "punct" and c.i < node.i and c.text in DASHES for c in node.children)
        ):
            return True
        node = head
    return False


def coordinated_clause(clause: Token) -> bool:
    """Is a clause the small model hangs as the content of a later verb in fact a main clause joined to it by
    "and" or "but" ("Russia and Belarus have held drills and the army has warned that …")? A reported clause
    ends where its reporter begins ("Russia held drills, officials said"); one that ends on a conjunction is a
    clause of its own, told by the journalist."""
    head = clause.head
    if clause.i >= head.i:
        return False
    edge = clause.right_edge
    after = clause.doc[edge.i + 1] if edge.i + 1 < head.i else None
    return any(t is not None and t.dep_ == "cc" and t.lower_ in ("and", "but") for t in (edge, after))


def modality_without_modals(verb: Token) -> bool:
    """Is the verb hypothetical for a reason other than its modal auxiliaries (a condition, an attempt, an
    intent head, the content of a noun)?"""
    if supposed(verb) or any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
        return True
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
        if top.lemma_.lower() in INTENT_HEADS | ATTEMPT_HEADS or top.lower_ == "going":
            return True
    return top.dep_ in ("acl", "relcl", "ccomp") and top.head.pos_ == "NOUN"


def unasserted(verb: Token) -> bool:
    """Is the verb, or a verb above it in its clause, modal or only tried or intended ("could look to fabricate
    an excuse to justify its invasion")?"""
    for node in (verb, *verb.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
                return True
            if node is not verb and node.lemma_.lower() in INTENT_HEADS | ATTEMPT_HEADS:
                return True
        if node.dep_ in ("ccomp", "ROOT", "parataxis"):
            return False
    return False


def supposed(token: Token) -> bool:
    """Does the token stand in a clause opened by "if" / "unless", its own or one it is part of ("if Russia
    continues to run the invasion", "if it chooses an attack")?"""
    for node in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node.dep_ in ("ccomp", "ROOT", "parataxis") and node is not token:
            return False
    return False


# Words by which the writer marks a charge or claim as untrue ("a false charge that Ukrainians attack Russians",
# "his baseless claim that …"): what it tells is not asserted.
DOUBT_WORDS = {
    "false",
    "baseless",
    "unfounded",
    "groundless",
    "bogus",
    "fabricated",
    "fake",
    "spurious",
    "unsubstantiated",
    "debunked",
    "discredited",
    "absurd",
    "ridiculous",
    "preposterous",
    "fictitious",
    "untrue",
    "so-called",
}
# Words that leave an act the writer names unconfirmed ("the alleged attack", "a purported strike"); "so-called"
# on an act is a name disowned, not the act ("Russia's so-called special military operation").
ALLEGED_WORDS = (DOUBT_WORDS - {"so-called"}) | {"alleged", "purported", "supposed", "claimed"}
# Verbs by which another side disputes what a relative clause describes ("the attack …, which Kyiv denies").
DISPUTING_VERBS = {"deny", "dispute", "reject", "refute"}
# Nouns that hold a charge or a claim, besides those whose clause is contested (``CONTENT_NOUNS``).
CLAIM_NOUNS = {"lie", "story", "report", "pretext", "theory", "myth", "propaganda", "version"}


def disputed(token: Token) -> bool:
    """Is the act told only inside a charge the writer marks untrue ("repeated a false charge that Ukrainians
    attack Russians"), named as alleged ("the alleged attack"), or disputed in a relative clause ("the attack on a
    village, which Kyiv denies")? The report does not assert it."""
    if token.pos_ == "NOUN" and (
        any(c.dep_ == "amod" and c.lower_ in ALLEGED_WORDS for c in token.children)
        or any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in DISPUTING_VERBS
            and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children)
            for n in (token, *(g for p in token.children if p.dep_ == "prep" for g in p.children))
            for c in n.children
        )
    ):
        return True
    node = token
    for _ in range(4):
        if node.dep_ not in ("acl", "relcl", "ccomp", "pobj", "conj", "xcomp") or node.head.i == node.i:
            return False
        head = node.head.head if node.dep_ == "pobj" else node.head
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in CONTENT_NOUNS | CLAIM_NOUNS
            and any(c.dep_ == "amod" and c.lower_ in DOUBT_WORDS for c in head.children)
        ):
            return True
        node = head
    return False


def conditional(verb: Token) -> bool:
    """Is the act bound to a condition ("guarantees security if Ukraine becomes a victim of aggression", "would
    send troops if Russia broke through")? Done only when the condition is met, it is a promise at most. The
    condition of a verb that governs the act binds the act too ("confirmed providing guarantees if …")."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for h in heads
        for c in h.children
    )


def whoever(verb: Token) -> bool:
    """Is the act the defining clause of a class of doers in a sentence that tells what may befall them
    ("companies that oppose the curbs can be cut off", "any country that helps Russia will be punished")? It
    names whoever does the act, a condition, and asserts it of none. So does a participle ("forces seeking the
    shortest route could run into …") and a clause of something merely possible ("I could imagine a change of
    leadership that ends the war")."""
    head = verb.head
    if not (
        verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") or verb.dep_ == "acl" and verb.tag_ == "VBG"
    ) or head.tag_ not in ("NNS", "NNPS", "NN"):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if dets - {"any", "all", "every", "a", "an"} or head.tag_ == "NN" and not dets:
        return False  # "the companies that oppose": particular ones, told as they are
    return bool(modals_of(head.head) & MODALS) if head.head is not head else False


EARLIER_ADVERBS = {"previously", "earlier", "formerly", "once", "since"}
# "has already imposed sanctions": done before the report (with a present, "is already shelling", it is ongoing)
PERFECT_ADVERBS = {"already"}
# Words that place an act on the day of the report or a day it names ("struck Kyiv on Tuesday", "said today").
DAY_WORDS = {
    "today",
    "tonight",
    "yesterday",
    "now",
    "currently",
    "overnight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


def told_earlier(token: Token, reference: date | None, named: bool = False) -> bool:
    """Is the act placed before the report without its day ("annexed Crimea in 2014", "attacked Ukraine in
    2022", "last month", "in late June" told in July, "two years ago")? Such background is kept undated rather
    than dated by the report (GDELT's habit, which puts 2014 in 2022's series) or to a made-up day.

    A time said for a clause holds for the clauses under it, as a reader takes it: "In late June, Sullivan said
    the two leaders were expected to speak" places the expectation in June too. The nearest time wins, so "Russia
    annexed Crimea in 2014 and struck Kyiv on Tuesday" keeps Tuesday for the strike.

    With ``named``, only a time the words name counts ("in January 2023", "last year", "a year ago"), not an
    "earlier" or a past perfect, which tell an order, not a time."""
    if reference is None:
        return False
    # a present perfect places the act before the report unless the sentence names the report's own day
    # ("Monday marked the first time Russia has announced drills"; a past day named belongs to another clause,
    # a perfect takes none) or a present tense comes between ("has refused to recognise a warrant that Moscow
    # says it does not recognise": the saying is now)
    perfect = not named and sentence_date(sentence_text(token), reference) != reference
    for node in (token, *token.ancestors):
        if node is not token and _is_year(node) and int(node.text) < reference.year:
            return True  # "the lesson of 2014, when Russia occupied Crimea": a clause told of an earlier year
        when = _own_time(node, reference, named, perfect)
        if when is not None:
            return when == "earlier"
        if not named and (
            node.dep_ == "ccomp"
            and node.head.lemma_.lower() in RECALLING_HEADS
            or any(
                c.dep_ == "advcl"
                and c.lemma_.lower() in RECALLING_HEADS
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                for c in node.children
            )
        ):
            # "reminded her that Brazil voted for the resolution", "as Borrell recalled, Russia brought a war":
            # what one recalls was before
            return True
        perfect &= not _present(node)
        if node is token and any(
            c.dep_ == "xcomp" and _own_time(c, reference, named) == "earlier" for c in token.children
        ):
            return True  # "agreed to send 31 tanks in January 2023": an act done before the report, agreed before it
    return False


def _present(token: Token) -> bool:
    """Is the verb in the present tense ("denies", "are fighting")?"""
    return (
        token.tag_ in ("VBZ", "VBP")
        and token.dep_ != "aux"
        or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in token.children)
    )


def _own_time(token: Token, reference: date, named: bool = False, perfect: bool = False) -> str | None:
    """ "earlier" when the token's own modifiers place it before the report with no day, "day" when they name a
    day (or now), None when they say nothing about time (``named``: an order told is no time; ``perfect``: a
    present perfect after the lead counts as told earlier)."""
    if (
        not named
        and token.pos_ in ("VERB", "AUX")
        and (
            any(
                c.dep_ == "advmod"
                and (
                    c.lower_ in EARLIER_ADVERBS
                    or c.lower_ in PERFECT_ADVERBS
                    and token.tag_ in ("VBD", "VBN")
                )
                for c in token.children
            )
            and not _names_day(token)
            or token.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
            and not any(a.dep_ == "ccomp" for a in (token, *token.ancestors))
        )
    ):
        # "had sanctioned", "previously pledged": told as before the report, not as its news (a past perfect
        # under a reporting verb is only the tense shifted back: "said 198 civilians had been killed")
        return "earlier"
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in DAY_WORDS:
            return "day"
        if (
            child.lower_ == "ago"
        ):  # "two years ago", "a few weeks ago", "long ago" have no day; "three days ago" has
            unit = next((c.lower_ for c in child.children if c.dep_ == "npadvmod"), "")
            return "day" if unit.rstrip("s") in ("day", "hour", "minute") or unit == "week" else "earlier"
        if child.lower_ == "later" and any(c.dep_ == "npadvmod" for c in child.children):
            return (
                "earlier"  # "eight years later, Putin brought a war": a time told from an earlier one, no day
            )
        place: Token | None = child
        if child.dep_ == "prep" and child.lower_ in ("in", "since", "during", "on", "by", "at"):
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in ("nummod", "compound", "amod", "npadvmod"):
            continue
        if place is None:
            continue
        if place.lower_ in DAY_WORDS:
            return "day"
        if (
            place.lemma_.lower() in PHASE_NOUNS
            and not _names_day(token)
            and not any(w.lower_ in DAY_WORDS for w in place.subtree)
        ):
            return "earlier"  # "occupied at the start of the invasion": a phase of something begun before
        if named and place.lower_ == "month" and any(c.lower_ == "this" for c in place.children):
            return "day"  # "earlier this month": the report's own month, near enough (as "in June" in June)
        if place.lower_ in ("month", "year", "decade") and any(
            c.lower_ in ("last", "earlier", "previous") for c in place.children
        ):
            return "earlier"  # "last month Russia struck Odesa": an earlier month, its day untold
        if place.lower_ == "week" and any(c.lower_ in ("last", "this") for c in place.children):
            # "last week" names no day of it: an act's date would be made up (a statement's is near enough)
            return "earlier" if not named and any(c.lower_ == "last" for c in place.children) else "day"
        # "in May 2023", "in May of 2023"
        year = (
            place
            if _is_year(place)
            else next(
                (
                    y
                    for c in place.children
                    for y in (c, *(g for g in c.children if c.dep_ == "prep" and c.lower_ == "of"))
                    if _is_year(y)
                ),
                None,
            )
        )
        month = MONTHS.index(place.lower_) + 1 if place.lower_ in MONTHS else 0
        if month and any(c.like_num and not _is_year(c) for c in place.children):
            return "day"  # "on June 3"
        if year is None:
            if (
                month
            ):  # "in late June" told in March: another month, its day untold; told in June: near enough
                return "earlier" if month != reference.month else "day"
            continue
        if not month or (int(year.text), month) < (reference.year, reference.month):
            return "earlier"  # "in 2022", "the 2014 annexation", "in January 2023": no day to date it by
        return "day"  # the report's own month: its date is near enough
    return "earlier" if perfect and _background_perfect(token) else None


def _background_perfect(token: Token) -> bool:
    """Is the verb a present perfect told after the article's lead, in the report's own voice ("Russia has
    accused Ukraine of …", "Iran has furnished Russia with drones")? News tells its new act in the lead; a present
    perfect further down with no day is an earlier act recalled, undated. Not a progressive ("has been shelling":
    still going on) nor a clause inside someone's words ("said the US has offered talks": the speaker's now)."""
    if token.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in token.children
    ):
        return False
    if any(a.dep_ == "ccomp" for a in (token, *token.ancestors)):
        return False
    lead = list(islice(token.doc.sents, 2))
    return token.sent.start > lead[-1].start


# Verbs whose clause is told as known from before: "reminded von der Leyen that Brazil voted for …".
RECALLING_HEADS = {"remind", "recall"}
# The opening phase of something ("at the start of the invasion", "in the early days of the war"), named
# without a day: an earlier time.
PHASE_NOUNS = {"start", "beginning", "outset", "onset", "dawn"}

# Conjunctions that place a clause's act before the report's own: "since Russia invaded Ukraine", "weeks after
# Moscow launched its invasion", "shortly before Russia invaded".
EARLIER_MARKS = {"since", "after", "before", "until"}


def _names_day(token: Token) -> bool:
    """Does the verb name the day of its act ("earlier on Saturday", "on Tuesday", "today")?"""
    return any(
        c.dep_ in ("advmod", "npadvmod")
        and c.lower_ in DAY_WORDS
        or c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.lower_ in DAY_WORDS for g in c.children)
        for c in token.children
    )


def time_anchor(verb: Token) -> bool:
    """Is the verb's clause a time anchor for another act ("since Russia invaded Ukraine, Moldova has …", "after
    Lukashenko allowed Russian troops to invade Ukraine"), or a description of an actor told in the perfect ("the
    Russian army, which has launched an invasion of Ukraine")? Its act is background: undated unless the
    sentence names its date, and counted once per article."""
    while (
        verb.dep_ == "xcomp"
        or verb.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ) and verb.head.i != verb.i:
        verb = verb.head  # "after X allowed troops [to invade]": the infinitive's time is its governor's
    if (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    ):
        return True
    if any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in verb.children):
        return verb.dep_ in ("advcl", "pcomp", "pobj", "ccomp", "acl")
    return verb.dep_ == "pcomp" and verb.head.lower_ in EARLIER_MARKS


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd" and 1900 <= int(token.text) <= 2100


def fold_background(events: list[tuple[float, Event, bool]]) -> list[tuple[float, Event]]:
    """Background mentions kept once per article: the first of each (source, target, root), and none where the
    article tells an act of the same dyad and root as it happens (the new act is the record)."""
    told = {(e.source_actor, e.target_actor, e.root) for _, e, background in events if not background}
    seen: set[tuple] = set()
    out = []
    for rank, event, background in events:
        if background:
            key = (event.source_actor, event.target_actor, event.root)
            if key in told or key in seen:
                continue
            seen.add(key)
        out.append((rank, event))
    return out
