import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inRequest } from "./actor.ts";
import { rowsOf } from "./client.ts";
import {
  auditLog,
  guardian,
  membership,
  organisation,
  person,
  session,
  student,
  supportTeamMember,
} from "./schema/index.ts";
import {
  type ActorScope,
  createTestDb,
  inScope,
  openTestSession,
  type TestDb,
  testDatabases,
} from "./testing.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => String(error.cause ?? error),
  );

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * The request wall of issue 7: the request connection cannot step past row-level security, no request
 * reads a hash or the login limit, an audit entry is exactly what the request is, a student sees only
 * the people around them, and welfare reads stay out of the trail a manager or guardian reads.
 */
describe.each(testDatabases())("the request wall on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const otherProvider = randomUUID();
  const minor = randomUUID();
  const minorPerson = randomUUID();
  const guardianPerson = randomUUID();
  const tutorPerson = randomUUID();
  const welfarePerson = randomUUID();
  const strangerPerson = randomUUID();
  const tutorMembership = randomUUID();
  const tutor: ActorScope = {
    providerId: provider,
    organisationId: provider,
    personId: tutorPerson,
    role: "tutor",
  };
  const manager: ActorScope = { ...tutor, role: "manager" };
  const welfare: ActorScope = { ...tutor, personId: welfarePerson, role: "welfare" };
  const self: ActorScope = {
    providerId: null,
    organisationId: provider,
    personId: minorPerson,
    role: "student",
  };
  const ward: ActorScope = {
    providerId: null,
    organisationId: provider,
    personId: guardianPerson,
    role: "guardian",
  };

  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.insert(organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: otherProvider, kind: "provider", name: "Q" },
    ]);
    await t.db.insert(person).values(
      [minorPerson, guardianPerson, tutorPerson, welfarePerson, strangerPerson].map((id) => ({
        id,
        username: id,
        passwordHash: "$argon2id$secret",
        firstName: "A",
        lastName: "B",
      })),
    );
    await t.db.insert(membership).values([
      { id: tutorMembership, personId: tutorPerson, organisationId: provider, role: "tutor" },
      { personId: welfarePerson, organisationId: provider, role: "welfare" },
      { personId: strangerPerson, organisationId: provider, role: "student" },
      { personId: minorPerson, organisationId: provider, role: "student" },
    ]);
    const birthDate = `${new Date().getUTCFullYear() - 16}-01-01`;
    await t.db.insert(student).values({
      providerId: provider,
      id: minor,
      personId: minorPerson,
      firstName: "S",
      lastName: "T",
      birthDate,
    });
    await t.db.insert(guardian).values({
      providerId: provider,
      studentId: minor,
      personId: guardianPerson,
      firstName: "G",
      lastName: "T",
    });
    await t.db
      .insert(supportTeamMember)
      .values({ providerId: provider, studentId: minor, personId: tutorPerson, role: "tutor" });
  });
  afterAll(() => t?.dispose());

  const openSession = (personId: string) => openTestSession(t.db, personId);
  const request = (tokenHash: string | null, procedure = "students.list") => ({
    tokenHash,
    procedure,
    ip: "192.0.2.1",
  });

  it("keeps password hashes and the login limit from every request", async () => {
    expect(
      await failure(
        inScope(t.db, tutor, (tx) => tx.execute(sql`select * from polku_login_lookup(${tutorPerson})`)),
      ),
    ).toMatch(/permission denied/);
    for (const statement of [
      sql`select count(*) from login_attempt`,
      sql`delete from login_attempt`,
      sql`insert into login_attempt (username_hash, succeeded) values ('x', false)`,
      sql`select count(*) from login_known_address`,
    ]) {
      expect(await failure(inScope(t.db, tutor, (tx) => tx.execute(statement)))).toMatch(/permission denied/);
    }
  });

  it.runIf(kind === "postgres")(
    "serves requests over a login role that cannot become the owner",
    async () => {
      const [owner] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_user as name`));
      const onRequests = (statement: ReturnType<typeof sql>) =>
        failure(t.requestDb.transaction((tx) => tx.execute(statement)));
      // Without the role switch the login role holds nothing itself (NOINHERIT): no table, no hash.
      expect(await onRequests(sql`select password_hash from person`)).toMatch(/permission denied/);
      expect(await onRequests(sql`select * from polku_login_lookup('x')`)).toMatch(/permission denied/);
      // After a request's SET ROLE, RESET ROLE leads back to the login role, never to the owner.
      expect(
        await failure(
          t.requestDb.transaction(async (tx) => {
            await tx.execute(sql`set local role polku_app`);
            await tx.execute(sql`reset role`);
            return tx.execute(sql`select password_hash from person`);
          }),
        ),
      ).toMatch(/permission denied/);
      expect(await onRequests(sql.raw(`set role "${owner!.name}"`))).toMatch(/permission denied/);
      expect(await onRequests(sql`set role postgres`)).toMatch(/permission denied|does not exist/);
      expect(await onRequests(sql`set session authorization postgres`)).toMatch(/permission denied/);
    },
  );

  it("refuses an audit entry that is not exactly the request writing it", async () => {
    const scope = { ...tutor, procedure: "students.get", ip: "192.0.2.1" };
    const honest = {
      providerId: provider,
      studentId: minor,
      actorPersonId: tutorPerson,
      actorOrganisationId: provider,
      actorRole: "tutor",
      action: "read",
      procedure: "students.get",
      ip: "192.0.2.1",
    };
    expect(await failure(inScope(t.db, scope, (tx) => tx.insert(auditLog).values(honest)))).toBe("succeeded");
    const forgeries = [
      { ...honest, actorRole: "manager" },
      { ...honest, procedure: "welfare.get" },
      { ...honest, ip: "198.51.100.7" },
      { ...honest, actorOrganisationId: otherProvider },
      { ...honest, studentId: null, providerId: otherProvider },
      { ...honest, at: new Date("2020-01-01T00:00:00Z") },
    ];
    for (const forged of forgeries) {
      expect(await failure(inScope(t.db, scope, (tx) => tx.insert(auditLog).values(forged)))).toMatch(
        /row-level security/,
      );
    }
  });

  it("shows a student themself, their guardians and support team, not everyone in the school", async () => {
    const visible = async (scope: ActorScope) =>
      (await inScope(t.db, scope, (tx) => tx.select({ id: person.id }).from(person))).map((p) => p.id).sort();
    expect(await visible(self)).toEqual([minorPerson, guardianPerson, tutorPerson].sort());
    expect(await visible(ward)).toEqual([minorPerson, guardianPerson, tutorPerson].sort());
    // Staff still see their colleagues and the provider's people.
    expect(await visible(tutor)).toEqual(
      expect.arrayContaining([tutorPerson, welfarePerson, strangerPerson, minorPerson]),
    );
  });

  it("resolves the session and sets the scope in the request's first statement", async () => {
    const { tokenHash } = await openSession(tutorPerson);
    const seen = await inRequest(t.requestDb, request(tokenHash), async (tx, actor) => ({
      actor,
      students: (await tx.select({ id: student.id }).from(student)).map((s) => s.id),
      setting: rowsOf<{ p: string }>(await tx.execute(sql`select current_setting('app.procedure') as p`))[0]
        ?.p,
    }));
    expect(seen.actor).toMatchObject({
      personId: tutorPerson,
      role: "tutor",
      providerId: provider,
      csrfToken: "c",
    });
    expect(seen.students).toEqual([minor]);
    expect(seen.setting).toBe("students.list");
    const anonymous = await inRequest(t.requestDb, request(sha256("no such token")), async (tx, actor) => ({
      actor,
      students: await tx.select({ id: student.id }).from(student),
    }));
    expect(anonymous).toEqual({ actor: null, students: [] });
  });

  it("takes the actor from the session, never from a setting the request writes", async () => {
    // The stranger is a student of the same provider with a live session of their own.
    const stranger = await openSession(strangerPerson);
    const impersonate = sql`select set_config('app.provider_id', ${provider}, true),
      set_config('app.organisation_id', ${provider}, true), set_config('app.person_id', ${guardianPerson}, true),
      set_config('app.role', 'welfare', true)`;
    for (const tokenHash of [stranger.tokenHash, null]) {
      const seen = await inRequest(t.requestDb, request(tokenHash), async (tx) => {
        await tx.execute(impersonate);
        return {
          students: await tx.select({ id: student.id }).from(student),
          scope: rowsOf<{ person: string | null; provider: string | null; role: string | null }>(
            await tx.execute(sql`select polku_setting_uuid('app.person_id') as person,
              polku_current_provider() as provider, polku_current_role() as role`),
          )[0],
        };
      });
      // Neither the guardian's ward nor the provider's students: the settings are not the scope.
      expect(seen.students).toEqual([]);
      expect(seen.scope).toEqual(
        tokenHash
          ? { person: strangerPerson, provider: null, role: "student" }
          : { person: null, provider: null, role: null },
      );
    }
    // A made-up session gives no scope, and no request can read the real ones to borrow.
    const madeUp = await inRequest(t.requestDb, request(null), async (tx) => {
      await tx.execute(sql`select set_config('app.session', ${sha256("guess")}, true)`);
      await tx.execute(impersonate);
      return tx.select({ id: student.id }).from(student);
    });
    expect(madeUp).toEqual([]);
  });

  it("keeps sessions from every request: none is read, written or ended but by the owner", async () => {
    for (const statement of [
      sql`select token_hash from session`,
      sql`insert into session (token_hash, person_id, role, provider_id, csrf_token, expires_at)
          values ('forged', ${tutorPerson}::uuid, 'manager', ${provider}::uuid, 'c', now() + interval '1 hour')`,
      sql`update session set expires_at = now() + interval '1 year'`,
      sql`delete from session`,
    ]) {
      expect(
        await failure(inRequest(t.requestDb, request(null, "auth.me"), (tx) => tx.execute(statement))),
      ).toMatch(/permission denied/);
    }
  });

  it("ends a person's sessions when they are disabled or their membership changes", async () => {
    // Even naming the session directly in app.session gives no scope once it has ended.
    const scopeOf = (tokenHash: string) =>
      inRequest(t.requestDb, { tokenHash: null, procedure: "x", ip: null }, async (tx) => {
        await tx.execute(sql`select set_config('app.session', ${tokenHash}, true)`);
        return rowsOf<{ role: string | null }>(await tx.execute(sql`select polku_current_role() as role`))[0]
          ?.role;
      });
    const welfareSession = await openSession(welfarePerson);
    expect(await scopeOf(welfareSession.tokenHash)).toBe("welfare");
    await t.db.execute(sql`update person set disabled = true where id = ${welfarePerson}::uuid`);
    expect(await scopeOf(welfareSession.tokenHash)).toBe(null);
    await t.db.execute(sql`update person set disabled = false where id = ${welfarePerson}::uuid`);

    const tutorSession = await openSession(tutorPerson);
    expect(await scopeOf(tutorSession.tokenHash)).toBe("tutor");
    await t.db.execute(
      sql`update membership set role = 'teacher' where id = ${tutorSession.membershipId}::uuid`,
    );
    expect(await scopeOf(tutorSession.tokenHash)).toBe(null);
    await t.db.execute(
      sql`update membership set role = 'tutor' where id = ${tutorSession.membershipId}::uuid`,
    );
    // No session outlives the 12 hours from its login, whoever writes it.
    expect(
      await failure(
        t.db.execute(sql`update session set expires_at = created_at + interval '13 hours'
          where token_hash = ${tutorSession.tokenHash}`),
      ),
    ).toMatch(/session_absolute_limit/);
  });

  it("lets only the student or a minor's guardian approve a HOKS, never staff", async () => {
    const hoksId = randomUUID();
    await t.db.execute(sql`insert into hoks (provider_id, id, student_id, status, document)
      values (${provider}::uuid, ${hoksId}::uuid, ${minor}::uuid, 'awaiting_approval', '{}'::jsonb)`);
    const statusOf = async () =>
      rowsOf<{ status: string }>(
        await t.db.execute(sql`select status from hoks where id = ${hoksId}::uuid`),
      )[0]?.status;
    for (const forged of [
      sql`update hoks set status = 'approved', approved_by = polku_setting_uuid('app.person_id') where id = ${hoksId}::uuid`,
      sql`update hoks set status = 'approved', origin = 'imported', approved_by = ${minorPerson}::uuid where id = ${hoksId}::uuid`,
    ]) {
      expect(await failure(inScope(t.db, tutor, (tx) => tx.execute(forged)))).toMatch(/row-level security/);
    }
    expect(await statusOf()).toBe("awaiting_approval");
    await inScope(t.db, ward, (tx) =>
      tx.execute(sql`select polku_approve_hoks(${provider}::uuid, ${hoksId}::uuid)`),
    );
    expect(await statusOf()).toBe("approved");
  });

  it("shows a partner's people to the provider's staff only while a grant is in force", async () => {
    const workshop = randomUUID();
    const coach = randomUUID();
    await t.db.insert(organisation).values({ id: workshop, kind: "workshop", name: "W" });
    await t.db
      .insert(person)
      .values({ id: coach, username: coach, passwordHash: "x", firstName: "C", lastName: "D" });
    await t.db
      .insert(membership)
      .values({ personId: coach, organisationId: workshop, role: "workshop_coach" });
    const grant = (from: string, until: string) =>
      t.db.execute(sql`insert into access_grant (provider_id, student_id, grantee_organisation_id, scope,
          consent_given_by, valid_from, valid_until)
        values (${provider}::uuid, ${minor}::uuid, ${workshop}::uuid, 'handover', 'student',
          now() + ${from}::interval, now() + ${until}::interval) returning id`);
    const visible = async () =>
      rowsOf<{ v: boolean }>(
        await inScope(t.db, tutor, (tx) => tx.execute(sql`select polku_person_visible(${coach}::uuid) as v`)),
      )[0]?.v;
    await grant("10 years", "11 years");
    expect(await visible()).toBe(false);
    await grant("-2 days", "-1 day");
    expect(await visible()).toBe(false);
    await grant("-1 day", "30 days");
    expect(await visible()).toBe(true);
  });

  it("keeps a session's scope to its own membership", async () => {
    const [welfareMembership] = await t.db
      .select({ id: membership.id })
      .from(membership)
      .where(sql`${membership.personId} = ${welfarePerson}::uuid`);
    // Even the owner cannot open a session of the tutor acting through the welfare worker's membership.
    expect(
      await failure(
        t.db.insert(session).values({
          tokenHash: sha256(randomUUID()),
          personId: tutorPerson,
          membershipId: welfareMembership!.id,
          csrfToken: "c",
          expiresAt: new Date(Date.now() + 60_000),
        }),
      ),
    ).toMatch(/not the session's person's/);
  });

  it("shows welfare reads in a trail only to the student and to welfare staff", async () => {
    const entry = (confidential: boolean, procedure: string) => ({
      providerId: provider,
      studentId: minor,
      actorPersonId: welfarePerson,
      actorRole: "welfare",
      action: "read",
      procedure,
      confidential,
    });
    await t.db.insert(auditLog).values([entry(true, "welfare.get"), entry(false, "students.get")]);
    const trail = async (scope: ActorScope) =>
      rowsOf<{ procedure: string }>(
        await inScope(t.db, scope, (tx) =>
          tx.execute(sql`select procedure from polku_audit_trail(${provider}::uuid, ${minor}::uuid)`),
        ),
      )
        .map((r) => r.procedure)
        .sort();
    for (const scope of [manager, ward]) {
      expect(await trail(scope)).toContain("students.get");
      expect(await trail(scope)).not.toContain("welfare.get");
    }
    for (const scope of [self, welfare]) expect(await trail(scope)).toContain("welfare.get");
  });
});
