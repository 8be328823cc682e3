import type { components } from './schema';

// The shapes the Deck reads, named once and all taken from the server's OpenAPI document, so a
// change on the server shows up here as a type error rather than a page that breaks.
type Schemas = components['schemas'];

export type Dashboard = Schemas['Dashboard'];
export type Flows = Schemas['Flows'];
export type CatParameters = Schemas['ParamVersions'];
export type ParamVersion = Schemas['ParamVersion'];
export type Run = Schemas['Run'];
export type Stream = keyof Run['members'][number]['byStream'];
