import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HttpEnv } from './env.js';
import { MIN_SEQ_HEADER, READ_FROM_HEADER, SEQ_HEADER } from './read-your-writes.js';

export const OPENAPI_PATH = '/api/openapi.json';

/*
 * The version of the HTTP contract, not of the package: it changes when a client would notice,
 * and the Deck's typed client is generated against it.
 */
const API_VERSION = '0.1.0';

const DESCRIPTION = `The HTTP API of a disco-cat node: the Community Algorithmic Trust of a worker cooperative (DisCO).

Every change in the cooperative is a signed event appended to a tamper-evident ledger. Events are canonical JSON (RFC 8785) hashed with SHA-256; each names the hash of the one before, and all are leaves of an RFC 9162 Merkle tree. The node signs checkpoints (tree size, root, time) with its Ed25519 key, so anyone can check, with short proofs, that an event is in the ledger and that the ledger was only ever appended to.

Members sign in with email and password (\`POST /api/auth/sign-in\`), which sets an HttpOnly session cookie; every write made with the cookie must repeat the session's CSRF token in \`X-CSRF-Token\`. Programs use an API token instead (\`Authorization: Bearer <token>\`, made with \`POST /api/tokens\`). Who may call what is the access policy, listed in docs/security.md. Writes by a signed-in member accept an \`Idempotency-Key\` header.

Every write also takes the member's own signature on the events it records for them (prepare → sign → commit): send it with \`Disco-Intent: prepare\` to get 202 with the exact intents to sign and a draft token, then repeat the same request with \`Disco-Intent: commit\`, \`Disco-Draft\`, \`Disco-Member-Key\` and \`Disco-Member-Sig\` (components.parameters describes each; docs/api.md, Signed writes).

A node with a streaming read replica serves some reads from it (docs/operations.md). Every write that recorded events answers \`Disco-Seq\` with the seq of its last event; send that value back as \`Disco-Min-Seq\` on later reads and the answer reflects at least that much of the ledger. Reads a replica may serve answer \`Disco-Read-From\` (\`replica\` or \`primary\`).

Lists are paged with an opaque \`cursor\`: pass the \`nextCursor\` of a page to get the next one. Errors are RFC 9457 problem details (\`application/problem+json\`) with an \`errors\` list naming each bad field, such as \`query.limit\`.`;

/**
 * Serves the OpenAPI 3.1 document of every route registered on `app` at `/api/openapi.json`.
 *
 * @example serveOpenApiDocument(app); // GET /api/openapi.json
 */
export function serveOpenApiDocument(app: OpenAPIHono<HttpEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'disco_session',
    description: 'Set by sign-in; writes also need X-CSRF-Token.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from POST /api/tokens.',
  });
  const signingHeaders: Array<[string, string]> = [
    [
      'Disco-Intent',
      '`prepare`: run the write and answer 202 with `{ draft, expiresAt, intents: [{ type, intent }] }` instead of recording it; `commit`: record the prepared write with the signatures. Absent: record as asked (403 `member-signature-required` when the DisCO requires a signature).',
    ],
    [
      'Disco-Draft',
      'On commit: the draft token of the prepare answer, unchanged; fresh for 2 minutes, recorded once.',
    ],
    [
      'Disco-Member-Key',
      'On commit: your registered Ed25519 public key (base64url, 43 characters).',
    ],
    [
      'Disco-Member-Sig',
      'On commit: the Ed25519 signature (base64url) of the UTF-8 bytes of each prepared `intent`, comma-separated, in order.',
    ],
  ];
  for (const [name, description] of signingHeaders) {
    app.openAPIRegistry.registerComponent('parameters', name.replaceAll('-', ''), {
      name,
      in: 'header',
      required: false,
      description,
      schema: { type: 'string' },
    });
  }
  app.openAPIRegistry.registerComponent('parameters', 'DiscoMinSeq', {
    name: MIN_SEQ_HEADER,
    in: 'header',
    required: false,
    description: `The ${SEQ_HEADER} of your last write: the answer reflects at least that seq of the ledger (a replica too far behind leaves the read to the primary). A whole number; anything else is 400.`,
    schema: { type: 'string', pattern: '^\\d{1,15}$' },
  });
  app.openAPIRegistry.registerComponent('headers', SEQ_HEADER, {
    description: 'On a write that recorded events: the seq of the last one.',
    schema: { type: 'string' },
  });
  app.openAPIRegistry.registerComponent('headers', READ_FROM_HEADER, {
    description: 'On a read a replica may serve: `replica` or `primary`, whichever answered.',
    schema: { type: 'string', enum: ['replica', 'primary'] },
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'disco-cat',
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
    tags: [
      { name: 'Node', description: 'The node itself.' },
      {
        name: 'Ledger',
        description:
          'The events of the tamper-evident ledger, with inclusion proofs and the portable export.',
      },
      {
        name: 'Checkpoints',
        description: 'Signed tree heads and the proofs that the ledger only grows.',
      },
      {
        name: 'Access',
        description: 'Signing in, sessions, API tokens, invitations and your own account.',
      },
      {
        name: 'Members',
        description:
          'Members, their levels, constituencies, mentors, milestones, commitments and keys.',
      },
      { name: 'Circles', description: 'Working circles, their members and rotating stewards.' },
      {
        name: 'Notifications',
        description: 'How notifications reach members: delivery settings, mail, webhooks.',
      },
      {
        name: 'Constituencies',
        description: 'The constituencies of multi-constituent governance and their rights.',
      },
      {
        name: 'Distribution',
        description:
          'The Community Algorithmic Trust: income, expenses, books, parameter versions, distribution runs, what-if, flows and payouts.',
      },
    ],
  });
}
