/**
 * The simulation worker: the model runs here, off the page's main thread. All logic lives in
 * {@link createSimulationApi}; this file only exposes it over comlink (snapshots' samples as
 * transferred columns, see runWire.ts), with the JIT warm-up on the worker's own timers.
 */
import { expose } from 'comlink';
import type { Simulation } from '../sim';
import { registerRunWire, toWire } from './runWire';
import { createSimulationApi } from './simulationApi';
import { createJitWarmUp, WARM_UP_DEFAULTS } from './jitWarmUp';

registerRunWire();
const clock = { later: (fn: () => void, ms: number) => setTimeout(fn, ms), cancel: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
// A warm-up run ends as a request does: its snapshot taken and the answer encoded for the page, then dropped.
const encodeDropped = (sim: Simulation): void => {
  const answer = { daily: sim.daily().slice(), snapshot: sim.snapshot() };
  toWire(answer);
};
expose(createSimulationApi(createJitWarmUp(clock, WARM_UP_DEFAULTS, encodeDropped)));
