import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../core/messages/notice-words.en.js';
import { es } from '../../core/messages/notice-words.es.js';
import { noticeAct, noticeLines, noticeText } from './mail-words.js';
import { NOTIFICATION_KINDS } from './notification-log.js';

/*
 * Mail and the Deck say a notice from the same words (src/core/messages/notice-words.*.ts): the
 * Deck through i18next, mail through noticeText. Both must give the same sentence.
 */
describe('the words of a notice, kept once', () => {
  const keys = (words: { kinds: object; act: object }) =>
    [
      ...Object.keys(words.kinds).map((k) => `kinds.${k}`),
      ...Object.keys(words.act).map((k) => `act.${k}`),
    ].sort();

  it('have the same keys in English and Spanish, for every kind the server sends', () => {
    expect(keys(es)).toEqual(keys(en));
    for (const kind of NOTIFICATION_KINDS) {
      expect(Object.keys(en.kinds).some((k) => k === kind || k.startsWith(`${kind}_`))).toBe(true);
      expect(en.act).toHaveProperty([kind]);
    }
  });

  it('read in mail as the Deck reads them, in both languages and both plural forms', async () => {
    const deck = i18next.createInstance();
    await deck.init({
      resources: { en: { me: { notifications: en } }, es: { me: { notifications: es } } },
      ns: ['me'],
      defaultNS: 'me',
      interpolation: { escapeValue: false },
    });
    for (const language of ['en', 'es'] as const) {
      const t = deck.getFixedT(language, 'me');
      for (const kind of NOTIFICATION_KINDS) {
        for (const count of [1, 3]) {
          const params = { title: 'Care rota', count };
          expect(noticeText(language, kind, params), `${language} ${kind} ${count}`).toBe(
            t(`notifications.kinds.${kind}`, params),
          );
        }
        expect(noticeAct(language, kind)).toBe(t(`notifications.act.${kind}`));
      }
    }
  });

  it('puts a notice in a mail line with its link, in Spanish', () => {
    expect(
      noticeLines(
        'es',
        { kind: 'validations-waiting', params: { title: '', count: 2 }, link: '/work' },
        'https://coop.example',
      ),
    ).toBe('- 2 trabajos esperando tu validación\n  Validar: https://coop.example/work');
    expect(noticeText('en', 'outcome', { title: 'Rota', outcome: 'Adopted.' })).toBe(
      'Decided: Rota: Adopted.',
    );
    // With no statement the outcome comes as a code, worded in the reader's language.
    expect(noticeText('es', 'outcome', { title: 'Turnos', outcomeCode: 'no-quorum' })).toBe(
      'Decidida: Turnos: sin quórum',
    );
    expect(noticeText('en', 'outcome', { title: 'Rota', outcomeCode: 'passed' })).toBe(
      'Decided: Rota: passed',
    );
  });
});
