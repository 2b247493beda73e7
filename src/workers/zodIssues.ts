import type { z } from 'zod';
import { ScenarioInputError, type InputIssue } from '../sim';

/**
 * Turns a failed zod parse into path-named, plain-language issues, so a refused worker message
 * names the field: `spec.seed: must be at most 2147483647, got 5000000000`.
 */
export function zodIssues(error: z.core.$ZodError, root: unknown, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    return { path, message: describe(issue, valueAt(root, issue.path)) };
  });
}

/** Parses `value` with `schema`, throwing a ScenarioInputError naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, context: string, prefix = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ScenarioInputError(context, zodIssues(result.error, value, prefix));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, got: unknown): string {
  const shown = got === undefined ? 'nothing' : (JSON.stringify(got) ?? String(got)).slice(0, 60);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown}`;
    case 'invalid_type':
      return got === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${shown}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}, got ${shown}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}, got ${shown}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.join(', ')}`;
    default:
      return `${issue.message}, got ${shown}`;
  }
}
