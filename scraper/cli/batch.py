"""`scraper batch`: scrape a URL list (or discovered URLs) into JSON Lines, resumably, with its progress bar."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ..errors import ScraperError
from .app import DEFAULT_OUTPUT_DIR, main
from .options import (
    TIMEOUT_HELP,
    OutPath,
    Seconds,
    default_output,
    discover_flags,
    discover_options,
    fetch_flags,
    fetch_settings,
    follow_pages_flag,
    format_option,
    is_dash,
    open_list,
    user_agent_option,
)
from .runtime import configure_logging, guarded, interrupt_once

if TYPE_CHECKING:
    from ..batch.run import BatchSummary, Result
    from ..batch.stream import StreamSummary
    from ..discover import DiscoverOptions
    from ..settings import Settings


@main.command("batch")
@click.argument("inputs", nargs=-1, required=False, metavar="URLS_FILE | --discover SOURCE...")
@click.option("-o", "--output", type=OutPath(dir_okay=False, allow_dash=True), default=None,
              help="JSON Lines file of records [output/<input name>.jsonl]; - prints them on stdout (no resume state, "
                   "no errors file: failures are reported on stderr).")
@click.option("--split", "split_dir", type=OutPath(file_okay=False), default=None,
              help="Also write one file per article into this directory (named after its doc id, URL or text).")
@format_option
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight across hosts [8].")
@click.option("--delay", type=Seconds(min=0), default=None, help="Seconds between requests to one host [1.0].")
@click.option("--per-host", type=click.IntRange(min=1), default=None, help="Requests in flight to one host [1].")
@click.option("--timeout", type=Seconds(min=0.1), default=None, help=TIMEOUT_HELP)
@click.option("--retries", type=click.IntRange(min=0), default=None, help="Retries on 429, 5xx, timeouts, resets [3].")
@click.option("--user-agent", default=None, callback=user_agent_option, help="User-Agent header (a browser-like default otherwise).")
@fetch_flags
@click.option("--max-bytes", type=click.IntRange(min=1024), default=None, help="Largest page body, decompressed [10 MiB].")
@click.option("--ignore-robots", is_flag=True, default=False, help="Do not read or obey robots.txt.")
@click.option("--block-private", is_flag=True, default=False,
              help="Refuse URLs (and redirects) that resolve to private, loopback or link-local addresses; "
                   "lines must then be http(s) URLs (no local files).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (CPU-bound); 1 extracts in the fetch threads [1].")
@click.option("--warc", "warc", type=OutPath(dir_okay=False), default=None, metavar="FILE",
              help="Also write every request and response to this WARC (.warc.gz), resumable (docs/warc.md).")
@click.option("--from-warc", "from_warc", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, metavar="FILE",
              help="No network: re-extract every HTML response of this WARC (ours or another tool's) instead.")
@click.option("--fresh", is_flag=True, default=False, help="Forget earlier runs of this output and start over.")
@click.option("--retry-failed", is_flag=True, default=False, help="Run the URLs that failed last time again.")
@click.option("--discover", "discover_sources", is_flag=True, default=False,
              help="The arguments are feeds, sitemaps, channel lists or pages: discover their articles and "
                   "scrape those not done yet in this output (see `scraper discover`).")
@discover_flags
@follow_pages_flag
@click.option("-q", "--quiet", is_flag=True, default=False, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv for debug).")
def batch_command(
    inputs: tuple[str, ...],
    output: Path | None,
    split_dir: Path | None,
    output_format: str | None,
    warc: Path | None,
    from_warc: Path | None,
    fresh: bool,
    retry_failed: bool,
    discover_sources: bool,
    since: str | None,
    any_site: bool,
    limit: int | None,
    max_pages: int,
    quiet: bool,
    verbose: int,
    **fetch: Any,
) -> None:
    """Scrape every URL of URLS_FILE (one per line, - for stdin) into JSON Lines, resumably.

    With --discover the arguments are sources instead (feeds, sitemaps, channel lists, pages): their articles
    are discovered and those this output has not done yet are scraped, so the same command run daily (from
    cron) fetches only new articles.

    Blank lines and # comments are ignored, duplicates (also the same NetEase article under another host)
    are done once. A line may also name a saved page on disk, or a host and path without a scheme
    (www.163.com/..., read as https://). Beside the output: <stem>.errors.jsonl (failures and robots skips)
    and <name>.state.sqlite (progress). Run the same command again after an interruption to resume.
    Exit status: 0 all succeeded, 1 some failed, 2 usage error.

    \b
    Examples:
      scraper batch urls.txt
      scraper batch urls.txt -o out/news.jsonl --split out/articles --format md --delay 2
      scraper batch urls.txt --retry-failed
      cat urls.txt | scraper batch - -o - --quiet > news.jsonl
      scraper batch --discover https://news.163.com/special/cm_yaowen20200213/ -o news.jsonl --quiet
      scraper batch urls.txt --warc news.warc.gz
      scraper batch --from-warc news.warc.gz -o again.jsonl
    """
    configure_logging(verbose)
    split: dict[str, Any] = {"split_dir": split_dir, "split_format": output_format or "json"}
    state = {"fresh": fresh, "retry_failed": retry_failed}
    if from_warc is not None:
        alone = not (inputs or discover_sources or warc is not None or is_dash(output))
        _batch_from_warc(from_warc, output, fetch, alone=alone, quiet=quiet, **split, **state)
    target = _batch_output(inputs, output, discover_sources=discover_sources, warc=warc, **state)
    with Progress(quiet, verbose) as progress:
        signal.signal(signal.SIGINT, interrupt_once)
        settings = guarded(lambda: fetch_settings(**fetch), progress)
        options = guarded(lambda: discover_options(since, any_site, limit, max_pages), progress) \
            if discover_sources else None
        summary = _run_batch(inputs, target, settings, progress, options, warc=warc, split=split, state=state)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(max(summary.exit_code, 1 if progress.warnings else 0))


def _run_batch(inputs: tuple[str, ...], target: Path, settings: Settings, progress: Progress,
               options: DiscoverOptions | None, *, warc: Path | None, split: dict[str, Any],
               state: dict[str, bool]) -> BatchSummary | StreamSummary:
    """Discover then scrape, or scrape a URL list into a file (resumable) or onto stdout (`-o -`)."""
    if options is not None:
        return guarded(lambda: _discover_into(inputs, target, settings, options, progress, warc=warc, **split,
                                               **state), progress)
    if is_dash(target):
        return guarded(lambda: _stream_out(inputs[0], settings, progress, **split), progress, resumable=False)
    return guarded(lambda: _batch_into(inputs[0], target, settings, progress, warc=warc, **split, **state), progress)


def _batch_output(inputs: tuple[str, ...], output: Path | None, *, discover_sources: bool, warc: Path | None,
                  fresh: bool, retry_failed: bool) -> Path:
    """The output of `scraper batch` (`-` for stdout), after the checks on how its arguments combine."""
    if is_dash(output) and warc is not None:
        raise click.UsageError("--warc is kept consistent with an output file's state; -o - keeps none")
    if not discover_sources and len(inputs) != 1:
        raise click.UsageError("give one URLS_FILE, or --discover with one or more sources")
    if discover_sources and (output is None or is_dash(output)):
        raise click.UsageError("--discover needs -o OUTPUT (the same file every run, so it stays incremental)")
    if is_dash(output) and (fresh or retry_failed):
        raise click.UsageError("--fresh and --retry-failed work on an output file's state; -o - keeps none")
    return default_output(output, inputs[0])


def _batch_into(name: str, output: Path, settings: Settings, progress: Progress, **batch: Any) -> BatchSummary:
    from ..batch.run import run_batch  # the batch pulls in requests and sqlite, which `scrape FILE` does not need

    with open_list(name) as lines:
        return run_batch(lines, output, settings, on_start=progress.start, on_result=progress.update,
                         on_counts=progress.counted, **batch)


def _stream_out(name: str, settings: Settings, progress: Progress, **batch: Any) -> StreamSummary:
    from ..batch.stream import stream_batch

    with open_list(name) as lines:
        return stream_batch(lines, click.echo, settings, on_result=progress.report_failure, **batch)


def _batch_from_warc(warc: Path, output: Path | None, fetch: dict[str, Any], *, alone: bool, quiet: bool,
                     **batch: Any) -> NoReturn:
    """`scraper batch --from-warc`: no network, so of the fetch options only --max-bytes and --workers apply."""
    from ..batch.from_warc import run_from_warc
    from ..settings import Settings

    if not alone:
        raise click.UsageError("--from-warc reads one WARC without the network into an output file: give no "
                               "URLS_FILE, --discover, --warc or -o - with it")
    if output is None:
        stem = warc.name.removesuffix(".gz").removesuffix(".warc") or "warc"
        output = DEFAULT_OUTPUT_DIR / f"{stem}.jsonl"
    defaults = Settings()
    summary = guarded(lambda: run_from_warc(warc, output, max_bytes=fetch.get("max_bytes") or defaults.max_bytes,
                                             workers=fetch.get("workers") or defaults.workers, **batch))
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


def _discover_into(sources: tuple[str, ...], output: Path, settings: Settings, options: DiscoverOptions,
                   progress: Progress, **batch: Any) -> BatchSummary:
    from ..discover import discover_batch

    found, summary = discover_batch(sources, output, settings, options, on_error=progress.warn, on_start=progress.start,
                                    on_result=progress.update, on_counts=progress.counted, **batch)
    if not progress.quiet:
        click.echo(f"{found} new URL(s) discovered", err=True)
    return summary


class Progress:
    """The batch's progress bar on stderr (a terminal only, not with --quiet), with ok / failed / skipped counts
    that end equal to the summary line's; with -v, one line per URL as it finishes."""

    def __init__(self, quiet: bool, verbose: int = 0) -> None:
        from tqdm import tqdm

        self.quiet = quiet
        self.verbose = verbose
        show = not quiet and sys.stderr.isatty()
        self.bar = tqdm(total=0, unit="url", file=sys.stderr, disable=not show, dynamic_ncols=True)
        self.tally = {"ok": 0, "failed": 0, "skipped": 0}
        self.before = 0
        self.warnings: list[ScraperError] = []

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Take the bar off the terminal."""
        self.bar.close()

    def counted(self, counts: dict[str, int]) -> None:
        """What the state holds before this run (earlier runs, unusable lines): the summary counts it too."""
        self.tally.update(counts)
        self.before = sum(counts.values())

    def start(self, total: int) -> None:
        """The number of URLs this run does, after those counted before."""
        self.bar.reset(total=self.before + total)
        self.bar.update(self.before)
        self.bar.set_postfix(self.tally, refresh=False)

    def update(self, result: Result) -> None:
        """Count one finished URL (and with -v, say what became of it)."""
        self.tally[result.status] += 1
        self.bar.update(1)
        self.bar.set_postfix(self.tally, refresh=False)
        if self.verbose:
            self.bar.write(url_line(result), file=sys.stderr)

    def warn(self, error: ScraperError) -> None:
        """Say on stderr that a source could not be read (discovery goes on), and remember it for the exit status."""
        self.warnings.append(error)
        self.bar.write(f"Warning: {error}", file=sys.stderr)

    def report_failure(self, result: Result) -> None:
        """Count one finished URL and, with no errors file to hold it, say on stderr why it failed."""
        self.update(result)
        if result.error is not None and not self.quiet:
            self.bar.write(f"{result.status} {result.input_url}: {result.stage}: {result.error}", file=sys.stderr)


def url_line(result: Result) -> str:
    """One finished URL as `-v` shows it: outcome, HTTP status, bytes, time, the URL (user-info already
    redacted as the list was read), then where it ended.

    e.g. ``ok      200  48213 B   312 ms  https://…/x.html  record`` or
    ``failed  404      - B    95 ms  https://…/y.html  fetch: HTTP 404``.
    """
    status = result.http_status if result.http_status is not None else "-"
    size = result.size if result.size is not None else "-"
    ms = f"{result.elapsed * 1000:.0f}" if result.elapsed is not None else "-"
    where = "record" if result.error is None else f"{result.stage}: {result.error.message}"
    return f"{result.status:<7} {status:>3} {size:>8} B {ms:>6} ms  {result.input_url}  {where}"
