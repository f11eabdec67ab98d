/**
 * Building blocks of the eHOKS document: code-list URIs (Koodisto), organisations, people and
 * assessors. Key names are eHOKS's own kebab-case keys (Opetushallitus/ehoks `hoks/schema.clj`),
 * so a document decodes and encodes to the same JSON.
 */
import { Schema } from "effect";
import { BusinessId } from "../identifiers/businessId.ts";
import { OrganisationOid } from "../identifiers/oid.ts";

export const opt = Schema.optionalKey;

const codeUri = (prefix: string, rest: RegExp, example: string) =>
  Schema.String.check(
    Schema.isPattern(new RegExp(`^${prefix}_${rest.source}$`), {
      message: `Expected a code such as ${example} (code list "${prefix}").`,
    }),
  );

export const TutkinnonOsaKoodiUri = codeUri("tutkinnonosat", /\d+/, "tutkinnonosat_103590");
export const OsaamisenHankkimistapaKoodiUri = codeUri(
  "osaamisenhankkimistapa",
  /.+/,
  "osaamisenhankkimistapa_koulutussopimus",
);
export const OppisopimuksenPerustaKoodiUri = codeUri(
  "oppisopimuksenperusta",
  /.+/,
  "oppisopimuksenperusta_01",
);
export const OsaAlueKoodiUri = codeUri("ammatillisenoppiaineet", /.+/, "ammatillisenoppiaineet_vvai");
export const OppimisymparistoKoodiUri = codeUri("oppimisymparistot", /\d{4}/, "oppimisymparistot_0002");
export const TodentamisenProsessiKoodiUri = codeUri(
  "osaamisentodentamisenprosessi",
  /\d+/,
  "osaamisentodentamisenprosessi_0001",
);
export const UrasuunnitelmaKoodiUri = codeUri("urasuunnitelma", /\d{4}/, "urasuunnitelma_0001");
export const KoulutuksenOsaKoodiUri = codeUri("koulutuksenosattuva", /\d{3}/, "koulutuksenosattuva_101");
export const OppimisenTuenTyyppiKoodiUri = codeUri(
  "ammatillinenkoulutusoppimisentuentyyppi",
  /.+/,
  "ammatillinenkoulutusoppimisentuentyyppi_01",
);
export const TutkinnonOsanTyyppiKoodiUri = codeUri(
  "ammatillisentutkinnonosanryhma",
  /.+/,
  "ammatillisentutkinnonosanryhma_1",
);

/** A code list's version number. */
export const KoodiVersio = Schema.Int;

/** eHOKS's own numeric row id, present in documents read back from eHOKS (GET). */
export const EhoksId = Schema.Int;
export const ModuleId = Schema.String.check(Schema.isUUID());

export const KoodistoKoodi = Schema.Struct({
  "koodi-uri": Schema.String,
  "koodi-versio": KoodiVersio,
});

/** A working-life organisation: name and, when it has one, its business ID. */
export const Organisaatio = Schema.Struct({
  nimi: Schema.String,
  "y-tunnus": opt(BusinessId),
});

/** An education organisation, named by its OID in the organisation register. */
export const KoulutuksenJarjestajaOrganisaatio = Schema.Struct({
  "oppilaitos-oid": opt(OrganisationOid),
});

export const Nayttoymparisto = Schema.Struct({
  nimi: Schema.String,
  "y-tunnus": opt(BusinessId),
  kuvaus: opt(Schema.String),
});

export const Puhelinnumero = Schema.String.check(
  Schema.isMaxLength(256),
  Schema.isPattern(/^[-+0-9() ]*$/, { message: "A phone number may hold only digits, spaces, +, - and ()." }),
);

export const VastuullinenTyopaikkaOhjaaja = Schema.Struct({
  id: opt(EhoksId),
  nimi: Schema.String,
  sahkoposti: opt(Schema.String),
  puhelinnumero: opt(Puhelinnumero),
});

/** A representative of an education organisation (järjestäjän / hankkijan edustaja). */
export const Oppilaitoshenkilo = Schema.Struct({
  id: opt(EhoksId),
  nimi: Schema.String,
  rooli: opt(Schema.String),
  "oppilaitos-oid": OrganisationOid,
});

export const NaytonJarjestaja = Schema.Struct({
  id: opt(EhoksId),
  "oppilaitos-oid": opt(OrganisationOid),
});

export const TyoelamaOsaamisenArvioija = Schema.Struct({
  id: opt(EhoksId),
  nimi: Schema.String,
  organisaatio: Organisaatio,
});

export const KoulutuksenJarjestajaArvioija = Schema.Struct({
  id: opt(EhoksId),
  nimi: Schema.String,
  organisaatio: KoulutuksenJarjestajaOrganisaatio,
});
