"""Who stands where: stances of actors toward actors (from coded events and from the speaker's own evaluative
words), toward propositions (from the holder's own words and from the acts the journalist tells of them), and the
author's stance on a free-text target (the benchmark setting).

Cooperation an actor directs at another is favor, conflict is against; an epithet or an evaluative act in the
speaker's words ("an aggressor", "we thank ...") takes a side toward the actor it is about; a proposition's side
is read from its phrasings in ``data/propositions.yaml``, clause by clause, with negation, cue verbs and
conditions, and on a told act from the phrase its verb begins. A stance is ``turned`` when its sentence tells
that the holder came round to it. The author's stance comes from the shipped cross-encoder blended with the
linear n-gram model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..model import Article, Event, Quote, Span, Stance
from .dates import sentence_date
from .quotes import CLAUSE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actors import DocActors

POSITIVE = {
    "support", "supports", "praise", "praised", "good", "great", "best", "right", "welcome", "welcomed", "love",
    "agree", "win", "strong", "success", "hope", "protect", "benefit", "important", "need", "must", "should",
    "fair", "safe", "better", "thank", "thanks", "proud", "yes", "pro",
}
NEGATIVE = {
    "against", "oppose", "opposed", "bad", "wrong", "worst", "reject", "rejected", "criticize", "criticized",
    "hate", "fail", "failed", "failure", "weak", "danger", "dangerous", "threat", "corrupt", "lie", "lies",
    "liar", "disaster", "stop", "ban", "no", "not", "never", "dictator", "mistake", "harm", "crisis", "fake",
}
_WORD = re.compile(r"[a-z']+")


# CAMEO roots that say where the source stands toward the target: deliberate policy acts (agreements, material
# cooperation, aid, concessions, reduced relations, coercion, force) and evaluations (praise within 05,
# disapproval, rejection, threats). Statements, appeals, intentions, consultations (a phone call is contact, not
# a position), investigations, demands, protests and force postures are left out.
STANCE_ROOTS = frozenset({"05", "06", "07", "08", "11", "12", "13", "16", "17", "18", "19", "20"})


def stances_from_events(events: tuple[Event, ...]) -> tuple[Stance, ...]:
    """Cooperation directed at an actor is favor toward it, conflict is against; only events in STANCE_ROOTS
    count, and negated and hypothetical events say nothing about where the holder stands."""
    out = []
    for event in events:
        if not (event.source_actor and event.target_actor) or event.source_actor == event.target_actor:
            continue
        if event.negated or event.hypothetical or event.root not in STANCE_ROOTS:
            continue
        label = "favor" if event.quad in (1, 2) else "against"
        out.append(
            Stance(event.source_actor, event.target_actor, label, round(abs(event.goldstein) / 10, 2),
                   event.date, event.sentence_span)
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Proposition:
    id: str
    text: str
    terms: tuple[str, ...]
    favor: tuple[re.Pattern[str], ...]
    against: tuple[re.Pattern[str], ...]
    about: re.Pattern[str] | None = None  # the clause must also name this (e.g. Ukraine, for aid to Ukraine)
    acts: bool = True  # read on acts the journalist tells, too (a policy, not a belief)
    not_by: frozenset[str] = frozenset()  # countries whose acts matching a pattern are something else

    @property
    def relevant(self) -> re.Pattern[str]:
        """Any of the terms, at the start of a word ("aid" in "aid package", not in "said")."""
        return _relevant(self.terms)


@cache
def propositions() -> tuple[Proposition, ...]:
    """The shipped propositions (``data/propositions.yaml``)."""
    data = yaml.safe_load((resources.files("volteface") / "data" / "propositions.yaml").read_text(encoding="utf-8"))
    return tuple(
        Proposition(e["id"], e["text"], tuple(t.lower() for t in e.get("terms", [])),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("favor", [])),
                    tuple(re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in e.get("against", [])),
                    re.compile(e["about"], re.IGNORECASE) if e.get("about") else None,
                    e.get("acts", True), frozenset(e.get("not_by", ())))
        for e in data
    )


@cache
def _relevant(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + ")") if terms else re.compile(r"(?!)")


# A negation turns a phrase over only when it stands right before it, with at most NEGATION_WORDS function
# words between ("will not send weapons", "do not want to lose land", "never give up"), not when it belongs to
# another verb ("expects China not to politicize Russia's aggression", "does not want war, but ...").
NEGATION_WORDS = 3
_FILLERS = ("be|been|being|to|a|an|the|any|more|further|ever|even|yet|again|going|able|willing|ready|want|wish|"
            "plan|intend|seek|try|need|allow|let|accept|agree|just|only|simply|at|all|such|these|those|its|their|our|"
            "his|her|us|them|it|we|they|you|i|ukraine|kyiv|russia|moscow")
_NEGATION = re.compile(r"\b(not|never|no|won't|can't|cannot|don't|doesn't|didn't|isn't|aren't|wouldn't|"
                       r"warn\w*(?:\s+[\w.'-]+){0,3}\s+against|"
                       r"not\s+(?:an?\s+)?(?:indication|sign|signal|evidence|proof)\s+that(?:\s+[\w'-]+){0,2}|"
                       rf"shouldn't|refuse[sd]? to)\s+(?:(?:{_FILLERS})\s+){{0,{NEGATION_WORDS}}}$", re.IGNORECASE)
# Where one clause ends and another begins: sentence ends, dashes, semicolons, and a comma before a conjunction
# or relative word. A proposition's phrase and its term must fall in one clause.
_CLAUSE_BREAK = re.compile(r"[.!?;:]+[\"”’']*\s+|\s+[–—-]+\s+|\(|\)|,\s+(?=(?:but|while|whereas|although|though|"
                           r"because|since|as|and|or|which|who|when|after|before|if|unless|so)\b)|"
                           r"\s+(?=(?:but|whereas|although|though|because)\s)", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The statement cut into clauses (a first, punctuation-and-conjunction version)."""
    return [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


# A possibility under a condition ("Poland could send its tanks if it asks", "we can impose sanctions if the
# economy suffers") is not a position: a phrase right after could/can/might/may, in a clause that states a
# condition, takes no side.
_HEDGE = re.compile(rf"\b(could|can|might|may)\s+(?:(?:{_FILLERS})\s+){{0,{NEGATION_WORDS}}}$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(if|unless)\b", re.IGNORECASE)
# ... and what follows "if" itself is a supposition ("if Russia decided to invade", "if they send tanks").
_SUPPOSITION = re.compile(r"\b(if|unless|whether)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


def _hits(patterns: tuple[re.Pattern[str], ...], clause: str) -> tuple[int, int]:
    """(plain, negated) matches in one clause: a negation just before a phrase turns its side over, and a
    possibility under a condition takes no side."""
    plain = negated = 0
    conditional = bool(_CONDITION.search(clause))
    for pattern in patterns:
        for match in pattern.finditer(clause):
            if conditional and (_HEDGE.search(clause[: match.start()]) or _SUPPOSITION.search(clause[: match.start()])):
                continue
            if _NEGATION.search(clause[: match.start()]):
                negated += 1
            else:
                plain += 1
    return plain, negated


def proposition_stance(text: str, context: str = "") -> list[tuple[str, str, float]]:
    """(proposition id, favor/against, score) for each proposition the statement takes a side on: a phrase
    counts only in a clause that also holds one of the proposition's terms, and that names what the proposition
    is ``about`` (or stands in a ``context``, the sentence around the statement, that does)."""
    parts = [(c, c.lower()) for c in clauses(text)]
    out = []
    for prop in propositions():
        pro = con = unconditional = 0
        for clause, lowered in parts:
            if not prop.relevant.search(lowered):
                continue
            if prop.about is not None and not (prop.about.search(clause) or prop.about.search(context)):
                continue
            favor, favor_negated = _hits(prop.favor, clause)
            against, against_negated = _hits(prop.against, clause)
            pro, con = pro + favor + against_negated, con + against + favor_negated
            if not _CONDITION.search(clause):
                unconditional += favor + favor_negated + against + against_negated
        if pro == con:
            continue
        label = "favor" if pro > con else "against"
        score = round(min(1.0, 0.5 + 0.25 * abs(pro - con)), 2) if unconditional else CONDITIONAL_SCORE
        out.append((prop.id, label, score))
    return out


# A side taken only under a condition ("if the votes are held, there will be no talks", "we will impose
# sanctions if they invade") is kept, but weaker than the shifts' floor: it is not yet evidence of a turn.
CONDITIONAL_SCORE = 0.4


# Cues whose content is a proposal or claim the speaker turns down ("rejected calls to cede land", "denied
# that ..."): the side flips.
CONTRARY_CUES = ("reject", "oppos", "refus", "declin", "deni", "deny", "dismiss")
# Cues whose content is not the speaker's own position: someone else's ("accused the West of ...", "pointed to
# Kyiv's wish to join NATO"), a finding ("polls found ..."), or a thing condemned, which may be named in the
# condemner's own words ("decried the illegal invasion") or neutrally ("criticised supplies of weapons"), so
# the side cannot be read from it; and a fear or worry, which names a possibility, not a position.
OTHERS_CUES = ("accus", "blam", "cit", "describ", "question", "wonder", "point", "mention", "found", "find",
               "report", "show", "recall", "justif", "compar", "inform", "quot", "condemn", "critici", "denounc",
               "slam", "decr", "blast", "assail", "ridicul", "mock", "attack", "lambast", "worr", "fear")


def _cue_side(cue: str | None) -> int:
    """+1 when the content is the speaker's side, -1 when the speaker turns it down, 0 when it is not theirs."""
    word = (cue or "").split()[0].lower() if (cue or "").split() else ""
    if word.startswith(OTHERS_CUES):
        return 0
    return -1 if word.startswith(CONTRARY_CUES) else 1


def stances_from_quotes(quotes: tuple[Quote, ...], own: dict[int, str] | None = None,
                        context: dict[int, str] | None = None) -> tuple[Stance, ...]:
    """Where a known speaker's own words take a side on a tracked proposition. ``own`` maps a quote's index to
    the part of its content that is the speaker's (other people's reported words inside it blanked out);
    quotes left out of ``own`` are not the speaker's words at all. ``context`` maps a quote's index to the
    sentence(s) around it."""
    out = []
    flip = {"favor": "against", "against": "favor"}
    for index, quote in enumerate(quotes):
        if not quote.speaker_actor or (own is not None and index not in own):
            continue
        side = _cue_side(quote.cue) if quote.kind in ("indirect", "mixed") else 1
        if side == 0:
            continue
        content = own[index] if own is not None else quote.content
        cue, evidence = quote.cue_span, quote.content_span
        if (quote.kind in ("indirect", "mixed") and quote.cue and cue is not None
                and 0 <= quote.content_span.start - cue.end <= 2):
            # "adopted | new sanctions on Russia", "refused | to lift the ban": the cue is part of the act, so it
            # is read with the words (unless it turns them over) and shown in the evidence
            content = quote.cue + " " + content if side > 0 else content
            evidence = Span(cue.start, quote.content_span.end)
        for prop_id, label, score in proposition_stance(content, (context or {}).get(index, "")):
            label = label if side > 0 else flip[label]
            out.append(Stance(quote.speaker_actor, prop_id, label, score, quote.date, evidence, index))
    return tuple(out)


# The head noun of a speaker phrase that speaks for the actor it names ("Russian officials", "the Kremlin's
# spokesman"); other heads that merely mention an actor ("polls after Russia's invasion", "Ukrainian
# residents", "critics of Berlin") are not the actor's voice.
SPOKES_NOUNS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "government",
    "president", "chancellor", "leader", "leaders", "diplomat", "diplomats", "ambassador", "envoy", "embassy",
    "administration", "office", "secretary", "chief", "head", "prime", "premier", "aide", "aides", "adviser",
    "advisers", "advisor", "cabinet", "parliament", "lawmakers", "senator", "representative", "commander",
    "military", "army", "forces", "authorities", "kremlin", "pentagon", "department", "foreign", "defence",
    "defense", "state", "delegation", "negotiator", "negotiators", "statement", "communique",
})
# Cue verbs of reported speech, to find someone else's words inside a quote ("... Macron said Putin claimed ...").
_INNER_CUES = frozenset({"say", "claim", "argue", "tell", "insist", "accuse", "allege", "assert", "believe",
                         "warn", "write", "suggest", "deny", "think", "report", "find", "show", "threaten",
                         "promise", "vow", "pledge", "demand", "urge", "call"})


