"""Cues of disapproval: a speaker who criticises, condemns, fears or objects to a policy is against it ("Valdoria
criticised the supplies of weapons to Ostmark"), whichever way the words that name the policy lean by themselves.

Only a policy is turned over this way. What is condemned may also be named in the condemner's own evaluative
words ("condemned the illegal invasion", "decried the atrocities of the war"), which say where the speaker stands
on a claim as they are; and a fear of a claim ("fears that Ostmark will attack") is a belief that it may be true.
"""

from __future__ import annotations

import re

# Verbs whose object is a thing disapproved of, and verbs of expressing whose object names the disapproval
# ("voiced opposition to", "expressed concern over").
_VERBS = re.compile(
    r"^(critici|condemn|denounc|decr(ied|y)|deplor|slam|blast|assail|lambast|disapprov|object|protest|"
    r"fear|worr|rail)",
    re.IGNORECASE,
)
_EXPRESSING = re.compile(r"^(express|voic|rais|register|stat|reiterat|repeat)\w*$", re.IGNORECASE)
_NOUNS = re.compile(
    r"^\W*(his|her|its|their|our|my|the|a|an|strong|serious|deep|grave|growing|fresh|new|\s)*"
    r"(concerns?|criticism|opposition|objections?|fears?|alarm|anger|outrage|dismay|disapproval|condemnation|"
    r"reservations|misgivings|worr(y|ies))\s+(about|over|at|to|of|regarding|with)\b",
    re.IGNORECASE,
)
# "warned against", "spoke out against", "campaigned against": the cue's own "against" names what is opposed.
_AGAINST = re.compile(r"\bagainst\s*$", re.IGNORECASE)


def disapproves(cue: str | None, content: str = "") -> bool:
    """Does the cue (with the start of the words it governs) disapprove of what the words name?"""
    words = (cue or "").split()
    if not words:
        return False
    if _VERBS.match(words[0]) or _AGAINST.search(cue or ""):
        return True
    return bool(_EXPRESSING.match(words[0]) and _NOUNS.match(content))
