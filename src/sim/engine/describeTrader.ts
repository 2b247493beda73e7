import type { SimulationState } from './simulationState';
import type { TraderView } from '../snapshot';
import { ScenarioInputError } from '../config/scenarioError';
import { SECTORS } from '../world/commodities';
import { COUNTRIES } from '../world/countries';
import { MODES } from '../declarations/codes';

const AEO_STATES = ['none', 'queued', 'validating', 'holder'] as const;

/** One importer's profile and history, as plain data. */
export function describeTrader(s: SimulationState, importer: number): TraderView {
  const p = s.pop;
  if (!Number.isInteger(importer) || importer < 0 || importer >= p.count) {
    throw new ScenarioInputError('Unknown trader', [{ path: 'importer', message: `must be an integer from 0 to ${p.count - 1}, got ${importer}` }]);
  }
  const i = importer;
  return {
    importer: i,
    sector: SECTORS[p.sector[i]],
    homeOrigin: COUNTRIES[p.homeOrigin[i]].code,
    modes: MODES.filter((_, m) => (p.modeMask[i] & (1 << m)) !== 0),
    size: p.size[i],
    firstDay: p.firstDay[i],
    aeo: p.aeo[i] === 1,
    declarant: p.declarant[i],
    declarations: p.declarations[i],
    inspections: p.inspections[i],
    offencesFound: p.offencesFound[i],
    lastOffenceDay: p.lastOffenceDay[i],
    paid: p.penaltiesPaid[i],
    tier: p.tier[i] + 1,
    propensity: p.propensity[i],
    network: p.network[i],
    perceivedDetection: s.behaviour.perceived[i],
    aeoProgramme: AEO_STATES[s.behaviour.aeoState[i]],
  };
}