# Words before a speaker phrase that make the whole report hypothetical or denied ("if Russia decided to
# invade", "is not an indication that Moscow intends to ..."): the speaker did not say or do it.
_SUPPOSED = re.compile(r"(\b(if|unless|whether)|\b(not|no|never)\b[^.,;:!?]{0,30}\bthat)\s+(the\s+)?$", re.IGNORECASE)


def _speaks_for(doc: Doc, quote: Quote, found: DocActors) -> bool:
    """Is the quote's speaker phrase the actor itself (its name, a pronoun for it, its spokespeople)?"""
    if quote.speaker_span is None:
        return quote.kind == "post"  # a post's author, or the person a post names as speaking
    if _SUPPOSED.search(doc.text[max(0, quote.speaker_span.start - 50) : quote.speaker_span.start]):
        return False  # "if Putin decides to invade": a supposition about the speaker, not their words
    if quote.kind in ("direct", "mixed") and any(
            m.actor_id == quote.speaker_actor and quote.content_span.start <= m.span.start < quote.content_span.end
            for m in found.mentions):
        return False  # quoted words that name their own speaker by name are someone else's about them
    span = doc.char_span(quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.pos_ in ("PROPN", "PRON") or head.i in found.by_token or head.lower_ in SPOKES_NOUNS


def _done(verb: Token) -> bool:
    """Is the verb an act told as done ("the EU approved sanctions", "has sent tanks")? Inside a speaker's
    words, another actor's done act is a report of what they did, not the speaker's position."""
    if verb.lemma_.lower() in _NOT_DONE:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.pos_ == "VERB" and (verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN"
                                    and bool(auxes & {"has", "have", "had"}))


# Verbs whose "done" form still states an intention or an agreement the speaker reports as their view
# ("Putin has decided to invade", "Putin and I agreed that our teams should engage"): not set aside.
_NOT_DONE = frozenset({"decide", "make", "plan", "intend", "prepare", "agree", "seem", "choose"})


def _own_words(doc: Doc, article: Article, quote: Quote, found: DocActors) -> str:
    """The quote's content with what is not the speaker's position blanked out (offsets kept): someone else's
    reported speech, and a known actor's act told as done ("noted that the EU approved sanctions")."""
    start, end = quote.content_span.start, quote.content_span.end
    chars = list(article.text[start:end])
    span = doc.char_span(start, end, alignment_mode="contract")
    speaker = found.actors.get(quote.speaker_actor or "")
    for token in span if span is not None else ():
        speech = token.lemma_.lower() in _INNER_CUES
        if token.pos_ not in ("VERB", "AUX") or not (speech or _done(token)):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("i", "we") or not start <= subject.idx < end:
            continue
        actor = found.actor_for(subject)
        if not speech and (actor is None or subject.pos_ == "PRON"):
            continue  # "the countries that suffered", "it understood": no other known actor's act to set aside
        if actor is not None and (actor.id == quote.speaker_actor or speaker is not None and actor.kind != "person"
                                  and actor.country is not None and actor.country == speaker.country):
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
_DOING_HEADS = frozenset({"relent", "agree", "decide", "move", "begin", "start", "continue", "vote", "manage",
                          "proceed", "choose", "opt", "step"})
# A turn told with the act: the holder comes round after resisting ("finally relents to send tanks", "after
# months of stalling", "dropped its objections", "reversed course") — the act's side is new, the other side was
# the holder's before.
_TURN = re.compile(
    r"\b(relent\w*|u-turn|backtrack\w*|about-face|climb\w* down|"
    r"revers\w* (its|his|her|their|the|a) (course|decision|position|stance|policy|opposition)|"
    r"chang\w* (its|his|her|their) (mind|position|stance|course)|"
    r"(dropp|abandon|lift|withdr|end|set aside|gave up|give up|giv\w* up)\w* (its |his |her |their )?(long-standing |longstanding )?"
    r"(objections?|opposition|veto|resistance|reservations|blockade of)|"
    r"after (many |several |six |three |two )?(months|weeks|years) of (stalling|resist\w*|refus\w*|block\w*|oppos\w*|"
    r"hesitat\w*|reluctance|holding out)|"
    r"(which|who) had (long )?(been (wary|reluctant|hesitant|opposed)|resisted|refused|opposed|blocked|rejected))",
    re.IGNORECASE)
# The objections or veto a turn drops are to something: its side is now favor ("dropped its objections to X").
_DROPPED = re.compile(r"\b(objections?|opposition|veto|resistance|reservations|blockade of)\b", re.IGNORECASE)


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


def _act_subject(verb: Token) -> Token | None:
    """The verb's subject; for a verb joined to another ("pulled out and blocked") or one a turn governs
    ("relents to send"), the governing verb's."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp"):
            return subject
        if verb.dep_ == "conj" and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in verb.doc[verb.head.i + 1 : verb.i]
                                       if t.i > max((c.i for c in verb.head.children if c.dep_ == "cc"), default=-1)):
            return None  # "Russia bombards and U.S. imposes sanctions": the joined verb has a subject of its own
        verb = verb.head


def act_stance(phrase: str, context: str, country: str | None = None) -> list[tuple[str, str]]:
    """(proposition id, favor/against) for each proposition whose pattern begins the act phrase of an actor of
    ``country``."""
    lowered = phrase.lower()
    out = []
    for prop in propositions():
        if not prop.acts or country in prop.not_by or not prop.relevant.search(lowered):
            continue
        if prop.about is not None and not (prop.about.search(phrase) or prop.about.search(context)):
            continue
        favor = any(p.match(phrase) for p in prop.favor)
        against = any(p.match(phrase) for p in prop.against)
        if favor != against:
            out.append((prop.id, "favor" if favor else "against"))
    return out


def _dropped_objection(verb: Token, sentence: str) -> list[tuple[str, str]]:
    """ "dropped its objections (to X)": favor toward the one proposition the objection is about, read from X
    or, when the objection names nothing, from the sentence."""
    objection = next((c for c in verb.children if c.dep_ == "dobj" and _DROPPED.match(c.text)), None)
    if objection is None:
        return []
    named = "".join(t.text_with_ws for t in objection.subtree if t.i > objection.i).strip()
    text = named or sentence
    relevant = [p for p in propositions() if p.relevant.search(text.lower())
                and (p.about is None or p.about.search(text) or p.about.search(sentence))]
    specific = [p for p in relevant if p.about is not None] or relevant  # what it is about, named, wins
    return [(specific[0].id, "favor")] if len(specific) == 1 else []


def _inside_quotation(sent_text: str, offset: int) -> bool:
    """Does the sentence open a quotation before ``offset`` that is still open there?"""
    before = sent_text[:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def stances_from_acts(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Proposition stances from what actors are told to have done; ``turned`` when the sentence tells that the
    holder came round to the act's side (see _TURN)."""
    from .events import _modality

    reported = [q.content_span for q in article.quotes] + [q.cue_span for q in article.quotes if q.cue_span]
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or any(r.start <= verb.idx < r.end for r in reported):
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKGROUND_AUX for c in verb.children):
            continue
        if _infinitive(verb) and not (
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DOING_HEADS
                and not any(c.dep_ == "dobj" for c in verb.head.children)):
            continue
        subject = _act_subject(verb)
        if subject is None or subject.i not in found.by_token and not (subject.lower_ in SPOKES_NOUNS and any(
                c.dep_ in ("compound", "amod", "appos") and c.i in found.by_token for c in subject.children)):
            continue  # the actor's name, or its voice ("Kremlin officials"), not any noun it modifies
        actor = found.actor_for(subject)
        if actor is None or any(_modality(verb)) or verb.dep_ == "xcomp" and any(_modality(verb.head)):
            continue
        sent = verb.sent
        if _inside_quotation(sent.text, verb.idx - sent.start_char):
            continue
        phrase = _act_phrase(verb)
        turned = bool(_TURN.search(sent.text))
        context = doc[max(sent.start - 1, 0)].sent.text + " " + sent.text if sent.start else sent.text
        sides = act_stance(phrase, context, actor.country) or (_dropped_objection(verb, sent.text) if turned else [])
        for prop_id, label in sides:
            day = sentence_date(sent.text, article.date) or article.date
            out.append(Stance(actor.id, prop_id, label, ACT_SCORE, day, Span(sent.start_char, sent.end_char),
                              turned=turned))
    return tuple(out)


