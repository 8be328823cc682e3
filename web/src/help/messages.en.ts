/** The `help` namespace in English; messages.es.ts has the same keys (a test checks it). */
export const en = {
  nav: { guide: 'Guide', glossary: 'Glossary' },
  explain: '(what is this?)',
  more: 'More in the glossary',
  guide: {
    title: 'Welcome to the Deck',
    intro:
      'The Deck is where the members of this DisCO log their work, decide together and see where the value goes. What to know first:',
    steps: {
      log: {
        title: 'Log your work',
        text: 'Log what you did in one of three streams: livelihood (paid work), love (pro-bono work for the commons) or care (the work that keeps the collective alive). It turns into credits once another member validates it.',
        link: 'Log work',
      },
      validate: {
        title: 'Validate each other’s work',
        text: 'Work others logged waits for you on the same page: validate it, or dispute it with a reason.',
        link: 'Work awaiting me',
      },
      decide: {
        title: 'Decide together',
        text: 'Proposals are voted by the constituencies they concern, each with its method, such as consent, where an objection must be resolved before the proposal passes.',
        link: 'Proposals',
      },
      money: {
        title: 'See where the money goes',
        text: 'Income goes through the buckets and pots of the CAT, the rules the members agreed on, and pays the credits members are owed. Anyone can check every step.',
        link: 'Distribution',
      },
      words: {
        title: 'Look up a word',
        text: 'A word with a dotted line, like Gini, opens its meaning. The glossary has them all.',
        link: 'Glossary',
      },
    },
    dismiss: 'Got it, hide the guide',
    again: 'You can open this guide again from the menu (Guide).',
  },
  glossary: {
    title: 'Glossary',
    intro:
      'The words of a DisCO, as this Deck uses them. A DisCO (Distributed Cooperative Organization) is a worker-run cooperative that puts care work at its core and shares power among all its stakeholders.',
  },
  terms: {
    livelihood: {
      name: 'Livelihood',
      short: 'Paid work for clients or funded projects: the market work that brings income in.',
      long: 'Livelihood work is logged in hours or units and earns credits at the rate of its task kind. Its credits are paid first from the livelihood pot when income is distributed.',
    },
    love: {
      name: 'Love (pro-bono)',
      short:
        'Work the collective chooses to do for free because it creates commons, such as translating articles under an open licence.',
      long: 'Love work earns credits like any other work; a committed member may have a duty of love work each quarter. When a client pays more than the base price, the surplus funds love credits.',
    },
    care: {
      name: 'Care',
      short:
        'The work that keeps the collective alive: meetings, mentoring, accounting, onboarding, emotional support.',
      long: 'Care work is the core of a DisCO, and the Deck shows who does it. Care done while dating is kept as historical credits and paid only once dating ends.',
    },
    credits: {
      name: 'Credits',
      short: 'What logged work is worth inside the DisCO: one credit is one unit of its currency.',
      long: 'Credits are computed from the rate in force on the day of the work and frozen when it is logged. A credit earned is owed until it is paid, oldest first; it counts once another member has validated the work.',
    },
    validation: {
      name: 'Validation',
      short: 'Another member confirms the work you logged; only then do its credits count.',
      long: 'Any worker-member can validate work logged by someone else, or dispute it with a reason. A disputed item is settled by the members, and nothing is erased: the ledger keeps the whole story.',
    },
    dating: {
      name: 'Dating and its stages',
      short:
        'How a new worker-member and the DisCO get to know each other, usually nine months in three stages, with a mentor.',
      long: 'Daters vote, but their votes do not bind in stages 1 and 2. In the reference DisCO, stage 1 has no paid work, stage 2 pays 50% of the credit value of paid work and stage 3 pays 75%. Dating ends in a collective decision to commit.',
    },
    levels: {
      name: 'Casual, dating, committed',
      short:
        'The levels of worker-members: casual contributors, daters getting to know the DisCO, and committed (full) members.',
      long: 'Casual contributors help with no strings attached and have no claim on pay. Committed members all share the same rights and the same compensation rules. Moving between levels is a collective decision.',
    },
    circles: {
      name: 'Circles',
      short:
        'Working groups such as livelihood, love, care, tech or legal and finance, each with rotating stewards.',
      long: 'Work belongs to a circle. Stewards look after their circle’s rhythms and members; the role rotates.',
    },
    constituencies: {
      name: 'Constituencies',
      short:
        'The groups with a say: worker-members, clients, community members, supporters and any others the DisCO names.',
      long: 'A person may belong to several. Each proposal says which constituencies may propose, comment and vote, and whose votes bind.',
    },
    consent: {
      name: 'Consent and objection',
      short:
        'Consent asks “can you live with it?”, not “do you like it?”: a proposal passes unless someone objects, and an objection must be resolved.',
      long: 'An objection is more than a preference: it says the proposal would harm the DisCO, and it must give a reason. The proposal is changed until nobody objects. Lazy consensus works the same way with silence: it counts as assent unless someone objects before the deadline.',
    },
    cat: {
      name: 'CAT (Community Algorithmic Trust)',
      short:
        'The rules the members agreed on for how income flows and is shared, run by the Deck and changed only by a collective decision.',
      long: 'Like a community land trust, but for algorithms. Every result of the CAT can be explained and recomputed by any member, and every change to it is a proposal of its own.',
    },
    buckets: {
      name: 'Buckets',
      short:
        'Shares taken from income in order before members are paid, such as a reserve or the collective’s running costs.',
      long: 'Each bucket takes a percentage of the whole income or of what remains, one after the other. What is left after the buckets is the money available to pay members’ credits.',
    },
    pots: {
      name: 'Pots',
      short:
        'How the money left after the buckets is split between the streams, for example 75% to livelihood and 25% to love and care.',
      long: 'Within a pot, members’ claims are paid pro rata, oldest first, and every cent is accounted for. The split is the members’ to set.',
    },
    gini: {
      name: 'Gini',
      short:
        'A number from 0 to 1 for how evenly something is shared: 0 when everyone does the same, 1 when one person does it all.',
      long: 'The dashboard uses it for care work, so that the members see when care rests on too few shoulders.',
    },
    duties: {
      name: 'Duties',
      short:
        'Work a member has agreed to do each period, such as 400 credits of love work a quarter.',
      long: 'The dashboard shows each member’s progress towards their duties of the period.',
    },
    ledger: {
      name: 'Ledger',
      short:
        'The record of everything that happened, signed and chained so that nobody can change the past unseen.',
      long: 'Anyone can check it, with or without an account; your browser checks that the node never rewrites what it verified before.',
    },
  },
  empty: {
    proposals: 'Start a proposal',
    allProposals: 'See all proposals',
    logWork: 'Log your work',
    logFirst: 'Log your first work with the form above.',
    awaiting: 'When another member logs work, it waits here for you to validate it.',
    distribution: 'How income is shared',
    settings: 'The settings in force',
    members: 'Members and circles',
    glossary: 'What is this?',
    notificationSettings: 'Choose how notices reach you',
    addCommons: 'Register something we made',
    firstRhythm: 'Set up the first rhythm',
    recordIncome: 'Record income',
    recordExpense: 'Record an expense',
  },
} as const;
