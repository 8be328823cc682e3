import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/** Every leaf as `path = text`, so a key missing in one language shows by name. */
function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('me messages', () => {
  it('have the same keys in English and Spanish, none left empty', () => {
    const en = leaves(messages.en);
    const es = leaves(messages.es);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
  });

  it('name every notification kind the server sends, with a way to act on it', () => {
    const kinds = [
      'proposal-opened',
      'deadline-soon',
      'outcome',
      'review-due',
      'dispute',
      'milestone-reached',
      'checkin-due',
      'rhythm-starting',
      'duties-behind',
      'appreciation-received',
      'ledger-alarm',
    ];
    for (const lang of [messages.en, messages.es]) {
      for (const kind of kinds) {
        expect(lang.notifications.kinds).toHaveProperty([kind]);
        expect(lang.notifications.act).toHaveProperty([kind]);
      }
      expect(lang.notifications.kinds).toHaveProperty(['validations-waiting_one']);
      expect(lang.notifications.act).toHaveProperty(['validations-waiting']);
    }
  });
});
