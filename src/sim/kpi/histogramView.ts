import { HISTOGRAM_BINS, binLowerEdge } from './clearanceHistogram';
import type { KpiAccumulator } from './kpiAccumulator';

/** Clearance-time histograms per lane for charts, in coarse bins. */
export interface ClearanceHistogramView {
  /** Bin edges, hours (one more than the counts). */ readonly edgesHours: readonly number[];
  /** Declarations per bin and lane. */ readonly green: readonly number[]; readonly yellow: readonly number[];
  /** Red lane counts. */ readonly red: readonly number[];
  /** Blue lane counts. */ readonly blue: readonly number[];
}

/** Fine bins merged into one display bin (256 / 8 = 32 display bins). */
const MERGE = 8;

/** Merges the accumulator's fine log bins into display bins. */
export function viewClearanceHistogram(acc: KpiAccumulator): ClearanceHistogramView {
  const bins = HISTOGRAM_BINS / MERGE;
  const lane = (l: number) => {
    const out: number[] = [];
    for (let b = 0; b < bins; b++) {
      let sum = 0;
      for (let k = 0; k < MERGE; k++) sum += acc.hist[l * HISTOGRAM_BINS + b * MERGE + k];
      out.push(sum);
    }
    return out;
  };
  const edgesHours: number[] = [];
  for (let b = 0; b <= bins; b++) edgesHours.push(binLowerEdge(b * MERGE));
  return { edgesHours, green: lane(0), yellow: lane(1), red: lane(2), blue: lane(3) };
}
