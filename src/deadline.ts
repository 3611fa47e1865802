/**
 * The moment by which a request's work must be over. The HTTP server fixes it when a request
 * arrives (arrival + REQUEST_TIMEOUT_MS) and it travels in the executor's scope: no transaction
 * starts after it, each gets the time left as its server-side timeout, and `signal` aborts at it
 * so that the executor ends a transaction that is still running. Neo4j's own timeout alone is
 * not enough: its transaction monitor looks only every two seconds or so.
 *
 * A commit is not interrupted (its outcome would be unknown): the executor reports it here, and
 * the HTTP server waits for it, briefly, before it answers.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private atMs: number;
  /** Transactions being ended because the deadline passed; the answer waits (briefly) for them. */
  private readonly finishing = new Set<Promise<unknown>>();
  private commitsInFlight = 0;
  private commitsDone = 0;
  private resolveReached!: () => void;
  /** Settles once the deadline has passed, after every abort listener has run. */
  readonly reached = new Promise<void>((resolve) => (this.resolveReached = resolve));

  constructor(
    at: number,
    /** When the request arrived; a dataset write's longer deadline counts from here. */
    readonly startedAt = Date.now(),
  ) {
    this.atMs = at;
    this.arm();
  }

  /** A deadline `ms` from now. */
  static after(ms: number): Deadline {
    const now = Date.now();
    return new Deadline(now + ms, now);
  }

  get at(): number {
    return this.atMs;
  }

  /** Aborts when the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted || Date.now() >= this.atMs;
  }

  remainingMs(): number {
    return this.expired ? 0 : this.atMs - Date.now();
  }

  /** Moves the deadline later (never earlier); a deadline that has passed stays passed. */
  extendTo(at: number): void {
    if (this.expired || at <= this.atMs) return;
    this.atMs = at;
    this.arm();
  }

  /** Stops the timer once the request is over, so that nothing fires for a finished request. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Something the executor is finishing because the deadline passed (a session being closed). */
  track(finishing: Promise<unknown>): void {
    const settled = finishing.then(
      () => undefined,
      () => undefined,
    );
    this.finishing.add(settled);
    void settled.then(() => this.finishing.delete(settled));
  }

  /** Runs a commit: from here the deadline does not interrupt; the answer waits for the outcome. */
  async commit<T>(commit: Promise<T>): Promise<T> {
    this.commitsInFlight++;
    try {
      const result = await commit;
      this.commitsDone++;
      return result;
    } finally {
      this.commitsInFlight--;
    }
  }

  /** True when work of this request committed, or is committing: its answer must say so. */
  get changedSomething(): boolean {
    return this.commitsDone > 0 || this.commitsInFlight > 0;
  }

  /** Resolves once everything tracked has settled, or at `giveUpAt` (true: all settled). */
  async settled(giveUpAt: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, giveUpAt - Date.now()))));
    try {
      // Ending one may start another (the work goes on to its next transaction): look until none is left.
      while (this.finishing.size > 0) {
        const done = await Promise.race([Promise.all([...this.finishing]).then(() => true), gaveUp]);
        if (!done) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  private arm(): void {
    clearTimeout(this.timer);
    // Timers may fire a little early or late; the clock decides, and an early timer re-arms.
    this.timer = setTimeout(
      () => {
        if (Date.now() < this.atMs) return this.arm();
        this.timer = undefined;
        this.controller.abort(new Error('deadline passed'));
        this.resolveReached();
      },
      Math.max(0, this.atMs - Date.now()),
    );
    // A pending deadline must not keep a command-line process alive.
    this.timer.unref();
  }
}
