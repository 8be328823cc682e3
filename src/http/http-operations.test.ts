import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityTableMarkdown } from './http-operations.js';

describe('docs/security.md', () => {
  it('shows the security table the code applies', () => {
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    const table = /<!-- security-table:start[^>]*-->\n([\s\S]*?)\n<!-- security-table:end -->/.exec(
      doc,
    )?.[1];
    expect(table, 'regenerate it with securityTableMarkdown()').toBe(securityTableMarkdown());
  });
});
