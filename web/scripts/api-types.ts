/**
 * Writes `web/src/api/schema.d.ts`, the Deck's types of the HTTP API, from the OpenAPI document
 * the server itself generates, so the Deck's client cannot drift from the routes. Run with
 * `npm run web:api-types` after changing a route; test/api-types.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { apiTypesSource } from './api-types-source.js';

const target = new URL('../src/api/schema.d.ts', import.meta.url);
writeFileSync(target, await apiTypesSource());
process.stdout.write(`wrote ${target.pathname}\n`);
