"""Memory over a long run: peak RSS after 1,000 and after 10,000 synthetic NetEase pages.

Run from the repository root:

    .venv/bin/python -m bench.memory                     # both modes, 10,000 pages
    .venv/bin/python -m bench.memory --pages 2000 --mode inproc --json bench/results/memory.json

Modes:
- `inproc`: this process extracts every page the way a batch worker does (`scraper.batch.extract_result`
  on a `Page`, then the output record written as one JSON line), and reads its own RSS.
- `batch`: a real `scraper batch` in a child process, fetching every page from a local HTTP server
  (127.0.0.1, started here, pages generated on request) with no delay; the child's RSS is sampled.

A run that leaks grows with the page count; one that does not levels off after the first pages (imports,
caches, the interpreter's arenas). The check is growth of the peak from 1,000 to N pages, under 10%.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python bench/memory.py` as well as `python -m bench.memory`
    sys.path.insert(0, str(ROOT))

from bench.extra import require  # noqa: E402
from bench.synth import netease_page, netease_pages  # noqa: E402

CHECKPOINT = 1000
LIMIT = 0.10


def _mib(value: float) -> float:
    return value / (1024 * 1024)


def run_inproc(pages: int, seed: int, out_dir: Path) -> dict[str, Any]:
    """Extract `pages` synthetic pages in this process like a batch worker; RSS after 1k and at the end."""
    import psutil

    from scraper.batch.run import article_record, extract_result
    from scraper.model import Page

    process = psutil.Process()
    peak = 0
    marks: dict[str, float] = {}
    ok = failed = 0
    started = time.perf_counter()
    with (out_dir / "inproc.jsonl").open("w", encoding="utf-8") as out:
        for index, synth in enumerate(netease_pages(pages, seed), start=1):
            page = Page(
                url=synth.url,
                final_url=synth.url,
                status=200,
                content=synth.content,
                headers={"Content-Type": "text/html"},
                fetched_at=datetime.now(UTC),
                attempts=1,
            )
            result = extract_result(synth.url, page)
            if result.article is not None:
                out.write(json.dumps(article_record(result), ensure_ascii=False) + "\n")
                ok += 1
            else:
                failed += 1
            if index % 100 == 0 or index == pages:
                peak = max(peak, process.memory_info().rss)
            if index == min(CHECKPOINT, pages):
                marks["peak_rss_mib_at_1k"] = _mib(peak)
    marks["peak_rss_mib_at_end"] = _mib(peak)
    return {
        "mode": "inproc",
        "pages": pages,
        "ok": ok,
        "failed": failed,
        "seconds": time.perf_counter() - started,
        **marks,
    }


class _PageHandler(BaseHTTPRequestHandler):
    """Serves /<seed>/<index>.html as the synthetic page of that index."""

    def do_GET(self) -> None:
        try:
            seed, name = self.path.strip("/").split("/")
            synth = netease_page(int(name.removesuffix(".html")), int(seed))
        except ValueError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(synth.content)))
        self.end_headers()
        self.wfile.write(synth.content)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the stdlib prints every request
        pass


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def run_batch(pages: int, seed: int, out_dir: Path, concurrency: int) -> dict[str, Any]:
    """A real `scraper batch` over a local server; the child's peak RSS after 1k records and at the end."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    urls = out_dir / "urls.txt"
    urls.write_text("".join(f"http://127.0.0.1:{port}/{seed}/{i}.html\n" for i in range(pages)), encoding="utf-8")
    output = out_dir / "batch.jsonl"
    command = [
        str(Path(sys.executable).parent / "scraper"),
        "batch",
        str(urls),
        "-o",
        str(output),
        "--delay",
        "0",
        "--concurrency",
        str(concurrency),
        "--per-host",
        str(concurrency),
        "--ignore-robots",
        "--quiet",
        "--fresh",
    ]
    started = time.perf_counter()
    import psutil

    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(child.pid)
    peak = 0
    marks: dict[str, float] = {}
    try:
        while child.poll() is None:
            try:
                peak = max(peak, watched.memory_info().rss)
            except psutil.NoSuchProcess:
                break
            if "peak_rss_mib_at_1k" not in marks and _count_lines(output) >= min(CHECKPOINT, pages):
                marks["peak_rss_mib_at_1k"] = _mib(peak)
            time.sleep(0.2)
    finally:
        server.shutdown()
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    done = _count_lines(output)
    marks.setdefault("peak_rss_mib_at_1k", _mib(peak))
    marks["peak_rss_mib_at_end"] = _mib(peak)
    return {
        "mode": "batch",
        "pages": pages,
        "ok": done,
        "exit": child.returncode,
        "seconds": time.perf_counter() - started,
        "stderr": stderr[-500:],
        **marks,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the selected modes, print the peaks and the growth, optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="pages per mode (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic set (default 0)")
    parser.add_argument("--mode", choices=("inproc", "batch", "both"), default="both")
    parser.add_argument("--concurrency", type=int, default=8, help="batch threads (default 8)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results here")
    args = parser.parse_args(argv)
    require("bench.memory", ["psutil"])

    results = []
    with tempfile.TemporaryDirectory(prefix="scraper-memory-") as tmp:
        if args.mode in {"inproc", "both"}:
            results.append(run_inproc(args.pages, args.seed, Path(tmp)))
        if args.mode in {"batch", "both"}:
            results.append(run_batch(args.pages, args.seed, Path(tmp), args.concurrency))
    worst = 0.0
    print(f"{'mode':<8} {'pages':>6} {'ok':>6} {'peak@1k MiB':>12} {'peak@end MiB':>13} {'growth':>7} {'pages/s':>8}")
    for result in results:
        growth = result["peak_rss_mib_at_end"] / result["peak_rss_mib_at_1k"] - 1
        result["growth"] = growth
        worst = max(worst, growth)
        print(
            f"{result['mode']:<8} {result['pages']:>6} {result['ok']:>6} {result['peak_rss_mib_at_1k']:>12.1f} "
            f"{result['peak_rss_mib_at_end']:>13.1f} {growth:>7.1%} {result['pages'] / result['seconds']:>8.1f}"
        )
        if result.get("exit") not in (None, 0):
            print(f"  scraper batch exited {result['exit']}: {result['stderr']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"growth of the peak from {CHECKPOINT} pages: {worst:.1%} (limit {LIMIT:.0%})")
    return 0 if worst < LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
