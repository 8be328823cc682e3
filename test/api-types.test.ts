import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesSource } from '../web/scripts/api-types-source.js';

describe("the Deck's API types", () => {
  it('match the OpenAPI document the server generates now', async () => {
    const committed = readFileSync(new URL('../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    const generated = await apiTypesSource();
    if (committed !== generated)
      expect.fail(
        'web/src/api/schema.d.ts is stale: the routes changed since it was generated. Run `npm run web:api-types` and commit the result.',
      );
  });
});
