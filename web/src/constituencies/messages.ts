/** Strings of the `constituencies` namespace: who has which say in the DisCO's decisions. Keys are the same in every language (a test checks it). */
export const messages = {
  en: {
    nav: 'Constituencies',
    title: 'Constituencies',
    intro:
      'Each member belongs to constituencies, and each constituency carries rights in the DisCO’s decisions. Founders define new ones and change their rights; members are put in them from People.',
    none: 'No constituency yet.',
    members: '{{count}} member',
    members_other: '{{count}} members',
    noRights: 'no rights in decisions',
    rights: {
      propose: 'propose',
      comment: 'comment',
      vote: 'vote',
      bindingVote: 'binding vote',
    },
    rightsOf: 'Rights of {{name}}',
    save: 'Save the rights of {{name}}',
    saved: '{{name}} now has these rights: {{rights}}.',
    define: {
      title: 'Define a constituency',
      name: 'Name',
      slug: 'Short name for links',
      slugHint: 'Lower-case letters, digits and dashes, e.g. environment-proxy.',
      rights: 'Its rights',
      submit: 'Define the constituency',
      done: 'Constituency “{{name}}” defined.',
    },
  },
  es: {
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
  },
};
