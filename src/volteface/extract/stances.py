"""Who stands where: stances of actors toward actors (from coded events and from the speaker's own evaluative
words), toward propositions (from the holder's own words and from the acts the journalist tells of them), and the
author's stance on a free-text target (the benchmark setting).

Cooperation an actor directs at another is favor, conflict is against; an epithet or an evaluative act in the
speaker's words ("an aggressor", "we thank ...") takes a side toward the actor it is about (``evaluations.py``); a
proposition's side is read from its phrasings (``propositions.py``) in the speaker's own words, and on a told act
from the phrase its verb begins. A stance is ``turned`` when its sentence tells
that the holder came round to it. The author's stance comes from the shipped cross-encoder blended with the
linear n-gram model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor, Article, Event, Quote, Span, Stance
from ..nlp import text_of
from .cues import ATTITUDE_NOUNS, BELIEF_VERBS, SPEECH_VERBS
from .dates import sentence_date
from .disapproval import disapproves
from .evaluations import own_side, stances_toward_actors
from .event_actors import WEAPONS, topic_actor
from .event_modality import modality, told_earlier
from .propositions import OPPOSITE, act_stance, clauses, policies, proposition_stance, propositions
from .quotes import CONTRARY_CUES, TOPIC_CUES, cue_side

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors

POSITIVE = {
    "support",
    "supports",
    "praise",
    "praised",
    "good",
    "great",
    "best",
    "right",
    "welcome",
    "welcomed",
    "love",
    "agree",
    "win",
    "strong",
    "success",
    "hope",
    "protect",
    "benefit",
    "important",
    "need",
    "must",
    "should",
    "fair",
    "safe",
    "better",
    "thank",
    "thanks",
    "proud",
    "yes",
    "pro",
}
NEGATIVE = {
    "against",
    "oppose",
    "opposed",
    "bad",
    "wrong",
    "worst",
    "reject",
    "rejected",
    "criticize",
    "criticized",
    "hate",
    "fail",
    "failed",
    "failure",
    "weak",
    "danger",
    "dangerous",
    "threat",
    "corrupt",
    "lie",
    "lies",
    "liar",
    "disaster",
    "stop",
    "ban",
    "no",
    "not",
    "never",
    "dictator",
    "mistake",
    "harm",
    "crisis",
    "fake",
}
_WORD = re.compile(r"[a-z']+")


# CAMEO roots that say where the source stands toward the target: deliberate policy acts (agreements, material
# cooperation, aid, reduced relations, coercion) and evaluations (praise within 05, disapproval, threats).
# Statements, appeals, intentions, consultations (a phone call is contact, not a position), investigations,
# demands, protests and force postures are left out, and so are:
# - refusals (12): a no to one request, accusation or proposal ("refused to send these to Ukraine", "refused to
#   join sanctions on Russia"), whose target is the one who asked or the thing refused, not the side taken;
# - yielding (08): ceding, withdrawing, easing are done to one party and from another ("ceded Poland to Germany",
#   "withdrew its soldiers from Ukraine"), and the coded target is as often the one given up as the one yielded to;
# - the use of force itself (FORCE_ROOTS: assault, fight, mass violence): a war's daily fighting is one posture
#   that the news reports every day, which the dyad's relation series and the shift list read from the events,
#   not a new stance each day.
STANCE_ROOTS = frozenset({"05", "06", "07", "11", "13", "16", "17"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Root-level codes that are the coder's fallback for a verb it knows only as "material cooperation" in general
# ("give", "come", "name", "influence"): what was done, and so its side, is unknown.
VAGUE_CODES = frozenset({"060"})


# An act right after a verb of not doing it ("avoided censuring Moscow", "declined to condemn", "refused to
# praise") did not happen: the holder stands on neither side of it.
_NOT_DONE_BEFORE = re.compile(
    r"\b(avoid\w*|declin\w*|refus\w*|fail\w*|reluctan\w*|hesitat\w*|stopp\w* short of)"
    r"(\s+to)?\s+$",
    re.IGNORECASE,
)


def stances_from_events(events: tuple[Event, ...], text: str = "") -> tuple[Stance, ...]:
    """Cooperation directed at an actor is favor toward it, conflict is against; only events in STANCE_ROOTS
    count, and negated and hypothetical events say nothing about where the holder stands, nor does an act the
    ``text`` (the article's) tells was avoided or declined."""
    out = []
    for event in events:
        if not (event.source_actor and event.target_actor) or event.source_actor == event.target_actor:
            continue
        if event.negated or event.hypothetical or event.root not in STANCE_ROOTS or event.code in VAGUE_CODES:
            continue
        if _NOT_DONE_BEFORE.search(text[max(0, event.trigger_span.start - 40) : event.trigger_span.start]):
            continue
        label = "favor" if event.quad in (1, 2) else "against"
        out.append(
            Stance(
                event.source_actor,
                event.target_actor,
                label,
                round(abs(event.goldstein) / 10, 2),
                event.date,
                event.sentence_span,
            )
        )
    return tuple(out)


# An act told from this long before the article is history ("on February 19, 1945, the Marines prepared to storm
# the beaches"), not where its actors stand in the news.
HISTORY_DAYS = 20 * 365


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    return span.root if span is not None else None


def _actor_tokens(doc: Doc, found: DocActors, actor_id: str, sentence: Span) -> list[Token]:
    """The head tokens of the actor's mentions in the sentence."""
    out = []
    for m in found.mentions:
        if m.actor_id == actor_id and sentence.start <= m.span.start < sentence.end:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None:
                out.append(span.root)
    return out


def _prep_hops(token: Token, trigger: Token) -> int | None:
    """How many prepositions stand between a token and the trigger verb it hangs under (None: not under it)."""
    hops = 0
    while token.i != trigger.i:
        if token.dep_ == "prep":
            hops += 1
        if token.head.i == token.i:
            return None
        token = token.head
    return hops


# Verbs after which "for" someone names the side taken ("fighting for the British"), not the target.
_SIDE_VERBS = frozenset({"fight", "battle", "serve", "die", "volunteer", "campaign"})
# Verbs the coder reads as an act toward an actor that take no side: citing or mentioning what the actor did
# ("cites the Assembly's condemnations"), and trade told as figures ("imported $250m in goods from Russia").
_NOT_A_STANCE_VERBS = frozenset(
    {"cite", "quote", "mention", "recall", "reference", "list", "import", "export"}
)
# Verbs of need under which an act is only what something takes ("it requires providing Ukraine with weapons").
_NEED_HEADS = frozenset({"require", "need", "mean", "entail", "involve", "demand"})
# Words handed over: delivering them is communication, not material help.
_WORDS_GIVEN = frozenset(
    {
        "response",
        "answer",
        "reply",
        "proposal",
        "letter",
        "message",
        "note",
        "statement",
        "speech",
        "document",
    }
)


def _lost_infinitive(verb: Token) -> bool:
    """Is the verb a base form the parser joined to a finite one ("imposed sanctions on him for working with
    oligarchs to create unrest and undermine Moldova's moves")? A base form cannot be coordinated with a past or
    present tense: it continues an infinitive further back, whose doer is someone else."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and verb.head.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _rejecter(target: Token, trigger: Token) -> bool:
    """Is the target the doer of a rejection told of what the trigger says ("a claim rejected by the U.S.")?"""
    token = target
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ == "agent" and token.head.lemma_.lower().startswith(CONTRARY_CUES):
            return True
        token = token.head
    return False


# Acts named as a thing whose "of"/"to"/"on" names who they are done to: a disapproval of such an act ("condemned
# the invasion of Ukraine", "criticised supplies of weapons to Ukraine") is not a disapproval of that actor.
_ACTS_DONE_TO = frozenset(
    {
        "invasion",
        "attack",
        "occupation",
        "annexation",
        "bombing",
        "shelling",
        "strike",
        "blockade",
        "war",
        "supply",
        "delivery",
        "shipment",
        "transfer",
        "sale",
        "aid",
        "assistance",
        "sanction",
        "deportation",
        "treatment",
    }
)


def _done_to(target: Token, trigger: Token) -> bool:
    """Is the target named only as who the act the trigger's object names is done to ("condemned the invasion
    of Ukraine"), not as its doer ("the attacks by Russia")?"""
    path = []
    token = target
    while token.i != trigger.i:
        if token.lower_ == "by" or token.dep_ == "agent" or token.head.i == token.i:
            return False
        path.append(token)
        token = token.head
    return (
        len(path) >= 3
        and path[-1].dep_ == "dobj"
        and path[-1].lemma_.lower() in _ACTS_DONE_TO
        and target.dep_ == "pobj"
    )


def _event_is_stance(doc: Doc, event: Event, found: DocActors) -> bool:
    """Does the sentence tell the coded act as one its source takes toward its target? Left out: a target named
    only deep in an adjunct ("criticised the council while on visit to Kyiv"), cooperation "against" the target
    ("defends its sovereignty against the Russian aggression": the target is the adversary), a passive act whose
    doer is a thing, not an actor ("is threatened by a Russian attack"), and a disapproval that dares or urges
    the target to do something ("challenged the Council members to pledge ...": an appeal)."""
    trigger = _trigger(doc, event)
    if trigger is None or trigger.pos_ != "VERB":
        return True
    sentence = trigger.sent
    targets = _actor_tokens(
        doc, found, event.target_actor or "", Span(sentence.start_char, sentence.end_char)
    )
    hops = [h for t in targets if (h := _prep_hops(t, trigger)) is not None]
    if hops and min(hops) > 1:
        return False
    if (
        event.quad in (1, 2)
        and targets
        and all(
            t.head.dep_ == "prep" and t.head.lower_ == "against" or t.head.head.lower_ == "against"
            for t in targets
        )
    ):
        return False
    if (
        trigger.lemma_.lower() in _SIDE_VERBS
        and targets
        and all(t.dep_ == "pobj" and t.head.lower_ == "for" for t in targets)
    ):
        return False  # "soldiers fighting for the British": on their side (not "a warrant for Putin")
    if event.root == "11" and targets and all(_done_to(t, trigger) for t in targets):
        return (
            False  # "condemned the invasion of Ukraine": the act is disapproved of, not the one it is done to
        )
    if targets and all(_rejecter(t, trigger) for t in targets):
        return False  # "claimed that ..., a claim rejected by the U.S.": the target turned the source down
    if _lost_infinitive(trigger):
        return False
    lemma = trigger.lemma_.lower()
    if lemma in _NOT_A_STANCE_VERBS or trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _NEED_HEADS:
        return False
    if event.root == "07" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_GIVEN for c in trigger.children
    ):
        return False  # "delivered their written responses to Russia": words handed over, not aid
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    doer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if (
        doer is not None
        and doer.i not in found.by_token
        and not any(c.dep_ in ("compound", "poss", "appos") and c.i in found.by_token for c in doer.children)
        and not (doer.lemma_.lower() in WEAPONS and found.actor_for(doer) is not None)
    ):
        return False  # "threatened by a Russian attack"; but "destroyed by Russian missiles" is Russia's act
    dares = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in trigger.children)
    return not (event.root == "11" and dares)


