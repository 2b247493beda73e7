import { INDICATORS } from '../sim';
import { columns, scenarioLines } from './helpText';

/**
 * The text of `npm run sim -- list`: built-in scenario ids and the risk-indicator catalogue,
 * the ids a scenario's `policy.indicatorWeights` and rule conditions refer to.
 */
export function listText(): string {
  const indicators = columns(
    INDICATORS.map((ind) => [
      ind.id,
      `${ind.name} [${ind.modes.join(', ')}; default weight ${ind.defaultWeight} points]`,
    ]),
  );
  return `Built-in scenarios (--scenario <id>):
${scenarioLines()}

Risk indicators (${INDICATORS.length}; ids for policy.indicatorWeights and rule conditions):
${indicators}
`;
}
