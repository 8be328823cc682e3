import type { DatingStage } from '../../core/access/actor.js';
import type { DatingTimeline } from '../../core/members/vocabulary.js';

/** A level as the cast states it; a dater's start date is the first day of the demo. */
export type DemoLevel =
  | { level: 'casual' }
  | { level: 'committed' }
  | { level: 'dating'; stage: DatingStage; timeline: DatingTimeline };

/** One thing a demo member often does, drawn by weight on their working days. */
export interface DemoTask {
  stream: 'livelihood' | 'love' | 'care';
  taskKind: string;
  unit: 'hour' | 'word';
  /** Quantity range, in the unit (hours or words). */
  min: number;
  max: number;
  /** A circle slug, or `project:N` (the Nth livelihood project), or `commons:N` (the Nth commons resource). */
  scope: string;
  description: string;
  weight: number;
}

export interface DemoPerson {
  key: string;
  name: string;
  /** How the person stands on their first day in the demo. */
  joinAs: { level: DemoLevel | null; constituency: string };
  /** Circles they work in, and the ones they steward. */
  circles: string[];
  stewards: string[];
  /** Chance of working on a given weekday, and what they do. */
  activity: number;
  tasks: DemoTask[];
}

export const DEMO_DOMAIN = 'demo.disco-cat.org';
export const demoEmail = (person: Pick<DemoPerson, 'key'>): string =>
  `${person.key}@${DEMO_DOMAIN}`;

const meeting = (weight: number): DemoTask => ({
  stream: 'care',
  taskKind: 'meeting',
  unit: 'hour',
  min: 1,
  max: 2,
  scope: 'care',
  description: 'Weekly circle call',
  weight,
});
const mentoring = (weight: number): DemoTask => ({
  stream: 'care',
  taskKind: 'mentoring',
  unit: 'hour',
  min: 1,
  max: 2,
  scope: 'care',
  description: 'Mentoring session with a dater',
  weight,
});
const translation = (scope: string, weight: number): DemoTask => ({
  stream: 'livelihood',
  taskKind: 'translation',
  unit: 'word',
  min: 800,
  max: 3000,
  scope,
  description: 'Translation for the client',
  weight,
});
const loveTranslation = (weight: number): DemoTask => ({
  stream: 'love',
  taskKind: 'translation',
  unit: 'word',
  min: 500,
  max: 2500,
  scope: 'commons:0',
  description: 'Translating an article for the open library',
  weight,
});

/**
 * The people of the demo cooperative: a founder, committed members who steward the circles,
 * daters in each of the three stages, a casual contributor, a client and a supporter.
 * Their names and habits are fixed; only the dice (a seeded generator) decide each day.
 */
