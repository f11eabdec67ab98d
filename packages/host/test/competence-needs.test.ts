/**
 * Companies' competence needs (core, migration 0024): a company's contact states and closes the
 * company's own; staff and partners read them; through SQL as the application role nobody else writes
 * them and a contact cannot write another company's.
 */

import { codeOf, inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

describe.each(testDatabases())("company competence needs on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  it("lets a company's contact state and close its needs, and staff and partners read them", async () => {
    const company = await loginAs(api.url, "yritys");
    const coach = await loginAs(api.url, "valmentaja");
    const tutor = await loginAs(api.url, "omaohjaaja");
    const student = await loginAs(api.url, "opiskelija");
    const { id } = await company.trpc.competenceNeeds.state.mutate({
      field: "Talonrakennus",
      qualificationCode: "351301",
      descriptionFi: "Kaksi rakennustyöntekijää kevääksi",
      headcount: 2,
      neededFrom: "2027-03-01",
    });
    const bad = await company.trpc.competenceNeeds.state
      .mutate({ field: "X", qualificationCode: "12", descriptionFi: "x", headcount: 1 })
      .catch((e) => e);
    expect(bad.data.code).toBe("BAD_REQUEST");
    // A need with no words (a form sent empty) is refused, naming each field, in Finnish for a Finn.
    const blank = await company.trpc.competenceNeeds.state
      .mutate({ field: " ", descriptionFi: "", headcount: 1 })
      .catch((e) => e);
    expect(blank.data.code).toBe("BAD_REQUEST");
    expect(blank.message).toContain("field: Name the field or qualification the need is in.");
    expect(blank.message).toContain("descriptionFi: Say in Finnish what competence is needed.");
    expect(
      await codeOf(coach.trpc.competenceNeeds.state.mutate({ field: "X", descriptionFi: "x", headcount: 1 })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(student.trpc.competenceNeeds.list.query({}))).toBe("FORBIDDEN");
    for (const reader of [coach, tutor]) {
      const open = await reader.trpc.competenceNeeds.list.query({ status: "open" });
      expect(open.find((n) => n.id === id)).toMatchObject({
        field: "Talonrakennus",
        headcount: 2,
        organisationName: "Savon Rakennuspalvelu Oy",
      });
    }
    expect(await codeOf(coach.trpc.competenceNeeds.close.mutate({ needId: id }))).toBe("FORBIDDEN");
    await company.trpc.competenceNeeds.close.mutate({ needId: id });
    expect((await tutor.trpc.competenceNeeds.list.query({ status: "open" })).map((n) => n.id)).not.toContain(
      id,
    );
    expect(await codeOf(company.trpc.competenceNeeds.close.mutate({ needId: id }))).toBe("NOT_FOUND");
  });

  it("refuses writes outside the company's own contact in SQL as the application role", async () => {
    const [contact] = rowsOf<{ person_id: string; organisation_id: string }>(
      await api.db.execute(sql`select m.person_id, m.organisation_id from membership m
        join person p on p.id = m.person_id where p.username = 'yritys' and m.role = 'company_contact'`),
    );
    const [other] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'company'
        and id <> ${contact!.organisation_id}::uuid limit 1`),
    );
    const scope = {
      providerId: null,
      organisationId: contact!.organisation_id,
      personId: contact!.person_id,
      role: "company_contact",
    };
    const insert = (organisationId: string, createdBy: string) =>
      sql`insert into company_competence_need (organisation_id, field, description_fi, created_by)
          values (${organisationId}::uuid, 'Ala', 'Kuvaus', ${createdBy}::uuid)`;
    expect(
      await failure(inScope(api.db, scope, (tx) => tx.execute(insert(other!.id, contact!.person_id)))),
    ).toBe("42501");
    const coachScope = { ...scope, role: "workshop_coach" };
    expect(
      await failure(
        inScope(api.db, coachScope, (tx) => tx.execute(insert(contact!.organisation_id, contact!.person_id))),
      ),
    ).toBe("42501");
    // Its own company's need: allowed, but never rewritten (only closed) and never deleted.
    await inScope(api.db, scope, (tx) => tx.execute(insert(contact!.organisation_id, contact!.person_id)));
    expect(
      await failure(
        inScope(api.db, scope, (tx) => tx.execute(sql`update company_competence_need set field = 'x'`)),
      ),
    ).toBe("42501");
    expect(
      await failure(inScope(api.db, scope, (tx) => tx.execute(sql`delete from company_competence_need`))),
    ).toBe("42501");
    // Nobody logged in reads them.
    const anonymous = { providerId: null, organisationId: null, personId: null, role: null };
    const seen = await inScope(api.db, anonymous, async (tx) =>
      rowsOf(await tx.execute(sql`select 1 from company_competence_need`)),
    );
    expect(seen).toEqual([]);
  });
});
