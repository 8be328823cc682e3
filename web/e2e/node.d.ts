// The end-to-end tests run in Node (vitest), not in the browser: they need Node's types, which
// web/tsconfig.json (shared with the Deck's browser code) does not load globally.
/// <reference types="node" />