def extract_stances(doc: Doc, article: Article, found: DocActors) -> tuple[Stance, ...]:
    """Stances in the article: toward actors from coded events and evaluative words, toward propositions from
    quotes and told acts. An event told inside someone's words (a demand, a claim, an opinion piece's
    prescription) says where the speaker stands, not where the actors stand, so it makes no actor-to-actor
    stance. A stance from a quote comes only from the speaker's own words: the speaker phrase must be the actor's
    voice, and words the speaker reports of someone else are left out."""
    reported = [q.content_span for q in article.quotes]
    asserted = tuple(e for e in article.events
                     if not any(r.start <= e.trigger_span.start < r.end for r in reported))
    own = {i: _own_words(doc, article, q, found) for i, q in enumerate(article.quotes)
           if q.speaker_actor and _speaks_for(doc, q, found)}
    context = {i: _sentences(doc, article.quotes[i]) for i in own}
    said = tuple(replace(s, turned=_turn_told(doc, article.quotes[s.quote_ref]))
                 for s in stances_from_quotes(article.quotes, own, context))
    return (stances_from_events(asserted) + said + stances_from_acts(doc, article, found)
            + stances_toward_actors(doc, article, found, own))


def _turn_told(doc: Doc, quote: Quote) -> bool:
    """Does the narration around a reported act tell a turn ("after months of stalling, the House approved")?
    The words of a speech cue are left out (a turn they tell is someone else's); what an act cue governs
    ("passed the aid after months of stalling", "agreed to send ...") is the narration."""
    if quote.kind != "indirect" or quote.cue_span is None:
        return False
    cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    if cue is None:
        return False
    text, offset = cue.sent.text, cue.sent.start_char
    speech = cue.root.lemma_.lower() in CLAUSE_CUES and not quote.content.startswith("to ")
    if speech:
        start, end = max(quote.content_span.start - offset, 0), max(quote.content_span.end - offset, 0)
        text = text[:start] + " " * (end - start) + text[end:]
    return bool(_TURN.search(text))


