import { type ScheduledJob, type ServerPlugin, schedule } from "@polku/plugin-sdk/server";
import { describe, expect, it } from "vitest";
import { compileJobs } from "./jobs.ts";

const run = async () => {};
const pluginWith = (jobs: readonly unknown[]) =>
  ({ manifest: { id: "test-region-practice" }, jobs }) as unknown as ServerPlugin;
const reasonOf = (jobs: readonly unknown[]) => {
  try {
    compileJobs([pluginWith(jobs)]);
    return "ok";
  } catch (error) {
    return `${(error as { _tag?: string })._tag}: ${(error as Error).message}`;
  }
};

describe("checking a plugin's jobs at start-up", () => {
  it("reads `every` and `at` and runs as the plugin's job role", () => {
    const [hourly, nightly] = compileJobs([
      pluginWith([
        schedule({ id: "hourly", every: "1 hour", run }),
        schedule({ id: "nightly", at: "03:00", timeout: 60_000, run }),
      ]),
    ]);
    expect(hourly).toMatchObject({
      timing: { kind: "every", ms: 3_600_000 },
      schedule: "every 3600000",
      timeoutMs: 600_000,
      role: "polku_job_test_region_practice",
    });
    expect(nightly).toMatchObject({
      timing: { kind: "at", hour: 3, minute: 0 },
      schedule: "at 03:00",
      timeoutMs: 60_000,
    });
  });

  it("stops start-up naming the plugin and the job", () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ id: "Nightly", every: "1 day", run }, /job "Nightly": its id must be kebab-case/],
      [{ id: "often", every: "15 min", run }, /job "often": every "15 min" is not an interval/],
      [{ id: "often", every: 10, run }, /job "often": every 10 is not an interval/],
      [{ id: "late", at: "24:00", run }, /job "late": at "24:00" is not a time of day/],
      [{ id: "both", at: "03:00", every: "1 day", run }, /job "both": give it either `every`/],
      [{ id: "neither", run }, /job "neither": give it either `every`/],
      [{ id: "slow", every: "1 day", timeout: "forever", run }, /job "slow": timeout "forever"/],
      [{ id: "lazy", every: "1 day" }, /job "lazy": it has no run function/],
    ];
    for (const [job, reason] of cases) {
      expect(reasonOf([job])).toMatch(/^DeploymentError: Plugin "test-region-practice", /);
      expect(reasonOf([job])).toMatch(reason);
    }
  });

  it("refuses two jobs of one plugin with the same id", () => {
    const twice: ScheduledJob[] = [
      schedule({ id: "nightly", at: "03:00", run }),
      schedule({ id: "nightly", every: 5000, run }),
    ];
    expect(reasonOf(twice)).toMatch(/job "nightly": another job of the plugin has the same id/);
  });
});