def stances_from_quotes(
    quotes: tuple[Quote, ...],
    own: dict[int, str] | None = None,
    context: dict[int, str] | None = None,
    designs: dict[int, str] | None = None,
) -> tuple[Stance, ...]:
    """Where a known speaker's own words take a side on a tracked proposition. ``own`` maps a quote's index to
    the part of its content that is the speaker's (other people's reported words inside it blanked out);
    quotes left out of ``own`` are not the speaker's words at all. ``context`` maps a quote's index to the
    sentence(s) around it. ``designs`` maps a quote's index to its own words less the designs it names as other
    actors' ("Ostmark's plan to send tanks"): those are read for the policies, which such a design is not the
    speaker's side on, while the rest is a belief about the other actor's intent."""
    out = []
    for index, quote in enumerate(quotes):
        if not quote.speaker_actor or (own is not None and index not in own):
            continue
        side = cue_side(quote.cue) if quote.kind in ("indirect", "mixed") else 1
        if quote.cue and quote.cue.lower().startswith(TOPIC_CUES):
            continue  # "Putin and Macron discussed … supplies of weaponry to Ukraine": a topic, no side
        if quote.kind == "belief" and quote.cue and cue_side(quote.cue) < 0:
            side = (
                -1
            )  # a belief's refusal turns it over as a statement's does ("have refused to join sanctions")
        # a disapproval ("criticised supplies of weapons") is against the policy it names (``disapproval.py``)
        on_policy = -1 if quote.kind != "direct" and disapproves(quote.cue, quote.content) else side
        if side == 0 and on_policy == 0:
            continue
        cue, evidence = quote.cue_span, quote.content_span
        joined = False
        if quote.kind in ("indirect", "mixed") and quote.cue and cue is not None:
            # "adopted | new sanctions on Russia", "refused | to lift the ban": the cue is part of the act, so it
            # is read with the words (unless it turns them over) and shown in the evidence
            joined = 0 <= quote.content_span.start - cue.end <= 2
            evidence = Span(cue.start, quote.content_span.end) if joined else evidence
        around = (context or {}).get(index, "")
        content = own[index] if own is not None else quote.content
        cue_word = quote.cue if joined and side > 0 else None
        first_only = min(side, on_policy) < 0
        readings = _read_words(content, cue_word, first_only, around)
        if designs is not None and designs.get(index, content) != content:
            readings = [r for r in readings if r[0] not in policies()] + [
                r for r in _read_words(designs[index], cue_word, first_only, around) if r[0] in policies()
            ]
        for prop_id, label, score in readings:
            turn = on_policy if prop_id in policies() else side
            if turn == 0:
                continue
            label = label if turn > 0 else OPPOSITE[label]
            out.append(Stance(quote.speaker_actor, prop_id, label, score, quote.date, evidence, index))
    return tuple(out)


