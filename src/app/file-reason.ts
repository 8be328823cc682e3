import { accessSync, constants, statSync } from 'node:fs';
import { message, type Message } from '../core/messages/codes.js';
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
