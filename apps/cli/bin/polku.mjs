#!/usr/bin/env node
// polku: runs the TypeScript sources through tsx (as apps/api does in development).
import { register } from "tsx/esm/api";

// `pnpm polku ...` from the repository root runs here in the root: resolve files from where it was typed.
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === "polku") process.chdir(process.env.INIT_CWD);
register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
