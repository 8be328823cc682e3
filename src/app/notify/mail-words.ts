import type { NoticeParams, NotificationKind } from './notification-log.js';
import type { Language } from './notification-settings.js';

/*
 * The words of mail, in English and Spanish: the same sentences as the Deck's bell (web/src/me),
 * so a member reads one voice in both places. Plain text: no HTML to escape or to render wrong.
 */

interface Words {
  kinds: Record<NotificationKind, (p: NoticeParams) => string>;
  act: Record<NotificationKind, string>;
  immediateIntro: string;
  dailySubject: (disco: string, count: number) => string;
  weeklySubject: (disco: string, count: number) => string;
  digestIntro: (count: number) => string;
  footer: (settingsUrl: string) => string;
  invitationSubject: (disco: string) => string;
  invitationBody: (disco: string, link: string, expiresAt: string) => string;
  resetSubject: (disco: string) => string;
  resetBody: (disco: string, link: string, expiresAt: string) => string;
}

const withOutcome = (p: NoticeParams) => (p.outcome ? `: ${p.outcome}` : '');

const WORDS: Record<Language, Words> = {
  en: {
    kinds: {
      'proposal-opened': (p) => `New proposal: ${p.title}`,
      'review-due': (p) => `A review opened: ${p.title}`,
      'deadline-soon': (p) => `Closes soon, and you have not voted: ${p.title}`,
      outcome: (p) => `Decided: ${p.title}${withOutcome(p)}`,
      'validations-waiting': (p) =>
        `${p.count ?? 0} ${p.count === 1 ? 'piece' : 'pieces'} of work waiting for your validation`,
      dispute: (p) => `Your work was disputed: ${p.title}`,
      'milestone-reached': (p) => `Milestone reached: ${p.title}`,
      'evaluation-opened': (p) => `An evaluation opened: ${p.title}`,
      'checkin-due': (p) => `Your check-in for the week of ${p.title} is not written yet`,
      'rhythm-starting': (p) => `Gathering soon: ${p.title}`,
      'duties-behind': (p) => `A duty of yours is behind: ${p.title}`,
      'appreciation-received': (p) => `You were thanked by ${p.title}`,
      'ledger-alarm': (p) => `Ledger alarm: a witness refused the node's checkpoint (${p.title})`,
    },
    act: {
      'proposal-opened': 'Read and vote',
      'review-due': 'Read the review',
      'deadline-soon': 'Vote now',
      outcome: 'See the outcome',
      'validations-waiting': 'Validate',
      dispute: 'Look at the dispute',
      'milestone-reached': 'See your path',
      'evaluation-opened': 'Read it and reflect',
      'checkin-due': 'Check in',
      'rhythm-starting': 'See the rhythms',
      'duties-behind': 'See your duties',
      'appreciation-received': 'See your thanks',
      'ledger-alarm': 'Check the ledger',
    },
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
  },
  es: {
    kinds: {
      'proposal-opened': (p) => `Nueva propuesta: ${p.title}`,
      'review-due': (p) => `Se abrió una revisión: ${p.title}`,
      'deadline-soon': (p) => `Cierra pronto y no has votado: ${p.title}`,
      outcome: (p) => `Decidida: ${p.title}${withOutcome(p)}`,
      'validations-waiting': (p) =>
        `${p.count ?? 0} ${p.count === 1 ? 'trabajo' : 'trabajos'} esperando tu validación`,
      dispute: (p) => `Han impugnado tu trabajo: ${p.title}`,
      'milestone-reached': (p) => `Hito alcanzado: ${p.title}`,
      'evaluation-opened': (p) => `Se abrió una evaluación: ${p.title}`,
      'checkin-due': (p) => `Aún no has escrito tu puesta en común de la semana del ${p.title}`,
      'rhythm-starting': (p) => `Encuentro próximo: ${p.title}`,
      'duties-behind': (p) => `Vas con retraso en un deber: ${p.title}`,
      'appreciation-received': (p) => `Te ha dado las gracias ${p.title}`,
      'ledger-alarm': (p) =>
        `Alarma del registro: un testigo rechazó el punto de control del nodo (${p.title})`,
    },
    act: {
      'proposal-opened': 'Leer y votar',
      'review-due': 'Leer la revisión',
      'deadline-soon': 'Votar ahora',
      outcome: 'Ver el resultado',
      'validations-waiting': 'Validar',
      dispute: 'Ver la impugnación',
      'milestone-reached': 'Ver tu camino',
      'evaluation-opened': 'Leerla y reflexionar',
      'checkin-due': 'Escribir la puesta en común',
      'rhythm-starting': 'Ver los ritmos',
      'duties-behind': 'Ver tus deberes',
      'appreciation-received': 'Ver tus agradecimientos',
      'ledger-alarm': 'Revisar el registro',
    },
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
  const w = WORDS[language];
  return `- ${w.kinds[notice.kind](notice.params)}\n  ${w.act[notice.kind]}: ${new URL(notice.link, publicUrl).href}`;
}
