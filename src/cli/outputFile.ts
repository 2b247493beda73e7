import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usageError';

/**
 * The runner's output files (`--out`, `--csv`): checked before a run, so that a long run is not
 * lost to a mistyped folder, and written with any failure reported as a user error naming the option.
 */

/** Why `file` cannot be written, from the error of an attempt. */
function whyNotWritable(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'its folder does not exist'
    : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'no permission to write there'
        : (err as Error).message;
}

/** Refuses, as a user error naming the option, an output path whose file or folder cannot be written. */
export function checkWritable(option: string, file: string | null): void {
  if (file === null) return;
  let isDirectory = false, exists = true;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    exists = false;
  }
  if (isDirectory) throw new UsageError(`${option} ${file}: cannot write the file (it is a directory)`);
  try {
    accessSync(exists ? file : dirname(resolve(file)), constants.W_OK);
  } catch (err) {
    throw new UsageError(`${option} ${file}: cannot write the file (${whyNotWritable(err)})`);
  }
}

/** Writes a file, turning an unwritable path into a user error that names the option. */
export function writeOutput(option: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new UsageError(`${option} ${file}: cannot write the file (${whyNotWritable(err)})`);
  }
}
