/** The `constituencies` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
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
};
