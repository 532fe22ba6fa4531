"""The link chart's content and layout, computed on the query worker (no widgets here).

Nodes: sources (by code and protection level, never a name), interviews, claims, evidence, materiel
and entities of one investigation (or all). Edges: every link one of them holds to another (a claim's
support, an interview's sources, an item's photographs, an evidence item's source, related entities).
Layout: one column per kind, read left to right as a briefing reads — who said it, when, what is
claimed, what shows it, whom it concerns — with rows ordered by the average position of each node's
neighbours (a few sweeps of the barycentre heuristic), so that crossings stay few. Positions are
fractions of the picture's width and height; the painter scales them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.service import VaultService

COLUMNS = ("source", "interview", "claim", "evidence", "item", "entity")
MAX_PER_KIND = 150  # a chart of more is unreadable; the chart says how many were left out
SWEEPS = 6


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    label: str
    protection: str | None = None
    column: int = 0
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    field: str


@dataclass(frozen=True)
class Chart:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    investigation: str | None
    left_out: int = 0

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)


def _label(kind: str, title: str, body: Mapping[str, Any]) -> str:
    if kind == "interview":
        place = body.get("place")
        return f"{body.get('date', '')}" + (f" · {place}" if place else "")
    if kind == "evidence":
        caption = body.get("caption")
        return str(caption) if caption else title
    return title


def _targets(body: Mapping[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for field, value in body.items():
        if field == "investigation":
            continue
        if isinstance(value, str):
            found.append((field, value))
        elif isinstance(value, list):
            found += [(field, v) for v in value if isinstance(v, str)]
    return found


def build_chart(service: VaultService, investigation: str | None = None) -> Chart:
    """The chart of one investigation (None: everything)."""
    raw: dict[str, Node] = {}
    bodies: dict[str, Mapping[str, Any]] = {}
    left_out = 0
    for column, kind in enumerate(COLUMNS):
        if kind == "source":
            views = service.model.source_views(investigation)
            left_out += max(0, len(views) - MAX_PER_KIND)
            for v in views[:MAX_PER_KIND]:
                raw[v.id] = Node(v.id, kind, v.code, v.protection, column)
                bodies[v.id] = {}
            continue
        summaries = service.records.list_records(kind, investigation, limit=MAX_PER_KIND + 1)
        left_out += max(0, len(summaries) - MAX_PER_KIND)
        for summary in summaries[:MAX_PER_KIND]:
            body = service.get(summary.id).body
            bodies[summary.id] = body
            raw[summary.id] = Node(summary.id, kind, _label(kind, summary.title, body), None, column)
    edges = [
        Edge(rid, target, field)
        for rid, body in bodies.items()
        for field, target in _targets(body)
        if target in raw and target != rid
    ]
    return Chart(layout(list(raw.values()), edges), tuple(edges), investigation, left_out)


def layout(nodes: list[Node], edges: list[Edge]) -> tuple[Node, ...]:
    """Columns by kind (empty ones dropped), rows ordered by neighbours' barycentres."""
    used = sorted({n.column for n in nodes})
    columns: dict[int, list[Node]] = {c: [n for n in nodes if n.column == c] for c in used}
    for members in columns.values():
        members.sort(key=lambda n: n.label.casefold())
    neighbours: dict[str, list[str]] = {n.id: [] for n in nodes}
    for e in edges:
        neighbours[e.a].append(e.b)
        neighbours[e.b].append(e.a)
    for _ in range(SWEEPS):
        rank = {n.id: (i + 0.5) / len(members) for members in columns.values() for i, n in enumerate(members)}
        for members in columns.values():
            members.sort(
                key=lambda n: (
                    sum(rank[m] for m in neighbours[n.id]) / len(neighbours[n.id])
                    if neighbours[n.id]
                    else rank[n.id]
                )
            )
    placed: list[Node] = []
    for index, column in enumerate(used):
        members = columns[column]
        x = (index + 0.5) / len(used)
        for row, node in enumerate(members):
            placed.append(
                Node(
                    node.id,
                    node.kind,
                    node.label,
                    node.protection,
                    node.column,
                    x,
                    (row + 0.5) / len(members),
                )
            )
    return tuple(placed)
