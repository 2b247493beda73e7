import { z } from 'zod';
import { scenarioSchema, SCENARIO_SCHEMA_VERSION } from '../sim';

/**
 * The scenario format as JSON Schema, generated from the zod schema that validates files at load,
 * so editors (VS Code's `json.schemas`, `"$schema"` in a file) check exactly what the runner checks,
 * minus the cross-field rules JSON Schema cannot express (refinements such as "end after start",
 * unique ids, known indicator ids), which only the loader reports.
 */

/** Repository-relative path of the generated file. */
export const SCHEMA_FILE = 'schema/scenario.schema.json';

/**
 * `$id` of the schema. A URN rather than a URL: the project has no public address to serve it from,
 * and a URN cannot be mistaken for one that should resolve.
 */
export const SCHEMA_ID = `urn:customs-risk-lab:scenario-schema:${SCENARIO_SCHEMA_VERSION}`;

/** The JSON Schema object: `$schema`, `$id`, `title` and `description` first, then zod's output. */
export function scenarioJsonSchema(): Record<string, unknown> {
  // io 'input' describes files as written: fields with defaults are optional, not required.
  const { $schema, ...body } = z.toJSONSchema(scenarioSchema, { io: 'input' });
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Customs Risk Lab scenario',
    description:
      `Scenario format ${SCENARIO_SCHEMA_VERSION}: offices, traders, economics and the targeting policy. ` +
      'Generated from src/sim/config/schema.ts by `npm run schema`; do not edit by hand.',
    ...body,
  };
}

/** The file's exact text: two-space indentation and a trailing newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
