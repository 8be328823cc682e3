import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileReason, unreadableFile } from '../src/app/file-reason.js';
import { federationContext } from '../src/app/federation/federation-settings.js';
import { checkRemoteUrl, RemoteFetchError } from '../src/app/federation/guarded-fetch.js';
import { FAULT_KINDS, faultSaid } from '../src/core/ledger/verify.js';
import { proposalNotPassed } from '../src/app/members/check-decision.js';
import { checkNoOverlap, validateParameters } from '../src/core/distribution/validate.js';
import { sampleParameters } from '../src/core/distribution/sample-parameters.js';
import { isMessage, type Message, type MessageParams } from '../src/core/messages/codes.js';
import { fieldSaid } from '../src/core/messages/field-said.js';
import { recurrenceProblems } from '../src/core/rhythms/recurrence.js';
import { CSV_COLUMNS } from '../src/core/value/csv.js';
import { csvFileChecker, jsonLdFileChecker } from '../src/core/value/import-file.js';
import { foldValueEvents } from '../src/core/value/state.js';
import { baseRates } from '../src/core/value/test-support.js';
import type { DraftContext } from '../src/core/value/validation.js';
import { VF_NAMESPACE } from '../src/core/value/valueflows.js';
import { en as fieldWordsEn } from '../web/src/words/field-catalogue.en.js';
import { es as fieldWordsEs } from '../web/src/words/field-catalogue.es.js';
import { es as refusalWordsEs } from '../web/src/words/catalogue.es.js';

/*
 * Messages built at run time and handed on as a variable (an import's row problems, a recurrence
 * rule's, a parameter document's cross-field checks) escape the scan of written field problems.
 * Each validator is driven here with bad input, and every message it gives must read back to a
 * code the Deck says in English and Spanish.
 */

const context: DraftContext = {
  today: '2024-03-10',
  members: new Set(['ana', 'ben']),
  circles: new Set(['c1']),
  projects: new Set(['p1']),
  resources: new Set(),
  rates: foldValueEvents(baseRates).rates,
};

const HEADER = CSV_COLUMNS.join(',');
const ROW = '2024-03-02,ana,care,2,hour,meeting,c1,,,weekly meeting,';

function csvProblems(text: string): string[] {
  const file = csvFileChecker(context);
  file.push(text);
  file.end();
  return file.problems().map((p) => p.message);
}

