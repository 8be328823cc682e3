import { api, unwrap } from '../api/client';

const DEVICE_ID_KEY = 'disco-device-id';

/**
 * This browser's device id, made once and kept in its local storage: the node keeps one wrapped
 * key per device id, so each browser (profile) a member uses signs with a key of its own.
 *
 * @example const id = thisDeviceId(); // 'd-3f9c…'
 */
export function thisDeviceId(): string {
  const known = globalThis.localStorage?.getItem(DEVICE_ID_KEY);
  if (known && /^[A-Za-z0-9_-]{1,64}$/.test(known)) return known;
  const made = `d-${globalThis.crypto.randomUUID()}`;
  globalThis.localStorage?.setItem(DEVICE_ID_KEY, made);
  return made;
}

/**
 * Every signing key kept (wrapped under the password) for the member's devices.
 *
 * @example const keys = await readKeptKeys(); // [{ deviceId, publicKey, encryptedPrivateKey, createdAt }]
 */
export async function readKeptKeys() {
  return (await unwrap(api.GET('/api/me/keys'))).keys;
}
