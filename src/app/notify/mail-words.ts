import { en as noticeEn } from '../../core/messages/notice-words.en.js';
import { es as noticeEs } from '../../core/messages/notice-words.es.js';
import type { NoticeParams, NotificationKind } from './notification-log.js';
import type { Language } from './notification-settings.js';

/*
 * The words of mail, in English and Spanish. A notice's own sentence and its call to act are the
 * Deck's (src/core/messages/notice-words.*.ts), so a member reads one voice in the bell, the mail
 * and the chat. Plain text: no HTML to escape or to render wrong.
 */

type NoticeWords = {
  kinds: Record<string, string>;
  act: Record<string, string>;
  outcomes: Record<string, string>;
};
const NOTICE_WORDS: Record<Language, NoticeWords> = { en: noticeEn, es: noticeEs };

interface Words {
  immediateIntro: string;
  dailySubject: (disco: string, count: number) => string;
  weeklySubject: (disco: string, count: number) => string;
  digestIntro: (count: number) => string;
  footer: (settingsUrl: string) => string;
  invitationSubject: (disco: string) => string;
  invitationBody: (disco: string, link: string, expiresAt: string) => string;
  resetSubject: (disco: string) => string;
  resetBody: (disco: string, link: string, expiresAt: string) => string;
  /** After a ledger alarm in a chat: how an operator looks into it. */
  checkWithMonitor: string;
}

const withOutcome = (language: Language, p: NoticeParams) => {
  if (p.outcome) return `: ${p.outcome}`;
  if (!p.outcomeCode) return '';
  return `: ${NOTICE_WORDS[language].outcomes[p.outcomeCode] ?? p.outcomeCode}`;
};

/** A notice template filled the way i18next fills it in the Deck: `{{name}}` by its parameter. */
const fill = (template: string, params: Record<string, unknown>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));

/**
 * A notice's sentence in the member's language, the same as the Deck's bell says it; a counted
 * kind takes its plural form by the language's rules, as i18next chooses it.
 *
 * @example noticeText('es', 'proposal-opened', { title: 'Turnos' }) // 'Nueva propuesta: Turnos'
 */
export function noticeText(language: Language, kind: NotificationKind, p: NoticeParams): string {
  const words = NOTICE_WORDS[language].kinds;
  const count = p.count ?? 0;
  const plural = `${kind}_${new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other'}`;
  const template = words[kind] ?? words[plural] ?? kind;
  return fill(template, { ...p, count }) + (kind === 'outcome' ? withOutcome(language, p) : '');
}

/** What a member does about a notice, in their language (the Deck's link text). */
export function noticeAct(language: Language, kind: NotificationKind): string {
  return NOTICE_WORDS[language].act[kind] ?? kind;
}

const WORDS: Record<Language, Words> = {
  en: {
    immediateIntro: 'Something in your DisCO asks for you:',
    dailySubject: (disco, n) =>
      `${disco}: ${n} ${n === 1 ? 'notification' : 'notifications'} today`,
    weeklySubject: (disco, n) =>
      `${disco}: ${n} ${n === 1 ? 'notification' : 'notifications'} this week`,
    digestIntro: (n) => `Here ${n === 1 ? 'is what' : `are the ${n} things that`} happened:`,
    footer: (url) =>
      `You receive this because of your notification settings. Change them or stop this mail: ${url}`,
    invitationSubject: (disco) => `You are invited to join ${disco}`,
    invitationBody: (disco, link, expiresAt) =>
      `You are invited to join ${disco} on disco-cat.\n\nOpen this link to choose your email and password:\n${link}\n\nThe link works once, until ${expiresAt}. If you did not expect it, ignore this mail.`,
    resetSubject: (disco) => `Choose a new password for ${disco}`,
    resetBody: (disco, link, expiresAt) =>
      `A founder of ${disco} issued you a link to choose a new password:\n${link}\n\nThe link works once, until ${expiresAt}. If you did not ask for it, tell your founders.`,
    checkWithMonitor: 'Check it with `disco ledger monitor`.',
  },
  es: {
    immediateIntro: 'Algo en tu DisCO te necesita:',
    dailySubject: (disco, n) => `${disco}: ${n} ${n === 1 ? 'aviso' : 'avisos'} de hoy`,
    weeklySubject: (disco, n) => `${disco}: ${n} ${n === 1 ? 'aviso' : 'avisos'} de la semana`,
    digestIntro: (n) =>
      n === 1 ? 'Esto es lo que ha pasado:' : `Estas son las ${n} cosas que han pasado:`,
    footer: (url) =>
      `Recibes este correo por tus ajustes de avisos. Cámbialos o deja de recibirlo: ${url}`,
    invitationSubject: (disco) => `Te invitan a unirte a ${disco}`,
    invitationBody: (disco, link, expiresAt) =>
      `Te invitan a unirte a ${disco} en disco-cat.\n\nAbre este enlace para elegir tu correo y tu contraseña:\n${link}\n\nEl enlace sirve una vez, hasta ${expiresAt}. Si no lo esperabas, ignora este correo.`,
    resetSubject: (disco) => `Elige una contraseña nueva para ${disco}`,
    resetBody: (disco, link, expiresAt) =>
      `Una fundadora de ${disco} te ha dado un enlace para elegir una contraseña nueva:\n${link}\n\nEl enlace sirve una vez, hasta ${expiresAt}. Si no lo pediste, díselo a tus fundadoras.`,
    checkWithMonitor: 'Compruébalo con `disco ledger monitor`.',
  },
};

export function wordsOf(language: Language): Words {
  return WORDS[language];
}

/** One notice as a mail line with its link. */
export function noticeLines(
  language: Language,
  notice: { kind: NotificationKind; params: NoticeParams; link: string },
  publicUrl: string,
): string {
  return `- ${noticeText(language, notice.kind, notice.params)}\n  ${noticeAct(language, notice.kind)}: ${new URL(notice.link, publicUrl).href}`;
}
