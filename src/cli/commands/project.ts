import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';
import { formatMinor } from './contribution.js';

interface Project {
  projectId: string;
  name: string;
  client: string;
  budget: string | null;
  status: string;
  consumed: string;
  remaining: string | null;
  hours: string;
}

type Recorded = { projectId: string; recorded: { seq: number; type: string }[] };
const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;

interface ProjectOptions {
  name?: string;
  client?: string;
  budget?: string;
  price?: string;
  status?: string;
  circle?: string;
}

const fieldsOf = (o: ProjectOptions) => ({
  ...(o.name ? { name: o.name } : {}),
  ...(o.client ? { client: o.client } : {}),
  ...(o.budget ? { budget: o.budget } : {}),
  ...(o.price ? { agreedPrice: o.price } : {}),
  ...(o.status ? { status: o.status } : {}),
  ...(o.circle ? { circle: o.circle } : {}),
});

/**
 * `disco project list|add|update`: livelihood projects and their budget consumption.
 *
 * @example disco project add Website --client "Coop X" --budget 500000 --price 600000
 */
export function projectCommand(): Command {
  const project = new Command('project').description(
    'livelihood projects: client, budget, agreed price, status, budget consumption',
  );
  project.addCommand(
    new Command('list')
      .description('every project with what the work logged against it consumed')
      .action(async (_opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ items: Project[] }>('GET', '/projects'),
        );
        printResult(
          options.json,
          result,
          () =>
            result.items
              .map(
                (p) =>
                  `${p.projectId}  ${p.name.padEnd(20)} ${p.client.padEnd(16)} ${p.status.padEnd(10)} ${p.hours} h  consumed ${formatMinor(p.consumed)}${p.budget !== null ? ` of ${formatMinor(p.budget)} (${formatMinor(p.remaining!)} left)` : ''}`,
              )
              .join('\n') || 'No projects.',
        );
      }),
  );
  project.addCommand(
    new Command('add')
      .description('create a project (founders and committed members); amounts in minor units')
      .argument('<name>', 'the project')
      .requiredOption('--client <client>', 'who it is for')
      .option('--budget <minor>', 'what the collective expects to spend')
      .option('--price <minor>', 'what the client agreed to pay')
      .option('--status <status>', 'proposed, active, completed or cancelled', 'active')
      .option('--circle <id>', 'the circle that carries it')
      .action(async (name: string, opts: ProjectOptions, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Recorded>('POST', '/projects', { ...fieldsOf(opts), name }),
        );
        printResult(
          options.json,
          result,
          () => `Created project ${result.projectId}. ${recordedLine(result)}`,
        );
      }),
  );
  project.addCommand(
    new Command('update')
      .description('change a project: the fields given replace the old ones')
      .argument('<id>', 'project id')
      .option('--name <name>')
      .option('--client <client>')
      .option('--budget <minor>')
      .option('--price <minor>')
      .option('--status <status>', 'proposed, active, completed or cancelled')
      .action(async (id: string, opts: ProjectOptions, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Recorded>('PUT', `/projects/${encodeURIComponent(id)}`, fieldsOf(opts)),
        );
        printResult(options.json, result, () => recordedLine(result));
      }),
  );
  return project;
}
