import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Evidence } from './monitor';
import { defaultPinStore, type PinStore } from './pin-store';

/** A check at most this often, however fast the member moves between pages. */
export const CHECK_EVERY_MS = 30_000;
const MONITOR_KEY = ['ledger-monitor'] as const;

let browserPins: PinStore | null = null;
let firstCheckDone = false;

/** Once the page's own work is done: the next idle period, or 3 s at most on a busy device. */
function browserIdle(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => done(), { timeout: 3_000 });
    else setTimeout(done, 0);
  });
}

function downloadEvidence(evidence: Evidence): void {
  const blob = new Blob([JSON.stringify(evidence, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `disco-evidence-${evidence.kind}-${evidence.later.treeSize}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function short(hash: string | undefined): string {
  return hash ? `${hash.slice(0, 16)}…` : '';
}

/**
 * The Deck as a monitor: on start and on navigation (at most every CHECK_EVERY_MS) it checks the
 * node's latest checkpoint against the one this browser verified last, and when they contradict
 * each other shows an alarm on every page with the evidence to download. After investigating, the
 * member may forget the pin (confirmed first, like the CLI's `ledger monitor --forget`): the next
 * check trusts the node's present checkpoint.
 */
export function LedgerAlarmBanner({ pins, source }: { pins?: PinStore; source?: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const store = () => pins ?? (browserPins ??= defaultPinStore());
  const where = () => source ?? window.location.origin;
  const check = useQuery({
    queryKey: MONITOR_KEY,
    // The verifier's code (Ed25519, canonical JSON) loads in its own chunk, after the page: the
    // first check waits for the browser to be idle, so that its chunk, its request and its
    // signature checks do not compete with the first page's rendering (bench/deck-profile.ts).
    queryFn: async () => {
      if (!firstCheckDone) await browserIdle();
      firstCheckDone = true;
      return (await import('./check-ledger')).checkLedger(
        store(),
        where(),
        new Date().toISOString(),
      );
    },
    staleTime: CHECK_EVERY_MS,
    retry: false,
    refetchOnWindowFocus: false,
  });
  // The first check runs on mount; a navigation checks again only once the last one is stale.
  const checkedOn = useRef(pathname);
  useEffect(() => {
    if (checkedOn.current === pathname) return;
    checkedOn.current = pathname;
    void queryClient.refetchQueries({ queryKey: MONITOR_KEY, stale: true });
  }, [pathname, queryClient]);
  if (check.data?.status !== 'alarm') return null;
  const { evidence } = check.data;
  const facts = {
    earlierSize: evidence.earlier?.treeSize ?? 0,
    earlierRoot: short(evidence.earlier?.root),
    earlierTime: evidence.earlier?.time ?? '',
    laterSize: evidence.later.treeSize,
    laterRoot: short(evidence.later.root),
    laterTime: evidence.later.time,
  };
  return (
    <section className="ledger-alarm" role="alert" aria-labelledby="ledger-alarm-title">
      <h2 id="ledger-alarm-title">{t('monitor.title')}</h2>
      <p>{t(`monitor.kind.${evidence.kind}`, facts)}</p>
      <p>{t('monitor.advice')}</p>
      <button type="button" onClick={() => downloadEvidence(evidence)}>
        {t('monitor.download')}
      </button>{' '}
      {confirming ? (
        <div role="dialog" aria-labelledby="ledger-forget-title" className="ledger-forget">
          <h3 id="ledger-forget-title">{t('monitor.forgetTitle')}</h3>
          <p>{t('monitor.forgetExplain')}</p>
          <button
            type="button"
            onClick={async () => {
              await store().delete(where());
              setConfirming(false);
              await queryClient.refetchQueries({ queryKey: MONITOR_KEY });
            }}
          >
            {t('monitor.forgetConfirm')}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('monitor.forgetCancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('monitor.forget')}
        </button>
      )}
    </section>
  );
}
