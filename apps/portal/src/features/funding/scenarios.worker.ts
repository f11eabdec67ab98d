/// <reference lib="webworker" />
/**
 * The Web Worker that runs a negotiation's scenarios off the page's thread, so the page stays
 * responsive and can show progress; it posts progress messages, the distribution as soon as it is known
 * (the page's first chart), then the whole result (or the failure).
 */
import { type DistributionResult, runNegotiation, type ScenarioRequest } from "./scenarios-run.ts";

export type WorkerMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "distribution"; readonly first: DistributionResult }
  | { readonly type: "result"; readonly result: ReturnType<typeof runNegotiation> }
  | { readonly type: "error"; readonly message: string };

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ScenarioRequest>) => {
  try {
    const result = runNegotiation(
      event.data,
      (done, total) => post({ type: "progress", done, total }),
      (first) => post({ type: "distribution", first }),
    );
    post({ type: "result", result });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
