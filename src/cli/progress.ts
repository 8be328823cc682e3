import { progress as clackProgress } from '@clack/prompts';

export interface Progress {
  /** `text` stands instead of the label and the count, when counting something else (bytes). */
  update(done: number, total: number, text?: string): void;
  stop(message?: string): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr when a person is watching; nothing at all in pipes and under --json,
 * so scripts read clean output.
 */
export function startProgress(label: string, options: { json: boolean }): Progress {
  if (options.json || !process.stderr.isTTY) return silent;
  let bar: ReturnType<typeof clackProgress> | null = null;
  let shown = 0;
  return {
    update(done, total, text) {
      if (total <= 0) return;
      if (!bar) {
        bar = clackProgress({ max: total, output: process.stderr, style: 'heavy' });
        bar.start(label);
      }
      if (done > shown) {
        bar.advance(
          done - shown,
          text ?? `${label} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`,
        );
        shown = done;
      }
    },
    stop(message) {
      bar?.stop(message ?? label);
    },
  };
}
