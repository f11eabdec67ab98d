/**
 * Where evidence files are kept, behind one interface: the database implementation keeps the bytes in
 * `evidence_file`, readable exactly as the evidence row is (the learner, the badge's assessors, the
 * learner's staff). Another store (object storage) would implement the same two calls.
 */
import type { Database } from "@polku/plugin-sdk/db";
import { and, eq } from "@polku/plugin-sdk/drizzle";
import { evidenceFile } from "../db/schema.ts";

export interface EvidenceStore {
  put(tx: Database, key: { providerId: string; evidenceId: string }, content: Buffer): Promise<void>;
  get(tx: Database, key: { providerId: string; evidenceId: string }): Promise<Buffer | undefined>;
}

export const databaseStore: EvidenceStore = {
  put: async (tx, key, content) => {
    await tx.insert(evidenceFile).values({ providerId: key.providerId, evidenceId: key.evidenceId, content });
  },
  get: async (tx, key) => {
    const [row] = await tx
      .select({ content: evidenceFile.content })
      .from(evidenceFile)
      .where(and(eq(evidenceFile.providerId, key.providerId), eq(evidenceFile.evidenceId, key.evidenceId)));
    return row?.content;
  },
};

/** At most this many bytes a file (2 MiB): room for a photo or a PDF page, and within the request limit. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many pieces of evidence per badge. */
export const MAX_EVIDENCE = 20;

/**
 * The types taken, each recognised by its first bytes as well as its declared type: a file is what its
 * bytes say, not what its name claims (an .exe renamed .pdf is refused).
 */
const signatures: Readonly<Record<string, (b: Buffer) => boolean>> = {
  "application/pdf": (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  "text/plain": (b) => !b.includes(0) && Buffer.from(b.toString("utf8"), "utf8").equals(b),
};

export const allowedMediaTypes = Object.keys(signatures);

/** Why a file is refused (in English; errorTranslations words it in fi/sv), or undefined. */
export function fileProblem(mediaType: string, content: Buffer): string | undefined {
  const check = signatures[mediaType];
  if (!check) return "file: only PDF, PNG, JPEG, WebP and plain text files are taken.";
  if (content.length === 0) return "file: the file is empty.";
  if (content.length > MAX_FILE_BYTES) return "file: a file may be at most 2 MB.";
  if (!check(content)) return "file: the file's content is not of the type it claims.";
  return undefined;
}
