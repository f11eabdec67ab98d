/**
 * The workspace plugins' router types, for the core tests that call their procedures through a typed
 * client. The host runs these plugins as any deployment does, from the workspace's plugins/ folder
 * (src/deployment/load.ts), not as package dependencies: each plugin lists @polku/host as a
 * devDependency for its own tests (@polku/plugin-sdk/testing starts it), so the host listing the
 * plugins back would make a cycle, which turbo refuses. Types only: nothing here reaches run time.
 */
export type { HandoverRouter } from "../../../../plugins/esedu-workshop-handover/src/server.ts";
export type { ValmennusRouter } from "../../../../plugins/lappi-valmennus/src/server.ts";
