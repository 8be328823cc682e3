import { message, type Message } from '../core/messages/codes.js';

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
