import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Resource {
  resourceId: string;
  title: string;
  kind: string;
  licence: string;
  link: string;
  loveWork: unknown[];
}

/**
 * `disco commons add|update|withdraw|list|federated`: the commons registry and the catalogue of
 * federated DisCOs' commons.
 *
 * @example disco commons add "Care guide" --kind article --licence CC-BY-SA-4.0 --link https://example.org/guide
 */
export function commonsCommand(): Command {
  const commons = new Command('commons').description(
    'the commons registry (public list, Atom feed at /api/commons.atom)',
  );
  commons.addCommand(
    new Command('list')
      .description('every commons resource, newest first')
      .action(async (_opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ items: Resource[] }>('GET', '/commons'),
        );
        printResult(
          options.json,
          result,
          () =>
            result.items
              .map(
                (r) =>
                  `${r.resourceId}  ${r.kind.padEnd(12)} ${r.licence.padEnd(14)} ${r.title}  <${r.link}>  (${r.loveWork.length} contributions)`,
              )
              .join('\n') || 'No commons resources yet.',
        );
      }),
  );
  commons.addCommand(
    new Command('add')
      .description(
        'register a commons resource; log love work against it with `disco log … --resource <id>`',
      )
      .argument('<title>', 'its title')
      .requiredOption('--kind <kind>', 'article, translation, software, dataset, course…')
      .requiredOption(
        '--licence <licence>',
        'an SPDX identifier such as CC-BY-SA-4.0, or a named licence',
      )
      .requiredOption('--link <url>', 'where it lives')
      .action(
        async (
          title: string,
          opts: { kind: string; licence: string; link: string },
          command: Command,
        ) => {
          const options = globalOptions(command);
          const result = await withClient(options, (api) =>
            api.call<{ resourceId: string; recorded: { seq: number; type: string }[] }>(
              'POST',
              '/commons',
              { title, ...opts },
            ),
          );
          printResult(
            options.json,
            result,
            () =>
              `Registered ${result.resourceId}. Recorded ${result.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`,
          );
        },
      ),
  );
  commons.addCommand(
    new Command('update')
      .description('change a commons resource; federated followers get an Update')
      .argument('<resourceId>', 'the resource')
      .option('--title <title>', 'its new title')
      .option('--kind <kind>', 'its new kind')
      .option('--licence <licence>', 'an SPDX identifier, or a named licence')
      .option('--link <url>', 'where it lives now')
      .action(async (resourceId: string, opts: Record<string, string>, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ recorded: { seq: number; type: string }[] }>(
            'PUT',
            `/commons/${encodeURIComponent(resourceId)}`,
            opts,
          ),
        );
        printResult(options.json, result, () => `Updated ${resourceId}.`);
      }),
  );
  commons.addCommand(
    new Command('withdraw')
      .description('take a resource out of the registry; its love work stays on record')
      .argument('<resourceId>', 'the resource')
      .option('--reason <reason>', 'why')
      .action(async (resourceId: string, opts: { reason?: string }, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ recorded: { seq: number; type: string }[] }>(
            'POST',
            `/commons/${encodeURIComponent(resourceId)}/withdrawal`,
            opts,
          ),
        );
        printResult(options.json, result, () => `Withdrew ${resourceId}.`);
      }),
  );
  commons.addCommand(
    new Command('federated')
      .description('the commons of federated DisCOs, with their origin')
      .action(async (_opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{
            items: {
              origin: string;
              originName: string | null;
              title: string;
              licence: string;
              link: string;
            }[];
          }>('GET', '/commons/federated'),
        );
        printResult(
          options.json,
          result,
          () =>
            result.items
              .map(
                (r) =>
                  `${(r.originName ?? r.origin).padEnd(20)} ${r.licence.padEnd(14)} ${r.title}  <${r.link}>`,
              )
              .join('\n') || 'No commons from federated DisCOs yet.',
        );
      }),
  );
  return commons;
}
