"""The corpus plan: how many chunks each user or collection gets, as copies of the dev PDFs'
chunks, and who is a member of what. Seeded and free of Django, so the loader child builds
exactly what the options asked for and the plan can be checked without a database.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from bench.scale.constants import GROUPS, HEAVY, HEAVY_SHARE, OTHERS, PROBE, TEAM_ASKER
from bench.stack import BenchError


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    factor = 1000 if text.endswith("k") else 1_000_000 if text.endswith("m") else 1
    return int(float(text.rstrip("km")) * factor)


def label(size: int) -> str:
    if size == 0:
        return "base"
    return f"{size // 1000}k" if size % 1000 == 0 else f"{size:,}"


def uneven(total: int, keys: Sequence[object], rng: random.Random) -> dict:
    """`total` shared out among `keys` unevenly (each weighs 0.4 to 1.6), summing to `total` exactly."""
    weights = [rng.uniform(0.4, 1.6) for _ in keys]
    shares, left = {}, total
    for index, key in enumerate(keys):
        share = left if index == len(keys) - 1 else min(left, round(total * weights[index] / sum(weights)))
        shares[key], left = share, left - share
    return shares


def cut(budgets: dict, source_lengths: Sequence[int], rng: random.Random) -> list[tuple[object, int, int, int]]:
    """Each budget (chunks) as copies of the sources, taken in turn, whole or a run of their
    chunks: [(key, source, start, length)]."""
    copies, turn = [], 0
    for key, budget in budgets.items():
        while budget > 0:
            source = turn % len(source_lengths)
            turn += 1
            length = min(budget, source_lengths[source])
            start = rng.randrange(0, source_lengths[source] - length + 1)
            copies.append((key, source, start, length))
            budget -= length
    return copies


def plan_corpus(*, size: int, real_chunks: int, source_lengths: Sequence[int], seed: int) -> list[dict]:
    """Copies to write: [{"user", "source", "start", "length"}], bob's ~25% of `size`, the rest uneven.

    `real_chunks` (alice's and carol's, ingested for real) count towards the size.
    """
    bulk = max(0, size - real_chunks)
    heavy = min(bulk, round(size * HEAVY_SHARE))
    rng = random.Random(seed)
    budgets = {HEAVY: heavy, **uneven(bulk - heavy, OTHERS, rng)}
    return [
        {"user": user, "source": source, "start": start, "length": length}
        for user, source, start, length in cut(budgets, source_lengths, rng)
    ]


def plan_collections(
    *, size: int, collections: int, reads: int, scope: int, real_chunks: Sequence[int], source_lengths: Sequence[int],
    seed: int,
) -> dict:  # fmt: skip
    """The collections scenario's corpus and memberships (see the package's docstring), as JSON.

    `real_chunks` are the chunks of each dev PDF, ingested for real once into alice's personal
    collection and once into dana's collections (`real_slots`: which of her `reads` collections
    holds each). Both scopes then get the same copies (`scope_copies`, dana's spread unevenly
    over her collections: `slot`), so that they hold the same text in the same order and their
    answers can be compared; the rest of `size` goes to the other collections, unevenly.
    """
    if not 3 <= reads <= collections:
        raise BenchError(f"--reads {reads}: between 3 and --collections ({collections})")
    real = sum(real_chunks)
    if scope < real:
        raise BenchError(f"--scope-chunks {scope}: at least the dev PDFs' {real} chunks")
    if size < 2 * scope:
        raise BenchError(f"the collections scenario's size ({size:,}) must hold two scopes of {scope:,} chunks")
    rng = random.Random(seed)
    readable = sorted(rng.sample(range(collections), reads))
    taken = set(readable)
    others = [index for index in range(collections) if index not in taken]
    real_slots = [n * reads // len(real_chunks) for n in range(len(real_chunks))]
    scope_copies = [
        {"slot": slot, "source": source, "start": start, "length": length}
        for slot, source, start, length in cut(uneven(scope - real, range(reads), rng), source_lengths, rng)
    ]
    other_copies = [
        {"collection": index, "source": source, "start": start, "length": length}
        for index, source, start, length in cut(uneven(size - 2 * scope, others, rng), source_lengths, rng)
    ]
    creators = [PROBE, *OTHERS]
    # dana: a direct member of the first half of her collections, through GROUPS[0] and
    # GROUPS[1] of the rest; GROUPS[0] is also an editor where she is a viewer herself.
    half = reads // 2
    quarter = half + (reads - half) // 2
    members: list[dict] = []
    for position, index in enumerate(readable):
        if position < half:
            role = "editor" if position == 0 else "viewer"
            members.append({"collection": index, "user": TEAM_ASKER, "role": role})
        else:
            group = GROUPS[0] if position < quarter else GROUPS[1]
            members.append({"collection": index, "group": group, "role": "viewer"})
    members.append({"collection": readable[0], "group": GROUPS[0], "role": "editor"})
    for index in range(collections):  # everyone else: two colleagues, and sometimes a team
        creator = creators[index % len(creators)]
        for colleague in rng.sample([name for name in creators if name != creator], 2):
            members.append({"collection": index, "user": colleague, "role": rng.choice(["viewer", "editor"])})
        if index not in taken and rng.random() < 0.3:
            members.append({"collection": index, "group": rng.choice(GROUPS[2:]), "role": "viewer"})
    groups = {
        name: ([TEAM_ASKER] if n < 2 else []) + rng.sample(creators, 3 if n < 2 else rng.randint(5, 15))
        for n, name in enumerate(GROUPS)
    }
    return {
        "collections": collections,
        "creators": [creators[index % len(creators)] for index in range(collections)],
        "readable": readable,
        "real_slots": real_slots,
        "scope_copies": scope_copies,
        "other_copies": other_copies,
        "members": members,
        "groups": groups,
    }
