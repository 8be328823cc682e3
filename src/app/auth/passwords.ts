import { hash, verify } from '@node-rs/argon2';

/** argon2id cost parameters; `PRODUCTION_PASSWORD_COST` everywhere but tests. */
export interface PasswordCost {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms per hash on a small server. */
export const PRODUCTION_PASSWORD_COST: PasswordCost = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** The lowest argon2 allows; for tests only, where hundreds of sign-ins must stay fast. */
export const TEST_PASSWORD_COST: PasswordCost = { memoryCost: 8, timeCost: 1, parallelism: 1 };

// The @node-rs/argon2 `Algorithm` enum is a const enum, which isolated modules cannot import.
const ARGON2ID = 2;

/**
 * Hashes a password with argon2id and a fresh salt, as a PHC string that records its own cost.
 *
 * @example const stored = await hashPassword('correct horse battery', PRODUCTION_PASSWORD_COST);
 */
export async function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  return hash(password, { ...cost, algorithm: ARGON2ID });
}

/**
 * Whether `password` matches a stored hash; false (never a throw) for a malformed hash.
 *
 * @example if (!(await verifyPassword(account.password_hash, input.password))) refuse();
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

const decoys = new Map<string, Promise<string>>();

/**
 * A hash of nothing at the given cost. Checking a password against it when the email is unknown
 * makes a wrong email take as long as a wrong password, so timing does not reveal who has an account.
 *
 * @example await verifyPassword(account?.password_hash ?? (await decoyHash(cost)), password);
 */
export function decoyHash(cost: PasswordCost): Promise<string> {
  const key = JSON.stringify(cost);
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword('disco-cat decoy password', cost);
    decoys.set(key, decoy);
  }
  return decoy;
}
