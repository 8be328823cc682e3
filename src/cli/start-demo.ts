import { withAuth } from '../app/auth/auth-context.js';
import type { AppContext } from '../app/context.js';
import { createNodeKey } from '../app/ledger/node-key.js';
import { seedDemoFinance } from '../app/demo/seed-demo-finance.js';
import { DEMO_NAME, seedDemo, type DemoCooperative } from '../app/demo/seed-demo.js';

/**
 * Makes the demo cooperative on an empty ledger: the one place `serve --demo` and `init --demo`
 * create it: the people, their work and decisions, then its books.
 *
 * @example const demo = await startDemo(ctx); process.stderr.write(demoSignInText(demo, './data'));
 */
export async function startDemo(ctx: AppContext): Promise<DemoCooperative> {
  // The demo is made on copies of this context; the node key must be on this one, which serves next.
  ctx.node ??= createNodeKey(ctx.dataDir);
  const demo = await seedDemo(withAuth(ctx));
  await seedDemoFinance(ctx, demo.founder, {
    clientProjectIds: demo.clientProjectIds,
    today: demo.today,
  });
  return demo;
}

/** How to sign in to the demo, for a person at a terminal. */
export function demoSignInText(demo: DemoCooperative, where: string): string {
  const others = demo.members.filter((m) => m.email !== demo.signIn.email).map((m) => m.email);
  return [
    `Created the demo cooperative "${DEMO_NAME}" in ${where}: ${demo.members.length} people, a quarter of work up to ${demo.today}, income and a closed distribution, decisions open and closed.`,
    `Sign in as its founder: ${demo.signIn.email}  password: ${demo.signIn.password}`,
    `Every demo member has that password, e.g. ${others.slice(4, 8).join(', ')}.`,
    'This is a demo for trying things out: found a real DisCO in another data directory with disco serve --data-dir DIR --name NAME --currency CODE --time-zone ZONE.',
    '',
  ].join('\n');
}
