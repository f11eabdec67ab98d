/** Competence demonstrations (osaamisen osoittaminen, näyttö): where, what, and who assesses. */
import { Schema } from "effect";
import { LocalDate } from "../dates.ts";
import {
  EhoksId,
  KoodistoKoodi,
  KoulutuksenJarjestajaArvioija,
  ModuleId,
  NaytonJarjestaja,
  Nayttoymparisto,
  opt,
  TyoelamaOsaamisenArvioija,
} from "./common.ts";

export const OsaamisenOsoittaminen = Schema.Struct({
  id: opt(EhoksId),
  "module-id": opt(ModuleId),
  jarjestaja: opt(NaytonJarjestaja),
  /** Areas of common units (YTO) included in a vocational unit's demonstration. */
  "osa-alueet": opt(Schema.Array(KoodistoKoodi)),
  nayttoymparisto: Nayttoymparisto,
  "sisallon-kuvaus": Schema.Array(Schema.String),
  alku: LocalDate,
  loppu: LocalDate,
  "koulutuksen-jarjestaja-osaamisen-arvioijat": opt(Schema.Array(KoulutuksenJarjestajaArvioija)),
  "tyoelama-osaamisen-arvioijat": opt(Schema.Array(TyoelamaOsaamisenArvioija)),
  "vaatimuksista-tai-tavoitteista-poikkeaminen": opt(Schema.String),
  "yksilolliset-kriteerit": opt(Schema.Array(Schema.String)),
});
export type OsaamisenOsoittaminen = typeof OsaamisenOsoittaminen.Type;

/** How previously acquired competence was verified by assessors. */
export const TodennettuArviointiLisatiedot = Schema.Struct({
  "lahetetty-arvioitavaksi": opt(LocalDate),
  "aiemmin-hankitun-osaamisen-arvioijat": opt(Schema.Array(KoulutuksenJarjestajaArvioija)),
});
