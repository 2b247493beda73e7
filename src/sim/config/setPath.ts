import { ScenarioInputError } from './scenarioError';

/**
 * Applies `path=value` overrides (the CLI's `--set`) to a scenario object before validation.
 * The value is read as JSON when it parses (numbers, booleans, arrays, objects, quoted strings),
 * otherwise as a plain string. Every segment of the path must already exist, so a typo is reported
 * with the keys that are allowed there instead of silently adding a field.
 *
 * @example applyOverride(scenario, 'offices.0.resources.physical.teams=4')
 */
export function applyOverride(target: unknown, assignment: string): void {
  const eq = assignment.indexOf('=');
  if (eq <= 0) {
    throw new ScenarioInputError('Bad --set', [{ path: assignment, message: 'expected <path>=<value>, e.g. policy.randomRate=0.01' }]);
  }
  const path = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1);
  const keys = path.split('.');
  let node: unknown = target;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const here = keys.slice(0, k + 1).join('.');
    if (node === null || typeof node !== 'object') {
      throw new ScenarioInputError('Bad --set', [{ path: here, message: `${keys.slice(0, k).join('.')} is a value, not an object or list` }]);
    }
    const container = node as Record<string, unknown>;
    if (Array.isArray(node)) {
      const index = Number(key);
      // Only canonical indices: "01", "0x1", "1e0" or "" would name a stray property, not an element.
      if (!Number.isInteger(index) || String(index) !== key || index < 0 || index >= node.length) {
        throw new ScenarioInputError('Bad --set', [{ path: here, message: `index must be an integer from 0 to ${node.length - 1}` }]);
      }
    } else if (!Object.prototype.hasOwnProperty.call(container, key)) {
      // Own fields only: `in` would also accept inherited names (constructor, __proto__, toString).
      const allowed = Object.keys(container).join(', ');
      throw new ScenarioInputError('Bad --set', [{ path: here, message: `unknown field "${key}"; allowed here: ${allowed}` }]);
    }
    if (k === keys.length - 1) container[key] = parseValue(raw);
    else node = container[key];
  }
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
