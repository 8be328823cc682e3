export interface CircleTemplate {
  slug: string;
  name: string;
  purpose: string;
}

/** The working circles a new DisCO starts with, one per value stream and the work that sustains them. */
export const DEFAULT_CIRCLES: readonly CircleTemplate[] = [
  {
    slug: 'livelihood',
    name: 'Livelihood',
    purpose: 'Paid work for clients and funded projects: finding it, doing it, delivering it.',
  },
  {
    slug: 'love',
    name: 'Love',
    purpose: 'Pro-bono work the collective chooses to do for the commons.',
  },
  {
    slug: 'care',
    name: 'Care',
    purpose:
      'The work that keeps the collective alive: meetings, mentoring, onboarding, mutual support.',
  },
  {
    slug: 'finance',
    name: 'Legal and finance',
    purpose: 'Accounts, contracts, budgets and the distribution of value.',
  },
  { slug: 'tech', name: 'Tech', purpose: 'The tools the collective runs on, this one included.' },
];
