/// <reference lib="webworker" />
/**
 * The Web Worker that runs a negotiation's scenarios off the page's thread, so the page stays
 * responsive and can show progress; it posts progress messages, then the result (or the failure).
 */
import { runNegotiation, type ScenarioRequest } from "./scenarios-run.ts";

export type WorkerMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "result"; readonly result: ReturnType<typeof runNegotiation> }
  | { readonly type: "error"; readonly message: string };

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ScenarioRequest>) => {
  try {
    const result = runNegotiation(event.data, (done, total) => post({ type: "progress", done, total }));
    post({ type: "result", result });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
