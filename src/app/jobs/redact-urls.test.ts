import { describe, expect, it } from 'vitest';
import { redactUrls } from './redact-urls.js';

describe('redactUrls', () => {
  it('takes out user information and query values, keeping where the URL points', () => {
    expect(redactUrls('GET https://u:p-1@h.test/x?token=t-2&page=3 failed')).toBe(
      'GET https://***@h.test/x?token=***&page=*** failed',
    );
    expect(redactUrls('http://tok@w.test:8080/a, then https://plain.test/inbox answered 503')).toBe(
      'http://***@w.test:8080/a, then https://plain.test/inbox answered 503',
    );
    expect(redactUrls('no address here')).toBe('no address here');
  });
});
