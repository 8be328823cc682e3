import { describe, expect, it } from 'vitest';
import { api, ApiError, lastWrittenSeq, unwrap } from './client';

describe('unwrap', () => {
  it("throws the server's problem even though openapi-fetch has already read the answer's body", async () => {
    const problem = {
      type: 'urn:disco-cat:problem:email-taken',
      title: 'Conflict',
      status: 409,
      detail: 'An account with this email already exists.',
    };
    const fetchProblem = () =>
      Promise.resolve(
        new Response(JSON.stringify(problem), {
          status: 409,
          headers: { 'content-type': 'application/problem+json' },
        }),
      );
    const call = api.POST('/api/invitations/{token}/accept', {
      params: { path: { token: 'x' } },
      body: { email: 'a@example.org', password: 'long enough!' },
      fetch: fetchProblem,
      baseUrl: 'http://node.test',
    });
    const error = await unwrap(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual(problem);
  });

  it('names the status when the answer is not a problem document', async () => {
    const error = await unwrap(
      api.GET('/api/circles', {
        fetch: () =>
          Promise.resolve(
            new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
          ),
        baseUrl: 'http://node.test',
      }),
    ).catch((e: unknown) => e);
    expect((error as ApiError).problem).toMatchObject({
      status: 502,
      detail: 'The server answered 502.',
    });
  });
});

describe('read-your-writes', () => {
  it('sends the seq its last write answered with on the next read, and never lowers it', async () => {
    const seen: (string | null)[] = [];
    const answer = (seq: string | null) => (input: Request) => {
      seen.push(input.headers.get('Disco-Min-Seq'));
      return Promise.resolve(
        new Response(JSON.stringify({ items: [] }), {
          status: 200,
          headers: { 'content-type': 'application/json', ...(seq ? { 'Disco-Seq': seq } : {}) },
        }),
      );
    };
    const base = lastWrittenSeq();
    const written = String(base + 42);
    await api.POST('/api/circles', {
      body: { name: 'Care', purpose: 'care work' } as never,
      fetch: answer(written),
      baseUrl: 'http://node.test',
    });
    await api.GET('/api/circles', { fetch: answer(null), baseUrl: 'http://node.test' });
    await api.POST('/api/circles', {
      body: { name: 'Care', purpose: 'care work' } as never,
      fetch: answer(String(base + 1)),
      baseUrl: 'http://node.test',
    });
    await api.GET('/api/circles', { fetch: answer(null), baseUrl: 'http://node.test' });
    expect(seen).toEqual([null, written, null, written]);
    expect(lastWrittenSeq()).toBe(base + 42);
  });
});
