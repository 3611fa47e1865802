/**
 * A fixed-window counter per client: at most `limit` uses per window. In memory, so per
 * process; behind several replicas the effective limit is per replica.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one use; returns 0 when allowed, else the seconds until the window resets. */
  take(key: string, now = Date.now()): number {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      this.windows.set(key, { start: now, used: 1 });
      return 0;
    }
    if (window.used >= this.limit) return Math.ceil((window.start + this.windowMs - now) / 1000);
    window.used++;
    return 0;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
