import { testDatabases } from "@polku/db/testing";
import { loginAs, startTestApi, TRPCClientError } from "@polku/plugin-sdk/testing";
import { coreErrorTranslations } from "@polku/trpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "./support/plugin-routers.ts";

interface Failure {
  message: string;
  issues: Array<{ path: string; message: string }>;
}

async function failureOf(call: Promise<unknown>): Promise<Failure> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { issues?: Failure["issues"] } | undefined;
    return { message: error.message, issues: data?.issues ?? [] };
  }
  throw new Error("the call succeeded");
}

const NOT_AN_ID = "This is not an id: an id is a UUID such as 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.";
const NOT_FOUND = "The student was not found.";
const UNKNOWN_STUDENT = "00000000-0000-4000-8000-000000000000";

/** The portal asks for the person's language (Accept-Language); failures come back in it. */
describe.each(testDatabases())("failures in the person's language on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  it("says a field's problem and a missing record in Finnish, Swedish or English", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    for (const [language, words] of [
      ["fi-FI,fi;q=0.9", coreErrorTranslations.fi],
      ["sv", coreErrorTranslations.sv],
    ] as const) {
      tutor.state.language = language;
      const bad = await failureOf(tutor.trpc.students.get.query({ studentId: "x" }));
      expect(bad.issues).toEqual([{ path: "studentId", message: words[NOT_AN_ID] }]);
      expect(bad.message).not.toContain("UUID such as");
      const missing = await failureOf(tutor.trpc.students.get.query({ studentId: UNKNOWN_STUDENT }));
      expect(missing.message).toBe(words[NOT_FOUND]);
    }
    tutor.state.language = undefined;
    const english = await failureOf(tutor.trpc.students.get.query({ studentId: "x" }));
    expect(english.issues).toEqual([{ path: "studentId", message: NOT_AN_ID }]);
  });

  it("says a plugin's own failure in the plugin's Finnish", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    tutor.state.language = "fi";
    const failure = await failureOf(
      tutor.plugin<ValmennusRouter>("lappi-valmennus").metrics.surveys.forAnswer.query({
        surveyId: UNKNOWN_STUDENT,
      }),
    );
    expect(failure.message).not.toBe("The survey was not found.");
    expect(failure.message).toMatch(/kysely/i);
  });
});
