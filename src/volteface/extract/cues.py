"""Which words introduce someone's words (statements) and which only someone's mind (beliefs).

An analyst's "who said what" holds what was said, written or posted. PolNeAR also counts reported thoughts,
attitudes and intentions ("Trump believes ...", "Kyiv hopes ..."): those are kept as ``belief`` so that
readers can ask for them, but never shown as statements. Everything else a parser may hang a clause on —
acts ("launched", "attacked"), findings of things ("the data shows"), "continued", "decided" — is no cue.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of saying, writing and communicating that take what was said as a clause: "X said (that) ...".
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "claim",
        "argue",
        "warn",
        "write",
        "post",
        "announce",
        "insist",
        "note",
        "explain",
        "suggest",
        "deny",
        "acknowledge",
        "admit",
        "assert",
        "report",
        "declare",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "predict",
        "promise",
        "vow",
        "reply",
        "respond",
        "confirm",
        "recall",
        "remind",
        "complain",
        "allege",
        "contend",
        "maintain",
        "remark",
        "concede",
        "caution",
        "pledge",
        "tweet",
        "disclose",
        "reveal",
        "repeat",
        "testify",
        "joke",
        "boast",
        "brag",
        "assure",
        "counter",
        "mention",
        "tout",
        "proclaim",
        "lament",
        "quip",
        "comment",
        "inform",
        "brief",
        "specify",
        "stipulate",
        "underline",
        "underscore",
        "retort",
        "rebut",
        "reaffirm",
        "forecast",
        "hint",
        "insinuate",
        "imply",
        "clarify",
        "elaborate",
        "answer",
        "shout",
        "exclaim",
        "swear",
        "concur",
        "agree",
        "object",
        "protest",
        "charge",
        "accuse",
        "urge",
        "demand",
        "threaten",
        "describe",
        "publish",
        "repost",
        "retweet",
        "share",
        "quote",
        "cite",
        "recount",
        "confide",
        "assess",
        "estimate",
        "conclude",
        "indicate",
        "outline",
        "highlight",
        "point",
        "read",
        "plead",
        "question",
        "observe",
        "speculate",
        "dismiss",
        "reject",
        "vouch",
        "affirm",
        "deem",
        "email",
        "text",
        "message",
        "telegraph",
        "broadcast",
        "ask",
        # how the words were voiced (Levin's verbs of manner of speaking): "protesters chanted …", "she yelled that …"
        "yell",
        "scream",
        "shriek",
        "holler",
        "bellow",
        "chant",
        "whisper",
        "mutter",
        "mumble",
        "murmur",
        "stammer",
        "grumble",
        # asking hard for something, as "urge" does (Levin's verbs of urging): "implored Kyiv to …"
        "implore",
        "exhort",
        "beseech",
        "entreat",
        "continue",
        "begin",
        "go",
    }
)
QUOTE_MARKS = {"“", "”", '"', "''", "‘", "’"}
# Verbs of the mind: thoughts, attitudes and intentions not said ("fears", "hopes", "believes").
BELIEF_VERBS = frozenset(
    {
        "believe",
        "think",
        "hope",
        "fear",
        "feel",
        "know",
        "worry",
        "expect",
        "assume",
        "suspect",
        "doubt",
        "understand",
        "recognize",
        "recognise",
        "reckon",
        "figure",
        "wonder",
        "want",
        "plan",
        "intend",
        "decide",  # "decided to run", "decided against a bid": an intention, its words untold
        "consider",
        "imagine",
        "realize",
        "realise",
        "suppose",
        "guess",
        "trust",
        "envision",
        "anticipate",
        "presume",
        "regard",
        "view",
        "prefer",
        "learn",
        "notice",
        "perceive",
        "sense",
        "see",
        "find",
        "forget",
        "remember",
        "wish",
        "seek",
        "mean",
        "dream",
        "calculate",  # "Putin calculates that time works for him": reasoning, not words
        # knowing by hearsay or by reasoning: "has heard that …", "bets that …", "inferred that …"
        "hear",
        "bet",
        "infer",
        "surmise",
        "deduce",
        "comprehend",
        "rule",  # "the court ruled that …": its finding, as "found that …" is
    }
)
# Attitudes told without the words that carried them ("decried the plan", "backed the bill", "mulled a run"):
# PolNeAR counts them as attributions; here they are beliefs, kept out of "who said what". Acts that share a
# verb with verbal attacks ("attacked", "launched", "fired") are left to the event coder.
ATTITUDE_VERBS = frozenset(
    {
        "decry",
        "chide",
        "bemoan",
        "revile",
        "revere",
        "credit",
        "assail",
        "slam",
        "rail",
        "lash",
        "hail",
        "deride",
        "balk",
        "lambast",
        "lambaste",
        "denounce",
        "praise",
        "criticize",
        "criticise",
        "rebuke",
        "mock",
        "applaud",
        "condemn",
        "congratulate",
        "laud",
        "belittle",
        "trash",
        "reprimand",
        "taunt",
        "ridicule",
        "insult",
        "bash",
        "disparage",
        "champion",
        "cheer",
        "welcome",
        "embrace",
        "endorse",
        "back",
        "support",
        "oppose",
        "favor",
        "favour",
        "dislike",
        "admire",
        "blame",
        "blast",
        "scold",
        "defend",
        "dispute",
        "refute",
        "repudiate",
        "renounce",
        "disavow",
        "rebuff",
        "challenge",
        "contradict",
        "muse",
        "posit",
        "mull",
        "foresee",
        "ponder",
        "contemplate",
        "judge",
        "aim",
        "strive",
        "opt",
        "express",
        "voice",
        "articulate",
        "allude",
        "dwell",
        "liken",
        "compare",
        "characterize",
        "characterise",
        "portray",
        "paint",
        "frame",
        "cast",
        "refer",
        "reference",
        "invoke",
        "echo",
        "preach",
        "lecture",
        "discuss",
        "talk",
        "address",
        "float",
        "pitch",
        "promote",
        "trumpet",
        "press",
        "push",
        "pressure",
        "lobby",
        "encourage",
        "persuade",
        "convince",
        "reassure",
        "offer",
        "recommend",
        "advocate",
        "regret",
        "apologize",
        "apologise",
        "thank",
        "accept",
        "acknowledge",
        "concede",
        "decline",
        "refuse",
        "agree",
        "disagree",
        "question",
        "show",
        "cite",
        "list",
        "detail",
        "single",
        "spell",
        "sum",
        "illustrate",
        "document",
        "highlight",
        "emphasize",
        "worry",
        "forget",
        # likes and dislikes: "she loves the school", "he despises the press", "cares about his image"
        "love",
        "like",
        "hate",
        "loathe",
        "despise",
        "detest",
        "resent",
        "relish",
        "appreciate",
        "care",
        "distrust",
        "mistrust",
        # feelings toward what happened (Levin's marvel verbs): "marveled at the crowd", "bristled at the question"
        "marvel",
        "rejoice",
        "bristle",
        "fret",
        "agonize",
        "agonise",
        "exult",
        "grieve",
        "seethe",
        "fume",
        # judging told without its words: "downplayed the risk", "complimented the moderator", "linked the blast to …"
        "downplay",
        "understate",
        "overstate",
        "compliment",
        "chastise",
        "castigate",
        "grill",
        "link",
    }
)
# Verbs that introduce a direct quotation only from beside it ("…,” he continued); never a clause of their own.
QUOTE_ONLY = frozenset({"continue", "begin", "go"})
# Speech verbs whose object or complement is what was said: "X called for talks", "urged Kyiv to ...", "told
# his aides to ...",
# "accused Moscow of ...", "described the talks as ...". Praise and condemnation are acts (CAMEO 05, 11) the
# event coder records; they are not quotations of anyone's words.
OBJECT_CUES = frozenset(
    {
        "call",
        "urge",
        "demand",
        "request",
        "appeal",
        "plead",
        "implore",
        "exhort",
        "beseech",
        "entreat",
        "accuse",
        "describe",
        "promise",
        "pledge",
        "vow",
        "propose",
        "warn",
        "threaten",
        "deny",
        "announce",
        "reiterate",
        "emphasize",
        "emphasise",
        "stress",
        "mention",
        "ask",
        "tell",
        "insist",
        "reaffirm",
        "dismiss",
        "reject",
        "label",
        "dub",
        "brand",
        "term",
    }
)
# Nouns of saying with what was said as their 'that' clause ("Trump's claim that …", "her warning that …").
SPEECH_NOUNS = frozenset(
    {
        "claim",
        "assertion",
        "statement",
        "allegation",
        "remark",
        "comment",
        "argument",
        "warning",
        "promise",
        "pledge",
        "vow",
        "insistence",
        "suggestion",
        "charge",
        "accusation",
        "announcement",
        "admission",
        "denial",
        "contention",
        "declaration",
        "prediction",
        "boast",
        "complaint",
        "testimony",
        "assurance",
        "explanation",
        "acknowledgment",
        "acknowledgement",
        "confirmation",
        "concession",
        "message",
        "threat",
        "case",  # "made the case that …": argued it
    }
)
# Nouns of the mind with their 'that' clause ("his belief that …", "fears that …"): beliefs.
BELIEF_NOUNS = frozenset(
    {
        "belief",
        "view",
        "fear",
        "hope",
        "concern",
        "worry",
        "suspicion",
        "expectation",
        "conviction",
        "feeling",
        "sense",
        "notion",
        "assumption",
        "impression",
        "doubt",
        "opinion",
        "hunch",
        "wish",
        "realization",
        "determination",
        "confidence",
        "perception",
        "understanding",
        "intention",
        # what someone takes to be so: "his idea that …", "her certainty that …"
        "idea",
        "theory",
        "thought",
        "premise",
        "presumption",
        "hypothesis",
        "illusion",
        "certainty",
        "knowledge",
        "awareness",
    }
)
# Nouns of an attitude or intention whose object says what it is toward ("Clinton's support for the bill", "his
# determination to act alone", "Trump's criticism of the deal"): its holder's belief, its words untold.
ATTITUDE_NOUNS = frozenset(
    {
        "support",
        "opposition",
        "criticism",
        "endorsement",
        "praise",
        "condemnation",
        "admiration",
        "contempt",
        "disdain",
        "distrust",
        "skepticism",
        "scepticism",
        "hostility",
        "embrace",
        "rejection",
        "approval",
        "disapproval",
        "plan",
        "proposal",
        "decision",
        "determination",
        "eagerness",
        "willingness",
        "reluctance",
        "refusal",
        "commitment",
        "desire",
        "goal",
        "aim",
        "intention",
        "wish",
        "hope",
        "view",
        "views",
        "assessment",
        "disagreement",
        "concern",
        "fear",
        # thoughts and feelings held about something: "his ideas about trade", "her obsession with the polls"
        "idea",
        "theory",
        "thought",
        "vision",
        "stance",
        "obsession",
        "enthusiasm",
        "passion",
        "affection",
        "fondness",
        "adulation",
        "hatred",
        "animosity",
        "antipathy",
        "resentment",
        "anger",
        "outrage",
        "frustration",
        "dissatisfaction",
        "suspicion",
        "doubt",
        "illusion",
        "reservation",
    }
)
# Adjectives of the mind on a person ("she is confident that …", "he is worried about …"): beliefs.
BELIEF_ADJECTIVES = frozenset(
    {
        "confident",
        "sure",
        "certain",
        "convinced",
        "worried",
        "concerned",
        "afraid",
        "hopeful",
        "optimistic",
        "pessimistic",
        "skeptical",
        "sceptical",
        "aware",
        "doubtful",
        "fearful",
        "wary",
        "critical",
        "supportive",
        "proud",
        "angry",
        "furious",
        "upset",
        "frustrated",
        "pleased",
        "nervous",
        "anxious",
        "enthusiastic",
        "unhappy",
        "dismissive",
        "adamant",
        "determined",
        "eager",
        "keen",
        "reluctant",
        "unsure",
        "uncertain",
        # feelings about what happened, and a will to act: "relieved that …", "willing to talk"
        "ashamed",
        "disappointed",
        "relieved",
        "glad",
        "surprised",
        "shocked",
        "alarmed",
        "outraged",
        "troubled",
        "satisfied",
        "dissatisfied",
        "appalled",
        "horrified",
        "saddened",
        "passionate",
        "unconvinced",
        "conscious",
        "mindful",
        "willing",
        "unwilling",
        # how openly someone speaks of a thing: "was coy about …", "has been vocal about …"
        "coy",
        "vague",
        "vocal",
        "candid",
        "frank",
        "outspoken",
    }
)
# Speech verbs whose object names what was said ("noted the rule", "touted her record", "mentioned the
# remarks"): the object is the gist of the statement.
NAMING_CUES = frozenset(
    {"mention", "note", "tout", "reference", "claim", "outline", "recount", "predict", "reveal", "disclose"}
)
# Particles and prepositions that make a phrasal cue ("called for", "pointed out", "asked for").
PHRASAL = {
    "call": ("for", "on", "upon"),
    "point": ("out", "to"),
    "ask": ("for",),
    "appeal": ("for", "to"),
    "warn": ("of", "against", "about"),
    "talk": ("about",),
    "speak": ("about", "of", "out"),
    "push": ("for",),  # "pushed for talks"; "pushed a bill through", "pushed the mound" are deeds
    "plead": ("for",),  # "pleaded for help" asks as "appealed for" does; "pleaded guilty" answers a charge
}
# Verbs of the mind that hold a belief only with a clause ("found that …", "assumes that …"): with a bare object
# they name a deed or a state ("assumed office", "supposed to keep", "figure out a way", "heard the case", "ruled
# the country", "bet the farm").
CLAUSE_BELIEFS = frozenset({"assume", "figure", "suppose", "hear", "bet", "rule"})
# Verbs whose object names what an attitude is about, its words untold: "rejected the offer", "dismissed the
# report" (a turning down, which the event coder also records), "spoke of the war", "spoke out against the ban"
# (a subject of speech, not the words said).
TOPIC_ATTITUDES = frozenset({"reject", "dismiss", "speak"})
# Speech verbs whose bare noun-phrase object can name only what was talked about ("mentioned the reports",
# "reaffirms the principles", "described the costs in detail"): a subject of speech like "spoke of the war",
# unless the object carries what was said (a clause, an "as" predicate, a noun of stance: "its commitment").
# ("stressed the need for aid" says the thing matters, "noted the long delays" that they are: those objects
# are claims.)
TOPIC_NAMING_CUES = frozenset(
    {
        "mention",
        "reveal",
        "disclose",
        "describe",
        "reaffirm",
        "reiterate",
        "outline",
        "recount",
        "reference",
        "tout",
    }
)


def lemma(token: Token) -> str:
    """The lemma, mended where the small model's lemmatizer stumbles on rare verbs ("reposted" → "reposte")."""
    return _mended_lemma(token.lemma_.lower(), token.lower_)


