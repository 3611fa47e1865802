/**
 * How long a request may wait for a free slot. A burst (a dashboard's ten requests at once) is
 * absorbed by the queue; under sustained overload the queue is full and new requests are refused
 * at once, before their body is read. A queued request rarely waits this long, since the queue
 * holds only a few slots' worth of work.
 */
const MAX_WAIT_MS = 1000;

/** Releases a slot; calling it more than once releases it once. */
export type Release = () => void;

/**
 * Bounds the GraphQL work in flight. On two cores a few requests at a time already keep Node
 * and Neo4j busy; more only queue inside the driver until its acquisition timeout turns them
 * into errors. So at most `limit` run, at most `queueLimit` wait (briefly) for a slot, and the
 * rest are refused at once, to be answered 503 with Retry-After.
 */
export class AdmissionGate {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {}

  /**
   * True when a request arriving now would be refused: every slot taken and the queue full.
   * Checked as soon as a request's headers arrive, so that under overload a refusal costs
   * neither reading the body nor parsing it.
   */
  get saturated(): boolean {
    return this.inFlight >= this.limit && this.waiting.length >= this.queueLimit;
  }

  /** A release function once a slot is free, or undefined when the request must be refused. */
  enter(): Promise<Release | undefined> {
    if (this.inFlight < this.limit) return Promise.resolve(this.occupy());
    if (this.waiting.length >= this.queueLimit) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const admit = () => {
        clearTimeout(timer);
        resolve(this.occupy());
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        resolve(undefined);
      }, MAX_WAIT_MS);
      this.waiting.push(admit);
    });
  }

  private occupy(): Release {
    this.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      const next = this.waiting.shift();
      next?.();
    };
  }
}
