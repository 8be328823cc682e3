import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS } from './ledger-types.js';
import { messages } from './messages.js';
import { keyPaths, renderWith, testI18n } from './test-i18n.js';
import { VerifyCounts, VerifyPanel, VerifyVerdict } from './VerifyPanel.js';
import type { BrowserVerifyReport } from './verify-over-http.js';


describe('VerifyPanel', () => {
  it('has every message in English and Spanish, a plain name for every kind of fault included', () => {
    expect(keyPaths(messages.es).sort()).toEqual(keyPaths(messages.en).sort());
    for (const kind of FAULT_KINDS) expect(keyPaths(messages.en)).toContain(`kind.${kind}`);
  });

  it('offers the button and a labelled field for the expected node key, in the language chosen', () => {
    const en = renderWith(testI18n('en', { verify: messages }), createElement(VerifyPanel));
    expect(en).toContain('>Verify in this browser</button>');
    expect(en).toMatch(/<label for="([^"]+)-key">Node key you expect \(optional\)<\/label><input id="\1-key"/);
    expect(en).toContain('role="status"');
    const es = renderWith(testI18n('es', { verify: messages }), createElement(VerifyPanel));
    expect(es).toContain('>Verificar en este navegador</button>');
  });

  const report: BrowserVerifyReport = {
    ok: true,
    size: 1234,
    root: 'ab'.repeat(32),
    ledgerId: 'cd'.repeat(32),
    nodeKey: 'K'.repeat(43),
    checkpointsChecked: 1,
    signaturesChecked: 1234,
    memberSignaturesChecked: 56,
    proofsChecked: 10,
    fault: null,
  };

  it('says the ledger is intact, with what was checked and how long it took', () => {
    const html = renderWith(testI18n('en', { verify: messages }), [createElement(VerifyVerdict, { report, key: 1 }), createElement(VerifyCounts, { report, seconds: 2.345, key: 2 })]);
    expect(html).toContain('The ledger is intact.');
    expect(html).toContain('All 1234 events link up');
    expect(html).toContain('<dt>Member signatures</dt><dd>56</dd>');
    expect(html).toContain('<dt>Time taken</dt><dd>2.3 s</dd>');
    expect(html).toContain(report.root);
  });

  it('names the first fault: the event or checkpoint, and the kind in plain words, in Spanish too', () => {
    const bad = { ...report, ok: false, fault: { seq: 57, kind: 'hash-mismatch' as const, message: 'content hashes to x' } };
    expect(renderWith(testI18n('en', { verify: messages }), createElement(VerifyVerdict, { report: bad }))).toContain(
      'First fault at event 57: an event’s content does not match its hash.',
    );
    const cp = { ...report, ok: false, fault: { seq: 80, kind: 'checkpoint-mismatch' as const, message: 'root' } };
    expect(renderWith(testI18n('es', { verify: messages }), createElement(VerifyVerdict, { report: cp }))).toContain(
      'Primer fallo en el punto de control de 80 eventos: un punto de control no coincide con los eventos.',
    );
  });
});
