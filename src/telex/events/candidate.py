"""An event under construction inside one sentence, as the stages of ``telex.events.extract`` pass it on."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from telex.records import ActorRef


@dataclass
class Candidate:
    """An event under construction inside one sentence."""

    code: str
    anchor: Token
    trigger: list[Token]
    sources: list[ActorRef]
    targets: list[ActorRef]
    own_subject: bool
    governors: list[str] = field(default_factory=list)
    modals: list[str] = field(default_factory=list)
    negated: bool = False
    conditional: bool = False
    confidence: float = 0.8
    composed: bool = False
    dropped: bool = False
    noun: Token | None = None
    condition: str | None = None
    plover: str | None = None
    # The doers act on each other ("X and Y accused each other"): each is the others' target.
    mutual: bool = False
    # What is judged is an act told before ("called it a disgrace", "described the move as reckless"): the event
    # stands only when ``references.refer_back`` finds that act's doer.
    pointing: bool = False
    # Ids of the table rows that made this event, for the evaluation's row-usage report.
    rows: list[str | None] = field(default_factory=list)

    @property
    def heads(self) -> list[Token]:
        """The words that name the event: its anchor, and the noun that carries it when there is one ("launched an
        attack": launched, attack)."""
        return [self.anchor] if self.noun is None else [self.anchor, self.noun]

    @property
    def lemmas(self) -> set[str]:
        """The lower-case lemmas of ``heads``, which the word lists of event words are read against."""
        return {t.lemma_.lower() for t in self.heads}
