/**
 * Qualification units of a HOKS: units to acquire (hankittavat) and previously acquired units
 * (aiemmin hankitut), each split into vocational (ammat), common (yhteiset, YTO, with sub-areas
 * osa-alueet) and local (paikalliset) units; plus the studies supporting readiness, learning support
 * and the preparatory (TUVA) training parts.
 */
import { Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { OrganisationOid } from "../identifiers/oid.ts";
import { OsaamisenHankkimistapa } from "./acquisition.ts";
import {
  EhoksId,
  KoodiVersio,
  KoulutuksenOsaKoodiUri,
  ModuleId,
  OppimisenTuenTyyppiKoodiUri,
  OsaAlueKoodiUri,
  opt,
  TodentamisenProsessiKoodiUri,
  TutkinnonOsaKoodiUri,
  TutkinnonOsanTyyppiKoodiUri,
} from "./common.ts";
import { OsaamisenOsoittaminen, TodennettuArviointiLisatiedot } from "./demonstration.ts";

/** Planned hours of teaching and guidance. */
const OpetusJaOhjausMaara = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Planned hours of teaching and guidance cannot be negative." }),
);

const unitBase = {
  id: opt(EhoksId),
  "module-id": opt(ModuleId),
  "koulutuksen-jarjestaja-oid": opt(OrganisationOid),
  "vaatimuksista-tai-tavoitteista-poikkeaminen": opt(Schema.String),
  "olennainen-seikka": opt(Schema.Boolean),
};

const toAcquire = {
  "osaamisen-hankkimistavat": opt(Schema.Array(OsaamisenHankkimistapa)),
  "osaamisen-osoittaminen": opt(Schema.Array(OsaamisenOsoittaminen)),
  "opetus-ja-ohjaus-maara": opt(OpetusJaOhjausMaara),
};

const verification = {
  "tarkentavat-tiedot-naytto": opt(Schema.Array(OsaamisenOsoittaminen)),
  "tarkentavat-tiedot-osaamisen-arvioija": opt(TodennettuArviointiLisatiedot),
};

const unitCode = {
  "tutkinnon-osa-koodi-uri": TutkinnonOsaKoodiUri,
  "tutkinnon-osa-koodi-versio": KoodiVersio,
};

const areaCode = {
  "osa-alue-koodi-uri": OsaAlueKoodiUri,
  "osa-alue-koodi-versio": KoodiVersio,
};

const localUnit = {
  "amosaa-tunniste": opt(Schema.String),
  nimi: opt(Schema.String),
  laajuus: opt(Schema.Int),
  "tavoitteet-ja-sisallot": opt(Schema.String),
};

export const HankittavaAmmatillinenTutkinnonOsa = Schema.Struct({ ...unitBase, ...unitCode, ...toAcquire });

export const HankittavaYtoOsaAlue = Schema.Struct({ ...unitBase, ...areaCode, ...toAcquire });

export const HankittavaYhteinenTutkinnonOsa = Schema.Struct({
  id: opt(EhoksId),
  "module-id": opt(ModuleId),
  "koulutuksen-jarjestaja-oid": opt(OrganisationOid),
  ...unitCode,
  "osa-alueet": Schema.Array(HankittavaYtoOsaAlue),
});

export const HankittavaPaikallinenTutkinnonOsa = Schema.Struct({ ...unitBase, ...localUnit, ...toAcquire });

const selectedProcess = {
  "valittu-todentamisen-prosessi-koodi-uri": TodentamisenProsessiKoodiUri,
  "valittu-todentamisen-prosessi-koodi-versio": KoodiVersio,
};

const optionalProcess = {
  "valittu-todentamisen-prosessi-koodi-uri": opt(TodentamisenProsessiKoodiUri),
  "valittu-todentamisen-prosessi-koodi-versio": opt(KoodiVersio),
};

export const AiemminHankittuAmmatillinenTutkinnonOsa = Schema.Struct({
  ...unitBase,
  ...unitCode,
  ...optionalProcess,
  ...verification,
});

export const AiemminHankittuYtoOsaAlue = Schema.Struct({
  ...unitBase,
  ...areaCode,
  ...selectedProcess,
  ...verification,
});

export const AiemminHankittuYhteinenTutkinnonOsa = Schema.Struct({
  id: opt(EhoksId),
  "module-id": opt(ModuleId),
  "koulutuksen-jarjestaja-oid": opt(OrganisationOid),
  ...unitCode,
  ...optionalProcess,
  ...verification,
  "osa-alueet": Schema.Array(AiemminHankittuYtoOsaAlue),
});

export const AiemminHankittuPaikallinenTutkinnonOsa = Schema.Struct({
  ...unitBase,
  ...localUnit,
  ...selectedProcess,
  ...verification,
});

/** Studies supporting study readiness; replaced by learning support from 1 August 2026. */
export const OpiskeluvalmiuksiaTukevatOpinnot = Schema.Struct({
  id: opt(EhoksId),
  nimi: Schema.String,
  kuvaus: Schema.String,
  alku: LocalDate,
  loppu: LocalDate,
});

/** Learning support (oppimisen tuki), from 1 August 2026. */
export const OppimisenTuki = Schema.Struct({
  id: opt(EhoksId),
  "oppimisen-tuen-tyyppi-koodi-uri": OppimisenTuenTyyppiKoodiUri,
  "tutkinnon-osan-tyyppi-koodi-uri": opt(TutkinnonOsanTyyppiKoodiUri),
  alku: opt(LocalDate),
  loppu: opt(LocalDate),
});

/** A part of preparatory training (TUVA), scope in TUVA weeks. */
export const HankittavaKoulutuksenOsa = Schema.Struct({
  id: opt(EhoksId),
  "koulutuksen-osa-koodi-uri": KoulutuksenOsaKoodiUri,
  "koulutuksen-osa-koodi-versio": KoodiVersio,
  alku: LocalDate,
  loppu: LocalDate,
  laajuus: Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)),
});
