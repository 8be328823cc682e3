import { z } from '@hono/zod-openapi';
import { integerText } from './integer-text.js';

/*
 * Lists are paged by keyset, not offset: the cursor names the last key a client has seen, so a
 * page never skips or repeats an item while the ledger grows, and deep pages cost no more than
 * the first. The cursor is opaque to clients (base64url JSON) so its content can change later.
 */

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

interface CursorContent {
  /** The key (seq, tree size) of the last item of the previous page. */
  after: number;
}

/**
 * @example encodeCursor(200) // 'eyJhZnRlciI6MjAwfQ'
 */
export function encodeCursor(after: number): string {
  const content: CursorContent = { after };
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

/**
 * The key a cursor names, or null when it is not a cursor this API wrote.
 *
 * @example decodeCursor(encodeCursor(200)) // 200; decodeCursor('garbage') // null
 */
export function decodeCursor(cursor: string): number | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const after = (value as Partial<CursorContent> | null)?.after;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0) return null;
  // Node's base64url decoder skips stray characters; re-encoding catches a cursor that was altered.
  return encodeCursor(after) === cursor ? after : null;
}

/** The `cursor` and `limit` query parameters every list accepts. */
export const pageQuerySchema = z.object({
  cursor: z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const after = decodeCursor(text);
      if (after === null) {
        ctx.issues.push({
          code: 'custom',
          input: text,
          message: 'is not a cursor from this API; pass nextCursor as it was returned',
        });
        return z.NEVER;
      }
      return after;
    })
    .optional()
    .openapi({
      type: 'string',
      description:
        'Opaque; the `nextCursor` of the previous page. Leave it out for the first page.',
      example: encodeCursor(100),
    }),
  limit: integerText({
    min: 1,
    max: MAX_PAGE_SIZE,
    description: `How many items per page (default ${DEFAULT_PAGE_SIZE}).`,
    example: 100,
  }).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Turns `limit + 1` rows read after the cursor into a page: the extra row only tells whether
 * another page exists, so a client never has to fetch an empty last page.
 *
 * @example pageOf(await store.events(after, limit + 1), limit, (e) => e.seq)
 */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (item: T) => number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/**
 * The `items`/`nextCursor` response shape around an item schema.
 *
 * @example pageSchema(ledgerEventSchema, 'EventPage')
 */
export function pageSchema<T extends z.ZodType>(
  item: T,
  name: string,
  order = 'In ascending order of their key.',
) {
  return z
    .object({
      items: z.array(item).openapi({ description: order }),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    })
    .openapi(name);
}
