import { createActor, fromPromise, type ActorOptions, type SnapshotFrom } from 'xstate';
import type { DryRunResult } from '../../sim';
import type { AdvanceRequest, AdvanceResult, RunResult } from '../../workers/runMessages';
import { createSimulationClient, type SimulationClient } from '../../workers/simulationClient';
import { runMachine, type RunEvent, type RunInput, type SimulateInput } from './runMachine';

/** A machine snapshot of the run. */
export type RunSnapshot = SnapshotFrom<typeof runMachine>;

/** Starts a worker client; `onError` is called if the worker dies. */
export type ClientFactory = (onError: (message: string) => void) => SimulationClient;

/** Options of {@link createRunSession}. */
export interface RunSessionOptions {
  /** How to start a worker (default: the real simulation worker). */ readonly createClient?: ClientFactory;
  /** Clock of the play loop (default: real time; tests pass a SimulatedClock). */ readonly clock?: ActorOptions<typeof runMachine>['clock'];
  /** Consignments of the last day each snapshot carries (for the view). */ readonly sampleSize?: number;
  /** Told how far a long run being simulated (loaded or re-simulated) is: days done, of `days`. */ readonly onProgress?: (day: number, days: number) => void;
}

/** The run: the machine's actor wired to a simulation worker. The page sends events and draws snapshots. */
export interface RunSession {
  /** Sends an event to the run machine. */ send(event: RunEvent): void;
  /** The machine's current snapshot. */ getSnapshot(): RunSnapshot;
  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */ subscribe(listener: (s: RunSnapshot) => void): () => void;
  /** Predicts a profile's selections on the loaded run's last day (see the worker's dryRun). */ dryRun(rule: unknown): Promise<DryRunResult>;
  /** Makes the worker crash (for recovery drills and the end-to-end test). */ crashWorker(message?: string): void;
  /** Stops the actor and the worker. */ stop(): void;
}

/**
 * Creates the run session: a run-machine actor whose `simulate` and `advance` actors call the
 * worker, and whose `restartWorker` action replaces a dead worker with a new one (the machine
 * then re-simulates the same spec to the same day). Deaths of a replaced worker are ignored.
 */
export function createRunSession(input: RunInput, options: RunSessionOptions = {}): RunSession {
  const createClient = options.createClient ?? createSimulationClient;
  const sampleSize = options.sampleSize ?? 100;
  let generation = 0;
  let client: SimulationClient;

  const startClient = (): SimulationClient => {
    const mine = ++generation;
    return createClient((message) => {
      if (mine === generation) actor.send({ type: 'WORKER_DIED', message });
    });
  };

  const machine = runMachine.provide({
    actors: {
      simulate: fromPromise<RunResult, SimulateInput>(({ input: i }) => {
        const onProgress = options.onProgress;
        const request = { spec: i.spec, days: i.days, sampleSize };
        return client.request(onProgress ? client.api.simulate(request, client.progress(onProgress)) : client.api.simulate(request));
      }),
      advance: fromPromise<AdvanceResult, AdvanceRequest>(({ input: i }) => client.request(client.api.advance(i))),
    },
    actions: {
      restartWorker: () => {
        generation += 1;
        client.terminate();
        client = startClient();
      },
    },
  });

  const actor = createActor(machine, { input, ...(options.clock ? { clock: options.clock } : {}) });
  client = startClient();
  actor.start();

  return {
    send: (event) => actor.send(event),
    getSnapshot: () => actor.getSnapshot(),
    subscribe: (listener) => {
      const sub = actor.subscribe(listener);
      return () => sub.unsubscribe();
    },
    dryRun: (rule) => client.request(client.api.dryRun(rule)),
    crashWorker: (message = 'the simulation worker crashed') => client.crash(message),
    stop: () => {
      generation += 1;
      actor.stop();
      client.terminate();
    },
  };
}
