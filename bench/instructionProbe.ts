import { createSimulation, loadBuiltinScenario, validateScenario } from '../src/sim';
import { createTraderPopulation } from '../src/sim/traders/population';
import { createGeneratorContext } from '../src/sim/declarations/generatorContext';
import { createDayBuffer } from '../src/sim/declarations/dayBuffer';
import { generateDay } from '../src/sim/declarations/generateDay';
import { sumDraws } from './kernel';

/**
 * One probe of `npm run bench:instructions`, run under cachegrind by instructions.ts:
 * `tsx bench/instructionProbe.ts <probe> <size> [drawsPerDeclaration]`. Does the probe's work for
 * `size` days (full, generator) or declarations (kernel) and prints one line of JSON with the units
 * done, so that the driver can divide the instructions of two sizes by the units between them.
 */
const [probe, sizeText, drawsText] = process.argv.slice(2);
const size = Number(sizeText);
if (!Number.isInteger(size) || size <= 0) throw new Error(`size must be a positive integer, got ${sizeText}`);
const scenario = loadBuiltinScenario('default');

if (probe === 'full') {
  const sim = createSimulation(scenario, 1);
  sim.run(size);
  console.log(JSON.stringify({ declarations: sim.snapshot({ sampleSize: 0 }).kpis.declarations, draws: sim.drawCount() }));
} else if (probe === 'generator') {
  const valid = validateScenario(JSON.parse(JSON.stringify(scenario)));
  const ctx = createGeneratorContext(valid, createTraderPopulation(valid, 1), 1);
  const buffer = createDayBuffer(8192);
  let declarations = 0;
  for (let d = 0; d < size; d++) {
    generateDay(ctx, buffer, d);
    declarations += buffer.count;
  }
  console.log(JSON.stringify({ declarations }));
} else if (probe === 'kernel') {
  const drawsPerDeclaration = Number(drawsText);
  if (!(drawsPerDeclaration > 0)) throw new Error(`the kernel needs draws per declaration > 0, got ${drawsText}`);
  const checksum = sumDraws(Math.round(size * drawsPerDeclaration), 'bench|kernel|instructions');
  console.log(JSON.stringify({ declarations: size, checksum }));
} else {
  throw new Error(`probe must be full, generator or kernel, got ${probe}`);
}
