"""Phatic messages: greetings, thanks, goodbyes, acknowledgements, laughter, emoji and punctuation alone.

Such a message carries no risk of its own. Sent without history (how most API clients send a first message),
v1's crisis tower read "Good night" as high risk and "Hello" as a moderate suicide plan: it had never seen short
benign text and nothing stopped it. The retrained tower has seen ~800 of them; this frame is the structural
guard on top: when the whole message is phatic AND no earlier user turn exists, the tower may not raise the
level on its own (the rule layer still reads the message: "goodbye forever" or "bye, I've taken the pills" are
not phatic). With earlier user turns, a short "bye" or "ok" may close a disclosure, so the frame does not apply
and the tower reads the conversation.
"""

from __future__ import annotations

import re
import unicodedata

_WORDS = frozenset(
    """
hi hii hiii hello helo hey heyy heya hiya yo sup howdy morning evening afternoon night nite gn gm goodnight
good gud day thanks thank thx ty tysm thnx thnks thanx cheers ta bye byee goodbye cya later see ya you u soon
tomorrow tmrw ok okay okey k kk sure yes yeah yea yep yup ya no nope nah maybe perhaps idk dunno lol lmao lmfao
rofl haha hahaha hehe hah ha xd hmm hm hmmm umm um uh oh ah aw aww cool nice great awesome wow sweet fine alright
sorry soz brb np welcome please pls plz so much very a lot all again too and the for that this it is was
sleep well dreams take care have nice weekend how are r doing whats what's up you're youre there still
hola gracias adios adiós buenas noches buenos dias días tardes vale si sí bueno chao chau merci bonjour bonsoir
salut oui non danke hallo tschuss tschüss gute nacht tag ja nein ciao grazie buonanotte buongiorno obrigado
obrigada ola olá oi boa noite bom dia tchau dank je wel doei welterusten спасибо привет пока да нет
""".split()
)
# emoji that stand for means or injury (the rule layer reads them as words): never phatic
_CRISIS_EMOJI = frozenset(
    "\U0001f52a\U0001f5e1\U0001f48a\U0001faa6\u26b0\U0001f52b\U0001fa78\U0001faa2\U0001f489\u2620\U0001f480"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def is_phatic(text: str, max_words: int = 8) -> bool:
    """True when ``text`` is only phatic words, emoji, symbols and punctuation (at most ``max_words`` words)."""
    if any(ch in _CRISIS_EMOJI for ch in text):
        return False
    t = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    words = _TOKEN.findall(t)
    if len(words) > max_words:
        return False
    rest = _TOKEN.sub(" ", t)
    if any(ch.isdigit() for ch in rest):
        return False
    return all(w in _WORDS for w in words)
