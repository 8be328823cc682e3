/**
 * The words of a notice in Spanish, kept once for every face: the Deck's bell and notifications page
 * (web/src/me) and mail and webhooks (src/app/notify/mail-words.ts). i18next's template syntax:
 * `{{title}}`, and `_one`/`_other` keys where a count decides the form. notice-words.en.ts
 * has the same keys (a test checks it).
 */
export const es = {
  kinds: {
    'proposal-opened': 'Nueva propuesta: {{title}}',
    'review-due': 'Se abrió una revisión: {{title}}',
    'deadline-soon': 'Cierra pronto y no has votado: {{title}}',
    outcome: 'Decidida: {{title}}',
    'validations-waiting_one': '{{count}} trabajo esperando tu validación',
    'validations-waiting_other': '{{count}} trabajos esperando tu validación',
    dispute: 'Han impugnado tu trabajo: {{title}}',
    'milestone-reached': 'Hito alcanzado: {{title}}',
    'evaluation-opened': 'Se abrió una evaluación: {{title}}',
    'checkin-due': 'Aún no has escrito tu puesta en común de la semana del {{title}}',
    'rhythm-starting': 'Encuentro próximo: {{title}}',
    'duties-behind': 'Vas con retraso en un deber: {{title}}',
    'appreciation-received': 'Te ha dado las gracias {{title}}',
    'ledger-alarm':
      'Alarma del registro: un testigo rechazó el punto de control del nodo ({{title}})',
  },
  outcomes: {
    passed: 'aprobada',
    failed: 'no aprobada',
    'no-quorum': 'sin quórum',
    winner: 'decidida',
    tie: 'empate',
    'non-binding': 'no vinculante',
    none: 'sin resultado',
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
};
