/*
 * Licences of commons resources. A licence is written as an SPDX identifier when it has one, so
 * peers and feed readers can match it; the Peer Production License has no SPDX identifier and is
 * known by its name; any other text is kept as written.
 */

export interface LicenceInfo {
  /** The SPDX identifier in its canonical spelling, or null for a named or free-text licence. */
  spdx: string | null;
  /** The licence as it is shown. */
  name: string;
  /** Where its text lives, when known. */
  url: string | null;
}

const SPDX_LICENCES: readonly string[] = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC-BY-3.0',
  'CC-BY-SA-3.0',
  'MIT',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'MPL-2.0',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'LGPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'EUPL-1.2',
  'ODbL-1.0',
  'GFDL-1.3-or-later',
];

const BY_LOWER = new Map(SPDX_LICENCES.map((id) => [id.toLowerCase(), id]));

export const PEER_PRODUCTION_LICENSE = 'Peer Production License';
const PPL_URL = 'https://wiki.p2pfoundation.net/Peer_Production_License';
const PPL_NAMES = new Set([
  'peer production license',
  'peer production licence',
  'ppl',
  'copyfair',
]);

/**
 * What a licence text names: an SPDX licence (matched whatever its case), the Peer Production
 * License (by its name or short name), or free text kept as written.
 *
 * @example describeLicence('cc-by-sa-4.0') // { spdx: 'CC-BY-SA-4.0', name: 'CC-BY-SA-4.0', url: 'https://spdx.org/licenses/CC-BY-SA-4.0.html' }
 */
export function describeLicence(text: string): LicenceInfo {
  const trimmed = text.trim();
  const spdx = BY_LOWER.get(trimmed.toLowerCase());
  if (spdx) return { spdx, name: spdx, url: `https://spdx.org/licenses/${spdx}.html` };
  if (PPL_NAMES.has(trimmed.toLowerCase()))
    return { spdx: null, name: PEER_PRODUCTION_LICENSE, url: PPL_URL };
  return { spdx: null, name: trimmed, url: null };
}

/**
 * The licence as it is recorded: an SPDX identifier in its canonical spelling, the Peer
 * Production License by its full name, anything else as written.
 *
 * @example normalLicence('ppl') // 'Peer Production License'
 */
export function normalLicence(text: string): string {
  return describeLicence(text).name;
}
