import { readFileSync } from 'node:fs';
import { listBuiltinScenarios, loadBuiltinScenario, loadScenarioObject, type Scenario } from '../sim';
import { parseJsonText } from './parseJsonText';
import { UsageError } from './usageError';

/**
 * Turns `--scenario` and `--set` into a validated scenario. A value ending in `.json` is a file;
 * anything else is a built-in id. Validation problems surface as the core's ScenarioInputError
 * (every issue with its path); file problems as a {@link UsageError} naming the file.
 *
 * @param scenario Built-in id or path of a `.json` file.
 * @param overrides `path=value` assignments (from `--set`), applied in order before validation.
 */
export function resolveScenario(scenario: string, overrides: readonly string[]): Scenario {
  if (!scenario.toLowerCase().endsWith('.json')) {
    // Checked here rather than left to the core so the message names the option the user typed.
    const ids = listBuiltinScenarios();
    if (!ids.includes(scenario)) {
      throw new UsageError(`--scenario "${scenario}" is not a built-in scenario; choose one of ${ids.join(', ')}, or give a file ending in .json`);
    }
    return loadBuiltinScenario(scenario, overrides);
  }
  const text = readScenarioFile(scenario);
  return loadScenarioObject(parseJsonText(text, scenario), overrides, `Scenario file ${scenario}`);
}

function readScenarioFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new UsageError(`--scenario ${file}: cannot read the file (${why})`);
  }
}
