import { ScenarioInputError, loadBuiltinScenario } from '../sim';
import { parseArgs } from './parseArgs';
import { helpText } from './helpText';
import { listText } from './listText';
import { runCommand, type RunIo } from './runCommand';
import { replicateCommand } from './replicateCommand';
import { compareCommand } from './compareCommand';
import { sweepCommand } from './sweepCommand';
import { USAGE_EXIT_CODE, UsageError } from './usageError';

/**
 * Dispatches a command line and maps errors to exit codes: user errors (bad arguments, invalid
 * scenario or --set) print one clear message and give exit code 2; anything else is a bug and is
 * rethrown so its stack trace is shown. Kept apart from `main.ts` so tests can call it in-process.
 *
 * @returns The process exit code (0 or 2).
 */
export async function runCli(argv: readonly string[], io: RunIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') io.stdout(helpText());
    else if (command.kind === 'list') io.stdout(listText());
    else if (command.kind === 'scenario') io.stdout(`${JSON.stringify(loadBuiltinScenario(command.id), null, 2)}\n`);
    else if (command.options.sweep !== null) await sweepCommand(command.options, command.options.sweep, io);
    else if (command.options.compare.length > 0) await compareCommand(command.options, io);
    else if (command.options.replicates > 1) await replicateCommand(command.options, io);
    else await runCommand(command.options, io);
    return 0;
  } catch (err) {
    if (!isUserError(err)) throw err;
    io.stderr(`error: ${err.message}\nRun "npm run sim -- --help" for the options and what they allow.\n`);
    return USAGE_EXIT_CODE;
  }
}

/** A mistake of the user's, as opposed to a bug in the runner or the core. */
export function isUserError(err: unknown): err is Error {
  return err instanceof UsageError || err instanceof ScenarioInputError;
}
