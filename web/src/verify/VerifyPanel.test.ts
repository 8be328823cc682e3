import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEveryCatalogue, renderMessage } from '../words/render.js';
import { FAULT_KINDS, type Fault } from './ledger-types.js';
import { messages } from './messages.js';
import { keyPaths, renderWith, testI18n } from './test-i18n.js';
import type { QuickCheckReport } from './quick-check.js';
import {
  parseSeqs,
  QuickCounts,
  QuickVerdict,
  VerifyCounts,
  VerifyPanel,
  VerifyVerdict,
} from './VerifyPanel.js';
import type { BrowserVerifyReport } from './verify-over-http.js';

describe('VerifyPanel', () => {
  beforeAll(loadEveryCatalogue);

  it('has every message in English and Spanish, a plain name for every kind of fault included', () => {
    expect(keyPaths(messages.es).sort()).toEqual(keyPaths(messages.en).sort());
    for (const kind of FAULT_KINDS) expect(keyPaths(messages.en)).toContain(`kind.${kind}`);
  });

  it('offers the button and a labelled field for the expected node key, in the language chosen', () => {
    const en = renderWith(testI18n('en', { verify: messages }), createElement(VerifyPanel));
    expect(en).toContain('>Verify in this browser</button>');
    expect(en).toMatch(
      /<label for="([^"]+)-key">Node key you expect \(optional\)<\/label><input id="\1-key"/,
    );
    expect(en).toContain('role="status"');
    expect(en).toMatch(/<legend>What to check<\/legend>/);
    expect(en).toMatch(
      /<label class="checked"><input type="radio"[^>]* checked=""[^>]*value="full"\/>Everything \(recommended\)<\/label>/,
    );
    expect(en).toMatch(/<label><input type="radio"[^>]*value="quick"\/>Quick check<\/label>/);
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
    const html = renderWith(testI18n('en', { verify: messages }), [
      createElement(VerifyVerdict, { report, key: 1 }),
      createElement(VerifyCounts, { report, seconds: 2.345, key: 2 }),
    ]);
    expect(html).toContain('The ledger is intact.');
    expect(html).toContain('All 1234 events link up');
    expect(html).toContain('<dt>Member signatures</dt><dd>56</dd>');
    expect(html).toContain('<dt>Time taken</dt><dd>2.3 s</dd>');
    expect(html).toContain(report.root);
  });

  it('names the first fault: the event or checkpoint, and the kind in plain words, in Spanish too', () => {
    const bad = {
      ...report,
      ok: false,
      fault: { seq: 57, kind: 'hash-mismatch' as const, message: 'content hashes to x' },
    };
    expect(
      renderWith(
        testI18n('en', { verify: messages }),
        createElement(VerifyVerdict, { report: bad }),
      ),
    ).toContain('First fault at event 57: an event’s content does not match its hash.');
    const cp = {
      ...report,
      ok: false,
      fault: { seq: 80, kind: 'checkpoint-mismatch' as const, message: 'root' },
    };
    expect(
      renderWith(
        testI18n('es', { verify: messages }),
        createElement(VerifyVerdict, { report: cp }),
      ),
    ).toContain(
      'Primer fallo en el punto de control de 80 eventos: un punto de control no coincide con los eventos.',
    );
  });

  it('names a member signature by a key that is not the actor’s, and a ledger cut short, in both languages', () => {
    const verdict = (lang: 'en' | 'es', fault: Fault) =>
      renderWith(
        testI18n(lang, { verify: messages }),
        createElement(VerifyVerdict, { report: { size: report.size, fault } }),
      );
    const key: Fault = { seq: 41, kind: 'bad-member-key', message: 'revoked at event 30' };
    expect(verdict('en', key)).toContain(
      'First fault at event 41: a member’s signature is made with a key that is not theirs, or was revoked.',
    );
    expect(verdict('es', key)).toContain(
      'Primer fallo en el evento 41: la firma de una socia usa una clave que no es suya o que fue revocada.',
    );
    // The detail names the revoked key and when, from its code, in the reader's language.
    const revoked: Fault = {
      seq: 41,
      kind: 'bad-member-key',
      message: 'signed with key K1, revoked at event 30',
      reason: { code: 'ledger.member-key.revoked', params: { key: 'K1', seq: 30 } },
    };
    expect(verdict('en', revoked)).toContain('Details: key K1 was revoked at event 30');
    const es = verdict('es', revoked);
    expect(es).toContain(renderMessage(revoked.reason!, { language: 'es' }));
    expect(es).not.toContain('revoked at event');
    const cut: Fault = { seq: 991, kind: 'size-mismatch', message: 'event 991 is missing' };
    expect(verdict('en', cut)).toContain(
      'First fault at event 991: the ledger holds fewer or more events than it says.',
    );
    expect(verdict('es', cut)).toContain(
      'Primer fallo en el evento 991: el registro tiene menos o más eventos de los que dice.',
    );
  });

  const quick: QuickCheckReport = {
    ok: true,
    treeSize: 1000,
    root: 'ab'.repeat(32),
    checkpointTime: '2026-11-24T10:00:00.000Z',
    ledgerSize: 1234,
    ledgerId: 'cd'.repeat(32),
    nodeKey: 'K'.repeat(43),
    eventsChecked: 61,
    sampled: [1, 2, 1000],
    notCovered: [1200],
    signaturesChecked: 62,
    memberSignaturesChecked: 7,
    fault: null,
  };

  it('says what a quick check proved and, as plainly, what it did not, in both languages', () => {
    const en = renderWith(testI18n('en', { verify: messages }), [
      createElement(QuickVerdict, { report: quick, key: 1 }),
      createElement(QuickCounts, { report: quick, seconds: 0.4, key: 2 }),
    ]);
    expect(en).toContain('The events checked are in the signed ledger, intact.');
    expect(en).toContain('a checkpoint of 1000 events with its key; 61 events in it were checked');
    expect(en).toContain(
      'What this does not prove: that the events not sampled are intact, anything about the 234 events after the checkpoint',
    );
    expect(en).toContain('Not covered by a checkpoint yet, so not checked: 1200.');
    expect(en).toContain('<dt>Events checked</dt><dd>61</dd>');
    const es = renderWith(
      testI18n('es', { verify: messages }),
      createElement(QuickVerdict, { report: quick }),
    );
    expect(es).toContain('Lo que esto no prueba');
    const bad = {
      ...quick,
      ok: false,
      fault: { seq: 57, kind: 'bad-inclusion-proof' as const, message: 'path' },
    };
    expect(
      renderWith(
        testI18n('en', { verify: messages }),
        createElement(QuickVerdict, { report: bad }),
      ),
    ).toContain(
      'First fault at event 57: the node’s proof that an event is in the ledger does not hold.',
    );
  });

  it('reads the event numbers a member types, and refuses anything that is not one', () => {
    expect(parseSeqs('')).toEqual([]);
    expect(parseSeqs(' 12, 57 301;9 ')).toEqual([12, 57, 301, 9]);
    for (const bad of ['0', '-3', '1.5', 'seven', '12,x', '1e3']) expect(parseSeqs(bad)).toBeNull();
  });
});
