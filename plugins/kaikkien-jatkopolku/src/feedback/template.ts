import { defineTemplate } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

/** 2026-12-03 as 3.12.2026, the Finnish way (Swedish writes it the same; English too, day first here). */
export const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

/** The learner's follow-up feedback link, in their language (inbox and email). */
export const feedbackLink = defineTemplate(
  "kaikkien-jatkopolku.feedbackLink",
  Schema.Struct({ trainingName: Schema.String, path: Schema.String, expiresOn: Schema.String }),
  (data, locale) => {
    const until = finnishDate(data.expiresOn);
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