# the cue finders ask it of every word, several times over; bounded, so memory stays flat
@lru_cache(maxsize=50_000)
def _mended_lemma(word: str, form: str) -> str:
    if word.endswith("te") and word[:-1] in SPEECH_VERBS:
        return word[:-1]
    if word == "hop" and form.startswith(("hope", "hoping")):
        return "hope"  # the small model lemmatises "hopes", "hoped", "hoping" as "hop"
    return word


def puts_it(token: Token) -> bool:
    """'as one diplomat put it', '“…,” as Kowal put it to reporters': putting it (into words) is saying it; 'put it
    on the table', 'put it off' are deeds."""
    return (
        lemma(token) == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        and not any(
            c.dep_ in ("prt", "oprd", "xcomp", "dative") or c.dep_ == "prep" and c.lower_ not in ("in", "to")
            for c in token.children
        )
    )


def cue_class(token: Token) -> str | None:
    """'statement', 'belief' or None for a verb that would introduce a clause."""
    if puts_it(token):
        return "statement"
    word = lemma(token)
    if word == "point" and not any(c.lower_ == "out" for c in token.children):
        return None  # "pointed to" is a reason given, "pointed out that" a statement
    if word in QUOTE_ONLY:
        return None
    if word in SPEECH_VERBS:
        return "statement"
    if word in BELIEF_VERBS or word in ATTITUDE_VERBS:
        return "belief"
    return None


