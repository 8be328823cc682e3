import { useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyLedgerOverHttp, type BrowserVerifyReport, type VerifyProgress } from './verify-over-http.js';

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: VerifyProgress | null }
  | { step: 'done'; report: BrowserVerifyReport; seconds: number }
  | { step: 'stopped' }
  | { step: 'failed'; message: string };

/** Share of the work done, 0 to 100: reading events is most of it, proofs the last tenth. */
function percentOf(progress: VerifyProgress | null): number {
  if (!progress || progress.phase === 'checkpoints') return 0;
  const share = progress.total > 0 ? progress.done / progress.total : 1;
  return Math.round(progress.phase === 'events' ? share * 90 : 90 + share * 10);
}

const wrap = { overflowWrap: 'anywhere' } as const;

/**
 * "Verify in this browser": reads the whole ledger over HTTP and recomputes it here, showing
 * progress, a verdict naming the first fault, what was checked and how long it took.
 */
export function VerifyPanel(): JSX.Element {
  const { t } = useTranslation('verify');
  const [state, setState] = useState<State>({ step: 'idle' });
  const [nodeKey, setNodeKey] = useState('');
  const abort = useRef<AbortController | null>(null);
  const ids = useId();

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'running', progress: null });
    const began = performance.now();
    try {
      const report = await verifyLedgerOverHttp({
        fetch: (url) => fetch(url, { signal: controller.signal, credentials: 'same-origin' }),
        signal: controller.signal,
        ...(nodeKey.trim() ? { nodeKey: nodeKey.trim() } : {}),
        onProgress: (progress) => setState({ step: 'running', progress }),
      });
      setState({ step: 'done', report, seconds: (performance.now() - began) / 1000 });
    } catch (error) {
      setState(controller.signal.aborted ? { step: 'stopped' } : { step: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  };

  const running = state.step === 'running';
  const percent = running ? percentOf(state.progress) : state.step === 'done' ? 100 : 0;
  const phaseText = running && state.progress ? t(`phase.${state.progress.phase}`, { done: state.progress.done, total: state.progress.total }) : running ? t('phase.checkpoints') : '';

  return (
    <section className="verify-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('title')}</h2>
      <p>{t('intro')}</p>
      <div className="field">
        <label htmlFor={`${ids}-key`}>{t('nodeKeyLabel')}</label>
        <input
          id={`${ids}-key`}
          type="text"
          value={nodeKey}
          onChange={(e) => setNodeKey(e.target.value)}
          disabled={running}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${ids}-key-hint`}
          style={{ width: '100%', maxWidth: '44ch', boxSizing: 'border-box' }}
        />
        <p id={`${ids}-key-hint`} className="hint">
          {t('nodeKeyHint')}
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void start()} disabled={running}>
          {t('start')}
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('cancel')}
          </button>
        )}
      </div>
      {(running || state.step === 'done') && (
        <div
          className="verify-progress"
          role="progressbar"
          aria-label={t('progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={phaseText || `${percent}%`}
          style={{ border: '1px solid currentColor', height: '0.75rem', borderRadius: '0.375rem', overflow: 'hidden' }}
        >
          <div style={{ width: `${percent}%`, height: '100%', background: 'currentColor' }} />
        </div>
      )}
      <div role="status" aria-live="polite" className="verify-status">
        {running && <p>{phaseText}</p>}
        {state.step === 'stopped' && <p>{t('stopped')}</p>}
        {state.step === 'failed' && <p className="error">{t('failed', { message: state.message })}</p>}
        {state.step === 'done' && <VerifyVerdict report={state.report} />}
      </div>
      {state.step === 'done' && <VerifyCounts report={state.report} seconds={state.seconds} />}
    </section>
  );
}

export function VerifyVerdict({ report }: { report: BrowserVerifyReport }): JSX.Element {
  const { t } = useTranslation('verify');
  const fault = report.fault;
  if (!fault) {
    return (
      <div className="verdict verdict-ok">
        <p>
          <strong>✓ {t('okVerdict')}</strong> {t('okDetail', { size: report.size })}
        </p>
      </div>
    );
  }
  const onCheckpoint = fault.kind === 'checkpoint-mismatch' || fault.kind === 'bad-checkpoint-signature';
  const where = t(onCheckpoint ? 'whereCheckpoint' : 'whereEvent', { seq: fault.seq });
  return (
    <div className="verdict verdict-bad">
      <p>
        <strong>✗ {t('badVerdict')}</strong> {t('badDetail', { where, kind: t(`kind.${fault.kind}`) })}
      </p>
      <p style={wrap}>{t('technical', { message: fault.message })}</p>
    </div>
  );
}

export function VerifyCounts({ report, seconds }: { report: BrowserVerifyReport; seconds: number }): JSX.Element {
  const { t, i18n } = useTranslation('verify');
  const number = new Intl.NumberFormat(i18n.language);
  const rows: Array<[string, string]> = [
    [t('count.events'), number.format(report.size)],
    [t('count.signatures'), number.format(report.signaturesChecked)],
    [t('count.memberSignatures'), number.format(report.memberSignaturesChecked)],
    [t('count.checkpoints'), number.format(report.checkpointsChecked)],
    [t('count.proofs'), number.format(report.proofsChecked)],
    [t('count.time'), t('seconds', { seconds: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(seconds) })],
  ];
  return (
    <dl className="verify-counts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {report.ok && (
        <>
          <div>
            <dt>{t('count.root')}</dt>
            <dd style={wrap}>
              <code>{report.root}</code>
            </dd>
          </div>
          <div>
            <dt>{t('count.nodeKey')}</dt>
            <dd style={wrap}>
              <code>{report.nodeKey}</code>
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
