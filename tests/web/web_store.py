"""A small store with a clear USA–RUS turn (cooperation, then conflict) and XSS payloads in
document text, titles and actor names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.models import Document, Event
from detente.store import Store

XSS = [
    "<script>window.__xss=1;alert(1)</script>",
    '"><img src=x onerror="window.__xss=1;alert(1)">',
]
START = dt.date(2017, 1, 2)  # a Monday
WEEKS = 16


def _event(
    doc: Document,
    n: int,
    sentence: str,
    src: tuple[str, str],
    tgt: tuple[str, str],
    cameo: str,
    quad: int,
    goldstein: float,
    day: dt.date,
    modality: str = "asserted",
) -> Event:
    return Event(
        doc_id=doc.id,
        sentence_id=n,
        sentence=sentence,
        start=0,
        end=len(sentence),
        date=day,
        date_source="publication",
        source=src[0],
        source_country=src[0][:3],
        source_sector="",
        source_name=src[1],
        target=tgt[0],
        target_country=tgt[0][:3],
        target_sector="",
        target_name=tgt[1],
        cameo=cameo,
        cameo_root=cameo[:2],
        plover="",
        quad_class=quad,
        goldstein=goldstein,
        modality=modality,
        coder_version="test",
    )


def build_store(path: Path) -> Path:
    """USA–RUS: 8 cooperative weeks, then 8 conflictual weeks (a sure turn); CHN–USA quiet."""
    coded = []
    usa, rus, chn = ("USA", "Washington"), ("RUS", "Moscow"), ("CHN", "Beijing")
    for week in range(WEEKS):
        for k in range(3):
            day = START + dt.timedelta(days=7 * week + k)
            doc = Document(f"doc-{week:02d}-{k}", day, "", title=f"Week {week} brief {k}")
            if week < WEEKS // 2:
                text = f"Washington praised Moscow for the talks (week {week})."
                events = [_event(doc, 0, text, usa, rus, "051", 1, 3.4, day)]
            else:
                text = f"Washington imposed sanctions on Moscow (week {week})."
                events = [
                    _event(doc, 0, text, usa, rus, "163", 4, -8.0, day),
                    _event(doc, 0, text, rus, usa, "112", 3, -2.0, day),
                ]
            events.append(_event(doc, 1, "Beijing met Washington.", chn, usa, "040", 1, 1.0, day))
            coded.append((doc, events))
    # Untrusted text everywhere a document can put it: sentence, title, doc id, actor names.
    day = START + dt.timedelta(days=7 * (WEEKS - 1) + 4)
    for i, payload in enumerate(XSS):
        doc = Document(f"xss-{i}-{payload}", day, "", title=payload)
        text = f"{payload} Washington condemned Moscow {payload}."
        coded.append(
            (doc, [_event(doc, 0, text, ("USA", payload), ("RUS", "Moscow"), "111", 3, -2.0, day)])
        )
    with Store(path) as store:
        store.write(coded)
    return path