export const DEMO_CAST: readonly DemoPerson[] = [
  {
    key: 'ana',
    name: 'Ana Ribas',
    joinAs: { level: { level: 'committed' }, constituency: 'worker-members' },
    circles: ['livelihood', 'love', 'care', 'finance'],
    stewards: ['finance'],
    activity: 0.8,
    tasks: [
      translation('project:0', 3),
      {
        stream: 'care',
        taskKind: 'accounting',
        unit: 'hour',
        min: 1,
        max: 3,
        scope: 'finance',
        description: 'Monthly books and invoices',
        weight: 2,
      },
      meeting(2),
      loveTranslation(2),
      mentoring(1),
    ],
  },
  {
    key: 'bruno',
    name: 'Bruno Costa',
    joinAs: { level: { level: 'committed' }, constituency: 'worker-members' },
    circles: ['livelihood', 'tech', 'care'],
    stewards: ['livelihood'],
    activity: 0.8,
    tasks: [
      {
        stream: 'livelihood',
        taskKind: 'coding',
        unit: 'hour',
        min: 2,
        max: 7,
        scope: 'project:1',
        description: 'Building the client website',
        weight: 4,
      },
      {
        stream: 'love',
        taskKind: 'coding',
        unit: 'hour',
        min: 1,
        max: 3,
        scope: 'commons:1',
        description: 'Fixes to our open-source toolkit',
        weight: 2,
      },
      meeting(1),
      mentoring(1),
    ],
  },
  {
    key: 'carla',
    name: 'Carla Mendes',
    joinAs: { level: { level: 'committed' }, constituency: 'worker-members' },
    circles: ['care', 'love', 'livelihood'],
    stewards: ['care'],
    activity: 0.75,
    tasks: [
      meeting(3),
      {
        stream: 'care',
        taskKind: 'onboarding',
        unit: 'hour',
        min: 1,
        max: 3,
        scope: 'care',
        description: 'Onboarding and mutual-support call',
        weight: 2,
      },
      mentoring(2),
      translation('project:2', 2),
      loveTranslation(1),
    ],
  },
  {
    key: 'dev',
    name: 'Dev Patel',
    joinAs: { level: { level: 'committed' }, constituency: 'worker-members' },
    circles: ['tech', 'livelihood', 'love'],
    stewards: ['tech'],
    activity: 0.7,
    tasks: [
      {
        stream: 'livelihood',
        taskKind: 'coding',
        unit: 'hour',
        min: 2,
        max: 6,
        scope: 'project:1',
        description: 'Client website back end',
        weight: 3,
      },
      {
        stream: 'love',
        taskKind: 'coding',
        unit: 'hour',
        min: 1,
        max: 4,
        scope: 'commons:1',
        description: 'Open-source toolkit release',
        weight: 3,
      },
      {
        stream: 'care',
        taskKind: 'maintenance',
        unit: 'hour',
        min: 1,
        max: 2,
        scope: 'tech',
        description: 'Keeping our servers and backups running',
        weight: 1,
      },
    ],
  },
  {
    key: 'eli',
    name: 'Eli Okafor',
    joinAs: { level: { level: 'committed' }, constituency: 'worker-members' },
    circles: ['love', 'livelihood', 'care'],
    stewards: ['love'],
    activity: 0.7,
    tasks: [
      loveTranslation(3),
      {
        stream: 'love',
        taskKind: 'writing',
        unit: 'hour',
        min: 1,
        max: 3,
        scope: 'commons:2',
        description: 'Writing the care-work handbook',
        weight: 2,
      },
      translation('project:2', 2),
      meeting(1),
    ],
  },
  {
    key: 'fatima',
    name: 'Fátima Haddad',
    joinAs: {
      level: { level: 'dating', stage: 1, timeline: 'long-run' },
      constituency: 'worker-members',
    },
    circles: ['care', 'love'],
    stewards: [],
    activity: 0.5,
    tasks: [
      meeting(2),
      loveTranslation(2),
      {
        stream: 'care',
        taskKind: 'onboarding',
        unit: 'hour',
        min: 1,
        max: 2,
        scope: 'care',
        description: 'Reading the onboarding pack',
        weight: 1,
      },
    ],
  },
  {
    key: 'gus',
    name: 'Gus Lindqvist',
    joinAs: {
      level: { level: 'dating', stage: 1, timeline: 'agile' },
      constituency: 'worker-members',
    },
    circles: ['tech', 'livelihood'],
    stewards: [],
    activity: 0.6,
    tasks: [
      {
        stream: 'livelihood',
        taskKind: 'coding',
        unit: 'hour',
        min: 2,
        max: 5,
        scope: 'project:1',
        description: 'Front-end pages for the client',
        weight: 3,
      },
      meeting(1),
      {
        stream: 'love',
        taskKind: 'coding',
        unit: 'hour',
        min: 1,
        max: 2,
        scope: 'commons:1',
        description: 'Documentation of the toolkit',
        weight: 1,
      },
    ],
  },
  {
    key: 'hana',
    name: 'Hana Sato',
    joinAs: {
      level: { level: 'dating', stage: 3, timeline: 'fast-track' },
      constituency: 'worker-members',
    },
    circles: ['livelihood', 'care', 'love'],
    stewards: [],
    activity: 0.7,
    tasks: [
      translation('project:0', 3),
      meeting(2),
      loveTranslation(1),
      {
        stream: 'care',
        taskKind: 'accounting',
        unit: 'hour',
        min: 1,
        max: 2,
        scope: 'finance',
        description: 'Helping with the quarterly books',
        weight: 1,
      },
    ],
  },
  {
    key: 'iker',
    name: 'Iker Etxeberria',
    joinAs: { level: { level: 'casual' }, constituency: 'worker-members' },
    circles: ['love'],
    stewards: [],
    activity: 0.15,
    tasks: [loveTranslation(1)],
  },
  {
    key: 'jo',
    name: 'Jo Whitfield',
    joinAs: { level: null, constituency: 'users-clients' },
    circles: [],
    stewards: [],
    activity: 0,
    tasks: [],
  },
  {
    key: 'kim',
    name: 'Kim Nguyen',
    joinAs: { level: null, constituency: 'supporters' },
    circles: [],
    stewards: [],
    activity: 0,
    tasks: [],
  },
];

/** Who mentors whom, by key. */
export const DEMO_MENTORS: ReadonlyArray<{ dater: string; mentor: string }> = [
  { dater: 'fatima', mentor: 'carla' },
  { dater: 'gus', mentor: 'bruno' },
  { dater: 'hana', mentor: 'eli' },
];

export const DEMO_PROJECTS = [
  {
    name: 'Housing rights report, Catalan to English',
    client: 'Sindicat de Llogateres',
    budget: '900000',
    agreedPrice: '1000000',
    circle: 'livelihood',
  },
  {
    name: 'Website for a food cooperative',
    client: 'Ecoxarxa Food Co-op',
    budget: '1800000',
    agreedPrice: '1800000',
    circle: 'tech',
  },
  {
    name: 'Subtitles for a documentary on care work',
    client: 'Jo Whitfield Films',
    budget: '450000',
    agreedPrice: '520000',
    circle: 'livelihood',
  },
] as const;

export const DEMO_COMMONS = [
  {
    title: 'Open library of translated articles on the commons',
    kind: 'translation',
    licence: 'CC-BY-SA-4.0',
    link: 'https://demo.disco-cat.org/library',
  },
  {
    title: 'Cooperative toolkit (source code)',
    kind: 'software',
    licence: 'AGPL-3.0-or-later',
    link: 'https://demo.disco-cat.org/toolkit',
  },
  {
    title: 'A handbook of care work in cooperatives',
    kind: 'article',
    licence: 'Peer Production License',
    link: 'https://demo.disco-cat.org/handbook',
  },
] as const;
