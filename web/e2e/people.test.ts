import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDeckBrowser, screenshot, type DeckBrowser } from './browser';
import { startDeckServer, type DeckServer } from './deck-server';
import { expectAccessible, requireChromium, runFlows, signedInPage } from './flows-support';
import { seedDisco, type SeededDisco } from './seed';

interface MemberDetail {
  level: { level: string; stage?: number } | null;
  mentors: Array<{ memberId: string }>;
  milestones: Array<{ title: string }>;
  commitment: { statement: string } | null;
}

/*
 * Members admin in the Deck: the founder moves Cam to dating, gives him a mentor, records a
 * milestone and his commitment, and invites a dater; Ana records and ends her own leave from a
 * Spanish phone, where no founder-only form is offered.
 */
describe.skipIf(!runFlows)('members admin in the Deck', () => {
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;
  let founder: Page;
  let camId = '';
  const cam = () => disco.founder.call<MemberDetail>('GET', `/api/members/${camId}`);

  beforeAll(async () => {
    requireChromium();
    server = await startDeckServer();
    disco = await seedDisco(server.url, server.founderInvitation);
    // A casual worker-member without an account: a committed member never goes back to dating.
    ({ memberId: camId } = await disco.founder.call<{ memberId: string }>('POST', '/api/members', {
      displayName: 'Cam',
      constituencyIds: ['worker-members'],
      level: { level: 'casual' },
    }));
    browser = await launchDeckBrowser();
    founder = await signedInPage(await browser.context(), server.url, 'founder@example.org');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('moves Cam to dating, with a mentor, a milestone and their commitment', async () => {
    await founder.goto(`${server.url}/people`);
    await founder.getByRole('heading', { name: 'People admin', level: 1 }).waitFor();
    await founder.getByLabel('Member', { exact: true }).selectOption({ label: 'Cam' });
    const level = founder.getByRole('region', { name: 'Level' });
    await level.getByText('Now: casual').waitFor();
    await level.getByLabel('New level').selectOption('dating');
    await level.getByRole('button', { name: 'Record the level' }).click();
    await level.getByText('Cam is now dating, stage 1.').waitFor();
    expect((await cam()).level).toMatchObject({ level: 'dating', stage: 1 });

    const mentors = founder.getByRole('region', { name: 'Mentors' });
    await mentors.getByLabel('New mentor').selectOption({ label: 'Ana' });
    await mentors.getByRole('button', { name: 'Assign the mentor' }).click();
    await mentors.getByText('Ana now mentors Cam.').waitFor();
    const milestones = founder.getByRole('region', { name: 'Milestones' });
    await milestones.getByLabel('Milestone').fill('Mentoring plan agreed');
    await milestones.getByRole('button', { name: 'Record the milestone' }).click();
    await milestones.getByText('Milestone “Mentoring plan agreed” recorded.').waitFor();
    // The statement closes dating: it is taken in stage 3, reached stage by stage.
    for (const stage of ['2', '3']) {
      await level.getByLabel('Dating stage').selectOption(stage);
      await level.getByRole('button', { name: 'Record the level' }).click();
      await level.getByText(`Cam is now dating, stage ${stage}.`).waitFor();
    }
    const commitment = founder.getByRole('region', { name: 'Commitment statement' });
    await commitment.getByLabel('Statement').fill('I commit to the care circle.');
    await commitment.getByRole('button', { name: 'Record the statement' }).click();
    await commitment.getByText('The commitment statement is recorded.').waitFor();
    expect(await cam()).toMatchObject({
      mentors: [{ memberId: disco.ana.memberId }],
      milestones: [{ title: 'Mentoring plan agreed' }],
      commitment: { statement: 'I commit to the care circle.' },
    });
    await screenshot(founder, 'people-desktop');
    await expectAccessible(founder);
    await mentors.getByRole('button', { name: 'Remove Ana as mentor' }).click();
    await mentors.getByText('Ana no longer mentors Cam.').waitFor();
  });

  it('invites a newcomer as a dater', async () => {
    const invite = founder.getByRole('region', { name: 'Invite at any level' });
    await invite.getByLabel('Level', { exact: true }).selectOption('dating');
    await invite.getByLabel('Dating stage').selectOption('1');
    await invite.getByRole('checkbox', { name: /worker/i }).check();
    await invite.getByRole('button', { name: 'Make the invitation link' }).click();
    const link = await invite
      .getByRole('textbox', { name: 'Send this link to the newcomer; it works once.' })
      .inputValue();
    const terms = (await (
      await fetch(`${server.url}/api/invitations/${link.split('#')[1]}`)
    ).json()) as { level: { level: string; stage: number } };
    expect(terms.level).toMatchObject({ level: 'dating', stage: 1 });
    await expectAccessible(founder);
  });

  it('lets Ana record and end her own leave from a Spanish phone', async () => {
    const context = await browser.context({ width: 375, height: 812, locale: 'es-ES' });
    const ana = await signedInPage(context, server.url, disco.ana.email);
    await ana.goto(`${server.url}/people`);
    await ana.getByRole('heading', { name: 'Gestión de socias', level: 1 }).waitFor();
    const start = ana.getByRole('region', { name: 'Empezar un permiso' });
    await start.getByLabel('Primer día').fill('2030-03-10');
    await start.getByLabel('Último día (opcional)').fill('2030-03-01');
    await start.getByRole('button', { name: 'Registrar el permiso' }).click();
    await ana.getByRole('alert').first().waitFor();
    await expectAccessible(ana);
    await start.getByLabel('Último día (opcional)').fill('2030-03-20');
    await start.getByLabel('Motivo público (opcional)').fill('Cuidados familiares');
    await start.getByRole('button', { name: 'Registrar el permiso' }).click();
    await start.getByText(/Permiso registrado para Ana/).waitFor();
    // Founder-only forms are not offered to a committed member.
    expect(await ana.getByRole('region', { name: 'Nivel', exact: true }).count()).toBe(0);
    const leaves = ana.getByRole('region', { name: 'Permisos' });
    await leaves.getByText(/Cuidados familiares/).waitFor();
    await leaves.getByLabel('Último día del permiso de Ana').fill('2030-03-15');
    await leaves.getByRole('button', { name: 'Terminar el permiso de Ana' }).click();
    await leaves.getByText(/El permiso de Ana termina el/).waitFor();
    const listed = await disco.founder.call<{ items: Array<{ to: string | null }> }>(
      'GET',
      `/api/leaves?memberId=${disco.ana.memberId}`,
    );
    expect(listed.items).toMatchObject([{ to: '2030-03-15' }]);
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(ana, 'people-phone-es');
    await expectAccessible(ana);
  });
});
