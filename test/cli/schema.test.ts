import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, SCHEMA_ID, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/cli/scenarioJsonSchema';
import { ROOT } from './cliHarness';

describe('schema/scenario.schema.json', () => {
  it('is what the zod schema generates (run npm run schema if not)', () => {
    expect(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8').replace(/\r\n/g, '\n')).toBe(scenarioJsonSchemaText());
  });

  it('identifies itself and describes the input form (defaulted fields optional)', () => {
    const schema = scenarioJsonSchema() as { $id: string; title: string; required: string[]; additionalProperties: boolean };
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toBeTruthy();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'offices', 'policy']));
    expect(schema.required).not.toContain('description');
    expect(scenarioJsonSchemaText().endsWith('}\n')).toBe(true);
  });
});
