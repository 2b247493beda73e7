import type { z } from 'zod';
import { ScenarioInputError, type InputIssue } from './scenarioError';

/**
 * Validates `value` against a zod schema and turns zod's issues into path-named, plain-language
 * problems ({@link ScenarioInputError}), e.g. `offices.0.mode: expected one of sea, air, express,
 * land, got "rail"`. Used at every boundary: scenario files, commands, and the worker's messages.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, value: unknown, context: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeIssue(issue, value),
  }));
  throw new ScenarioInputError(context, issues);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const got = valueAt(root, issue.path);
  const shown = got === undefined ? 'nothing' : (JSON.stringify(got) ?? String(got)).slice(0, 60);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown}`;
    case 'invalid_type':
      return got === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${shown}`;
    case 'too_small':
      return `${issue.origin === 'array' ? 'needs at least' : 'must be at least'} ${issue.minimum}${issue.origin === 'array' ? ' items' : ''}${issue.inclusive === false ? ' (exclusive)' : ''}, got ${shown}`;
    case 'too_big':
      return `${issue.origin === 'array' ? 'allows at most' : 'must be at most'} ${issue.maximum}${issue.origin === 'array' ? ' items' : ''}, got ${shown}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `does not match any allowed form, got ${shown}`;
    default:
      return `${issue.message}, got ${shown}`;
  }
}
