"""Extraction in worker processes (`scraper batch --workers N`), and the one place extraction errors are translated.

Extraction is CPU-bound Python (lxml releases little of the GIL on our work), so threads do not add cores;
processes do. The fetch threads hand pages to an `ExtractionPool` and wait for their records.

Why not `concurrent.futures.ProcessPoolExecutor`: when one of its workers dies (killed, out of memory) every
task of the pool fails, so one crash fails the rest of a batch; and its workers share a queue whose write end
they hold themselves, so a batch killed with SIGKILL leaves them running. Here each worker has its own pipe:

- pages go to an idle worker in chunks of whatever is queued (up to `chunk`), so a busy batch pays one round
  trip per chunk while a quiet one sends each page at once; each result comes back as soon as it is made;
- the parent knows which page each worker is on (the first of its chunk without a result), so when a worker
  dies only that page is blamed: it is retried once on a fresh worker, the rest of the chunk is simply sent
  again, and a page that kills a worker twice becomes an `ExtractError` saying so. Other workers go on;
- a worker exits when its parent is gone (its pipe reaches end of file, and a watcher thread sees the parent
  change) and ignores SIGINT: the parent, which gets Ctrl-C from the terminal too, decides when to stop.

The workers are daemon processes of the thread that creates the pool; `close` ends them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from datetime import datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from ..errors import ConfigError, ExtractError, ScraperError
from ..extract import extract
from ..model import Article, Page

__all__ = ["DEFAULT_CHUNK", "ExtractionPool", "Extractor", "PageInput", "extract_in_processes", "extract_one",
           "page_input"]

#: One page to extract: (content, url, now, content_type), the arguments of `scraper.extract`.
PageInput = tuple[bytes, str | None, datetime | None, str | None]
#: What a worker runs on each page: an Article, or the ScraperError that is the page's result.
Extractor = Callable[[PageInput], Article | ScraperError]

DEFAULT_CHUNK = 16
#: A page is retried after the first worker death it is blamed for; the second one is its result.
MAX_DEATHS = 2
#: How often a worker looks whether its parent is still there (seconds).
PARENT_CHECK = 0.5


def page_input(page: Page) -> PageInput:
    """The extraction arguments of a fetched page: its bytes, final URL, arrival time and Content-Type."""
    return page.content, page.final_url, page.fetched_at, page.content_type


def extract_one(page: PageInput) -> Article | ScraperError:
    """Extract one page; the page's ScraperError is returned, not raised (it is a result, and may cross a
    process boundary). Any other exception is a bug in extraction: it becomes an ExtractError naming it, so
    one bad page cannot end a batch of thousands. The only place extraction errors are translated."""
    content, url, now, content_type = page
    try:
        return extract(content, url, now=now, content_type=content_type)
    except ScraperError as exc:
        return exc
    except Exception as exc:
        error = ExtractError(f"internal error: {type(exc).__name__}: {exc}", url=url)
        error.__cause__ = exc
        return error


def extract_in_processes(
    pages: Iterable[PageInput], workers: int, *, chunk: int = DEFAULT_CHUNK
) -> Iterator[Article | ScraperError]:
    """Extract every page with `workers` processes; yield its Article or ScraperError, in the order of `pages`.

    For a stream of pages already in hand (`scraper batch --from-warc`); the online batch, whose pages arrive
    from fetch threads, calls `ExtractionPool.extract` instead. Pages are read lazily, a bounded window ahead.
    With workers <= 1 they are extracted in this process.
    """
    if workers <= 1:
        for page in pages:
            yield extract_one(page)
        return
    window: deque[Future[Article | ScraperError]] = deque()
    with ExtractionPool(workers, chunk=chunk) as pool:
        for page in pages:
            window.append(pool.submit(page))
            if len(window) >= 2 * workers * max(1, chunk):
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class _Job:
    __slots__ = ("deaths", "future", "page")

    def __init__(self, page: PageInput) -> None:
        self.page = page
        self.future: Future[Article | ScraperError] = Future()
        self.deaths = 0


class _Worker:
    __slots__ = ("conn", "in_flight", "process")

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.in_flight: deque[_Job] = deque()


class ExtractionPool:
    """`workers` extraction processes fed by any number of threads: `extract(page)` blocks for its result."""

    def __init__(self, workers: int, *, chunk: int = DEFAULT_CHUNK, extractor: Extractor = extract_one) -> None:
        """Start the worker processes and the thread that feeds them.

        Args:
            workers: processes to run (at least 1).
            chunk: most pages sent to a worker at once.
            extractor: a top-level function run on each page in the workers (`extract_one`).

        Raises:
            ConfigError: workers < 1.
        """
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, got {workers}")
        self._size = workers
        self._chunk = max(1, chunk)
        self._extractor = extractor
        # spawn, not fork: the batch runs threads, and a forked child inherits their locks.
        self._context = multiprocessing.get_context("spawn")
        self._queue: deque[_Job] = deque()
        self._lock = threading.Lock()
        self._closed = False
        self._wake_read, self._wake_write = os.pipe()
        self._workers = [self._start_worker() for _ in range(workers)]
        self._thread = threading.Thread(target=self._run, name="scraper-extraction", daemon=True)
        self._thread.start()

    def submit(self, page: PageInput) -> Future[Article | ScraperError]:
        """Queue a page; the future gets its Article or ScraperError (cancelled if the pool closes first)."""
        job = _Job(page)
        with self._lock:
            if self._closed:
                job.future.cancel()
                return job.future
            self._queue.append(job)
        self._wake()
        return job.future

    def extract(self, page: PageInput) -> Article | ScraperError:
        """Extract a page in a worker and wait for the result (raises CancelledError if the pool closes)."""
        return self.submit(page).result()

    def close(self) -> None:
        """Stop the workers (at once: pending pages are cancelled) and the feeding thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._wake()
        self._thread.join(timeout=30)
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        # Idle workers exit on the None at once; one busy on a page (the batch was interrupted) is not waited for.
        deadline = time.monotonic() + 1
        for worker in self._workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5)
            worker.conn.close()
        for job in [*self._queue, *(job for worker in self._workers for job in worker.in_flight)]:
            job.future.cancel()
        os.close(self._wake_read)
        os.close(self._wake_write)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the feeding thread ----------------------------------------------------------------------------

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"x")

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child_end, self._extractor, os.getpid()),
                                        name="scraper-extract", daemon=True)
        with _sigint_ignored():
            process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                self._dispatch()
            sentinels = {worker.process.sentinel: worker for worker in self._workers}
            conns = {worker.conn: worker for worker in self._workers}
            ready = wait([self._wake_read, *conns, *sentinels])
            if self._wake_read in ready:
                os.read(self._wake_read, 4096)
            for conn in (item for item in ready if isinstance(item, Connection)):
                self._receive(conns[conn])
            for sentinel in (item for item in ready if isinstance(item, int) and item in sentinels):
                self._replace(sentinels[sentinel])

    def _dispatch(self) -> None:
        """Give queued pages to idle workers, shared out evenly, at most `chunk` each (lock held)."""
        idle = [worker for worker in self._workers if not worker.in_flight]
        for index, worker in enumerate(idle):
            if not self._queue:
                return
            share = min(self._chunk, -(-len(self._queue) // (len(idle) - index)))
            jobs = [self._queue.popleft() for _ in range(share)]
            # A dead worker cannot take them: its sentinel says so next, and _replace requeues them.
            with contextlib.suppress(OSError):
                worker.conn.send([job.page for job in jobs])
            worker.in_flight.extend(jobs)

    def _receive(self, worker: _Worker) -> bool:
        """Take one result from the worker's pipe; False when there is none (the worker died)."""
        try:
            outcome = worker.conn.recv()
        except (EOFError, OSError):
            return False  # the worker died: its sentinel is ready too, or will be
        job = worker.in_flight.popleft()
        job.future.set_result(outcome)
        return True

    def _replace(self, dead: _Worker) -> None:
        """A worker exited: collect what it finished, blame the page it was on, requeue the rest, start another."""
        with contextlib.suppress(OSError):
            while dead.in_flight and dead.conn.poll() and self._receive(dead):
                pass
        dead.process.join()
        dead.conn.close()
        with self._lock:
            requeue = list(dead.in_flight)
            if requeue:
                culprit = requeue[0]
                culprit.deaths += 1
                if culprit.deaths >= MAX_DEATHS:
                    requeue.pop(0)
                    culprit.future.set_result(ExtractError(
                        f"the extraction worker process died on this page {culprit.deaths} times "
                        f"(exit code {dead.process.exitcode})", url=culprit.page[1]))
            self._queue.extendleft(reversed(requeue))
            self._workers = [worker for worker in self._workers if worker is not dead]
            if not self._closed:
                self._workers.append(self._start_worker())


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Start a child that ignores SIGINT from its first instruction: an ignored signal stays ignored across exec,
    and Python then installs no KeyboardInterrupt handler. Ctrl-C reaches the whole process group, and a worker
    must not die of it (with a traceback) while it imports. Only the main thread may change a signal's handler,
    so a worker started elsewhere (a replacement) ignores SIGINT only once `_work` runs. SIGINT is blocked
    meanwhile, so a Ctrl-C in this window waits for the handler instead of being lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _work(conn: Connection, extractor: Extractor, parent: int) -> None:
    """A worker process: extract each page of each chunk received, send each result back, until told to stop
    or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()
    while True:
        try:
            pages = conn.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe or died
        if pages is None:
            return
        for page in pages:
            try:
                conn.send(extractor(page))
            except (BrokenPipeError, OSError):
                return


def _exit_with_parent(parent: int) -> None:
    # A worker busy on a long page does not read its pipe: look at the parent itself. Once the parent is gone
    # (killed with SIGKILL), the worker is adopted by another process and getppid() changes.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(0)

