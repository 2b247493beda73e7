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
 *
 * Each probe first does the same work once on other data (another seed, another stream), so that
 * V8 has compiled its code before the measured part starts. Without it, a compilation that falls
 * between the two sizes in one version of the code and not in another counts as cost per
 * declaration: a change of a few lines moved the full pipeline's figure by 500 instructions (10 %)
 * that way while its steady-state cost moved by 60.
 */
const [probe, sizeText, drawsText] = process.argv.slice(2);
const size = Number(sizeText);
if (!Number.isInteger(size) || size <= 0) throw new Error(`size must be a positive integer, got ${sizeText}`);
const scenario = loadBuiltinScenario('default');

/** Days of the warm-up run (full, generator), and draws of the kernel's warm-up. */
const WARM_UP_DAYS = 150, WARM_UP_DRAWS = 3_000_000;

if (probe === 'full') {
  createSimulation(scenario, 99).run(WARM_UP_DAYS);
  const sim = createSimulation(scenario, 1);
  sim.run(size);
  console.log(JSON.stringify({ declarations: sim.snapshot({ sampleSize: 0 }).kpis.declarations, draws: sim.drawCount() }));
} else if (probe === 'generator') {
  const valid = validateScenario(JSON.parse(JSON.stringify(scenario)));
  const warm = createGeneratorContext(valid, createTraderPopulation(valid, 99), 99);
  const buffer = createDayBuffer(8192);
  for (let d = 0; d < WARM_UP_DAYS; d++) generateDay(warm, buffer, d);
  const ctx = createGeneratorContext(valid, createTraderPopulation(valid, 1), 1);
  let declarations = 0;
  for (let d = 0; d < size; d++) {
    generateDay(ctx, buffer, d);
    declarations += buffer.count;
  }
  console.log(JSON.stringify({ declarations }));
} else if (probe === 'kernel') {
  const drawsPerDeclaration = Number(drawsText);
  if (!(drawsPerDeclaration > 0)) throw new Error(`the kernel needs draws per declaration > 0, got ${drawsText}`);
  sumDraws(WARM_UP_DRAWS, 'bench|kernel|warm-up');
  const checksum = sumDraws(Math.round(size * drawsPerDeclaration), 'bench|kernel|instructions');
  console.log(JSON.stringify({ declarations: size, checksum }));
} else {
  throw new Error(`probe must be full, generator or kernel, got ${probe}`);
}
