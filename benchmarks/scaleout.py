"""Scale-out: the same corpus coded by one process vs a Dask LocalCluster.

Usage: python benchmarks/scaleout.py [--repeat N] [--workers W]

Corpus: the bundled demo briefs repeated N times (default 8). Prints wall time, documents/s,
speedup (goal >= 1.7x with 2 workers on 2 cores) and peak RSS per worker process.
"""

from __future__ import annotations

import argparse
import json
import time

from detente.cli import demo_corpus
from detente.events import Coder
from detente.ingest import read_documents
from detente.models import Document
from detente.run import code_documents
from detente.scale import code_distributed
from detente.store import Store


def _corpus(repeat: int) -> list[Document]:
    base = list(read_documents([str(demo_corpus())]))
    return [Document(f"{d.id}-{k}", d.date, d.text, d.title) for k in range(repeat) for d in base]


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from dask.distributed import Client, LocalCluster

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    docs = _corpus(args.repeat)

    coder = Coder()
    list(coder.code(docs[:10]))  # warm the model and dateparser
    start = time.perf_counter()
    with Store(":memory:") as store:
        list(code_documents(docs, coder=coder, store=store))
    single = time.perf_counter() - start

    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    with Client(cluster) as client:
        client.run(lambda: Coder().code_text("Russia accused Ukraine.", docs[0].date))  # warm
        start = time.perf_counter()
        with Store(":memory:") as store:
            code_distributed(docs, store=store, client=client)
        distributed = time.perf_counter() - start
        rss = client.run(_peak_rss_mb)
    cluster.close()
    print(
        json.dumps(
            {
                "documents": len(docs),
                "workers": args.workers,
                "single_process_s": round(single, 1),
                "distributed_s": round(distributed, 1),
                "single_docs_per_s": round(len(docs) / single, 1),
                "distributed_docs_per_s": round(len(docs) / distributed, 1),
                "speedup": round(single / distributed, 2),
                "peak_rss_mb_per_worker": {k: round(v, 1) for k, v in rss.items()},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
