import { useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { paceOf, type Mark, type Pace } from './pace.js';
import type { QuickCheckReport } from './quick-check.js';
import type { RunProgress, VerifyOutcome, VerifyRequest } from './run-verification.js';
import { startVerification, type RunningVerification } from './start-verification.js';
import type { BrowserVerifyReport } from './verify-over-http.js';
import { renderMessage, useCatalogue } from '../words/render.js';

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: RunProgress | null; pace: Pace | null }
  | { step: 'done'; outcome: VerifyOutcome; seconds: number }
  | { step: 'stopped' }
  | { step: 'failed'; reason: 'no-checkpoint' | 'error'; message: string };

const QUICK_SAMPLES = 32;

/** Share of the work done, 0 to 100: reading events is most of it, proofs the last tenth. */
function percentOf(progress: RunProgress | null): number {
  if (!progress || progress.phase === 'checkpoints') return 0;
  const share = progress.total > 0 ? progress.done / progress.total : 1;
  if (progress.phase === 'quick') return Math.round(share * 100);
  return Math.round(progress.phase === 'events' ? share * 90 : 90 + share * 10);
}

/** `12, 57 301` → [12, 57, 301]; null when a piece is not a whole number from 1. */
export function parseSeqs(text: string): number[] | null {
  const pieces = text.split(/[\s,;]+/).filter((p) => p !== '');
  return pieces.every((p) => /^[1-9]\d{0,14}$/.test(p)) ? pieces.map(Number) : null;
}

const wrap = { overflowWrap: 'anywhere' } as const;

/**
 * "Verify in this browser": everything (every event and checkpoint, recomputed here) or a quick
 * check of the latest checkpoint and a sample of events, run in a Web Worker so the page stays
 * responsive, with progress, pace, a Cancel button and a verdict naming the first fault.
 */
