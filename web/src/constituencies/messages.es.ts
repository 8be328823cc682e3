/** The `constituencies` namespace in Spanish, loaded only by a reader in Spanish; the same keys as messages.en.ts. */
export const es = {
  nav: 'Colectivos',
  title: 'Colectivos',
  intro:
    'Cada miembro pertenece a colectivos, y cada colectivo tiene derechos en las decisiones de la DisCO. Las personas fundadoras definen nuevos y cambian sus derechos; los miembros se añaden desde Personas.',
  none: 'Todavía no hay colectivos.',
  members: '{{count}} miembro',
  members_other: '{{count}} miembros',
  noRights: 'sin derechos en las decisiones',
  rights: {
    propose: 'proponer',
    comment: 'comentar',
    vote: 'votar',
    bindingVote: 'voto vinculante',
  },
  rightsOf: 'Derechos de {{name}}',
  save: 'Guardar los derechos de {{name}}',
  saved: '{{name}} tiene ahora estos derechos: {{rights}}.',
  define: {
    title: 'Definir un colectivo',
    name: 'Nombre',
    slug: 'Nombre corto para enlaces',
    slugHint: 'Minúsculas, cifras y guiones, p. ej. voz-del-entorno.',
    rights: 'Sus derechos',
    submit: 'Definir el colectivo',
    done: 'Colectivo «{{name}}» definido.',
  },
};
