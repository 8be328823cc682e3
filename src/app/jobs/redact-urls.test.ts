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

  it('keeps a URL with nothing to hide exactly as the handler wrote it', () => {
    expect(redactUrls('http://127.0.0.1:4321 did not answer within 1000 ms')).toBe(
      'http://127.0.0.1:4321 did not answer within 1000 ms',
    );
  });
});
