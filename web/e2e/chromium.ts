/**
 * The one Chromium the e2e files, their global setup and the Deck's bench launch: Debian's
 * (installed by `.ci/run` with apt-get), never a downloaded browser. No test-runner imports here,
 * so `bench/` can share it.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's chromium flags: headless, in a throwaway profile, with nothing phoning home. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
