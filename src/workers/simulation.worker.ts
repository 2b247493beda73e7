/**
 * The simulation worker: the model runs here, off the page's main thread. All logic lives in
 * {@link createSimulationApi}; this file only exposes it over comlink.
 */
import { expose } from 'comlink';
import { createSimulationApi } from './simulationApi';

expose(createSimulationApi());
