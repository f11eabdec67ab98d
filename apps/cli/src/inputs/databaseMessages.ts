/**
 * What `--database` says when the database cannot be the cohort's source, in fi/sv/en: a bad URL or
 * folder, a database that cannot be reached or is not Polku's, an unknown provider or person, an
 * agreement the database does not hold, and an empty cohort. Each names what to do next.
 */
import type { Lang } from "../i18n.ts";

const fi = {
  badUrl: (v: string) =>
    `--database ${v}: tämä ei ole PostgreSQL-osoite (postgres://käyttäjä@palvelin:5432/kanta) eikä PGlite-kansio.`,
  noFolder: (v: string) =>
    `--database ${v}: kansiota ei ole tai se ei ole PGlite-tietokanta (siinä ei ole tiedostoa PG_VERSION). Anna .polku-data-kansio tai sen pglite-alikansio.`,
  unreachable: (where: string, why: string) =>
    `Tietokantaan ${where} ei saada yhteyttä (${why}). Tarkista osoite, käyttäjä ja että palvelin on käynnissä; PGlite-kansiota ei voi avata, kun API käyttää sitä.`,
  notPolku: (where: string) =>
    `${where} ei ole Polun tietokanta, tai sitä ei ole päivitetty (polku.funding_graduates puuttuu): aja migraatiot (pnpm start tai pnpm --filter @polku/api migrate).`,
  unknownProvider: (p: string) =>
    `--provider ${p}: tietokannassa ei ole tällä tunnuksella tai OID:llä koulutuksen järjestäjää.`,
  otherProvider: (agreement: string, theirs: string, p: string) =>
    `Sopimus ${agreement} on järjestäjän ${theirs}, ei järjestäjän ${p} (--provider): anna saman järjestäjän sopimus.`,
  unknownPerson: (u: string) =>
    `--as ${u}: tietokannassa ei ole tämän nimistä käyttäjää (tai tunnus on suljettu).`,
  notNegotiator: (u: string, p: string) =>
    `--as ${u}: käyttäjä ei neuvottele järjestäjän ${p} rahoituksesta (rooli rahoitusneuvottelija, esihenkilö tai aluehallinto järjestäjässä).`,
  noAgreement: (p: string) =>
    `Järjestäjällä ${p} ei ole tietokannassa yhtään jakosopimusta: valmistuneet luetaan sopimuksen kautta. Kirjaa sopimus portaalissa tai käytä kohortti-CSV:tä (--cohort).`,
  empty: (p: string) =>
    `Järjestäjän ${p} kohortti on tyhjä: tietokannassa ei ole sen valmistuneita (opiskeluoikeus valmistunut, valmistumispäivä kirjattu).`,
  sourceMissing: "Anna kohortti joko CSV:nä (--cohort) tai tietokannasta (--database, --provider ja --as).",
  sourceBoth: "Anna kohortti joko --cohort tai --database, ei molempia.",
  databaseNeeds: (what: string) => `--database tarvitsee myös valitsimen ${what}.`,
};
type Messages = typeof fi;

const sv: Messages = {
  badUrl: (v) =>
    `--database ${v}: detta är varken en PostgreSQL-adress (postgres://användare@server:5432/databas) eller en PGlite-mapp.`,
  noFolder: (v) =>
    `--database ${v}: mappen finns inte eller är ingen PGlite-databas (filen PG_VERSION saknas). Ge mappen .polku-data eller dess undermapp pglite.`,
  unreachable: (where, why) =>
    `Det går inte att ansluta till databasen ${where} (${why}). Kontrollera adressen, användaren och att servern är igång; en PGlite-mapp kan inte öppnas medan API:et använder den.`,
  notPolku: (where) =>
    `${where} är inte Polkus databas eller har inte uppdaterats (polku.funding_graduates saknas): kör migreringarna.`,
  unknownProvider: (p) =>
    `--provider ${p}: det finns ingen utbildningsanordnare med detta id eller OID i databasen.`,
  otherProvider: (agreement, theirs, p) =>
    `Avtalet ${agreement} hör till anordnaren ${theirs}, inte till ${p} (--provider): ge samma anordnares avtal.`,
  unknownPerson: (u) =>
    `--as ${u}: det finns ingen användare med detta namn i databasen (eller kontot är stängt).`,
  notNegotiator: (u, p) =>
    `--as ${u}: användaren förhandlar inte om anordnarens ${p} finansiering (roll finansieringsförhandlare, chef eller regionadministratör hos anordnaren).`,
  noAgreement: (p) =>
    `Anordnaren ${p} har inget fördelningsavtal i databasen: de utexaminerade läses via ett avtal. Registrera ett avtal i portalen eller använd en kohort-CSV (--cohort).`,
  empty: (p) =>
    `Anordnarens ${p} kohort är tom: databasen har inga utexaminerade (studierätt avslutad med examen, examensdag registrerad).`,
  sourceMissing:
    "Ge kohorten antingen som CSV (--cohort) eller från databasen (--database, --provider och --as).",
  sourceBoth: "Ge kohorten antingen med --cohort eller --database, inte båda.",
  databaseNeeds: (what) => `--database behöver också ${what}.`,
};

const en: Messages = {
  badUrl: (v) =>
    `--database ${v}: this is neither a PostgreSQL URL (postgres://user@host:5432/database) nor a PGlite folder.`,
  noFolder: (v) =>
    `--database ${v}: the folder does not exist or is not a PGlite database (it has no PG_VERSION file). Give the .polku-data folder or its pglite subfolder.`,
  unreachable: (where, why) =>
    `The database ${where} cannot be reached (${why}). Check the URL, the user and that the server is running; a PGlite folder cannot be opened while the API uses it.`,
  notPolku: (where) =>
    `${where} is not Polku's database, or it is not migrated (polku.funding_graduates is missing): run the migrations.`,
  unknownProvider: (p) => `--provider ${p}: the database has no education provider with this id or OID.`,
  otherProvider: (agreement, theirs, p) =>
    `Agreement ${agreement} is provider ${theirs}'s, not ${p}'s (--provider): give an agreement of the same provider.`,
  unknownPerson: (u) => `--as ${u}: the database has no user of this name (or the account is disabled).`,
  notNegotiator: (u, p) =>
    `--as ${u}: this user does not negotiate the funding of provider ${p} (a funding negotiator, manager or region admin of the provider).`,
  noAgreement: (p) =>
    `Provider ${p} has no share agreement in the database: graduates are read through one. Record an agreement in the portal or use a cohort CSV (--cohort).`,
  empty: (p) =>
    `Provider ${p}'s cohort is empty: the database holds none of its graduates (study right graduated, graduation day recorded).`,
  sourceMissing:
    "Give the cohort either as a CSV (--cohort) or from the database (--database, --provider and --as).",
  sourceBoth: "Give the cohort with either --cohort or --database, not both.",
  databaseNeeds: (what) => `--database also needs ${what}.`,
};

export const databaseMessages = (lang: Lang): Messages => ({ fi, sv, en })[lang];
