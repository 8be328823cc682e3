import type { Hono } from 'hono';

export interface JsonAnswer {
  status: number;
  contentType: string;
  // Tests look into answers of every shape; typing each would restate the schemas.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * Sends a GET through `app.request` and parses the answer, which every route but the export
 * gives as JSON (problems included).
 *
 * @example const { status, body } = await getJson(app, '/api/health');
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any app, whatever its env
export async function getJson(app: Hono<any, any, any>, path: string): Promise<JsonAnswer> {
  const res = await app.request(path);
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: JSON.parse(text) as unknown,
  };
}
