import type { ContributionRecord } from './contribution.js';
import { formatQuantity, HOUR } from './quantity.js';
import { isStream } from './streams.js';
import {
  validateContribution,
  type ContributionInput,
  type DraftContext,
  type DraftResult,
  type FieldProblem,
} from './validation.js';

/*
 * Contributions as Valueflows EconomicEvents (domain.md section 7), in the compact JSON-LD form
 * below. `fromEconomicEvent` reads that same compact form back; it is not a general JSON-LD
 * processor, so a document using other prefixes or expanded IRIs as keys must be compacted
 * against this context first.
 */

export const VF_NAMESPACE = 'https://w3id.org/valueflows/ont/vf#';
export const OM2_NAMESPACE = 'http://www.ontology-of-units-of-measure.org/resource/om-2/';
export const RDFS_NAMESPACE = 'http://www.w3.org/2000/01/rdf-schema#';
/** Streams, task kinds and named units are disco-cat concepts shared by every DisCO, hence URNs. */
export const STREAM_URN = 'urn:disco-cat:stream:';
export const TASK_KIND_URN = 'urn:disco-cat:task-kind:';
export const UNIT_URN = 'urn:disco-cat:unit:';

export const VALUEFLOWS_CONTEXT = {
  vf: VF_NAMESPACE,
  om2: OM2_NAMESPACE,
  rdfs: RDFS_NAMESPACE,
} as const;

/** Where a DisCO's own things live: `${base}members/ana`, `${base}circles/tech`, and the DisCO itself at `base`. */
export interface IriOptions {
  /** An absolute IRI ending in '/', e.g. 'https://deck.example.coop/'. */
  base: string;
}

export interface EconomicEvent {
  '@context': typeof VALUEFLOWS_CONTEXT;
  '@id': string;
  '@type': 'vf:EconomicEvent';
  'vf:action': 'work';
  'vf:effortQuantity': {
    '@type': 'om2:Measure';
    'om2:hasNumericalValue': number;
    'om2:hasUnit': string;
  };
  'vf:provider': string;
  'vf:receiver': string;
  'vf:resourceClassifiedAs': string[];
  'vf:inScopeOf': string[];
  /** The calendar date of the work in the DisCO's time zone. */
  'vf:hasPointInTime': string;
  'vf:note'?: string;
  'rdfs:seeAlso'?: string[];
}

const unitIri = (unit: string) => (unit === HOUR ? 'om2:hour' : `${UNIT_URN}${unit}`);

/**
 * A contribution as a Valueflows EconomicEvent: the member provides work to the DisCO, classified
 * by stream and task kind, in scope of its circle, project and/or commons resource.
 *
 * @example
 * toEconomicEvent(contribution, { base: 'https://deck.example.coop/' })['vf:effortQuantity']
 * // { '@type': 'om2:Measure', 'om2:hasNumericalValue': 1.5, 'om2:hasUnit': 'om2:hour' }
 */
export function toEconomicEvent(c: ContributionRecord, options: IriOptions): EconomicEvent {
  const scopes: string[] = [];
  if (c.circle !== undefined) scopes.push(`${options.base}circles/${encodeURIComponent(c.circle)}`);
  if (c.project !== undefined)
    scopes.push(`${options.base}projects/${encodeURIComponent(c.project)}`);
  if (c.resource !== undefined)
    scopes.push(`${options.base}resources/${encodeURIComponent(c.resource)}`);
  const event: EconomicEvent = {
    '@context': VALUEFLOWS_CONTEXT,
    '@id': `${options.base}contributions/${encodeURIComponent(c.id)}`,
    '@type': 'vf:EconomicEvent',
    'vf:action': 'work',
    // At most 15 significant digits (12 whole, 3 fractional), so the JSON number is the exact decimal.
    'vf:effortQuantity': {
      '@type': 'om2:Measure',
      'om2:hasNumericalValue': Number(formatQuantity(c.quantity.milli)),
      'om2:hasUnit': unitIri(c.quantity.unit),
    },
    'vf:provider': `${options.base}members/${encodeURIComponent(c.member)}`,
    'vf:receiver': options.base,
    'vf:resourceClassifiedAs': [`${STREAM_URN}${c.stream}`, `${TASK_KIND_URN}${c.taskKind}`],
    'vf:inScopeOf': scopes,
    'vf:hasPointInTime': c.date,
  };
  if (c.description !== '') event['vf:note'] = c.description;
  if (c.evidence.length > 0) event['rdfs:seeAlso'] = [...c.evidence];
  return event;
}

