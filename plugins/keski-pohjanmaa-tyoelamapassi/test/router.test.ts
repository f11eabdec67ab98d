/**
 * The plugin's router against a real API (the host with this plugin and the core, on PGlite, and on
 * PostgreSQL too when DATABASE_URL is set), called as the portal calls it: logged in as a demo person,
 * over HTTP, through the tRPC client typed with this plugin's router.
 */
import {
  codeOf,
  loginAs,
  makeClient,
  startTestApi,
  type TestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";

const id = "keski-pohjanmaa-tyoelamapassi";

describe.each(testDatabases())("keski-pohjanmaa-tyoelamapassi on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
  });
  afterAll(() => api.close());

  it("records a student's entries and lists them newest first", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    const entries = tutor.plugin<PluginRouter>(id);
    await entries.add.mutate({ studentId: student!.id, text: "Ensimmäinen tapaaminen sovittu" });
    await entries.add.mutate({ studentId: student!.id, text: "Toinen tapaaminen pidetty" });
    const listed = await entries.list.query({ studentId: student!.id });
    expect(listed.map((e) => e.text)).toEqual([
      "Toinen tapaaminen pidetty",
      "Ensimmäinen tapaaminen sovittu",
    ]);
    expect(await entries.list.query({ studentId: student!.id, limit: 1 })).toHaveLength(1);
    // An empty entry is refused at its field.
    expect(await codeOf(entries.add.mutate({ studentId: student!.id, text: "" }))).toBe("BAD_REQUEST");
  });

  it("tells the student of a new entry in their inbox (its event, subscription and notification)", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const student = await loginAs(api.url, "opiskelija");
    const [self] = await student.trpc.students.list.query({});
    await tutor
      .plugin<PluginRouter>(id)
      .add.mutate({ studentId: self!.id, text: "Harjoittelupaikka löytyi" });
    const inbox = await student.trpc.inbox.list.query({ locale: "fi" });
    expect(inbox.items.map((i) => i.subject)).toContain("Uusi merkintä: keski-pohjanmaa-tyoelamapassi");
  });

  it("lets only the roles its manifest names read and write", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    const partner = await loginAs(api.url, "kumppani");
    const asPartner = partner.plugin<PluginRouter>(id);
    expect(await codeOf(asPartner.list.query({ studentId: student!.id }))).toBe("FORBIDDEN");
    expect(await codeOf(asPartner.add.mutate({ studentId: student!.id, text: "Ei kuulu minulle" }))).toBe(
      "FORBIDDEN",
    );
    // The manager reads but does not write; no one reads without a session.
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<PluginRouter>(id);
    expect(await codeOf(manager.list.query({ studentId: student!.id }))).toBe("OK");
    expect(await codeOf(manager.add.mutate({ studentId: student!.id, text: "Esihenkilön merkintä" }))).toBe(
      "FORBIDDEN",
    );
    const nobody = makeClient(api.url).plugin<PluginRouter>(id);
    expect(await codeOf(nobody.list.query({ studentId: student!.id }))).toBe("UNAUTHORIZED");
  });

  it("answers its public route without a session", async () => {
    const about = await fetch(`${api.url}/public/${id}/about`);
    expect(about.status).toBe(200);
    expect(await about.json()).toMatchObject({ id });
  });
});
