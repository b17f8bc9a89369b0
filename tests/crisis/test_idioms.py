"""The figurative-frame detector that vetoes the crisis tower: idioms match, literal statements never do."""

import pytest

from pixel_model.crisis.idioms import figurative_frame

FIGURATIVE = [
    "Dead on my feet after that shift.",
    "Shoot me now, the in-laws are here for a fortnight.",
    "I would literally rather die than sing karaoke",
    "I nearly died of embarrassment on that call",
    "this commute is killing me",
    "I could kill for a coffee",
    "I’m dying to see the new film",
    "Me muero de hambre, ¿qué cocino?",
    "Je meurs de faim",
    "bored to death in this meeting",
    "We absolutely killed it at the gig tonight",
]
LITERAL = [
    "I want to die",
    "I'm going to kill myself tonight",
    "he will kill me if I leave",
    "my husband is killing me",
    "I’d rather be dead",
    "I killed myself trying to finish it",
    "I want to jump off a bridge",
    "nobody would care if I died",
    "I could just end it all",
]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_figurative(text):
    assert figurative_frame(text)


@pytest.mark.parametrize("text", LITERAL)
def test_literal_is_never_an_idiom(text):
    assert figurative_frame(text) is None
