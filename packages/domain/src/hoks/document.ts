/**
 * The HOKS document as eHOKS accepts (POST) and returns (GET) it. Values stay as in the JSON
 * (dates as `YYYY-MM-DD` strings, timestamps as ISO strings), so decoding loses nothing and
 * `Schema.encodeSync(HoksDocument)(doc)` gives back the same JSON.
 *
 * Not checked here, because they need a clock or other documents: eHOKS's rule that
 * `osaamisen-saavuttamisen-pvm` is at most two weeks ahead of today, and TUVA-only parts.
 */
import { Schema } from "effect";
import { IsoInstant, LocalDate } from "../dates.ts";
import { type LearnerOidOptions, makeLearnerOidSchema, StudyRightOid } from "../identifiers/oid.ts";
import { EhoksId, KoodiVersio, opt, Puhelinnumero, UrasuunnitelmaKoodiUri } from "./common.ts";
import {
  AiemminHankittuAmmatillinenTutkinnonOsa,
  AiemminHankittuPaikallinenTutkinnonOsa,
  AiemminHankittuYhteinenTutkinnonOsa,
  HankittavaAmmatillinenTutkinnonOsa,
  HankittavaKoulutuksenOsa,
  HankittavaPaikallinenTutkinnonOsa,
  HankittavaYhteinenTutkinnonOsa,
  OpiskeluvalmiuksiaTukevatOpinnot,
  OppimisenTuki,
} from "./units.ts";

const hoksFields = {
  id: opt(EhoksId),
  eid: opt(Schema.String),
  "opiskeluoikeus-oid": StudyRightOid,
  "tuva-opiskeluoikeus-oid": opt(StudyRightOid),
  sahkoposti: opt(Schema.String),
  puhelinnumero: opt(Puhelinnumero),
  versio: opt(Schema.Int),
  "ensikertainen-hyvaksyminen": LocalDate,
  hyvaksytty: opt(IsoInstant),
  paivitetty: opt(IsoInstant),
  "osaamisen-saavuttamisen-pvm": opt(LocalDate),
  "urasuunnitelma-koodi-uri": opt(UrasuunnitelmaKoodiUri),
  "urasuunnitelma-koodi-versio": opt(KoodiVersio),
  "osaamisen-hankkimisen-tarve": Schema.Boolean,
  manuaalisyotto: opt(Schema.Boolean),
  "aiemmin-hankitut-ammat-tutkinnon-osat": opt(Schema.Array(AiemminHankittuAmmatillinenTutkinnonOsa)),
  "aiemmin-hankitut-yhteiset-tutkinnon-osat": opt(Schema.Array(AiemminHankittuYhteinenTutkinnonOsa)),
  "aiemmin-hankitut-paikalliset-tutkinnon-osat": opt(Schema.Array(AiemminHankittuPaikallinenTutkinnonOsa)),
  "opiskeluvalmiuksia-tukevat-opinnot": opt(Schema.Array(OpiskeluvalmiuksiaTukevatOpinnot)),
  "oppimisen-tuki": opt(Schema.Array(OppimisenTuki)),
  "hankittavat-ammat-tutkinnon-osat": opt(Schema.Array(HankittavaAmmatillinenTutkinnonOsa)),
  "hankittavat-yhteiset-tutkinnon-osat": opt(Schema.Array(HankittavaYhteinenTutkinnonOsa)),
  "hankittavat-paikalliset-tutkinnon-osat": opt(Schema.Array(HankittavaPaikallinenTutkinnonOsa)),
  "hankittavat-koulutuksen-osat": opt(Schema.Array(HankittavaKoulutuksenOsa)),
};

/** The HOKS schema for a deployment's learner-OID settings (test environments use other nodes). */
export const makeHoksDocumentSchema = (learnerOid: LearnerOidOptions = {}) =>
  Schema.Struct({ ...hoksFields, "oppija-oid": makeLearnerOidSchema(learnerOid) }).annotate({
    identifier: "HoksDocument",
  });

/** The HOKS schema for production: learner OIDs on node 24 only. */
export const HoksDocument = makeHoksDocumentSchema();
export type HoksDocument = typeof HoksDocument.Type;
