/**
 * Organisations on a student's path. Providers (koulutuksen järjestäjä), workshops and companies are
 * legal persons with a business ID (Y-tunnus); an institution (oppilaitos/toimipiste) is part of its
 * provider and has a `parentId` instead. Partners and higher-education institutions may give one.
 */
import { Schema } from "effect";
import { BusinessId } from "./identifiers/businessId.ts";
import { OrganisationOid } from "./identifiers/oid.ts";
import { Uuid } from "./uuid.ts";
import { organisationKinds } from "./vocabulary.ts";

export { organisationKinds };

export const OrganisationKind = Schema.Literals(organisationKinds);
export type OrganisationKind = typeof OrganisationKind.Type;

/** Kinds that must carry a business ID. */
export const kindsRequiringBusinessId: ReadonlySet<OrganisationKind> = new Set([
  "provider",
  "workshop",
  "company",
]);

export const Organisation = Schema.Struct({
  id: Uuid,
  kind: OrganisationKind,
  name: Schema.String.check(
    Schema.isTrimmed(),
    Schema.isNonEmpty({ message: "Give the organisation a name." }),
  ),
  businessId: Schema.optional(BusinessId),
  /** The provider an institution belongs to. */
  parentId: Schema.optional(Uuid),
  /** The organisation's OID in the national organisation register, when it has one. */
  oid: Schema.optional(OrganisationOid),
}).check(
  Schema.makeFilter((o) => {
    const issues: Array<Schema.FilterIssue> = [];
    if (kindsRequiringBusinessId.has(o.kind) && o.businessId === undefined) {
      issues.push({
        path: ["businessId"],
        issue: `A ${o.kind} needs its business ID (Y-tunnus); find it at ytj.fi.`,
      });
    }
    if (o.kind === "institution" && o.parentId === undefined) {
      issues.push({
        path: ["parentId"],
        issue: "An institution must name the provider it belongs to (parentId).",
      });
    }
    if (o.kind !== "institution" && o.parentId !== undefined) {
      issues.push({
        path: ["parentId"],
        issue: `Only an institution belongs to a provider; a ${o.kind} has no parentId.`,
      });
    }
    if (o.parentId !== undefined && o.parentId === o.id) {
      issues.push({ path: ["parentId"], issue: "An organisation cannot be its own parent." });
    }
    return issues;
  }),
);
export type Organisation = typeof Organisation.Type;
