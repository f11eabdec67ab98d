/** A background loop the host starts after listening and stops (awaiting work in flight) on close. */
export interface Worker {
  stop(): Promise<void>;
}

/**
 * Runs `round` now and then every `intervalMs` after the previous round ends; `stop` awaits the one
 * running. The timer does not keep the process alive: the server does while it listens.
 */
export function pollEvery(
  intervalMs: number,
  round: () => Promise<unknown>,
  handlers: { onError: (error: unknown) => void; onStop?: () => void },
): Worker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = round()
      .then(
        () => undefined,
        (error) => handlers.onError(error),
      )
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          timer.unref();
        }
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      handlers.onStop?.();
    },
  };
}
