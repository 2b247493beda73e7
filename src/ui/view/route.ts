/**
 * The stations a consignment visits, from its lane, selection reasons and outcome, following the
 * simulation's routing (lodgeDay): yellow → documentary officers; red → the office's screening
 * (scan or dog) then examination, random and intelligence-led selections straight to a full
 * examination; blue → released, then the post-clearance audit backlog; green → released.
 *
 * The snapshot does not say whether a red consignment's screening alerted, so a hit goes on to
 * examination and a clean one is cleared at screening; pending ones are held at the first station.
 */
import type { ConsignmentView } from '../../sim';
import type { StationKind } from './officeLayout';
import type { ScreeningKind } from './screeningKind';

/** A consignment's route. */
export interface Route {
  /** Stations in visiting order (may be empty). */ readonly stations: readonly StationKind[];
  /** True when the trip ends waiting at the last station (pending, or blue awaiting audit), not at the exit. */ readonly holds: boolean;
}

const RELEASED: Route = { stations: [], holds: false };

/** Selection reasons whose red consignments skip screening for a full examination (as lodgeDay routes them). */
const FULL_EXAMINATION_REASONS: readonly string[] = ['random', 'intelligence'];

/** The route of a consignment at an office with the given red screening. */
export function routeOf(c: Pick<ConsignmentView, 'lane' | 'outcome' | 'reasons'>, screening: ScreeningKind): Route {
  const pending = c.outcome === 'pending';
  switch (c.lane) {
    case 'yellow':
      return c.outcome === 'released' ? RELEASED : { stations: ['documentary'], holds: pending };
    case 'red': {
      if (c.outcome === 'released') return RELEASED;
      if (FULL_EXAMINATION_REASONS.some((r) => c.reasons.includes(r)) || screening === 'none') return { stations: ['physical'], holds: pending };
      if (c.outcome === 'hit') return { stations: [screening, 'physical'], holds: false };
      return { stations: [screening], holds: pending };
    }
    case 'blue':
      return { stations: ['audit'], holds: true };
    default:
      return RELEASED;
  }
}
