import { UsageError } from './usageError';

/**
 * Parses JSON, reporting syntax errors as `file:line:column` plus V8's description, which gives
 * only a character offset ("... at position 123") that is useless for finding the spot in an editor.
 * Pure: the caller reads the file.
 *
 * @param text The file's contents.
 * @param file The file name, for the message.
 */
export function parseJsonText(text: string, file: string): unknown {
  // A UTF-8 byte-order mark is invisible in editors but a syntax error for JSON.parse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const message = (err as Error).message;
    const match = /at position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : endOfInputOffset(message, body);
    const where = offset === null ? file : `${file}:${lineColumn(body, offset)}`;
    // The offset is replaced by line:column, so drop V8's own " in JSON at position N (...)".
    const what = message.replace(/\s*(in JSON )?at position \d+.*$/, '');
    throw new UsageError(`--scenario ${where}: invalid JSON: ${what}`);
  }
}

/** V8 reports a truncated document without a position; the problem is then at its end. */
function endOfInputOffset(message: string, text: string): number | null {
  return /end of (JSON )?input/i.test(message) ? text.length : null;
}

/** 1-based `line:column` of a character offset (columns count UTF-16 code units). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}