const FIELD_PROPERTY: Record<string, string> = {
  member: 'vf:provider',
  stream: 'vf:resourceClassifiedAs',
  taskKind: 'vf:resourceClassifiedAs',
  quantity: 'vf:effortQuantity.om2:hasNumericalValue',
  unit: 'vf:effortQuantity.om2:hasUnit',
  date: 'vf:hasPointInTime',
  circle: 'vf:inScopeOf',
  project: 'vf:inScopeOf',
  resource: 'vf:inScopeOf',
  description: 'vf:note',
  evidence: 'rdfs:seeAlso',
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** JSON-LD lets a node be a plain IRI string or an object with an `@id`. */
const iriOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : isRecord(v) && typeof v['@id'] === 'string' ? v['@id'] : null;
const valueOf = (v: unknown): unknown => (isRecord(v) && '@value' in v ? v['@value'] : v);

function localId(iri: string, prefix: string): string | null {
  if (!iri.startsWith(prefix)) return null;
  const rest = iri.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * Reads an EconomicEvent (as `toEconomicEvent` writes it) back into a checked contribution draft,
 * or lists every problem with the JSON-LD property it concerns. The date is taken as written: a
 * date, or the date part of a date-time as written in its own offset.
 *
 * @example fromEconomicEvent(json, { base: 'https://deck.example.coop/' }, context) // { ok: true, draft: { member: 'ana', stream: 'care', ... } }
 */
export function fromEconomicEvent(
  json: unknown,
  options: IriOptions,
  context: DraftContext,
): DraftResult {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!isRecord(json))
    return {
      ok: false,
      problems: [{ field: '@type', message: 'must be a JSON object of @type vf:EconomicEvent' }],
    };

  const ctx = json['@context'];
  if (!(isRecord(ctx) && ctx['vf'] === VF_NAMESPACE))
    problem('@context', `must map the prefix vf to ${VF_NAMESPACE}`);
  if (!asList(json['@type']).includes('vf:EconomicEvent'))
    problem('@type', 'must be vf:EconomicEvent');
  const action = iriOf(json['vf:action']);
  if (action !== 'work' && action !== 'vf:work')
    problem('vf:action', `must be work; got ${JSON.stringify(json['vf:action'])}`);
  if (iriOf(json['vf:receiver']) !== options.base)
    problem('vf:receiver', `must be the DisCO, ${options.base}`);

  const provider = iriOf(json['vf:provider']);
  const member = provider === null ? null : localId(provider, `${options.base}members/`);
  if (member === null) problem('vf:provider', `must be a member IRI ${options.base}members/{id}`);

  let stream: string | null = null;
  let taskKind: string | null = null;
  for (const item of asList(json['vf:resourceClassifiedAs'])) {
    const iri = iriOf(item) ?? '';
    if (iri.startsWith(STREAM_URN)) stream = iri.slice(STREAM_URN.length);
    else if (iri.startsWith(TASK_KIND_URN)) taskKind = iri.slice(TASK_KIND_URN.length);
  }
  if (stream === null)
    problem('vf:resourceClassifiedAs', `must include a stream ${STREAM_URN}{livelihood|love|care}`);
  else if (!isStream(stream))
    problem(
      'vf:resourceClassifiedAs',
      `unknown stream ${JSON.stringify(stream)}; expected one of livelihood, love, care`,
    );
  if (taskKind === null)
    problem('vf:resourceClassifiedAs', `must include a task kind ${TASK_KIND_URN}{kind}`);

  const measure = json['vf:effortQuantity'];
  let quantity: string | null = null;
  let unit: string | null = null;
  if (!isRecord(measure))
    problem(
      'vf:effortQuantity',
      'must be an om2:Measure with om2:hasNumericalValue and om2:hasUnit',
    );
  else {
    const value = valueOf(measure['om2:hasNumericalValue']);
    if (typeof value === 'number' && Number.isFinite(value)) quantity = String(value);
    else if (typeof value === 'string') quantity = value;
    else problem('vf:effortQuantity.om2:hasNumericalValue', 'must be a number');
    const unitRef = iriOf(measure['om2:hasUnit']);
    if (unitRef === 'om2:hour' || unitRef === `${OM2_NAMESPACE}hour`) unit = HOUR;
    else if (unitRef !== null && unitRef.startsWith(UNIT_URN))
      unit = unitRef.slice(UNIT_URN.length);
    else problem('vf:effortQuantity.om2:hasUnit', `must be om2:hour or ${UNIT_URN}{unit}`);
  }

  const input: ContributionInput = {
    member: member ?? '',
    stream: stream ?? '',
    quantity: quantity ?? '',
    unit: unit ?? '',
    taskKind: taskKind ?? '',
    date: '',
  };
  for (const item of asList(json['vf:inScopeOf'])) {
    const iri = iriOf(item) ?? '';
    const circle = localId(iri, `${options.base}circles/`);
    const project = localId(iri, `${options.base}projects/`);
    const resource = localId(iri, `${options.base}resources/`);
    if (circle !== null) input.circle = circle;
    else if (project !== null) input.project = project;
    else if (resource !== null) input.resource = resource;
    else
      problem(
        'vf:inScopeOf',
        `${JSON.stringify(iri)} is not a circle, project or resource of ${options.base}`,
      );
  }

  const when = valueOf(json['vf:hasPointInTime']);
  if (
    typeof when === 'string' &&
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(when)
  )
    input.date = when.slice(0, 10);
  else problem('vf:hasPointInTime', 'must be a date YYYY-MM-DD or a date-time with an offset');

  const note = valueOf(json['vf:note']);
  if (note !== undefined) {
    if (typeof note === 'string') input.description = note;
    else problem('vf:note', 'must be text');
  }
  const links = asList(json['rdfs:seeAlso']).map(iriOf);
  if (links.some((l) => l === null)) problem('rdfs:seeAlso', 'must be IRIs');
  else input.evidence = links as string[];

  if (problems.length > 0) return { ok: false, problems };
  const checked = validateContribution(input, context);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.problems.map((p) => ({
      field: FIELD_PROPERTY[p.field] ?? p.field,
      message: p.message,
    })),
  };
}
