import { organisationKinds } from "@polku/domain/vocabulary";

/** Organisations per kind, in the vocabulary's order, leaving out kinds the region has none of. */
export function countsByKind(list: ReadonlyArray<{ kind: string }>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const o of list) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return [
    ...organisationKinds,
    ...[...counts.keys()].filter((k) => !(organisationKinds as readonly string[]).includes(k)),
  ]
    .filter((kind) => (counts.get(kind) ?? 0) > 0)
    .map((kind) => [kind, counts.get(kind)!]);
}
