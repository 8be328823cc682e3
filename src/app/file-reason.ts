import { accessSync, constants, statSync } from 'node:fs';
import { message, type Message } from '../core/messages/codes.js';
import { renderEnglish } from '../core/messages/render-en.js';
import { AppError, refusal } from './errors.js';

const REASONS: Record<string, Message> = {
  ENOENT: message('file.reason.not-found'),
  EACCES: message('file.reason.no-permission'),
  EPERM: message('file.reason.no-permission'),
  EISDIR: message('file.reason.is-directory'),
  ENOTDIR: message('file.reason.not-a-directory'),
  EMFILE: message('file.reason.too-many-open'),
  ENFILE: message('file.reason.too-many-open'),
};

/**
 * Why a file could not be read, as a coded reason from the system's error code: the OS's own
 * text is English whatever the reader's language, so it never goes into the message.
 *
 * @example fileReason(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })) // { code: 'file.reason.not-found', params: {} }
 */
export function fileReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code !== undefined && REASONS[code]) || message('file.reason.other');
}

/**
 * The one refusal for a file this node could not read, whichever command or route read it: the
 * reason comes coded from the system's error code, so a Spanish reader never meets the OS's
 * English. `field` names the argument that gave the path.
 *
 * @example unreadableFile('params.json', error, 'file').code // 'unreadable-file'
 */
export function unreadableFile(
  path: string,
  error: unknown,
  field = 'file',
  hint: Message = refusal('hint.check-path-may-read-file'),
): AppError {
  return new AppError(
    422,
    'unreadable-file',
    refusal('refusal.file-cannot-be-read', { path, reason: fileReason(error) }),
    hint,
    [{ field, message: 'cannot be read', code: 'field.cannot-be-read', params: {} }],
  );
}

/**
 * The size of a file this process may read, or the `unreadableFile` refusal: a folder passes the
 * system's own checks for reading, so it is refused here before a stream meets it.
 *
 * @example readableFileSize('timesheet.csv', 'path') // 5120
 */
export function readableFileSize(path: string, field = 'file'): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
    accessSync(path, constants.R_OK);
    return stat.size;
  } catch (error) {
    throw unreadableFile(path, error, field);
  }
}

/**
 * Why a file's text is not JSON, as a coded reason: JSON.parse's own words are the runtime's
 * English, so only the position it names is passed on (as a character counted from 1).
 *
 * @example jsonReason('{a:1}', new SyntaxError("Expected property name or '}' in JSON at position 1")) // { code: 'file.json.breaks-near', params: { at: 2 } }
 */
export function jsonReason(text: string, error: unknown): Message {
  if (text.trim() === '') return message('file.json.empty');
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return at === undefined
    ? message('file.json.cannot-be-read')
    : message('file.json.breaks-near', { at: Number(at) + 1 });
}

/**
 * The JSON object in a file's text, or the refusal saying why there is none (not JSON, or JSON
 * that is not an object), with codes a face words in the reader's language.
 *
 * @example parseJsonFile('params.json', '{"algorithm": "value-equation@1"}', hint)
 */
export function parseJsonFile(
  path: string,
  text: string,
  hint: Message,
  options: { object: boolean; field?: string } = { object: true },
): unknown {
  const field = options.field ?? 'file';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = jsonReason(text, error);
    throw new AppError(
      400,
      'invalid-input',
      refusal('refusal.file-not-json', { path, reason }),
      hint,
      [{ field, message: renderEnglish(reason), code: reason.code, params: reason.params }],
    );
  }
  if (options.object && (value === null || typeof value !== 'object' || Array.isArray(value)))
    throw new AppError(
      400,
      'invalid-input',
      refusal('refusal.file-not-json-object', { path }),
      hint,
      [
        {
          field,
          message: 'is not a JSON object',
          code: 'field.not-json-object',
          params: {},
        },
      ],
    );
  return value;
}
