import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id (the library's default algorithm) with OWASP's minimum parameters for it:
 * 19 MiB of memory, 2 iterations, 1 lane.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

/** A hash computed once, so a login with an unknown username costs as much as a real one. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hashPassword("polku-decoy-password");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