def _sentences(doc: Doc, quote: Quote) -> str:
    """The text of the sentences a quote's content (and cue) stands in, and the one before them (what "in
    return" or "it" points back to)."""
    start = min(quote.content_span.start, quote.cue_span.start if quote.cue_span else quote.content_span.start)
    span = doc.char_span(start, quote.content_span.end, alignment_mode="expand")
    if span is None:
        return ""
    first = span[0].sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    return doc[first : span[-1].sent.end].text


# Stances toward actors from the speaker's own evaluative words ("Russia is an aggressor", "the brave
# Ukrainians", "we thank Germany"): one score for every evaluation, high enough for the shift list to count it.
EVALUATION_SCORE = 0.6
# Verbs whose object and its predicate are the evaluation ("called Russia an aggressor", "described Russia as a
# terrorist state"): read even when they are the quote's cue.
PREDICATE_VERBS = frozenset({"call", "label", "brand", "dub", "name", "term", "describe", "consider", "deem"})
_COPULAS = frozenset({"be", "remain", "become"})
# Actors the knowledge base does not know are no targets: a name alone is too often a first name ("grateful to
# Boris") or no political actor at all (a sapper dog called Patron).
UNKNOWN_ACTORS = ("person:", "org:")
# What makes a clause no plain assertion: a possibility or a wish, a doubt or a question put by the speaker.
_HYPOTHETICAL = frozenset({"could", "might", "may", "would", "should", "can", "ca"})
_DOUBTING = frozenset({"deny", "doubt", "question", "wonder", "ask", "dispute", "reject", "hope", "wish", "fear",
                       "imagine", "suppose", "pretend"})
