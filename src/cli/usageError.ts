/**
 * A mistake in the command line or its inputs (unknown option, missing value, bad number,
 * unreadable file). The runner prints its message without a stack trace and exits with
 * {@link USAGE_EXIT_CODE}, so scripts can tell user errors from crashes (exit 1).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit code of user errors (bad arguments, invalid scenario): 2, as in getopt-style tools. */
export const USAGE_EXIT_CODE = 2;
