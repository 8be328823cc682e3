/** Strings of the `signing` namespace: this device's signing key. Keys are the same in every language (a test checks it). The app imports each language on its own (messages.en.ts, messages.es.ts) so a reader downloads only theirs; this pair is for tests. */
import { en } from './messages.en';
import { es } from './messages.es';

export const messages = { en, es };