export function VerifyPanel(): JSX.Element {
  const { t, i18n } = useTranslation('verify');
  const [state, setState] = useState<State>({ step: 'idle' });
  const [nodeKey, setNodeKey] = useState('');
  const [kind, setKind] = useState<VerifyRequest['kind']>('full');
  const [samples, setSamples] = useState(String(QUICK_SAMPLES));
  const [seqsText, setSeqsText] = useState('');
  const running = useRef<RunningVerification | null>(null);
  const ids = useId();
  const seqs = parseSeqs(seqsText);
  const sampleCount = Math.min(1000, Math.max(0, Math.floor(Number(samples) || 0)));

  const start = async (request: VerifyRequest) => {
    setState({ step: 'running', progress: null, pace: null });
    const began = performance.now();
    let since: Mark | null = null;
    const run = startVerification(request, (progress) => {
      const now: Mark = { at: performance.now(), done: progress.done };
      // The pace is that of checking events, measured from the first page checked.
      if (progress.phase !== 'events' && progress.phase !== 'quick') since = null;
      else since ??= now;
      setState({
        step: 'running',
        progress,
        pace: since ? paceOf(since, now, progress.total) : null,
      });
    });
    running.current = run;
    try {
      const outcome = await run.outcome;
      setState({ step: 'done', outcome, seconds: (performance.now() - began) / 1000 });
    } catch (error) {
      const reason =
        (error as { reason?: unknown }).reason === 'no-checkpoint' ? 'no-checkpoint' : 'error';
      setState({
        step: 'failed',
        reason,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (running.current === run) running.current = null;
    }
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setState({ step: 'stopped' });
  };
  const key = nodeKey.trim() ? { nodeKey: nodeKey.trim() } : {};
  const requestFor = (which: VerifyRequest['kind']): VerifyRequest =>
    which === 'full'
      ? { kind: 'full', ...key }
      : { kind: 'quick', ...key, samples: sampleCount, seqs: seqs ?? [] };

  const isRunning = state.step === 'running';
  const percent = isRunning ? percentOf(state.progress) : state.step === 'done' ? 100 : 0;
  const progress = isRunning ? state.progress : null;
  const phaseText = progress
    ? t(`phase.${progress.phase}`, { done: progress.done, total: progress.total })
    : isRunning
      ? t(kind === 'quick' ? 'phase.quick' : 'phase.checkpoints', { done: 0, total: 0 })
      : '';
  const number = new Intl.NumberFormat(i18n.language);
  const paceText =
    isRunning && state.pace && state.pace.secondsLeft > 0
      ? t('pace', {
          rate: number.format(Math.round(state.pace.perSecond)),
          left: durationText(t, state.pace.secondsLeft),
        })
      : '';

  return (
    <section className="verify-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('title')}</h2>
      <p>{t('intro')}</p>
      <fieldset className="segmented" disabled={isRunning}>
        <legend>{t('mode.legend')}</legend>
        {(['full', 'quick'] as const).map((which) => (
          <label key={which} className={kind === which ? 'checked' : undefined}>
            <input
              type="radio"
              name={`${ids}-mode`}
              value={which}
              checked={kind === which}
              onChange={() => setKind(which)}
            />
            {t(`mode.${which}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(`mode.${kind}Hint`)}</p>
      {kind === 'quick' && (
        <>
          <div className="field">
            <label htmlFor={`${ids}-samples`}>{t('samplesLabel')}</label>
            <input
              id={`${ids}-samples`}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              value={samples}
              onChange={(e) => setSamples(e.target.value)}
              disabled={isRunning}
              style={{ width: '8ch' }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-seqs`}>{t('seqsLabel')}</label>
            <input
              id={`${ids}-seqs`}
              type="text"
              inputMode="numeric"
              value={seqsText}
              onChange={(e) => setSeqsText(e.target.value)}
              disabled={isRunning}
              aria-describedby={`${ids}-seqs-hint`}
              aria-invalid={seqs === null}
              style={{ width: '100%', maxWidth: '44ch', boxSizing: 'border-box' }}
            />
            <p id={`${ids}-seqs-hint`} className={seqs === null ? 'error' : 'hint'}>
              {t(seqs === null ? 'seqsInvalid' : 'seqsHint')}
            </p>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${ids}-key`}>{t('nodeKeyLabel')}</label>
        <input
          id={`${ids}-key`}
          type="text"
          value={nodeKey}
          onChange={(e) => setNodeKey(e.target.value)}
          disabled={isRunning}
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
        <button
          type="button"
          onClick={() => void start(requestFor(kind))}
          disabled={isRunning || (kind === 'quick' && seqs === null)}
        >
          {t('start')}
        </button>
        {isRunning && (
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {(isRunning || state.step === 'done') && (
        <div
          className="verify-progress"
          role="progressbar"
          aria-label={t('progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={phaseText || `${percent}%`}
          style={{
            border: '1px solid currentColor',
            height: '0.75rem',
            borderRadius: '0.375rem',
            overflow: 'hidden',
          }}
        >
          <div style={{ width: `${percent}%`, height: '100%', background: 'currentColor' }} />
        </div>
      )}
      <div role="status" aria-live="polite" className="verify-status">
        {isRunning && <p>{phaseText}</p>}
        {state.step === 'stopped' && <p>{t('stopped')}</p>}
        {state.step === 'failed' && (
          <p className="error">
            {state.reason === 'no-checkpoint'
              ? t('noCheckpoint')
              : t('failed', { message: state.message })}
          </p>
        )}
        {state.step === 'done' &&
          (state.outcome.kind === 'full' ? (
            <VerifyVerdict report={state.outcome.report} />
          ) : (
            <QuickVerdict report={state.outcome.report} />
          ))}
      </div>
      {/* Not in the live region: read out every second it would drown the progress. */}
      {paceText && <p className="hint">{paceText}</p>}
      {state.step === 'done' &&
        (state.outcome.kind === 'full' ? (
          <VerifyCounts report={state.outcome.report} seconds={state.seconds} />
        ) : (
          <QuickCounts report={state.outcome.report} seconds={state.seconds} />
        ))}
      {((state.step === 'done' && state.outcome.kind === 'quick') ||
        (state.step === 'failed' && state.reason === 'no-checkpoint')) && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setKind('full');
              void start(requestFor('full'));
            }}
          >
            {t('verifyAll')}
          </button>
        </div>
      )}
    </section>
  );
}

function durationText(
  t: ReturnType<typeof useTranslation<'verify'>>['t'],
  seconds: number,
): string {
  const whole = Math.ceil(seconds);
  return whole < 60
    ? t('duration.seconds', { seconds: whole })
    : t('duration.minutes', { minutes: Math.floor(whole / 60), seconds: whole % 60 });
}

export function VerifyVerdict({
  report,
}: {
  report: Pick<BrowserVerifyReport, 'fault' | 'size'>;
}): JSX.Element {
  const { t, i18n } = useTranslation('verify');
  const fault = report.fault;
  // A fault that names its key or event is worded from the server's catalogue of codes.
  useCatalogue(Boolean(fault?.reason), ['refusals']);
  if (!fault) {
    return (
      <div className="verdict verdict-ok">
        <p>
          <strong>✓ {t('okVerdict')}</strong> {t('okDetail', { size: report.size })}
        </p>
      </div>
    );
  }
  const onCheckpoint =
    fault.kind === 'checkpoint-mismatch' || fault.kind === 'bad-checkpoint-signature';
  const where = t(onCheckpoint ? 'whereCheckpoint' : 'whereEvent', { seq: fault.seq });
  return (
    <div className="verdict verdict-bad">
      <p>
        <strong>✗ {t('badVerdict')}</strong>{' '}
        {t('badDetail', { where, kind: t(`kind.${fault.kind}`) })}
      </p>
      <p style={wrap}>
        {t('technical', {
          message: fault.reason
            ? renderMessage(fault.reason, { language: i18n.language }, fault.message)
            : fault.message,
        })}
      </p>
    </div>
  );
}

export function VerifyCounts({
  report,
  seconds,
}: {
  report: BrowserVerifyReport;
  seconds: number;
}): JSX.Element {
  const { t, i18n } = useTranslation('verify');
  const number = new Intl.NumberFormat(i18n.language);
  const rows: Array<[string, string]> = [
    [t('count.events'), number.format(report.size)],
    [t('count.signatures'), number.format(report.signaturesChecked)],
    [t('count.memberSignatures'), number.format(report.memberSignaturesChecked)],
    [t('count.checkpoints'), number.format(report.checkpointsChecked)],
    [t('count.proofs'), number.format(report.proofsChecked)],
    [
      t('count.time'),
      t('seconds', {
        seconds: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(seconds),
      }),
    ],
  ];
  return (
    <Counts
      rows={rows}
      report={report.ok ? { root: report.root, nodeKey: report.nodeKey } : null}
    />
  );
}

/** The counts as a description list; the root and the key only when the verdict is good. */
function Counts({
  rows,
  report,
}: {
  rows: Array<[string, string]>;
  report: { root: string; nodeKey: string | null } | null;
}): JSX.Element {
  const { t } = useTranslation('verify');
  return (
    <dl className="verify-counts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {report && (
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

/** The quick check's verdict, with what it does not prove said as plainly as what it does. */
export function QuickVerdict({ report }: { report: QuickCheckReport }): JSX.Element {
  const { t } = useTranslation('verify');
  if (report.fault)
    return <VerifyVerdict report={{ fault: report.fault, size: report.treeSize }} />;
  return (
    <div className="verdict verdict-ok">
      <p>
        <strong>✓ {t('quickOkVerdict')}</strong>{' '}
        {t('quickOkDetail', { size: report.treeSize, count: report.eventsChecked })}
      </p>
      <p>{t('quickLimits', { after: Math.max(0, report.ledgerSize - report.treeSize) })}</p>
      {report.notCovered.length > 0 && (
        <p>{t('notCovered', { seqs: report.notCovered.join(', ') })}</p>
      )}
    </div>
  );
}

export function QuickCounts({
  report,
  seconds,
}: {
  report: QuickCheckReport;
  seconds: number;
}): JSX.Element {
  const { t, i18n } = useTranslation('verify');
  const number = new Intl.NumberFormat(i18n.language);
  const rows: Array<[string, string]> = [
    [t('count.checkpoint'), t('whereCheckpoint', { seq: number.format(report.treeSize) })],
    [t('count.checkpointTime'), report.checkpointTime],
    [t('count.sampled'), number.format(report.eventsChecked)],
    [t('count.signatures'), number.format(report.signaturesChecked)],
    [t('count.memberSignatures'), number.format(report.memberSignaturesChecked)],
    [
      t('count.time'),
      t('seconds', {
        seconds: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(seconds),
      }),
    ],
  ];
  return (
    <Counts
      rows={rows}
      report={report.ok ? { root: report.root, nodeKey: report.nodeKey } : null}
    />
  );
}
