"""A synthetic world with a planted story for the brief.

USA–RUS: twelve weeks of cooperation from 2 January 2017, then conflict. After the turn China
praises Russia and accuses the United States (it takes Russia's side) while Britain is friendly
to both; the United States offers Russia talks and is answered within days; Russia offers the
United States talks on 1 May and gets no answer; a report says "Russia has not responded" to a
U.S. offer. ``AS_OF`` is 20 May; ``later()`` is what is published after it: a late report of
an old event, China turning to the United States, the United States answering Russia's offer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente.cameo import lookup
from detente.models import Document, Event

START = dt.date(2017, 1, 2)  # a Monday
TURN = START + dt.timedelta(weeks=12)  # 27 March
AS_OF = dt.date(2017, 5, 20)
OFFER = dt.date(2017, 5, 1)  # Russia's unanswered offer of talks
XSS = "<script>window.__xss=1</script>"


def event(doc: Document, n: int, src: str, tgt: str, cameo: str, day: dt.date, text: str,
          modality: str = "asserted") -> Event:  # fmt: skip
    code = lookup(cameo)
    return Event(
        doc_id=doc.id, sentence_id=n, sentence=text, start=0, end=len(text), date=day,
        date_source="text", source=src, source_country=src[:3], source_sector=src[3:],
        source_name=src, target=tgt, target_country=tgt[:3], target_sector=tgt[3:],
        target_name=tgt, cameo=cameo, cameo_root=code.root, plover=code.plover,
        quad_class=code.quad_class, goldstein=code.goldstein, modality=modality,
        coder_version="test", url=doc.url, source_start=0,
        target_start=len(text) // 2,
    )  # fmt: skip


def doc(doc_id: str, published: dt.date, rows: list[tuple], title: str = "") -> tuple:
    """A document and its events; each row is (src, tgt, cameo, day, text[, modality])."""
    document = Document(doc_id, published, " ".join(r[4] for r in rows), title,
                        f"https://news.example/{doc_id}")  # fmt: skip
    return document, [event(document, n, *row) for n, row in enumerate(rows)]


def story() -> list[tuple]:
    coded = []
    for week in range(20):
        for k in range(3):
            day = START + dt.timedelta(weeks=week, days=2 * k)
            src, tgt = ("USAGOV", "RUS") if k % 2 else ("RUSGOV", "USA")
            if day < TURN:
                row = (src, tgt, "051", day, f"{src} praised {tgt} ({week}.{k}).")
            else:
                row = (src, tgt, "112", day, f"{src} accused {tgt} {XSS} ({week}.{k}).")
            coded.append(doc(f"d{week:02d}{k}", day, [row]))
    for week in range(13, 19):
        day = START + dt.timedelta(weeks=week, days=1)
        coded.append(doc(f"chn{week}", day, [
            ("CHN", "RUS", "051", day, "China praised Russia."),
            ("CHN", "USA", "112", day + dt.timedelta(days=1), "China accused the United States."),
        ]))  # fmt: skip
        coded.append(doc(f"gbr{week}", day, [
            ("GBR", "RUS", "040", day, "Britain consulted Russia."),
            ("GBR", "USA", "051", day, "Britain praised the United States."),
        ]))  # fmt: skip
    answered = dt.date(2017, 4, 10)
    coded.append(doc("offer-usa", answered, [
        ("USA", "RUS", "036", answered, "The United States offered Russia talks."),
    ]))  # fmt: skip
    coded.append(doc("answer-rus", answered + dt.timedelta(days=3), [
        ("RUS", "USA", "040", answered + dt.timedelta(days=3), "Russia met U.S. envoys."),
    ]))  # fmt: skip
    coded.append(doc("offer-rus", OFFER, [
        ("RUS", "USA", "036", OFFER, "Russia offered the United States talks."),
    ]))  # fmt: skip
    quiet = dt.date(2017, 5, 12)
    text = "Russia has not responded to the American offer of a summit."
    document, (silent, offer) = doc("no-reply", quiet, [
        ("RUS", "USA", "030", quiet, text, "negated"),
        ("USA", "RUS", "030", quiet, text, "negated"),
    ])  # fmt: skip
    # The coder reads such a sentence both ways; the second source phrase is "American".
    offer = replace(offer, sentence_id=0, source_start=text.index("American"))
    coded.append((replace(document, text=text), [silent, offer]))
    return coded


def later() -> list[tuple]:
    """Published after AS_OF, partly about days before it."""
    late = AS_OF + dt.timedelta(days=3)
    return [
        doc("late-report", late, [
            ("USA", "RUS", "057", AS_OF - dt.timedelta(days=5), "The two signed a deal."),
            ("CHN", "USA", "051", AS_OF - dt.timedelta(days=4), "China praised Washington."),
            ("CHN", "USA", "057", AS_OF - dt.timedelta(days=3), "China signed with the U.S."),
            ("CHN", "RUS", "112", AS_OF - dt.timedelta(days=3), "China accused Russia."),
        ]),
        doc("answer-usa", late, [
            ("USA", "RUS", "040", late, "U.S. envoys met Russian officials about the offer."),
        ]),
        # A second report of an old event: would change its mention count.
        doc("old-again", late, [
            ("USAGOV", "RUS", "112", TURN + dt.timedelta(days=2), "Washington accused Moscow."),
        ]),
    ]  # fmt: skip