def _read_words(words: str, cue: str | None, first_only: bool, around: str) -> list[tuple[str, str, float]]:
    """The sides the words take, read with the ``cue`` that is part of the act ("adopted | new sanctions") and, when
    they are turned down, in their first clause only: what is refused is the first clause ("refused to lift
    restrictions on the countries that own Leopards, many of whom are willing to ship tanks"), and the clauses
    after it tell of others."""
    if cue:
        words = cue + " " + words
    if first_only and (parts := clauses(words)):
        words = parts[0]
    return proposition_stance(words, around)


# The head noun of a speaker phrase that speaks for the actor it names ("Russian officials", "the Kremlin's
# spokesman"); other heads that merely mention an actor ("polls after Russia's invasion", "Ukrainian
# residents", "critics of Berlin") are not the actor's voice.
SPOKES_NOUNS = frozenset(
    {
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "ministry",
        "government",
        "president",
        "chancellor",
        "leader",
        "leaders",
        "diplomat",
        "diplomats",
        "ambassador",
        "envoy",
        "embassy",
        "administration",
        "office",
        "secretary",
        "chief",
        "head",
        "prime",
        "premier",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "cabinet",
        "parliament",
        "lawmakers",
        "senator",
        "representative",
        "commander",
        "military",
        "army",
        "forces",
        "authorities",
        "kremlin",
        "pentagon",
        "department",
        "foreign",
        "defence",
        "defense",
        "state",
        "delegation",
        "negotiator",
        "negotiators",
        "statement",
        "communique",
        "propaganda",  # "Russian propaganda claims ...": a state's own messaging, told by the name news gives it
    }
)
# Cue verbs of reported speech, to find someone else's words inside a quote ("... Macron said Putin claimed ...").
_INNER_CUES = frozenset(
    {
        "say",
        "claim",
        "argue",
        "tell",
        "insist",
        "accuse",
        "allege",
        "assert",
        "believe",
        "warn",
        "write",
        "suggest",
        "deny",
        "think",
        "report",
        "find",
        "show",
        "threaten",
        "promise",
        "vow",
        "pledge",
        "demand",
        "urge",
        "call",
    }
)


# Words before a speaker phrase that make the whole report hypothetical or denied ("if Russia decided to
# invade", "is not an indication that Moscow intends to ..."): the speaker did not say or do it.
_SUPPOSED = re.compile(
    r"(\b(if|unless|whether)|\b(not|no|never)\b[^.,;:!?]{0,30}\bthat)\s+(the\s+)?$", re.IGNORECASE
)


def _attitude_named(doc: Doc, quote: Quote) -> bool:
    """Is the quote an attitude the journalist names by its noun ("Tehran's desire to supply Moscow", "her support
    for the bill")? Its object says what the attitude is toward, not which way a tracked policy goes, and the holder
    is the journalist's reading, not anyone's words: no stance is read from it."""
    if quote.kind != "belief" or quote.cue_span is None or quote.content.lower().startswith("that "):
        return False
    cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    return cue is not None and cue.root.pos_ == "NOUN" and cue.root.lemma_.lower() in ATTITUDE_NOUNS


