/**
 * The portal tests' API: vitest runs this once, in Node, before the page tests (which run in
 * happy-dom): a real API with this plugin on PGlite, whose address the tests `inject("apiUrl")`.
 */
import { startTestApi } from "@polku/plugin-sdk/testing";
import type { TestProject } from "vitest/node";
import { passportSettings } from "./setup.ts";

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const api = await startTestApi("pglite", {
    plugins: ["keski-pohjanmaa-tyoelamapassi"],
    settings: passportSettings,
  });
  project.provide("apiUrl", api.url);
  return () => api.close();
}
