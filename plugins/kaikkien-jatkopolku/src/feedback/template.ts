import { defineTemplate } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

/** 2026-12-03 as 3.12.2026, the Finnish way (Swedish writes it the same; English too, day first here). */
export const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

/**
 * The learner's follow-up feedback link, in their language (inbox and email). While the row carries the
 * link (its token) only its recipient reads it (migration 0008: not the provider's staff); once the mail
 * has gone out the link is dropped from the stored data (migration 0006), and the inbox item says where
 * the link went instead of carrying it.
 */
export const feedbackLink = defineTemplate(
  "kaikkien-jatkopolku.feedbackLink",
  Schema.Struct({
    trainingName: Schema.String,
    path: Schema.optional(Schema.String),
    expiresOn: Schema.String,
    linkSent: Schema.optional(Schema.Boolean),
  }),
  (data, locale) => {
    const until = finnishDate(data.expiresOn);
    if (data.path === undefined) return withoutLink(data.trainingName, until, data.linkSent === true)[locale];
    return {
      fi: {
        subject: `Miten sinulla nyt menee? Palaute: ${data.trainingName}`,
        body: `Kävit koulutuksen ${data.trainingName}. Kerro muutamalla vastauksella, miten asiasi ovat edenneet ja mitä vielä tarvitset. Vastaaminen ei vaadi kirjautumista. Linkki toimii kerran, ${until} asti.`,
        path: data.path,
      },
      sv: {
        subject: `Hur går det för dig nu? Respons: ${data.trainingName}`,
        body: `Du deltog i utbildningen ${data.trainingName}. Berätta med några svar hur det har gått och vad du ännu behöver. Du behöver inte logga in. Länken fungerar en gång, till och med ${until}.`,
        path: data.path,
      },
      en: {
        subject: `How are things now? Feedback: ${data.trainingName}`,
        body: `You took part in the training ${data.trainingName}. Tell us in a few answers how things have gone and what you still need. No login is needed. The link works once, until ${until}.`,
        path: data.path,
      },
    }[locale];
  },
);

/** The inbox item once the link has left the outbox: sent by email, or not deliverable at all. */
function withoutLink(trainingName: string, until: string, sent: boolean) {
  return {
    fi: {
      subject: `Miten sinulla nyt menee? Palaute: ${trainingName}`,
      body: sent
        ? `Kävit koulutuksen ${trainingName}. Palautelinkki lähetettiin sähköpostiisi; se toimii kerran, ${until} asti.`
        : `Kävit koulutuksen ${trainingName}. Palautelinkkiä ei saatu lähetettyä; kysy kouluttajaltasi.`,
    },
    sv: {
      subject: `Hur går det för dig nu? Respons: ${trainingName}`,
      body: sent
        ? `Du deltog i utbildningen ${trainingName}. Responslänken skickades till din e-post; den fungerar en gång, till och med ${until}.`
        : `Du deltog i utbildningen ${trainingName}. Responslänken kunde inte skickas; fråga din utbildare.`,
    },
    en: {
      subject: `How are things now? Feedback: ${trainingName}`,
      body: sent
        ? `You took part in the training ${trainingName}. The feedback link was sent to your email; it works once, until ${until}.`
        : `You took part in the training ${trainingName}. The feedback link could not be sent; ask your trainer.`,
    },
  };
}