const CSV_FILES = [
  '',
  'date,member\n',
  `${HEADER},color\n${ROW}`,
  `${HEADER},member\n${ROW}`,
  `${HEADER}\n"2024-03-02,ana`,
  `${HEADER}\n"2024-03-02"x,ana`,
  `${HEADER}\n2024-03"-02,ana`,
  `${HEADER}\n2024-03-02,ana\n`,
  `${HEADER}\n2024-02-30,ana,care,2,hour,meeting,c1,,,m,`,
  `${HEADER}\n02/03/2024,ana,care,2,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-20,ana,care,2,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,zoe,care,2,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,fun,2,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,0,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,-1,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,1.23456,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,two,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,25,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,16,hour,meeting,c1,,,m,\n2024-03-02,ana,care,9,hour,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,Hour!,meeting,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,Meeting Room,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,sleeping,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,c9,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,,p9,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,,,r9,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,c1,p1,,m,`,
  `${HEADER}\n2024-03-02,ana,livelihood,2,hour,development,c1,,,m,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,c1,,,,`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,c1,,,${'m'.repeat(5000)},`,
  `${HEADER}\n2024-03-02,ana,care,2,hour,meeting,c1,,,m,not-a-url`,
  `${HEADER}\n2024-03-02,,,,,,,,,,`,
];

const base = 'https://deck.example.coop/';
const entry = (changes: Record<string, unknown> = {}) => ({
  '@context': {
    vf: VF_NAMESPACE,
    om2: 'http://www.ontology-of-units-of-measure.org/resource/om-2/',
  },
  '@type': 'vf:EconomicEvent',
  'vf:action': 'work',
  'vf:effortQuantity': {
    '@type': 'om2:Measure',
    'om2:hasNumericalValue': 2,
    'om2:hasUnit': 'om2:hour',
  },
  'vf:provider': `${base}members/ana`,
  'vf:receiver': base,
  'vf:resourceClassifiedAs': ['urn:disco-cat:stream:care', 'urn:disco-cat:task-kind:meeting'],
  'vf:inScopeOf': [`${base}circles/c1`],
  'vf:hasPointInTime': '2024-03-02',
  ...changes,
});

function jsonLdProblems(text: string): string[] {
  const file = jsonLdFileChecker(context, { base });
  file.push(text);
  file.end();
  return file.problems().map((p) => p.message);
}

const JSON_LD_FILES = [
  '',
  '{}',
  '[',
  `[${JSON.stringify(entry())},]`,
  `[{"vf:action": work}]`,
  '[{"a":1}, {b:1}]',
  '[{"a":1}] x',
  '[1, "two", null]',
  JSON.stringify([{ '@type': 'vf:Other' }]),
  JSON.stringify([entry({ '@type': 'vf:EconomicEvent', 'vf:action': 'produce' })]),
  JSON.stringify([entry({ 'vf:provider': 'https://elsewhere.example/members/ana' })]),
  JSON.stringify([entry({ 'vf:provider': `${base}members/zoe` })]),
  JSON.stringify([entry({ 'vf:receiver': 'https://elsewhere.example/' })]),
  JSON.stringify([entry({ 'vf:hasPointInTime': 'yesterday' })]),
  JSON.stringify([entry({ 'vf:hasPointInTime': '2024-04-01' })]),
  JSON.stringify([entry({ 'vf:resourceClassifiedAs': [] })]),
  JSON.stringify([entry({ 'vf:resourceClassifiedAs': ['urn:disco-cat:stream:fun'] })]),
  JSON.stringify([entry({ 'vf:inScopeOf': [] })]),
  JSON.stringify([entry({ 'vf:inScopeOf': [`${base}circles/c9`] })]),
  JSON.stringify([entry({ 'vf:inScopeOf': ['https://elsewhere.example/x'] })]),
  JSON.stringify([entry({ 'vf:effortQuantity': { 'om2:hasNumericalValue': -2 } })]),
  JSON.stringify([
    entry({
      'vf:effortQuantity': { 'om2:hasNumericalValue': 30, 'om2:hasUnit': 'om2:hour' },
    }),
  ]),
  JSON.stringify([
    entry({ 'vf:effortQuantity': { 'om2:hasNumericalValue': 2, 'om2:hasUnit': 'om2:metre' } }),
  ]),
  JSON.stringify([entry({ 'vf:effortQuantity': 'two hours' })]),
  JSON.stringify([entry(), entry({ 'rdfs:comment': 7 })]),
  JSON.stringify([
    entry({ 'vf:effortQuantity': { 'om2:hasNumericalValue': 16, 'om2:hasUnit': 'om2:hour' } }),
    entry({ 'vf:effortQuantity': { 'om2:hasNumericalValue': 9, 'om2:hasUnit': 'om2:hour' } }),
  ]),
];

const spec = { start: '2026-03-22T09:30', timeZone: 'Europe/Madrid', rrule: 'FREQ=WEEKLY' };
const RECURRENCES = [
  { ...spec, start: '22/03/2026 09:30' },
  { ...spec, start: '2026-02-30T09:30' },
  { ...spec, timeZone: 'Mars/Base' },
  { ...spec, rrule: '' },
  { ...spec, rrule: 'RRULE:FREQ=WEEKLY' },
  { ...spec, rrule: 'DTSTART:20260101T000000Z' },
  { ...spec, rrule: 'freq=weekly' },
  { ...spec, rrule: 'BYDAY=TU' },
  { ...spec, rrule: 'FREQ=HOURLY' },
  { ...spec, rrule: 'FREQ=WEEKLY;BYDAY=XX' },
  { ...spec, rrule: 'FREQ=WEEKLY;INTERVAL=ZERO' },
  { ...spec, rrule: 'FREQ=WEEKLY;UNTIL=2026' },
  { ...spec, rrule: 'FREQ=MONTHLY;BYMONTHDAY=40' },
  { ...spec, rrule: 'FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z' },
].flatMap((s) => [
  { ...s, exceptions: [] },
  { ...s, exceptions: ['someday'] },
]);

const PARAMETER_DOCUMENTS: unknown[] = [
  sampleParameters({ effectiveTo: '2024-12-31' }),
  sampleParameters({
    buckets: [
      { name: 'commons', of: 'total', percent: 6000 },
      { name: 'commons', of: 'total', percent: 6000 },
    ],
  }),
  sampleParameters({
    streamSplit: [
      { name: 'livelihood', streams: ['livelihood', 'care'], share: 5000 },
      { name: 'livelihood', streams: ['care'], share: 2500 },
    ],
  }),
  sampleParameters({ appreciation: { pot: 'nowhere', share: 100 } }),
  sampleParameters({ floors: { default: '500' }, caps: { default: '100' } }),
  sampleParameters({ floors: { members: { ana: '500' } }, caps: { members: { ana: '100' } } }),
  sampleParameters({
    floors: { default: '500', members: { ana: '500' } },
    caps: { default: '100' },
  }),
];

describe('messages handed on as variables', () => {
  const found = new Map<string, string>();
  const take = (where: string, messages: readonly string[]) => {
    for (const message of messages) if (!found.has(message)) found.set(message, where);
  };
  for (const text of CSV_FILES) take(`csv ${JSON.stringify(text.slice(0, 60))}`, csvProblems(text));
  for (const text of JSON_LD_FILES)
    take(`json-ld ${JSON.stringify(text.slice(0, 60))}`, jsonLdProblems(text));
  for (const s of RECURRENCES)
    take(
      `recurrence ${JSON.stringify(s)}`,
      recurrenceProblems(s).map((p) => p.message),
    );
  for (const doc of PARAMETER_DOCUMENTS)
    take(
      `parameters ${JSON.stringify(doc).slice(0, 60)}`,
      validateParameters(doc).map((p) => p.message),
    );
  take(
    'overlapping parameter versions',
    checkNoOverlap([
      { version: '1', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' },
      { version: '2', effectiveFrom: '2026-06-01' },
      { version: '3', effectiveFrom: '2026-08-01' },
    ]).map((p) => p.message),
  );

  it('are driven out of the validators', () => {
    expect(found.size).toBeGreaterThan(40);
  });

  it('each read back to a code the Deck says in English and Spanish', () => {
    const unsaid = [...found].flatMap(([message, where]) => {
      const said = fieldSaid(message);
      if (said === null) return [`${where}: ${message}`];
      const en: Record<string, string> = fieldWordsEn;
      const es: Record<string, string> = fieldWordsEs;
      return en[said.code] && es[said.code] ? [] : [`${where}: ${said.code} lacks words`];
    });
    expect(unsaid).toEqual([]);
  });
});

/*
 * Issue 15: a Spanish message must not carry English handed to it as a parameter (a library's
 * reason, a status word). Each is built as the server builds it, then said in Spanish by the Deck.
 */
describe('Spanish messages with no English inside', () => {
  // The Deck's Spanish words, said as web/src/words/render.ts says them (nested messages first).
  const words: Record<string, string> = { ...refusalWordsEs, ...fieldWordsEs };
  const knowsCode = (code: string, _language: 'es') => words[code] !== undefined;
  const renderMessage = (said: Message, _context: { language: 'es' }): string =>
    words[said.code]!.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = said.params[name];
      return isMessage(value) ? renderMessage(value, _context) : String(value);
    });

  const spanish = (problem: { code?: string; params?: MessageParams; message: string }) => {
    const said = problem.code
      ? { code: problem.code, params: problem.params ?? {} }
      : fieldSaid(problem.message);
    expect(said, problem.message).not.toBeNull();
    expect(knowsCode(said!.code, 'es'), said!.code).toBe(true);
    return renderMessage(said!, { language: 'es' });
  };

  it('says which part of a bad recurrence rule is wrong, not the library’s English', () => {
    const said = ['FREQ=WEEKLY;INTERVAL=0', 'FREQ=WEEKLY;BYDAY=XX'].flatMap((rrule) =>
      recurrenceProblems({
        start: '2026-03-22T09:30',
        timeZone: 'Europe/Madrid',
        rrule,
        exceptions: [],
      }).map((problem) => spanish(problem)),
    );
    expect(said).toEqual([
      'no es una RRULE válida según RFC 5545: su parte INTERVAL está mal',
      'no es una RRULE válida según RFC 5545: su parte BYDAY está mal',
    ]);
  });

  it('says a proposal’s status and outcome in Spanish', () => {
    expect(spanish(proposalNotPassed('decision.proposalId', 'open', null))).toBe(
      'la propuesta está abierta, no aprobada',
    );
    expect(spanish(proposalNotPassed('decision.proposalId', 'closed', 'no-quorum'))).toBe(
      'la propuesta se cerró sin aprobarse (sin quórum)',
    );
    expect(spanish(proposalNotPassed('decision.proposalId', 'closed', null))).toBe(
      'la propuesta se cerró sin aprobarse (sin resultado)',
    );
  });

  it('says why a file cannot be read from the system’s error code, not its English', () => {
    let error: unknown;
    try {
      statSync(join(tmpdir(), `no-such-file-${process.pid}.csv`));
    } catch (caught) {
      error = caught;
    }
    const said = renderMessage(
      { code: 'refusal.file-cannot-be-read', params: { path: 'x.csv', reason: fileReason(error) } },
      { language: 'es' },
    );
    expect(said).toBe('No se puede leer x.csv: no existe ese archivo.');
    expect(
      renderMessage(
        {
          code: 'refusal.file-cannot-be-read',
          params: { path: 'x', reason: fileReason(new Error('odd')) },
        },
        { language: 'es' },
      ),
    ).toBe('No se puede leer x: el sistema se negó a leerlo.');
    const refused = unreadableFile(
      'p.json',
      Object.assign(new Error('EISDIR'), { code: 'EISDIR' }),
    );
    expect(renderMessage(refused.said, { language: 'es' })).toBe(
      'No se puede leer p.json: es una carpeta, no un archivo.',
    );
    expect(fieldWordsEs[refused.problems[0]!.code as keyof typeof fieldWordsEs]).toBeTruthy();
  });

  it('says why another DisCO could not be read in Spanish, not the fetch’s English', async () => {
    const production = federationContext('https://coop.example');
    for (const [target, expected] of [
      ['not a url', 'not a url no es una URL'],
      ['http://coop.test/actor', 'se rechaza http://coop.test/actor: solo https'],
      [
        'https://127.0.0.1/actor',
        'se rechaza 127.0.0.1: resuelve a la dirección privada 127.0.0.1',
      ],
    ] as const) {
      const caught = await checkRemoteUrl(production, target).catch((error: unknown) => error);
      expect(caught).toBeInstanceOf(RemoteFetchError);
      const said = renderMessage(
        {
          code: 'refusal.federation-peer-unreachable',
          params: { target, reason: (caught as RemoteFetchError).reason },
        },
        { language: 'es' },
      );
      expect(said).toBe(`No se pudo leer la DisCO ${target}: ${expected}.`);
    }
  });

  it('says why a ledger does not verify by its fault kind, for every kind the verifier has', () => {
    for (const kind of FAULT_KINDS) {
      const reason = { code: `ledger.fault.${kind}`, params: {} };
      expect(knowsCode(reason.code, 'es'), reason.code).toBe(true);
      const said = renderMessage(
        { code: 'refusal.ledger-file-does-not-verify', params: { seq: 7, reason } },
        { language: 'es' },
      );
      expect(said).toMatch(/^El archivo no se verifica en el evento 7: .+\. No se importó nada\.$/);
      expect(said).not.toContain(kind);
    }
    const revoked = faultSaid({
      seq: 9,
      kind: 'bad-member-key',
      message: 'signed with key K, revoked at event 4',
      reason: { code: 'ledger.member-key.revoked', params: { key: 'K', seq: 4 } },
    });
    expect(
      renderMessage(
        { code: 'refusal.ledger-file-does-not-verify', params: { seq: 9, reason: revoked } },
        { language: 'es' },
      ),
    ).toBe(
      'El archivo no se verifica en el evento 9: la firma de miembro de un evento usa una clave que no habla por quien actúa: la clave K se revocó en el evento 4. No se importó nada.',
    );
  });
});