def _speaks_for(doc: Doc, quote: Quote, found: DocActors) -> bool:
    """Is the quote's speaker phrase the actor itself (its name, a pronoun for it, its spokespeople)?"""
    if quote.speaker_span is None:
        return quote.kind == "post"  # a post's author, or the person a post names as speaking
    if _SUPPOSED.search(text_of(doc)[max(0, quote.speaker_span.start - 50) : quote.speaker_span.start]):
        return False  # "if Putin decides to invade": a supposition about the speaker, not their words
    names_speaker = any(
        m.actor_id == quote.speaker_actor
        and quote.content_span.start <= m.span.start < quote.content_span.end
        for m in found.mentions
    )
    if quote.kind in ("direct", "mixed") and names_speaker:
        return False  # quoted words that name their own speaker by name are someone else's about them
    span = doc.char_span(quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.pos_ == "PRON" and names_speaker:
        return False  # "it argued that a truce would benefit Russia": the pronoun's antecedent is the topic
    return head.pos_ in ("PROPN", "PRON") or head.i in found.by_token or head.lower_ in SPOKES_NOUNS


def _done(verb: Token) -> bool:
    """Is the verb an act told as done ("the EU approved sanctions", "has sent tanks")? Inside a speaker's
    words, another actor's done act is a report of what they did, not the speaker's position."""
    if verb.lemma_.lower() in _NOT_DONE:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.pos_ == "VERB" and (
        verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and bool(auxes & {"has", "have", "had"})
    )


# Verbs whose "done" form still states an intention or an agreement the speaker reports as their view
# ("Putin has decided to invade", "Putin and I agreed that our teams should engage"): not set aside.
_NOT_DONE = frozenset({"decide", "make", "plan", "intend", "prepare", "agree", "seem", "choose"})


def _told_of_others(subject: Token | None, actor: Actor | None, speech: bool, quote: Quote) -> bool:
    """Is a verb of speech or a done act inside the quote's words (with this subject and its actor) what the
    speaker tells of someone else?"""
    if subject is None:
        # "according to the agency, [the US ...] imposed sanctions": a done act reported, its doer elsewhere
        return not speech and (quote.cue or "").lower().startswith("according")
    if subject.lower_ in ("i", "we"):
        return False
    span = quote.speaker_span
    if not quote.content_span.start <= subject.idx < quote.content_span.end:
        # "According to the agency, the US imposed sanctions": the doer named before the words, not their source
        by_speaker = span is not None and span.start <= subject.idx < span.end
        return not speech and not by_speaker and actor is not None and subject.pos_ != "PRON"
    if speech:
        return True
    if subject.lower_ == "they" and quote.kind == "direct":
        return True  # "they have imposed sanctions against half the world": in one's own words, others' acts
    return actor is not None and subject.pos_ != "PRON"  # not "the countries that suffered", "it understood"


# Nouns of a design: named as another actor's ("Ostmark's plan to send tanks", "Valdoria's attempt to lift the
# ban"), what follows is theirs, which the speaker tells of and may be for or against.
_DESIGN_NOUNS = frozenset(
    {"plan", "attempt", "effort", "bid", "goal", "aim", "push", "drive", "campaign", "intention", "desire"}
)


def _others_design(token: Token, quote: Quote, found: DocActors) -> bool:
    """Is the token a design noun whose owner is an actor other than the speaker (or the speaker's own side)?"""
    if token.lemma_.lower() not in _DESIGN_NOUNS or token.pos_ != "NOUN":
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    actor = found.actor_for(owner) if owner is not None else None
    return (
        actor is not None
        and bool(quote.speaker_actor)
        and not own_side(actor.id, quote.speaker_actor or "", found)
    )


def _without_designs(doc: Doc, quote: Quote, words: str, found: DocActors) -> str:
    """The speaker's own words less the designs they name as another actor's (offsets kept)."""
    start = quote.content_span.start
    chars = list(words)
    span = doc.char_span(start, quote.content_span.end, alignment_mode="contract")
    for token in span if span is not None else ():
        if _others_design(token, quote, found):
            right = token.right_edge
            for k in range(max(token.idx, start), min(right.idx + len(right), quote.content_span.end)):
                chars[k - start] = " "
    return "".join(chars)


def _own_words(doc: Doc, article: Article, quote: Quote, found: DocActors) -> str:
    """The quote's content with what is not the speaker's position blanked out (offsets kept): someone else's
    reported speech, and a known actor's act told as done ("noted that the EU approved sanctions")."""
    start, end = quote.content_span.start, quote.content_span.end
    chars = list(article.text[start:end])
    span = doc.char_span(start, end, alignment_mode="contract")
    for token in span if span is not None else ():
        speech = token.lemma_.lower() in _INNER_CUES
        if token.pos_ not in ("VERB", "AUX") or not (speech or _done(token)):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        actor = found.actor_for(subject) if subject is not None else None
        if not _told_of_others(subject, actor, speech, quote):
            continue
        if actor is not None and quote.speaker_actor and own_side(actor.id, quote.speaker_actor, found):
            continue  # the speaker about themself or their own state ("Ukraine has always said ...")
        for inner in token.subtree:
            for k in range(max(inner.idx, start), min(inner.idx + len(inner.text), end)):
                chars[k - start] = " "
    return "".join(chars)


# An act that takes a side on a proposition, told by the journalist ("Germany sent tanks to Ukraine", "Russia
# withdrew from the grain deal"): the proposition's phrase must begin at the act's own verb, whose subject names
# the actor (a pronoun or a possessive is too loose a link: "it is providing", "Kyiv's allies donated"). Only acts
# that happened count: negated, hypothetical or habitual ones (the event coder's modality), background told in
# the past perfect or progressive ("had blocked", "was delaying"), and acts inside someone's words say nothing.
ACT_SCORE = 0.7  # below a verbatim statement's certainty, above the shifts' floor
_ACT_BREAK = ("advcl", "ccomp", "relcl", "parataxis", "conj", "cc", "mark", "punct", "nsubj", "nsubjpass")
_BACKGROUND_AUX = frozenset({"had", "'d", "was", "were"})
# An infinitive is an act done only under a verb of doing ("relents to send", "voted to approve"); elsewhere
# it is wanted, urged or planned ("encouraging Ukraine to cede land", "pushed Sweden to send tanks").
_DOING_HEADS = frozenset(
    {
        "relent",
        "agree",
        "decide",
        "move",
        "begin",
        "start",
        "continue",
        "vote",
        "manage",
        "proceed",
        "choose",
        "opt",
        "step",
    }
)
# A turn told with the act: the holder comes round after resisting ("finally relents to send tanks", "after
# months of refusing", "dropped its objections", "reversed course", "bowed to pressure"; "after months of
# stalling" tells a delay, which two independent readers did not take for a position) — the act's side is new,
# the other side was the holder's before.
_OBJECTIONS = r"(objections?|opposition|veto|resistance|reservations|blockade of)"
_PRESSURE = r"(pressure|demands|calls|appeals|pleas)\b"  # what a holder gives in to ("bowed to pressure")
TURN = re.compile(
    r"\b(relent\w*|u-turn|backtrack\w*|about-face|climb\w* down|"
    r"revers\w* (its|his|her|their|the|a) (course|decision|position|stance|policy|opposition)|"
    r"chang\w* (its|his|her|their) (mind|position|stance|course|tune)|change of heart|"
    r"(dropp|abandon|lift|withdr|end|set aside|gave up|give up|giv\w* up)\w* (its |his |her |their )?(long-standing |longstanding )?"
    rf"{_OBJECTIONS}|"
    r"after (many |several |six |three |two )?(months|weeks|years) of (resist\w*|refus\w*|block\w*|oppos\w*|"
    r"hesitat\w*|reluctance|holding out)|"
    rf"(bow\w*|bent|bend\w*|cav\w*( in)?|yield\w*|succumb\w*|g[ai]ve in|giving in) to (\w+ ){{0,2}}{_PRESSURE}|"
    r"(which|who) had (long )?(been (wary|reluctant|hesitant|opposed)|resisted|refused|opposed|blocked|rejected))",
    re.IGNORECASE,
)
# A turn denied ("will not bow to pressure", "has never changed its position") is no turn.
_NO_TURN = re.compile(
    r"\b(not|never|no|\w+n't|won't|cannot|refus\w* to|declin\w* to)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)


def turn_told(text: str) -> bool:
    """Does the text tell a turn (TURN) that it does not deny?"""
    return any(not _NO_TURN.search(text[: m.start()]) for m in TURN.finditer(text))


# The objections or veto a turn drops are to something: its side is now favor ("dropped its objections to X").
_DROPPED = re.compile(rf"\b{_OBJECTIONS}\b", re.IGNORECASE)


# Verbs of giving in ("bowed to pressure to send tanks", "caved in to demands to lift the ban"): what the pressure
# was to do is what the holder gave in and did, as "relents to send" is.
_GIVING_IN = frozenset({"bow", "bend", "cave", "yield", "succumb", "give"})
_PRESSING = frozenset({"pressure", "demand", "call", "appeal", "plea"})


def _given_in(verb: Token) -> Token | None:
    """The verb of giving in whose pressure the infinitive names ("bowed to pressure | to supply weapons"), if
    it is one."""
    noun = verb.head
    prep = noun.head
    giver = prep.head
    if (
        verb.dep_ == "acl"
        and noun.lemma_.lower() in _PRESSING
        and noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and giver.pos_ == "VERB"
        and giver.lemma_.lower() in _GIVING_IN
        and (
            giver.lemma_.lower() != "give"
            or any(c.dep_ == "prt" and c.lower_ == "in" for c in giver.children)
        )
    ):
        return giver
    return None


def _infinitive(verb: Token) -> bool:
    """A to-infinitive, or a verb joined to one ("to identify and provide")."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head


def _act_phrase(verb: Token) -> str:
    """The verb and what it governs to its right, up to a new clause ("sent 14 tanks to Ukraine")."""
    tokens = [verb]
    stack = [c for c in verb.rights if c.dep_ not in _ACT_BREAK]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("advcl", "relcl", "parataxis"))
    tokens.sort(key=lambda t: t.i)
    return "".join(t.text_with_ws for t in tokens).strip()


def _free_adjunct(verb: Token) -> bool:
    """Is the verb a participle clause set off after its clause ("Germany held back, blocking the transfer of
    arms")? Its doer is the clause's subject; one with a conjunction ("while blocking") is left out, and so is a
    gerund in a list the parser hung on the verb ("discussed the priorities - aid, tightening sanctions")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.doc[verb.i - 1].text == ","
        and not any(t.text in ("-", "–", "—", ":", ";") for t in verb.doc[verb.head.i : verb.i])
        and not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _act_subject(verb: Token) -> Token | None:
    """The verb's subject; for a verb joined to another ("pulled out and blocked"), one a turn governs
    ("relents to send") or a participle clause after its clause (``_free_adjunct``), the governing verb's."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or not (verb.dep_ in ("conj", "xcomp") or _free_adjunct(verb)):
            return subject
        if verb.dep_ == "conj" and any(
            t.pos_ in ("PROPN", "NOUN", "PRON")
            for t in verb.doc[verb.head.i + 1 : verb.i]
            if t.i > max((c.i for c in verb.head.children if c.dep_ == "cc"), default=-1)
        ):
            return (
                None  # "Russia bombards and U.S. imposes sanctions": the joined verb has a subject of its own
            )
        verb = verb.head


def _dropped_objection(verb: Token, sentence: str) -> list[tuple[str, str]]:
    """ "dropped its objections (to X)": favor toward the one proposition the objection is about, read from X
    or, when the objection names nothing, from the sentence."""
    objection = next((c for c in verb.children if c.dep_ == "dobj" and _DROPPED.match(c.text)), None)
    if objection is None:
        return []
    named = "".join(t.text_with_ws for t in objection.subtree if t.i > objection.i).strip()
    text = named or sentence
    relevant = [
        p
        for p in propositions()
        if p.relevant.search(text.lower())
        and (p.about is None or p.about.search(text) or p.about.search(sentence))
    ]
    specific = [p for p in relevant if p.about is not None] or relevant  # what it is about, named, wins
    return [(specific[0].id, "favor")] if len(specific) == 1 else []


def _inside_quotation(sent_text: str, offset: int) -> bool:
    """Does the sentence open a quotation before ``offset`` that is still open there, or is it signed off as
    someone's words ("..., their goal is Kyiv - said the US president.")?"""
    before = sent_text[:offset]
    return (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or bool(_SIGNED_OFF.search(sent_text[offset:]))
    )


# A sentence that ends by naming who said it after a dash: all before the dash is their words.
_SIGNED_OFF = re.compile(
    r"\s[-–—]+\s*(said|says|added|adds|stressed|noted|stated|declared|announced|emphasi[sz]ed|wrote|claimed|told)\b"
    r"[^.!?;:]{0,120}[.!?]?[\"”’']*\s*$",
    re.IGNORECASE,
)


# Adjectives of quantity on a name that the parser took for a subject: "additional U.S. supplied missiles" lists
# more U.S.-supplied missiles; no one is told to supply anything.
_QUANTITY = frozenset({"additional", "more", "further", "extra", "other", "new", "fresh"})


def stances_from_acts(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Proposition stances from what actors are told to have done; ``turned`` when the sentence tells that the
    holder came round to the act's side (see TURN)."""
    reported = [q.content_span for q in article.quotes] + [q.cue_span for q in article.quotes if q.cue_span]
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or any(r.start <= verb.idx < r.end for r in reported):
            continue
        given_in = _given_in(verb)
        doer = given_in or verb  # the verb whose subject, tense and modality are the act's
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKGROUND_AUX for c in doer.children):
            continue
        if (
            _infinitive(verb)
            and given_in is None
            and not (
                verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in _DOING_HEADS
                and not any(c.dep_ == "dobj" for c in verb.head.children)
            )
        ):
            continue
        subject = _act_subject(doer)
        if (
            subject is None
            or subject.i not in found.by_token
            and not (
                subject.lower_ in SPOKES_NOUNS
                and any(
                    c.dep_ in ("compound", "amod", "appos") and c.i in found.by_token
                    for c in subject.children
                )
            )
        ):
            continue  # the actor's name, or its voice ("Kremlin officials"), not any noun it modifies
        actor = topic_actor(subject, found) or found.actor_for(
            subject
        )  # "Britain is coming to Kyiv's aid. It's …"
        if (
            actor is None
            or any(modality(doer))
            or (doer.dep_ in ("xcomp", "ccomp") or _free_adjunct(doer))
            and any(modality(doer.head))
        ):
            continue  # "did not see Ukraine take back any territory": the governing verb's negation is the act's
        if (
            verb.dep_ == "conj"
            and verb.head.pos_ not in ("VERB", "AUX")
            or _lost_infinitive(verb)
            or any(c.dep_ == "amod" and c.lower_ in _QUANTITY for c in subject.children)
        ):
            continue  # "the wait for jets, and additional U.S. supplied missiles": things listed, not an act
        sent = verb.sent
        if _inside_quotation(sent.text, verb.idx - sent.start_char):
            continue
        phrase = _act_phrase(verb)
        turned = turn_told(sent.text)
        context = doc[max(sent.start - 1, 0)].sent.text + " " + sent.text if sent.start else sent.text
        sides = act_stance(phrase, context, actor.country) or (
            _dropped_objection(verb, sent.text) if turned else []
        )
        day = (
            None
            if told_earlier(doer, article.date, named=True)
            else sentence_date(sent.text, article.date) or article.date
        )
        for prop_id, label in sides:
            out.append(
                Stance(
                    actor.id,
                    prop_id,
                    label,
                    ACT_SCORE,
                    day,
                    Span(sent.start_char, sent.end_char),
                    turned=turned,
                )
            )
    return tuple(out)


# A turn of posture toward an actor told by the news: the holder "hardened its stance against" the target,
# "softened its tone toward" it. Its side is where the posture moves (harder: against; softer: favor), and the
# turn itself is the news's telling (``turned``), which the shift list pairs with the holder's earlier record.
_HARDER = frozenset({"harden", "toughen", "stiffen", "sharpen"})
_SOFTER = frozenset({"soften", "ease", "temper"})
_POSTURE = frozenset(
    {"stance", "position", "tone", "line", "rhetoric", "approach", "attitude", "posture", "policy", "view"}
)
_TOWARD = frozenset({"against", "toward", "towards", "on", "to", "with", "over"})


def _posture_target(verb: Token, found: DocActors) -> Actor | None:
    """The actor a posture is taken toward: "harden (his stance) against Russia"."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _POSTURE]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _TOWARD:
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None and (actor := found.actor_for(obj)) is not None:
                    return actor
    return None


def stances_from_told_postures(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Turns of posture toward an actor that the news tells ("caused Trump to harden his stance against
    Russia"): against for a hardening, favor for a softening, ``turned``. The posture noun must be the verb's
    object ("softened its tone", not "softened the blow"); a negated or hypothetical turn tells none."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _HARDER | _SOFTER:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _POSTURE for c in verb.children) or any(
            modality(verb)
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _act_subject(verb)
        holder = found.actor_for(subject) if subject is not None else None
        target = _posture_target(verb, found)
        if (
            holder is None
            or target is None
            or holder.id == target.id
            or own_side(target.id, holder.id, found)
        ):
            continue
        sent = verb.sent
        if _inside_quotation(sent.text, verb.idx - sent.start_char):
            continue
        day = sentence_date(sent.text, article.date) or article.date
        out.append(
            Stance(
                holder.id,
                target.id,
                "against" if lemma in _HARDER else "favor",
                ACT_SCORE,
                day,
                Span(sent.start_char, sent.end_char),
                turned=True,
            )
        )
    return tuple(out)


# A turn told as a change from the holder's earlier view ("a sharp change from Trump's earlier view that Ukraine
# would have to give up land"): the view names the old side on a proposition, the holder now holds the other.
_FROM_VIEW = re.compile(
    r"\b(change|shift|departure|break|turn|reversal|u-turn|about-face|pivot|retreat|turnaround)\w* (away )?from "
    r"(?P<holder>[^.;,]{1,60}?)(’|')s? (own )?(earlier|previous|former|past|prior|initial|long-held|longstanding|"
    r"long-standing|original) (view|position|stance|line|insistence|argument|claim|assessment|belief|demand|"
    r"suggestion)s? that (?P<view>[^.;]+)",
    re.IGNORECASE,
)


def stances_from_changed_views(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """The new side of a turn told as a change from the holder's earlier view: the opposite of the side the
    view takes on a proposition, ``turned``; the holder is the actor named as the view's owner."""
    out = []
    for sent in doc.sents:
        for match in _FROM_VIEW.finditer(sent.text):
            start, end = sent.start_char + match.start("holder"), sent.start_char + match.end("holder")
            owners = {m.actor_id for m in found.mentions if start <= m.span.start < end}
            if len(owners) != 1:
                continue
            [holder] = owners
            day = sentence_date(sent.text, article.date) or article.date
            for prop_id, label, _ in proposition_stance(match.group("view"), sent.text):
                out.append(
                    Stance(
                        holder,
                        prop_id,
                        OPPOSITE[label],
                        ACT_SCORE,
                        day,
                        Span(sent.start_char, sent.end_char),
                        turned=True,
                    )
                )
    return tuple(out)


def own_words(doc: Doc, article: Article, found: DocActors) -> dict[int, str]:
    """The speaker's own words of each quote whose speaker phrase is the actor's voice (``_speaks_for``) and that
    is no attitude the journalist names, by the quote's index (``_own_words``: others' words blanked)."""
    return {
        i: _own_words(doc, article, q, found)
        for i, q in enumerate(article.quotes)
        if q.speaker_actor and _speaks_for(doc, q, found) and not _attitude_named(doc, q)
    }


def extract_stances(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Stances in the article: toward actors from coded events and evaluative words, toward propositions from
    quotes and told acts. An event told inside someone's words (a demand, a claim, an opinion piece's
    prescription) says where the speaker stands, not where the actors stand, so it makes no actor-to-actor
    stance. A stance from a quote comes only from the speaker's own words: the speaker phrase must be the actor's
    voice, and words the speaker reports of someone else are left out."""
    reported = [q.content_span for q in article.quotes]
    asserted = tuple(
        e for e in article.events if not any(r.start <= e.trigger_span.start < r.end for r in reported)
    )
    own = own_words(doc, article, found)
    context = {i: _sentences(doc, article.quotes[i]) for i in own}
    designs = {i: _without_designs(doc, article.quotes[i], words, found) for i, words in own.items()}
    said = tuple(
        replace(
            s,
            turned=_turn_told(doc, article.quotes[s.quote_ref]),  # type: ignore[index]
            date=None if _told_before(doc, article, article.quotes[s.quote_ref]) else s.date,  # type: ignore[index]
        )
        for s in stances_from_quotes(article.quotes, own, context, designs)
    )
    asserted = tuple(
        e
        for e in asserted
        if _event_is_stance(doc, e, found)
        and not _SIGNED_OFF.search(article.text[e.trigger_span.end : e.sentence_span.end])
    )
    if article.date is not None:
        asserted = tuple(
            e for e in asserted if e.date is None or (article.date - e.date).days <= HISTORY_DAYS
        )
    evaluated = stances_toward_actors(doc, article, found, own)
    return _after_presupposed(
        _not_evaluated(stances_from_events(asserted, article.text), evaluated)
        + said
        + stances_from_acts(doc, article, found)
        + evaluated
        + stances_from_told_postures(doc, article, found)
        + stances_from_changed_views(doc, article, found),
        article,
    )


def _not_evaluated(stances: tuple[Stance, ...], evaluated: tuple[Stance, ...]) -> tuple[Stance, ...]:
    """The stances from events less those a speaker's evaluative words in the sentence already take: a statement
    that calls an actor names is also coded as disapproval (``charges.py``), and is one stance, not two."""
    return tuple(
        s
        for s in stances
        if not any(
            (e.holder, e.target, e.label) == (s.holder, s.target, s.label)
            and s.evidence_span.start <= e.evidence_span.start < s.evidence_span.end
            for e in evaluated
        )
    )


def _after_presupposed(stances: tuple[Stance, ...], article: Article) -> tuple[Stance, ...]:
    """The stances less those on a proposition dated before what it presupposes (its ``since``): talks "to
    end the war" before the war were about averting it."""
    since = {p.id: p.since for p in propositions() if p.since is not None}
    kept = []
    for stance in stances:
        day = stance.date or article.date
        if stance.target in since and day is not None and day < since[stance.target]:
            continue
        kept.append(stance)
    return tuple(kept)


def _told_before(doc: Doc, article: Article, quote: Quote) -> bool:
    """Is what the quote tells placed in a named time before the report, without its day ("agreed to send tanks
    in January 2023", "last year refused to join sanctions")? Such a stance is background and is kept undated, as the
    events are, rather than dated by the report. A speech cue's own time dates the saying; an act or attitude cue
    ("agreed", "refused", "criticised") is the act, so the time of the words it governs dates it too."""
    if quote.cue_span is None or article.date is None:
        return False
    cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    if cue is None:
        return False
    if told_earlier(cue.root, article.date, named=True):
        return True
    if quote.kind != "belief" and cue.root.lemma_.lower() in SPEECH_VERBS:
        return False
    words = doc.char_span(quote.content_span.start, quote.content_span.end, alignment_mode="expand")
    return words is not None and told_earlier(words.root, article.date, named=True)


def _turn_told(doc: Doc, quote: Quote) -> bool:
    """Does the narration around a reported act tell a turn ("after months of refusing, the House approved")?
    The words of a speech cue are left out (a turn they tell is someone else's); what an act cue governs
    ("passed the aid after months of refusing", "agreed to send ...") is the narration."""
    if quote.cue_span is None:
        return False
    cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    if cue is None:
        return False
    text, offset = cue.sent.text, cue.sent.start_char
    speech = (
        quote.kind != "indirect"
        or cue.root.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS
        and not quote.content.startswith("to ")
    )
    if speech:
        start, end = max(quote.content_span.start - offset, 0), max(quote.content_span.end - offset, 0)
        text = text[:start] + " " * (end - start) + text[end:]
    return turn_told(text)


def _sentences(doc: Doc, quote: Quote) -> str:
    """The text of the sentences a quote's content (and cue) stands in, and the one before them (what "in
    return" or "it" points back to)."""
    start = min(
        quote.content_span.start, quote.cue_span.start if quote.cue_span else quote.content_span.start
    )
    span = doc.char_span(start, quote.content_span.end, alignment_mode="expand")
    if span is None:
        return ""
    first = span[0].sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    return doc[first : span[-1].sent.end].text


# The linear n-gram model's share in the author-stance blend with the cross-encoder: it knows the hashtags and
# slang of tweets that the encoder's truncated WordPiece reading misses (one weight, chosen on VAST + P-Stance dev).
LINEAR_SHARE = 0.2


def author_stance(text: str, target: str) -> tuple[str, float]:
    """The author's stance toward a free-text target: favor / against / none, with a score in [0, 1] — from
    the shipped cross-encoder blended with the shipped linear model, else either alone, else the polarity
    lexicon below."""
    from .cross_encoder import shipped_encoder
    from .stance_model import LABELS, probabilities

    encoder = shipped_encoder()
    linear = probabilities(text, target)
    if encoder is not None:
        encoded = encoder.probabilities([(text, target)])[0]
        blend = encoded if linear is None else (1 - LINEAR_SHARE) * encoded + LINEAR_SHARE * linear
        best = int(blend.argmax())
        return encoder.labels[best], round(float(blend[best]), 3)
    if linear is not None:
        best = int(linear.argmax())
        return LABELS[best], round(float(linear[best]), 3)
    words = _WORD.findall(text.lower())
    pos = sum(w in POSITIVE for w in words)
    neg = sum(w in NEGATIVE for w in words)
    if pos == neg:
        return "none", 0.0
    label = "favor" if pos > neg else "against"
    return label, round(abs(pos - neg) / (pos + neg), 2)


_CONTENT = re.compile(r"[a-z]{4,}")
# Function words no topic is made of: two texts sharing only these share nothing.
STOP_WORDS = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "will",
        "should",
        "would",
        "their",
        "they",
        "there",
        "which",
        "about",
        "more",
        "been",
        "were",
        "than",
        "into",
        "also",
        "must",
        "only",
        "such",
        "these",
        "those",
        "being",
    }
)
_OPPOSE = {
    "not",
    "no",
    "never",
    "against",
    "oppose",
    "reject",
    "limit",
    "limiting",
    "reduce",
    "reducing",
    "cut",
    "ban",
    "abolish",
    "end",
    "stop",
    "restrict",
    "restricting",
    "less",
    "lower",
    "decrease",
    "without",
}


def content_stems(text: str, stop: frozenset[str] | set[str] = STOP_WORDS) -> set[str]:
    """Five-letter stems of a text's content words (four letters or more, less ``stop``): enough to tell
    whether two statements are about the same thing."""
    return {w[:5] for w in _CONTENT.findall(text.lower()) if w not in stop}


def consistency(text_1: str, text_2: str) -> str:
    """Are two statements by one actor Consistent, Inconsistent or Unrelated? (The lexical reading below; an
    entailment cross-encoder trained by ``scripts/train_cross_encoder.py --task nli`` is the next step.)"""
    return lexical_consistency(text_1, text_2)


def lexical_consistency(text_1: str, text_2: str) -> str:
    """A lexical reading: opposite sides on a tracked proposition, or one statement pushing where the other
    pulls, is inconsistent; sharing two content words without that is consistent; sharing none is unrelated."""
    shared = content_stems(text_1) & content_stems(text_2)
    pull_1 = bool(set(_CONTENT.findall(text_1.lower())) & _OPPOSE)
    pull_2 = bool(set(_CONTENT.findall(text_2.lower())) & _OPPOSE)
    stance_1 = {p: label for p, label, _ in proposition_stance(text_1)}
    stance_2 = {p: label for p, label, _ in proposition_stance(text_2)}
    if any(stance_1[p] != stance_2[p] for p in stance_1.keys() & stance_2.keys()):
        return "Inconsistent"
    if not shared and pull_1 == pull_2:
        return "Unrelated"
    if len(shared) >= 2 and pull_1 == pull_2:
        return "Consistent"
    return "Inconsistent"
