/**
 * This device's Ed25519 key: made here, kept on the server only wrapped under the member's
 * password (PBKDF2-SHA256 then AES-GCM, both WebCrypto), and unwrapped in memory after the member
 * types the password. The server never holds the key in the clear, so it cannot sign as the member.
 */
export interface DeviceSigner {
  publicKey: string;
  sign(message: Uint8Array): Promise<string>;
}

/** An unlocked device key and the member it signs for. */
export interface ActiveSigner extends DeviceSigner {
  memberId: string;
}

let active: ActiveSigner | null = null;
const listeners = new Set<() => void>();

/** The key this tab signs with, once unlocked; null until then (writes stay node-signed). */
export function activeDeviceSigner(): ActiveSigner | null {
  return active;
}

export function setActiveDeviceSigner(signer: ActiveSigner | null): void {
  active = signer;
  for (const listener of listeners) listener();
}

export function onDeviceSignerChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
