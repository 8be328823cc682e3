/*
 * The server's message codes (src/core/messages/codes.ts) in the Deck's languages, one file per
 * part and language (`catalogue.en.ts`, `outcome-catalogue.es.ts`, …), each a chunk of its own:
 * a reader downloads only their language, and only the part a page has to say (the dashboard in
 * Spanish needs the Sankey's node names and the feed's lines, not every refusal). Templates use
 * `{name}` for a parameter; `render.ts` formats money, members, percents and dates first.
 * `catalogue.test.ts` fails when a code the server can emit is missing from the part `partOf`
 * names, in either language, or when a template names parameters the code does not have; each
 * Spanish file is typed by its English one, so the compiler already refuses a code missing there.
 */

export const CATALOGUE_LANGUAGES = ['en', 'es'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** The parts, each loaded on its own: what happened (runs, tallies, flows, the feed) and refusals. */
export const CATALOGUE_PARTS = ['outcomes', 'refusals', 'fields', 'policy'] as const;
export type CataloguePart = (typeof CATALOGUE_PARTS)[number];

export type Templates = Readonly<Record<string, string>>;

const OUTCOME_PREFIXES = ['run.', 'unpaid.', 'tally.', 'flow.', 'activity.'];

/**
 * The part that says a code, from its prefix alone, so the Deck knows which chunk to fetch
 * before it has any.
 *
 * @example partOf('flow.source.client') // 'outcomes'
 */
export function partOf(code: string): CataloguePart {
  if (OUTCOME_PREFIXES.some((prefix) => code.startsWith(prefix))) return 'outcomes';
  if (code.startsWith('field.')) return 'fields';
  if (code.startsWith('policy.')) return 'policy';
  return 'refusals';
}

/** Where each part is, per language: written out so that the bundler makes each a chunk. */
export const CATALOGUE_IMPORTS: Record<
  CatalogueLanguage,
  Record<CataloguePart, () => Promise<Templates>>
> = {
  en: {
    outcomes: () => import('./outcome-catalogue.en').then((m) => m.en),
    refusals: () => import('./catalogue.en').then((m) => m.en),
    fields: () => import('./field-catalogue.en').then((m) => m.en),
    policy: () => import('./policy-catalogue.en').then((m) => m.en),
  },
  es: {
    outcomes: () => import('./outcome-catalogue.es').then((m) => m.es),
    refusals: () => import('./catalogue.es').then((m) => m.es),
    fields: () => import('./field-catalogue.es').then((m) => m.es),
    policy: () => import('./policy-catalogue.es').then((m) => m.es),
  },
};
