import type { z } from 'zod';
import { parseWithSchema } from './parseWithSchema';
import { ScenarioInputError } from './scenarioError';

/**
 * Merges a command's `settings` over a scenario section in force and validates the result whole,
 * so a refused command changes nothing; errors name `settings.<field>`. Nested objects are
 * replaced, not merged: send a nested object whole.
 */
export function mergeSection<S extends z.ZodType>(schema: S, current: object, settings: Record<string, unknown>, context: string): z.infer<S> {
  try {
    return parseWithSchema(schema, { ...current, ...settings }, context);
  } catch (err) {
    if (!(err instanceof ScenarioInputError)) throw err;
    throw new ScenarioInputError(context, err.issues.map((i) => ({ ...i, path: i.path === '' ? 'settings' : `settings.${i.path}` })));
  }
}
