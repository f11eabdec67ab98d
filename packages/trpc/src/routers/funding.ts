/**
 * `funding.*`: share agreements between a provider and its partners, their versions and acceptances,
 * each party's statement for a funding year and the comparison of models, all priced by the domain
 * (`@polku/domain/funding`) from the outcomes recorded in the database. The provider's negotiators and
 * managers edit; region admins read; a partner sees only the agreements it is party to, accepts only
 * its own part and gets only its own statement, under pseudonyms. A statement line also names the
 * student for those whose role reads students and who may read that one: the provider's managers, and a
 * partner for the students it holds a grant for.
 */
import { randomUUID } from "node:crypto";
import { schema } from "@polku/db";
import {
  buildStatement,
  compareVariants,
  law2022,
  law2026,
  modelForYear,
  nationalOfNegotiation,
  negotiationDefaults,
  negotiationVariants,
  pseudonymOf,
  type ShareAgreement,
} from "@polku/domain/funding";
import { TRPCError } from "@trpc/server";
import { Schema } from "effect";
import type { Actor } from "../auth/sessions.ts";
import { procedure, router } from "../init.ts";
import { Id, MultiLineText, SingleLineText } from "../schemas.ts";
import { input } from "../validation.ts";
import {
  type AgreementView,
  acceptedTerms,
  graduatePaths,
  graduatesWithNames,
  loadAgreement,
  loadAgreements,
  providerOfActor,
} from "./funding-data.ts";
import { decodeProposal } from "./funding-terms.ts";

const { fundingAgreement, fundingAgreementVersion, fundingAgreementParty, fundingAcceptance } = schema;

const Year = Schema.Int.check(
  Schema.isBetween({ minimum: 2018, maximum: 2100 }, { message: "Give a funding year from 2018 to 2100." }),
);
const Positive = Schema.Finite.check(Schema.isGreaterThan(0, { message: "Give a number above 0." }));
const AgreementRef = Schema.Struct({ agreementId: Id });
const Terms = Schema.Unknown;
const ProposalNote = Schema.optional(MultiLineText(2000));

const forbidden = (message: string) => new TRPCError({ code: "FORBIDDEN", message });
/** A refusal of one input field, named as input validation names it (the portal shows it by the field). */
const badField = (field: string, message: string) =>
  new TRPCError({
    code: "BAD_REQUEST",
    message: `${field}: ${message}`,
    cause: Object.assign(new Error(message), { issues: [{ path: [field], message }] }),
  });

/** Does the actor negotiate this agreement for its provider (rather than as a partner)? */
const onProviderSide = (actor: Actor, a: AgreementView) =>
  providerOfActor(actor) === a.providerId &&
  (actor.role === "funding_negotiator" || actor.role === "manager" || actor.role === "region_admin");
const mayEdit = (actor: Actor, a: AgreementView) =>
  onProviderSide(actor, a) && (actor.role === "funding_negotiator" || actor.role === "manager");

const viewFor = (actor: Actor, a: AgreementView) => {
  const side = onProviderSide(actor, a) ? ("provider" as const) : ("party" as const);
  return {
    ...a,
    side,
    canEdit: mayEdit(actor, a),
    /** The versions waiting for the actor's own organisation to accept its part. */
    awaitingMe:
      side === "party"
        ? a.versions
            .filter((v) =>
              v.acceptances.some((x) => x.organisationId === actor.organisationId && !x.accepted),
            )
            .map((v) => v.version)
        : [],
    inForce: inForceOn(a, today()),
  };
};

const today = () => new Date().toISOString().slice(0, 10);

/** The accepted version in force on a day (the highest whose dates contain it). */
const inForceOn = (a: AgreementView, day: string): number | null => {
  const accepted = acceptedTerms(a).filter(
    (v) => v.effectiveFrom <= day && (v.effectiveTo === undefined || day <= v.effectiveTo),
  );
  return accepted.length === 0 ? null : Math.max(...accepted.map((v) => v.version));
};

/** Which party's statement the actor gets: a partner its own only. */
const partyFor = (actor: Actor, a: AgreementView, asked: string | undefined): string => {
  const parties = [...new Set(a.versions.flatMap((v) => v.terms.parties.map((p) => p.partyId)))];
  if (!onProviderSide(actor, a)) {
    if (asked !== undefined && asked !== actor.organisationId)
      throw forbidden("A partner sees its own statement only.");
    return actor.organisationId;
  }
  const party = asked ?? parties[0];
  if (party === undefined || !parties.includes(party))
    throw badField("partyId", "The agreement has no such party: choose one of its parties.");
  return party;
};

const modelOf = (year: number) => {
  const model = modelForYear(year);
  if (!model)
    throw badField(
      "fundingYear",
      `No funding model applies to ${year}: choose ${law2022.firstYear} or later.`,
    );
  return model;
};

