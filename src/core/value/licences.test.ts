import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLicence, normalLicence, PEER_PRODUCTION_LICENSE } from './licences.js';

describe('licences', () => {
  it('matches SPDX identifiers whatever their case and links their text', () => {
    expect(describeLicence(' cc-by-sa-4.0 ')).toEqual({
      spdx: 'CC-BY-SA-4.0',
      name: 'CC-BY-SA-4.0',
      url: 'https://spdx.org/licenses/CC-BY-SA-4.0.html',
    });
    expect(normalLicence('agpl-3.0-or-later')).toBe('AGPL-3.0-or-later');
  });

  it('knows the Peer Production License by its name, which has no SPDX identifier', () => {
    for (const text of ['Peer Production License', 'peer production licence', 'PPL']) {
      const info = describeLicence(text);
      expect(info.spdx).toBeNull();
      expect(info.name).toBe(PEER_PRODUCTION_LICENSE);
      expect(info.url).toMatch(/p2pfoundation/);
    }
  });

  it('keeps any other licence as written, and normalising twice changes nothing', () => {
    expect(describeLicence('All rights shared with the commons')).toEqual({
      spdx: null,
      name: 'All rights shared with the commons',
      url: null,
    });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
        fc.pre(text.trim().length > 0);
        expect(normalLicence(normalLicence(text))).toBe(normalLicence(text));
      }),
    );
  });
});