def object_class(token: Token) -> str | None:
    """For a verb whose object is the content: 'statement' ("called for talks", "urged Kyiv to ..."), 'belief'
    for an attitude told without its words ("backed the bill"), or None."""
    word = lemma(token)
    if word in OBJECT_CUES and word not in ("dismiss", "reject") or word in NAMING_CUES:
        return "statement"  # "dismissed the plan" alone is a reaction (an event), its words untold
    if word in CLAUSE_BELIEFS:
        return None
    if word in ATTITUDE_VERBS or word in BELIEF_VERBS or word in TOPIC_ATTITUDES:
        return "belief"
    return None


def quote_cue(token: Token) -> bool:
    """Can this verb introduce a direct quotation beside it ("…,” Zelensky said / continued / added)?"""
    return lemma(token) in SPEECH_VERBS or lemma(token) in BELIEF_VERBS or puts_it(token)


def negation(token: Token) -> Token | None:
    """The 'not' or 'never' of 'did not say', 'has never explained', or None."""
    doc = token.doc
    for c in token.children:
        # the negation stands right before the verb ("did not say"), not inside a quotation the parser hung
        # on it ("“Probably not,” she said")
        if (
            (c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"))
            and token.i - 4 < c.i < token.i
            and not any(t.text in QUOTE_MARKS for t in doc[c.i : token.i])
        ):
            return c
    return None


def negated(token: Token) -> bool:
    """'did not say', 'has never explained', 'has yet to comment': no statement was made."""
    if negation(token) is not None:
        return True
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and lemma(head.head) in ("refrain", "abstain"):
        return True  # "refrained from calling it …"
    # "declined to say", "refused to comment", "has yet to explain", "avoid calling it …"
    return token.dep_ == "xcomp" and (
        lemma(head) in ("decline", "refuse", "fail", "avoid") or any(c.lower_ == "yet" for c in head.children)
    )


# "is set to say", "is expected to tell", "is due to announce": a saying announced for later
AHEAD = frozenset({"set", "expect", "due", "schedule", "plan", "intend", "prepare", "poise"})


def prospective(token: Token) -> bool:
    """'will say', 'is set to say', 'is expected to tell': words not yet said when the article was written."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in token.children):
        return True
    return token.dep_ == "xcomp" and (
        lemma(token.head) in AHEAD or token.head.lower_ == "due" or lemma(token.head) == "be"
    )


REQUESTS = {
    "call",
    "urge",
    "ask",
    "demand",
    "press",
    "request",
    "want",
    "expect",
    "plan",
    "invite",
    "encourage",
    "challenge",
    "dare",
    "force",
    "pressure",
    "push",
    "tell",
    "advise",
    "recommend",
    "persuade",
    "convince",
    "order",
    "instruct",
    "require",
}  # "called on Russia to deny …", "advise Kyiv to accept a settlement" is a request


# Subjects that name anyone at all: "some people will say …" is the writer's device, not a report.
GENERIC_SUBJECTS = {
    "some",
    "people",
    "many",
    "others",
    "critics",
    "one",
    "anyone",
    "someone",
    "skeptics",
    "sceptics",
}


# Auxiliaries that put a condition first by inversion ("should Sweden join NATO", "had they known").
INVERTING = frozenset({"should", "had"})


def conditional(token: Token) -> bool:
    """'if he says ...', 'called on Moscow to deny ...', 'some people will say ...': a statement that may never
    be made."""
    if token.dep_ == "xcomp" and lemma(token.head) in REQUESTS:
        return True
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "'ll")
        for c in token.children
    ):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.lower_ in GENERIC_SUBJECTS
            or any(c.dep_ == "det" and c.lower_ in ("some", "many") for c in subject.children)
        ):
            return True
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(
        c.dep_ == "aux" and c.lower_ in INVERTING and c.i < subject.i for c in token.children
    ):
        return True  # "should China offer support": a condition put by inversion
    node = token
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return False