# The grammatical links along which the speaker's assertion reaches a clause ("said that X is ...", "X is ... and
# Y is ..."); a clause under any other (if, because, when, to, which) is not asserted on its own.
_ASSERTING_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "ours", "my", "me"})


@cache
def evaluative_words() -> dict[str, dict[str, str]]:
    """The shipped evaluative lexicon (``data/evaluations.tsv``): role → {lemma or phrase: favor/against}."""
    text = (resources.files("volteface") / "data" / "evaluations.tsv").read_text(encoding="utf-8")
    words: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, label, role = line.split("\t")
            words.setdefault(role, {})[phrase] = label
    return words


def _own_side(actor_id: str | None, speaker: str, found: DocActors) -> bool:
    """Is the actor the speaker, or (not being a person) the speaker's own state, its government or people?"""
    if actor_id is None or actor_id == speaker:
        return actor_id is not None
    actor, own = found.actors.get(actor_id), found.actors.get(speaker)
    return (actor is not None and own is not None and actor.kind != "person" and actor.country is not None
            and actor.country == own.country)


def _is_speaker(token: Token, speaker: str, found: DocActors) -> bool:
    """Is the token the speaker: I, we, a name of the speaker or their own state ("Ukraine thanks ..."), or a
    pronoun for one of them ("Zelenskyy said he was grateful")?"""
    if token.lower_ in _FIRST_PERSON:
        return True
    actor = found.actor_for(token) if token.pos_ == "PRON" else None
    return _own_side(actor.id if actor else found.by_token.get(token.i), speaker, found)


