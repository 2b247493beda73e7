import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';
import { parseWithSchema } from './parseWithSchema';

type SectionKey = keyof typeof scenarioSchema.shape;

const SECTIONS = Object.keys(scenarioSchema.shape) as SectionKey[];

/** A section's JSON text as last parsed, and the JSON text of what the schema made of it (callers get fresh copies). */
interface ParsedSection {
  readonly text: string;
  readonly parsed: string;
}

/** The last parse of each top-level section. */
const lastParsed = new Map<SectionKey, ParsedSection>();

/**
 * Parses scenario *data* (a value that JSON text could hold: plain objects, arrays, strings,
 * finite numbers, booleans, null) with the scenario schema, as parseWithSchema does, section by
 * section: a top-level section whose JSON text equals the one parsed last time is not parsed
 * again, and its earlier result is copied (the schema's output is JSON data too). The app re-runs
 * a world after every policy change, and everything but the policy is then as it was (the offices
 * and the behaviour sections are most of the schema's work). A section the schema refuses, or a
 * field the scenario does not have, makes the whole scenario parse again, so that errors read
 * exactly as parseWithSchema words them.
 *
 * Only for JSON data: the text of a value with `undefined` in it, say, would match that of the
 * value without it, which the schema may treat otherwise.
 */
export function parseScenarioData(data: unknown, context: string): Scenario {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return parseWithSchema(scenarioSchema, data, context);
  const input = data as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!(key in scenarioSchema.shape)) return parseWithSchema(scenarioSchema, data, context);
  const out: Record<string, unknown> = {};
  for (const key of SECTIONS) {
    const value = input[key];
    // An absent section is marked by a text no JSON value has.
    const text = value === undefined ? '' : JSON.stringify(value);
    const last = lastParsed.get(key);
    if (last !== undefined && last.text === text) {
      out[key] = JSON.parse(last.parsed);
      continue;
    }
    const parsed = (scenarioSchema.shape[key] as z.ZodType).safeParse(value);
    if (!parsed.success) return parseWithSchema(scenarioSchema, data, context);
    lastParsed.set(key, { text, parsed: JSON.stringify(parsed.data) });
    out[key] = parsed.data;
  }
  return out as Scenario;
}
