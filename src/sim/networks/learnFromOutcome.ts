import type { NetworkState } from './networkState';
import { RING_FIELDS, RING_SIZE } from './networkState';

/**
 * Credits the end of an inspection of a network's smuggling consignment to the options it used:
 * a seizure adds a full loss to each, an inspection that found nothing adds `inspectionWeight`
 * (the network saw its consignment held and knows the option is watched). Seizures also count in
 * the displacement KPIs. Consignments are found in the ring of recent ones by their global id;
 * one older than the ring (or not a network's) teaches nothing. Called from the finish handler for
 * network fronts' offences only, so ordinary inspections never search the ring.
 */
export function learnFromOutcome(ns: NetworkState, declId: number, seized: boolean): void {
  for (let back = 1; back <= RING_SIZE; back++) {
    const slot = (ns.ringHead - back + RING_SIZE) % RING_SIZE;
    if (ns.ringId[slot] !== declId) continue;
    ns.ringId[slot] = -1;
    const r = slot * RING_FIELDS, c = ns.ringChoice;
    const net = c[r];
    const loss = seized ? 1 : ns.config.inspectionWeight;
    for (let d = 0; d < 4; d++) {
      const option = c[r + 1 + d];
      if (option >= 0) ns.loss[d][net * ns.stride[d] + option] += loss;
    }
    ns.totalLoss[net] += loss;
    if (seized) {
      const office = c[r + 1], route = c[r + 2], sector = c[r + 5];
      ns.day.seizedByOffice[office]++; ns.day.seizedByRoute[route]++; ns.day.seizedBySector[sector]++;
      ns.run.seizedByOffice[office]++; ns.run.seizedByRoute[route]++; ns.run.seizedBySector[sector]++;
    }
    return;
  }
}
