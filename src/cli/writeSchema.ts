import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, scenarioJsonSchemaText } from './scenarioJsonSchema';

/**
 * `npm run schema` writes schema/scenario.schema.json; `npm run schema:check` (part of `npm test`)
 * exits 1 when the file differs from what the zod schema generates, so a schema change cannot be
 * merged without regenerating the file. Paths resolve from the repository root, not the cwd.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = resolve(root, SCHEMA_FILE);
const args = process.argv.slice(2);

if (args.some((a) => a !== '--check')) {
  process.stderr.write(`error: unknown argument "${args.find((a) => a !== '--check')}"; usage: tsx src/cli/writeSchema.ts [--check]\n`);
  process.exitCode = 2;
} else if (args.includes('--check')) {
  // Line ends are normalised so a Windows checkout with autocrlf does not fail the check.
  const onDisk = existsSync(target) ? readFileSync(target, 'utf8').replace(/\r\n/g, '\n') : '';
  if (onDisk !== scenarioJsonSchemaText()) {
    process.stderr.write(`${SCHEMA_FILE} is out of date: run npm run schema\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${SCHEMA_FILE} is up to date\n`);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, scenarioJsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
