/**
 * The simulation worker: the model runs here, off the page's main thread. All logic lives in
 * {@link createSimulationApi}; this file only exposes it over comlink (snapshots' samples as
 * transferred columns, see runWire.ts), with the JIT warm-up on the worker's own timers.
 */
import { expose } from 'comlink';
import { registerRunWire } from './runWire';
import { createSimulationApi } from './simulationApi';
import { createJitWarmUp } from './jitWarmUp';

registerRunWire();
expose(createSimulationApi(createJitWarmUp({ later: (fn, ms) => setTimeout(fn, ms), cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) })));
