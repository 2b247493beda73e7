/**
 * The simulation worker: the model runs here, off the page's main thread. All logic lives in
 * {@link createSimulationApi}; this file only exposes it over comlink (snapshots' samples as
 * transferred columns, see runWire.ts).
 */
import { expose } from 'comlink';
import { registerRunWire } from './runWire';
import { createSimulationApi } from './simulationApi';

registerRunWire();
expose(createSimulationApi());
