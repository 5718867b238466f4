/**
 * Why a file could not be read or written, in a few words, for every Node host (the CLI's
 * lines, the Electron main process's dialogs): from the error's `code`, never its stack.
 */

const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
};

const WRITE_REASONS: Record<string, string> = {
  ...READ_REASONS,
  ENOENT: 'the folder does not exist',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
};

function reason(error: unknown, reasons: Record<string, string>): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** "no such file", "permission denied", ... for an error from reading a file. */
export const readErrorReason = (error: unknown): string => reason(error, READ_REASONS);
/** "the folder does not exist", "permission denied", ... for an error from writing a file. */
export const writeErrorReason = (error: unknown): string => reason(error, WRITE_REASONS);
