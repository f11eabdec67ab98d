/**
 * Issuing and verifying work-life passport badges (plugins/keski-pohjanmaa-tyoelamapassi): the plugin's
 * whole path (build the OpenBadgeCredential, sign it, and verify it as the public endpoint does: the
 * 1EdTech schema, dates, signature and issuer, and the status list, itself a signed credential) against
 * the baseline of the signing library alone (@digitalbazaar/vc with the eddsa-rdfc-2022 suite) signing and
 * verifying the same credentials, in the same run, with the same key and the same offline loader. The
 * difference is what the plugin adds on top of the cryptography. BENCH_BADGES sets the count (1,000).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import {
  buildOpenBadge,
  didDocument,
  didWebFor,
  generateKey,
  makeDocumentLoader,
  openKey,
  parseKeyEncryptionKey,
  signCredential,
  statusListCredential,
  verifyBadge,
} from "@polku/plugin-keski-pohjanmaa-tyoelamapassi/credentials";
import { fmt, median, table } from "./stats.ts";

const badgeOf = (did: string, listUrl: string, index: number) =>
  buildOpenBadge({
    id: `urn:uuid:${randomUUID()}`,
    issuer: { id: did, name: "Keski-Pohjanmaan koulutusyhtymä" },
    achievement: {
      id: "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/badges/asiakaspalvelu/v2",
      name: "Asiakaspalvelu yrityksessä",
      description: "Osaa palvella asiakkaita paikallisessa yrityksessä.",
      criteria: "Palvelee asiakkaita viikon ja kuvaa yhden haastavan tilanteen.",
      version: "2",
      tags: ["vuorovaikutus", "ongelmanratkaisu"],
      language: "fi",
    },
    learnerName: `Oppija ${index}`,
    validFrom: new Date(),
    status: { listUrl, index },
  });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function badgeIssuing(rounds: number, count = Number(process.env.BENCH_BADGES ?? 1000)) {
  console.log(`\n## Badges: issuing and verifying ${count.toLocaleString("en-GB")} OpenBadgeCredentials`);
  const kek = parseKeyEncryptionKey(randomBytes(32).toString("base64"));
  const did = didWebFor("https://polku.example.fi", "keski-pohjanmaa-tyoelamapassi", randomUUID());
  const listUrl = "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/status/x/1";
  const key = await generateKey(kek, did, 1);
  const pair = await openKey(kek, key);
  const documents = new Map<string, unknown>([[did, didDocument(did, [key])]]);
  const loader = makeDocumentLoader(documents);
  documents.set(
    listUrl,
    await signCredential(
      await statusListCredential({ listUrl, issuerDid: did, revoked: [], validFrom: new Date() }),
      pair,
      loader,
    ),
  );
  const unsigned = Array.from({ length: count }, (_, i) => badgeOf(did, listUrl, i));
  const results = {
    plugin: { issue: [] as number[], verify: [] as number[] },
    library: { issue: [] as number[], verify: [] as number[] },
  };
  // Warm both paths up first (JIT, the contexts' processing), so the first measured is not the cold one.
  for (const c of unsigned.slice(0, Math.min(50, count))) {
    const signed = await signCredential(c, pair, loader);
    await verifyBadge(signed, loader);
  }
  const pluginRound = async () => {
    const issued = await timed(async () => {
      const out = [];
      for (const c of unsigned) out.push(await signCredential(c, pair, loader));
      return out;
    });
    const verified = await timed(async () => {
      let ok = 0;
      for (const c of issued.value) if ((await verifyBadge(c, loader)).verified) ok++;
      return ok;
    });
    if (verified.value !== count) throw new Error(`The plugin verified ${verified.value} of ${count}.`);
    results.plugin.issue.push(issued.ms);
    results.plugin.verify.push(verified.ms);
  };
  // The signing library alone, on the same credentials.
  const libraryRound = async () => {
    const issued = await timed(async () => {
      const out = [];
      for (const c of unsigned) {
        const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
        out.push(await vc.issue({ credential: structuredClone(c), suite, documentLoader: loader }));
      }
      return out;
    });
    const verified = await timed(async () => {
      let ok = 0;
      for (const c of issued.value) {
        const result = await vc.verifyCredential({
          credential: c,
          suite: new DataIntegrityProof({ cryptosuite }),
          documentLoader: loader,
          checkStatus: async () => ({ verified: true }),
        });
        if (result.verified) ok++;
      }
      return ok;
    });
    if (verified.value !== count) throw new Error(`The library verified ${verified.value} of ${count}.`);
    results.library.issue.push(issued.ms);
    results.library.verify.push(verified.ms);
  };
  // Alternating which goes first, so neither always runs on the warmer (or the busier) machine.
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await pluginRound();
      await libraryRound();
    } else {
      await libraryRound();
      await pluginRound();
    }
  }
  const perSecond = (ms: number[]) => (count * 1000) / median(ms);
  const rows = (["issue", "verify"] as const).map((step) => {
    const plugin = perSecond(results.plugin[step]);
    const library = perSecond(results.library[step]);
    return {
      step,
      "plugin badges/s": fmt(plugin),
      "library alone badges/s": fmt(library),
      "plugin / library": fmt(plugin / library, 2),
    };
  });
  table(rows);
  console.log(
    "(The plugin's verify also checks the 1EdTech schema, the dates and the status list, whose own signature it verifies; the library's verify checks the badge's proof only.)",
  );
}