def _asserted(head: Token, content: Span, speaker: str, found: DocActors) -> bool:
    """Does the speaker assert the clause headed by ``head``: neither it nor any clause above it inside the
    content is negated, hypothetical, doubted, a question, under a condition or subordinate, or the words of
    someone else ("some say ...")?"""
    if head.sent.text.rstrip("\"”’' ").endswith("?"):
        return False
    token = head
    while content.start <= token.idx < content.end:
        if any(_negation(c) or c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in token.children):
            return False
        if token.i != head.i:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if token.lemma_.lower() in _DOUBTING or subject is not None and not _is_speaker(subject, speaker, found):
                return False
        if token.dep_ not in _ASSERTING_DEPS:
            return False
        if token.head.i == token.i:
            break  # the sentence's root (spaCy's root is its own head)
        token = token.head
    return True


def _negation(token: Token) -> bool:
    """A negating child: "not", "never", "no longer", "no" before a noun ("no friend")."""
    return (token.dep_ == "neg" or token.dep_ in ("det", "advmod") and token.lower_ in ("no", "never")
            or token.dep_ == "advmod" and any(c.dep_ == "neg" for c in token.children))


def _phrase_label(head: Token, found: DocActors) -> str | None:
    """The side a noun or adjective phrase takes toward what it is said of ("a war criminal", "a reliable
    partner", "brave"), or None: no evaluative word, words on both sides ("a brave dictator"), a modifier that
    suspends it ("a former ally"), or a relation owned by another actor ("Russia's ally", "a NATO partner", "a
    friend of Moscow"). A relation's modifier says which kind it is ("an unreliable partner" is against)."""
    words = evaluative_words()
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if any(m.lower_ in words.get("drop", {}) for m in modifiers) or any(_negation(c) for c in head.children):
        return None
    if not head.is_lower:
        return None  # a title or a name ("Hero of Russia", "the Order of Friendship"), not an epithet
    relations, nouns = words.get("relation", {}), words.get("noun", {}) | words.get("relation", {})
    two = " ".join(t.lemma_.lower() for t in head.doc[max(0, head.i - 1) : head.i + 1])
    lemma = two if head.i > 0 and two in nouns else head.lemma_.lower()
    if lemma == two:
        modifiers = [m for m in modifiers if m.i != head.i - 1]
    if lemma in relations and not _unowned(head, found):
        return None
    qualities = {words["adj"][m.lemma_.lower()] for m in modifiers if m.lemma_.lower() in words.get("adj", {})}
    if lemma in relations and qualities:
        return qualities.pop() if len(qualities) == 1 else None
    if lemma in nouns:
        qualities.add(nouns[lemma])
    elif head.pos_ == "ADJ" and lemma in words.get("adj", {}):
        qualities.add(words["adj"][lemma])
    return qualities.pop() if len(qualities) == 1 else None


