import { testDatabases } from "@polku/db/testing";
import { localDateIn } from "@polku/domain";
import { loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "./support/plugin-routers.ts";

interface Refusal {
  code: string;
  issues: Array<{ path: string; message: string }>;
}

/** The BAD_REQUEST a call ends in, with its issues (or the call's result when it succeeded). */
async function refusalOf(call: Promise<unknown>): Promise<Refusal | "OK"> {
  try {
    await call;
    return "OK";
  } catch (error) {
    const data = (error as { data?: { code: string; issues?: Refusal["issues"] } }).data;
    return { code: data?.code ?? "UNKNOWN", issues: data?.issues ?? [] };
  }
}

/**
 * NUL bytes in free text used to reach the database and fail there (a 500, SQLSTATE 22021, on both
 * databases). Every text input now refuses control characters with a 400 that names the field.
 */
describe.each(testDatabases())("control characters in text inputs on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  it("refuses a NUL in a note, a title and a plugin's note with a 400 naming the field", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    const addNote = await refusalOf(
      tutor.trpc.coaching.addNote.mutate({
        studentId: student!.id,
        visibility: "team",
        body: "Tapasimme\u0000 tänään.",
      }),
    );
    expect(addNote).toEqual({
      code: "BAD_REQUEST",
      issues: [
        { path: "body", message: expect.stringMatching(/control character \(U\+0000\) at character 10/) },
      ],
    });
    const step = await refusalOf(
      tutor.trpc.pathway.addStep.mutate({ studentId: student!.id, kind: "follow-up", note: "ok\u0000" }),
    );
    expect(step).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "note" }] });
    const group = await refusalOf(tutor.trpc.attendance.createGroup.mutate({ name: "TVO\t24" }));
    expect(group).toMatchObject({
      code: "BAD_REQUEST",
      issues: [{ path: "name", message: expect.stringMatching(/tab/) }],
    });

    const kuraattori = (await loginAs(api.url, "kuraattori")).plugin<ValmennusRouter>("lappi-valmennus");
    const hours = await refusalOf(
      kuraattori.hours.record.mutate({
        workedOn: localDateIn(new Date()),
        hours: 1,
        activity: "planning",
        note: "\u001b[31mred",
      }),
    );
    expect(hours).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "note" }] });
  });

  it("keeps line breaks (CRLF too) and tabs in multi-line text", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    const { id } = await tutor.trpc.coaching.addNote.mutate({
      studentId: student!.id,
      visibility: "team",
      body: "Rivi yksi\r\nRivi kaksi\n\tsisennetty",
    });
    const notes = await tutor.trpc.coaching.notes.query({ studentId: student!.id });
    expect(notes.find((n) => n.id === id)?.body).toBe("Rivi yksi\r\nRivi kaksi\n\tsisennetty");
  });

  it("refuses a control character anywhere in an input, also where no field schema looks, naming its path", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    // An imported document is any JSON object: the safety net of every input finds the key.
    const imported = await refusalOf(
      tutor.trpc.hoks.import.mutate({ studentId: student!.id, document: { "oppija\u0000oid": "x" } }),
    );
    expect(imported).toEqual({
      code: "BAD_REQUEST",
      issues: [
        { path: "document.oppija\\u0000oid", message: expect.stringMatching(/^The name of this field/) },
      ],
    });
    // The same document as text hides the NUL as an escape until it is parsed: the decoder finds it.
    const asText = await refusalOf(
      tutor.trpc.hoks.import.mutate({ studentId: student!.id, document: '{"oppija-oid":"1.2\\u0000"}' }),
    );
    expect(asText).toMatchObject({ code: "BAD_REQUEST" });
    expect((asText as Refusal).issues.map((i) => i.path)).toContain("oppija-oid");
  });

  it("refuses a CSV with a NUL byte, naming the file's field", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const day = localDateIn(new Date());
    const refused = await refusalOf(
      tutor.trpc.attendance.import.mutate({ day, csv: "opiskelija;merkintä\r\n1.2.246\u0000;läsnä\r\n" }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "csv" }] });
  });
});
