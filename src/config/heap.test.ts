import { describe, expect, it } from 'vitest';
import { heapChosen, IMPORT_HEAP_FLAGS, SERVER_HEAP_FLAGS } from './heap.js';

describe('the server heap policy', () => {
  it('caps the old generation and the semi-spaces', () => {
    expect(SERVER_HEAP_FLAGS).toEqual(['--max-old-space-size=256', '--max-semi-space-size=8']);
  });

  it('gives an import the same cap with a larger young generation and a later full collection', () => {
    expect(IMPORT_HEAP_FLAGS).toEqual([
      '--max-old-space-size=256',
      '--max-semi-space-size=16',
      '--heap-growing-percent=100',
    ]);
  });

  it('stands aside when the operator chose heap limits on the command line or in NODE_OPTIONS', () => {
    expect(heapChosen([], '')).toBe(false);
    expect(heapChosen(['--enable-source-maps'], '--trace-warnings')).toBe(false);
    expect(heapChosen(['--max-old-space-size=1024'], '')).toBe(true);
    expect(heapChosen([], '--max-semi-space-size=32')).toBe(true);
    expect(heapChosen([], '--trace-warnings --max-old-space-size=512')).toBe(true);
    expect(heapChosen(['--heap-growing-percent=100'], '')).toBe(true);
  });
});
