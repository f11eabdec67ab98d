/**
 * Ways of acquiring competence (osaamisen hankkimistavat): school, training agreement
 * (koulutussopimus), apprenticeship (oppisopimus) or other, each a period with its place and people.
 */
import { Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { BusinessId } from "../identifiers/businessId.ts";
import {
  EhoksId,
  KoodiVersio,
  ModuleId,
  Oppilaitoshenkilo,
  OppimisymparistoKoodiUri,
  OppisopimuksenPerustaKoodiUri,
  OsaamisenHankkimistapaKoodiUri,
  opt,
  VastuullinenTyopaikkaOhjaaja,
} from "./common.ts";

export const TyopaikallaJarjestettavaKoulutus = Schema.Struct({
  id: opt(EhoksId),
  "vastuullinen-tyopaikka-ohjaaja": VastuullinenTyopaikkaOhjaaja,
  "tyopaikan-nimi": Schema.String,
  "tyopaikan-y-tunnus": opt(BusinessId),
  "keskeiset-tyotehtavat": Schema.Array(Schema.String),
});

export const MuuOppimisymparisto = Schema.Struct({
  "oppimisymparisto-koodi-uri": OppimisymparistoKoodiUri,
  "oppimisymparisto-koodi-versio": KoodiVersio,
  alku: LocalDate,
  loppu: LocalDate,
});

/** An interruption of workplace learning; an open one has no end yet. */
export const Keskeytymisajanjakso = Schema.Struct({
  alku: LocalDate,
  loppu: opt(LocalDate),
});

const Keskeytymisajanjaksot = Schema.Array(Keskeytymisajanjakso).check(
  Schema.makeFilter((jaksot) => {
    const sorted = [...jaksot].sort((a, b) => (a.alku < b.alku ? -1 : a.alku > b.alku ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      const previousEnd = sorted[i - 1]!.loppu;
      if (previousEnd === undefined || previousEnd >= sorted[i]!.alku) {
        return "Interruption periods overlap: each must end before the next one starts.";
      }
    }
    return undefined;
  }),
);

/** Part-time percentage of a period: 100 is full time. */
export const OsaAikaisuustieto = Schema.Int.check(
  Schema.isBetween(
    { minimum: 1, maximum: 100 },
    { message: "Part-time share (osa-aikaisuustieto) is 1-100 %." },
  ),
);

const workplaceMethods = new Set([
  "osaamisenhankkimistapa_koulutussopimus",
  "osaamisenhankkimistapa_oppisopimus",
]);

export const OsaamisenHankkimistapa = Schema.Struct({
  id: opt(EhoksId),
  "module-id": opt(ModuleId),
  "yksiloiva-tunniste": opt(Schema.NonEmptyString),
  alku: LocalDate,
  loppu: LocalDate,
  "ajanjakson-tarkenne": opt(Schema.String),
  "osaamisen-hankkimistapa-koodi-uri": OsaamisenHankkimistapaKoodiUri,
  "osaamisen-hankkimistapa-koodi-versio": KoodiVersio,
  "jarjestajan-edustaja": opt(Oppilaitoshenkilo),
  "hankkijan-edustaja": opt(Oppilaitoshenkilo),
  "tyopaikalla-jarjestettava-koulutus": opt(TyopaikallaJarjestettavaKoulutus),
  "muut-oppimisymparistot": opt(Schema.Array(MuuOppimisymparisto)),
  "osa-aikaisuustieto": opt(OsaAikaisuustieto),
  "oppisopimuksen-perusta-koodi-uri": opt(OppisopimuksenPerustaKoodiUri),
  "oppisopimuksen-perusta-koodi-versio": opt(KoodiVersio),
  keskeytymisajanjaksot: opt(Keskeytymisajanjaksot),
}).check(
  // The cross-field rules eHOKS applies to a way of acquiring competence.
  Schema.makeFilter((o) => {
    const issues: Array<Schema.FilterIssue> = [];
    const method = o["osaamisen-hankkimistapa-koodi-uri"];
    if (o.loppu < o.alku) issues.push({ path: ["loppu"], issue: "The period ends before it starts." });
    if (workplaceMethods.has(method) && o.loppu > "2023-06-30" && o["osa-aikaisuustieto"] === undefined) {
      issues.push({
        path: ["osa-aikaisuustieto"],
        issue: "A workplace period ending 1 July 2023 or later needs its part-time share (1-100 %).",
      });
    }
    if (
      method === "osaamisenhankkimistapa_oppisopimus" &&
      o.loppu >= "2021-07-01" &&
      o["oppisopimuksen-perusta-koodi-uri"] === undefined
    ) {
      issues.push({
        path: ["oppisopimuksen-perusta-koodi-uri"],
        issue: "An apprenticeship ending 1 July 2021 or later needs its basis (oppisopimuksen perusta).",
      });
    }
    return issues;
  }),
);
export type OsaamisenHankkimistapa = typeof OsaamisenHankkimistapa.Type;