export const fundingRouter = router({
  agreements: procedure.meta({ permission: "funding.agreement.read" }).query(async ({ ctx }) => {
    const actor = ctx.actor!;
    return (await loadAgreements(ctx.tx)).map((a) => {
      const v = viewFor(actor, a);
      const latest = a.versions.at(-1);
      return {
        id: a.id,
        title: latest?.terms.title ?? a.title,
        providerName: a.providerName,
        side: v.side,
        versions: a.versions.length,
        inForce: v.inForce,
        latest: latest ? { version: latest.version, status: latest.status } : null,
        parties:
          latest?.acceptances.slice(1).map((x) => ({ organisationId: x.organisationId, name: x.name })) ?? [],
        awaitingMe: v.awaitingMe,
      };
    });
  }),

  agreement: procedure
    .meta({ permission: "funding.agreement.read" })
    .input(input(AgreementRef))
    .query(async ({ ctx, input: { agreementId } }) =>
      viewFor(ctx.actor!, await loadAgreement(ctx.tx, agreementId)),
    ),

  /** A new agreement with its first version, which the provider accepts by proposing it. */
  create: procedure
    .meta({ permission: "funding.agreement.write" })
    .input(input(Schema.Struct({ title: SingleLineText(200), terms: Terms, note: ProposalNote })))
    .mutation(async ({ ctx, input: { title, terms, note } }) => {
      const actor = ctx.actor!;
      const providerId = providerOfActor(actor);
      if (!providerId) throw forbidden("You negotiate for no education provider.");
      const id = randomUUID();
      const decoded = await decodeProposal(
        ctx.tx,
        { ...(terms as object), title },
        { id, version: 1, providerId },
      );
      await ctx.tx.insert(fundingAgreement).values({ providerId, id, title, createdBy: actor.personId });
      await insertVersion(ctx.tx, actor, decoded, note);
      return { agreementId: id, version: 1 };
    }),

  /** A new version of an agreement's terms; the earlier versions stay as they were. */
  propose: procedure
    .meta({ permission: "funding.agreement.write" })
    .input(input(Schema.Struct({ agreementId: Id, terms: Terms, note: ProposalNote })))
    .mutation(async ({ ctx, input: { agreementId, terms, note } }) => {
      const actor = ctx.actor!;
      const a = await loadAgreement(ctx.tx, agreementId);
      if (!mayEdit(actor, a))
        throw forbidden("Only the provider's negotiators and managers propose versions.");
      const version = (a.versions.at(-1)?.version ?? 0) + 1;
      const decoded = await decodeProposal(ctx.tx, terms, { id: a.id, version, providerId: a.providerId });
      await insertVersion(ctx.tx, actor, decoded, note);
      return { agreementId, version };
    }),

  /** A partner accepts its own part of a version; accepted by all, the version is in force. */
  accept: procedure
    .meta({ permission: "funding.agreement.accept" })
    .input(input(Schema.Struct({ agreementId: Id, version: Schema.Int })))
    .mutation(async ({ ctx, input: { agreementId, version } }) => {
      const actor = ctx.actor!;
      const a = await loadAgreement(ctx.tx, agreementId);
      const v = a.versions.find((x) => x.version === version);
      if (!v) throw new TRPCError({ code: "NOT_FOUND", message: "The version was not found." });
      const mine = v.acceptances.find((x) => x.organisationId === actor.organisationId);
      if (!mine || mine.organisationId === a.providerId)
        throw forbidden("Your organisation is not a party of this version.");
      if (mine.accepted)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Your organisation has already accepted this version.",
        });
      await ctx.tx.insert(fundingAcceptance).values({
        providerId: a.providerId,
        agreementId,
        version,
        organisationId: actor.organisationId,
        acceptedBy: actor.personId,
      });
      const after = await loadAgreement(ctx.tx, agreementId);
      return { status: after.versions.find((x) => x.version === version)!.status };
    }),

  /** One party's statement for a funding year, from the recorded outcomes (see polku.funding_graduates). */
  statement: procedure
    .meta({ permission: "funding.agreement.read" })
    .input(
      input(
        Schema.Struct({
          agreementId: Id,
          fundingYear: Year,
          partyId: Schema.optional(Id),
          budget: Schema.optional(Positive),
          nationalPoints: Schema.optional(Positive),
        }),
      ),
    )
    .query(async ({ ctx, input: i }) => {
      const actor = ctx.actor!;
      const a = await loadAgreement(ctx.tx, i.agreementId);
      const partyId = partyFor(actor, a, i.partyId);
      const model = modelOf(i.fundingYear);
      // Names only for those whose role reads students at all (least privilege): the provider's
      // managers (every graduate) and a partner (those it holds a grant for, as row-level security
      // says), never a funding negotiator or the region admin, whose roles read no students. Every
      // student the named read returned is audited as read here; the pseudonymous read audits its own.
      const named = ctx.services.authority.can(actor.role, "student.read")
        ? await graduatesWithNames(ctx.tx, a)
        : null;
      if (named && named.read.length > 0)
        await ctx.audit(
          named.read.map((studentId) => ({ providerId: a.providerId, studentId, action: "read" })),
        );
      const paths = named?.paths ?? (await graduatePaths(ctx.tx, a));
      const statement = buildStatement({
        versions: acceptedTerms(a),
        partyId,
        fundingYear: i.fundingYear,
        model,
        national: nationalOfNegotiation(model, {
          budget: i.budget ?? negotiationDefaults.budget,
          nationalPoints: i.nationalPoints ?? negotiationDefaults.nationalPoints,
        }),
        paths,
        // The graduates' references are already keyed by the provider's secret (in the database);
        // the HMAC under the provider's id scopes each pseudonym to the party.
        pseudonymKey: a.providerId,
        maySee: () => false,
      });
      // Every line keeps its pseudonym (the downloads carry those); a line the actor may name also
      // carries the student's name.
      const byPseudonym = new Map(
        [...(named?.names ?? [])].map(([ref, name]) => [pseudonymOf(a.providerId, partyId, ref), name]),
      );
      const lines = statement.lines.map((l) => ({ ...l, name: byPseudonym.get(l.student) ?? null }));
      const partyName =
        a.versions.flatMap((v) => v.terms.parties).find((p) => p.partyId === partyId)?.name ?? partyId;
      return {
        ...statement,
        lines,
        partyName,
        providerName: a.providerName,
        title: a.versions.at(-1)?.terms.title ?? a.title,
      };
    }),

  /** The pseudonymous facts and the terms, for scenarios run in the portal's Web Worker. */
  facts: procedure
    .meta({ permission: "funding.agreement.read" })
    .input(input(AgreementRef))
    .query(async ({ ctx, input: { agreementId } }) => {
      const a = await loadAgreement(ctx.tx, agreementId);
      const latest = a.versions.at(-1);
      return {
        paths: await graduatePaths(ctx.tx, a),
        accepted: acceptedTerms(a),
        proposed: latest && latest.status === "proposed" ? latest.terms : null,
        ownParty: onProviderSide(ctx.actor!, a) ? null : ctx.actor!.organisationId,
      };
    }),

  /** Models and versions side by side on the same graduates and random numbers (bounded: the worker runs more). */
  compare: procedure
    .meta({ permission: "funding.agreement.read" })
    .input(
      input(
        Schema.Struct({
          agreementId: Id,
          fundingYear: Year,
          scenarios: Schema.optional(
            Schema.Int.check(
              Schema.isBetween({ minimum: 100, maximum: 2000 }, { message: "100 to 2,000 scenarios." }),
            ),
          ),
          seed: Schema.optional(Schema.Int),
        }),
      ),
    )
    .query(async ({ ctx, input: i }) => {
      const actor = ctx.actor!;
      const a = await loadAgreement(ctx.tx, i.agreementId);
      const accepted = acceptedTerms(a);
      const latest = a.versions.at(-1);
      const agreements: Array<{ label: string; versions: ShareAgreement[] }> = [
        { label: `v${inForceOn(a, today()) ?? "-"}`, versions: accepted },
      ];
      if (latest?.status === "proposed")
        agreements.push({ label: `v${latest.version}`, versions: [...accepted, latest.terms] });
      const variants = negotiationVariants({
        paths: await graduatePaths(ctx.tx, a),
        fundingYear: i.fundingYear,
        agreements,
        models: [law2022, law2026],
        assumptions: negotiationDefaults,
      });
      const comparison = compareVariants(variants, { scenarios: i.scenarios ?? 1000, seed: i.seed ?? 2026 });
      const own = onProviderSide(actor, a) ? undefined : `${a.id}/${actor.organisationId}`;
      return {
        labels: comparison.labels,
        parties: [...comparison.parties]
          .filter(([key]) => own === undefined || key === own)
          .map(([key, list]) => ({
            key,
            partyId: key.slice(key.indexOf("/") + 1),
            summaries: list.map((s) => s ?? null),
          })),
      };
    }),
});

async function insertVersion(
  tx: Parameters<typeof decodeProposal>[0],
  actor: Actor,
  terms: ShareAgreement,
  note: string | undefined,
) {
  const key = { providerId: terms.providerId, agreementId: terms.id, version: terms.version };
  await tx.insert(fundingAgreementVersion).values({
    ...key,
    terms: terms as unknown as Record<string, unknown>,
    effectiveFrom: terms.effectiveFrom,
    note: note ?? null,
    proposedBy: actor.personId,
  });
  if (terms.parties.length > 0)
    await tx
      .insert(fundingAgreementParty)
      .values(terms.parties.map((p) => ({ ...key, organisationId: p.partyId })));
  // Proposing is the provider's acceptance: the version waits for the partners only.
  await tx
    .insert(fundingAcceptance)
    .values({ ...key, organisationId: terms.providerId, acceptedBy: actor.personId });
}