def _unowned(noun: Token, found: DocActors) -> bool:
    """A relation noun with no owner but the speaker's side: "a partner", "our ally", not "Russia's ally"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _FIRST_PERSON:
            return False
        if child.dep_ in ("compound", "amod", "nmod") and child.i in found.by_token:
            return False
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ not in _FIRST_PERSON for g in child.children):
            return False
    return True


def _predicates(head: Token) -> list[Token]:
    """The attributes a copula or a verb of calling gives its subject or object, conjuncts included ("a
    reliable partner and a true friend", "as a terrorist state")."""
    out = []
    for child in head.children:
        if child.dep_ in ("attr", "acomp", "oprd"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out + [c for p in out for c in p.conjuncts]


def _evaluations(root: Token, content: Span, speaker: str, found: DocActors) -> list[tuple[str, bool]]:
    """(side, read through the cue) for each evaluation of the actor whose mention ``root`` heads, by the rules
    of ``stances_toward_actors``."""
    out = [(label, False) for label in _qualified(root, found) + _attributed(root, content, speaker, found)
           + _acted_on(root, content, speaker, found)]
    return out + _called(root, content, speaker, found)


def _qualified(root: Token, found: DocActors) -> list[str]:
    """The actor itself qualified: "the brave Ukrainians", "dictator X", "X, a war criminal,", "the aggressor,
    Russia,". A word of the mention or of a name is no qualifier ("the International Criminal Court", "Nazi
    Germany", the Germany of 1941)."""
    actor = found.actors.get(found.by_token.get(root.i, ""))
    name = actor.name.lower().split() if actor else []
    heads = [c for c in root.children if c.dep_ in ("amod", "compound", "appos") and c.i not in found.by_token
             and (c.dep_ == "appos" or c.is_lower)]
    words = evaluative_words()
    if root.dep_ == "appos" and root.head.i not in found.by_token and root.head.lemma_.lower() in words["noun"]:
        heads.append(root.head)  # "the aggressor, Russia," (not "the international criminal court (ICC)")
    return [label for h in heads if h.lower_ not in name and (label := _phrase_label(h, found))]


def _attributed(root: Token, content: Span, speaker: str, found: DocActors) -> list[str]:
    """The actor as subject of a copula ("Russia is an aggressor", "Germany is a reliable partner"), or what it
    provides, credited to it ("the German tanks were a game changer")."""
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in _COPULAS and _asserted(head, content, speaker, found):
        return [label for p in _predicates(head) if (label := _phrase_label(p, found))]
    copula = head.head
    if not (root.dep_ in ("amod", "compound", "poss") and head.dep_ == "nsubj" and copula.lemma_.lower() in _COPULAS
            and _asserted(copula, content, speaker, found)):
        return []
    providers = evaluative_words().get("provider", {})
    phrases = [(" ".join(t.lemma_.lower() for t in p.doc[max(0, p.i - 1) : p.i + 1]), p.lemma_.lower())
               for p in _predicates(copula)]
    return [label for two, one in phrases if (label := providers.get(two) or providers.get(one))]


def _called(root: Token, content: Span, speaker: str, found: DocActors) -> list[tuple[str, bool]]:
    """The actor called something, by the cue ("called Russia an aggressor") or by the speaker inside the
    content ("we call Russia a terrorist state")."""
    head = root.head
    if root.dep_ != "dobj" or head.lemma_.lower() not in PREDICATE_VERBS:
        return []
    cue = not content.start <= head.idx < content.end
    if not (cue or _speaker_does(head, content, speaker, found)):
        return []
    return [(label, cue) for p in _predicates(head) if p.dep_ != "acomp" and (label := _phrase_label(p, found))]


def _acted_on(root: Token, content: Span, speaker: str, found: DocActors) -> list[str]:
    """The speaker's evaluative act toward the actor or its deeds ("we thank Germany", "we condemn Russia's
    attacks"), or through a preposition ("we stand with Ukraine", "we are grateful to Germany", "grateful for
    US support")."""
    words = evaluative_words()
    deed = root.dep_ in ("poss", "compound", "amod") and root.head.dep_ in ("dobj", "pobj")
    obj = root.head if deed else root
    if obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
        verb, label = obj.head, words.get("verb", {}).get(obj.head.lemma_.lower())
    elif obj.dep_ == "pobj":
        above = obj.head.head
        phrase = above.lemma_.lower() + " " + obj.head.lower_
        if above.pos_ == "VERB" and phrase in words.get("verb", {}):
            verb, label = above, words["verb"][phrase]
        elif above.dep_ == "acomp" and phrase in words.get("feeling", {}):
            verb, label = above.head, words["feeling"][phrase]  # the copula of "we are grateful"
        else:
            return []
    else:
        return []
    inside = content.start <= verb.idx < content.end
    return [label] if label and inside and _speaker_does(verb, content, speaker, found) else []


def _speaker_does(verb: Token, content: Span, speaker: str, found: DocActors) -> bool:
    """Is the verb's subject the speaker, and the clause asserted?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _is_speaker(subject, speaker, found) and _asserted(verb, content, speaker, found)


def stances_toward_actors(doc: Doc, article: Article, found: DocActors, own: dict[int, str]
                          ) -> tuple[Stance, ...]:
    """Stances of a quote's speaker toward the actors their own words evaluate (``data/evaluations.tsv``). The
    evaluative word must be syntactically about the actor's mention: the actor as subject of a copula with an
    evaluative attribute ("Russia is an aggressor"), qualified by an evaluative modifier or apposition ("the
    brave Ukrainians", "dictator X"), called something ("called Russia an aggressor"), credited with what it
    provides ("the German tanks were a game changer"), or the object of the speaker's evaluative act ("we thank
    Germany", "we condemn Russia's attacks", "we stand with Ukraine"). Only words in ``own`` count (the
    speaker's, others' reported words blanked); a clause asserted by the speaker only (not negated, hypothetical,
    doubted, asked or conditional: a denial of an insult is no praise, so negation drops rather than flips);
    content under a cue that makes it someone else's words or a denial only when the cue itself is a verb of
    calling ("described Russia as ..."). The speaker about themself or their own state makes no stance, nor does
    an actor the knowledge base does not know, or one evaluated both ways in one quote."""
    out = []
    for index, words in own.items():
        quote = article.quotes[index]
        speaker = quote.speaker_actor
        if not speaker:
            continue
        content = quote.content_span
        side = _cue_side(quote.cue) if quote.kind in ("indirect", "mixed") else 1
        sides: dict[str, set[str]] = {}
        cued: set[str] = set()
        for mention in found.mentions:
            start = mention.span.start
            if not content.start <= start < content.end or words[start - content.start].isspace():
                continue
            if _own_side(mention.actor_id, speaker, found) or mention.actor_id.startswith(UNKNOWN_ACTORS):
                continue
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None or span.root.pos_ == "PRON":
                continue
            for label, cue in _evaluations(span.root, content, speaker, found):
                if cue or side == 1:
                    sides.setdefault(mention.actor_id, set()).add(label)
                    cued |= {mention.actor_id} if cue else set()
        for target, labels in sides.items():
            if len(labels) != 1:
                continue
            evidence = Span(quote.cue_span.start, content.end) if target in cued and quote.cue_span else content
            out.append(Stance(speaker, target, labels.pop(), EVALUATION_SCORE, quote.date, evidence, index))
    return tuple(out)


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
_STOP = {"that", "this", "with", "from", "have", "will", "should", "would", "their", "they", "there", "which",
         "about", "more", "been", "were", "than", "into", "also", "must", "only", "such", "these", "those", "being"}
_OPPOSE = {"not", "no", "never", "against", "oppose", "reject", "limit", "limiting", "reduce", "reducing", "cut",
           "ban", "abolish", "end", "stop", "restrict", "restricting", "less", "lower", "decrease", "without"}


def content_stems(text: str, stop: frozenset[str] | set[str] = _STOP) -> set[str]:
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
