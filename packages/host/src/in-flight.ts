/**
 * At most so many requests in flight per key (a session, or an address without one). A batch is bounded
 * (MAX_BATCH_SIZE calls), but fifty batches sent at once by one client held every pooled connection and
 * kept others' requests and /healthz waiting for seconds; a person's browser has one or two requests
 * open at a time. Counted in this process's memory: each API process bounds its own share.
 */
export class InFlightLimit {
  readonly #counts = new Map<string, number>();

  /** Counts a request in and returns true, or returns false when the key already has `max` in flight. */
  enter(key: string, max: number): boolean {
    const count = this.#counts.get(key) ?? 0;
    if (count >= max) return false;
    this.#counts.set(key, count + 1);
    return true;
  }

  /** Counts a request out (once for each `enter` that returned true). */
  leave(key: string): void {
    const count = this.#counts.get(key) ?? 0;
    if (count <= 1) this.#counts.delete(key);
    else this.#counts.set(key, count - 1);
  }

  /** Keys with requests in flight (for tests: nothing leaks once every response is done). */
  get size(): number {
    return this.#counts.size;
  }
}
