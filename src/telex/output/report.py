"""The readable, coloured report of one analysis, for a person at a terminal."""

from __future__ import annotations

from functools import lru_cache

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from telex.output.evidence import evidence
from telex.output.terminal import printable
from telex.records import ActorRef, Analysis, Event, Quote
from telex.tables import read_table


@lru_cache(maxsize=1)
def _cameo_names() -> dict[str, str]:
    try:
        return {row["code"]: row["name"] for row in read_table("cameo.tsv")}
    except FileNotFoundError:
        return {}


def _actors(refs: tuple[ActorRef, ...]) -> str:
    if not refs:
        return "—"
    return ", ".join(f"{ref.name or ref.text} [{ref.cameo_code or '?'}]" for ref in refs)


def _quote_line(quote: Quote) -> Text:
    speaker = quote.speaker
    who = "(unattributed)"
    if speaker:
        who = speaker.name or speaker.text
        extra = speaker.affiliation or speaker.country
        if extra:
            who += f" ({extra})"
    words = " ".join(quote.text.split())
    if len(words) > 220:
        words = words[:217] + "…"
    line = Text.assemble(
        (f"{quote.id:>4} ", "dim"),
        (who, "bold cyan"),
        (" → ", "dim"),
        (f"“{words}”", ""),
        (f"  [{quote.kind}, {quote.cue or '-'}{'' if quote.class_ == 'speech' else ', ' + quote.class_}]", "dim"),
    )
    if quote.continues:
        line.append(f"  continues {quote.continues}", style="dim")
    if quote.headline:
        line.append("  in the headline", style="dim")
    if quote.via:
        line.append(f"  via {', '.join(quote.via)}", style="magenta")
    return line


def _event_lines(event: Event, text: str) -> Group:
    action = _cameo_names().get(event.cameo, event.plover or event.cameo)
    modality = "" if event.modality == "asserted" else f"  ({event.modality})"
    head = Text.assemble(
        (f"{event.id:>4} ", "dim"),
        (f"{event.date or '    ----'}  ", "yellow"),
        (_actors(event.source), "bold cyan"),
        ("  —", "dim"),
        (f"{event.cameo} {action}", "bold green" if event.quad_class <= 2 else "bold red"),
        ("→  ", "dim"),
        (_actors(event.target), "bold cyan"),
        (modality, "magenta"),
    )
    if event.mentions > 1:
        head.append(f"  ×{event.mentions}", style="dim")
    quote = f"       {escape(evidence(text, event.trigger.start, event.trigger.end))}"
    return Group(head, Text.from_markup(f"[dim]{quote}[/dim]"))


def render(analysis: Analysis, console: Console) -> None:
    """Print the report: outlet chain, actors, quotes, events, warnings."""
    heading = printable(analysis.title or analysis.id)
    facts = [
        f"id {printable(analysis.id)}", f"published {analysis.published or 'unknown'}", f"language {analysis.language}"
    ]
    if analysis.author:
        facts.insert(1, f"by {analysis.author}")
    console.print(Text(heading, style="bold"))
    console.print(Text("  ·  ".join(facts), style="dim"))
    chain = " → ".join(analysis.source_chain) if analysis.source_chain else "none found"
    console.print(Text.assemble(("Outlet chain: ", "bold"), (chain, "magenta")))
    for warning in analysis.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))

    console.print(Text(f"\nActors ({len(analysis.entities)})", style="bold underline"))
    table = Table(box=None, show_header=True, header_style="dim", pad_edge=False)
    for column in ("id", "name", "type", "code", "affiliation", "mentions"):
        table.add_column(column)
    for entity in analysis.entities:
        table.add_row(
            entity.id,
            escape(entity.name),
            entity.type,
            entity.code or "",
            escape(entity.affiliation or ""),
            str(len(entity.mentions)),
        )
    console.print(table)

    console.print(Text(f"\nQuotes ({len(analysis.quotes)})", style="bold underline"))
    for quote in analysis.quotes:
        console.print(_quote_line(quote))

    console.print(Text(f"\nEvents ({len(analysis.events)})", style="bold underline"))
    for event in analysis.events:
        console.print(_event_lines(event, analysis.text))
