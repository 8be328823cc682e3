import { api, ApiError, unwrap } from '../api/client';

/**
 * The signing key kept (wrapped under the password) with the account, or null when there is none.
 *
 * @example const kept = await readKeptKey(); // { publicKey, encryptedPrivateKey } | null
 */
export async function readKeptKey() {
  try {
    return await unwrap(api.GET('/api/me/key'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
