import type { PluginWorker, PluginWorkerContext } from "@polku/plugin-sdk/server";

export function startNoticeWorker(_context: PluginWorkerContext): PluginWorker {
  return { stop: async () => {} };
}
