import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario, type Scenario } from '../../../src/sim';
import { runSeedsOnThreads } from '../../../src/workers/node/seedPool';
import { checkReply } from '../../../src/workers/node/seedMessages';
import { runSeedTask } from '../../../src/workers/seedTask';

const small = loadBuiltinScenario('default', ['offices.0.dailyVolume=200', 'offices.1.dailyVolume=100']);

describe('runSeedsOnThreads', () => {
  it('returns every seed\'s KPIs in seed order, as this thread computes them', async () => {
    const plan = { scenarios: [small], days: 3, seeds: [7, 8, 9] };
    const threaded = await runSeedsOnThreads(plan, 2, null);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(plan.seeds.map((seed) => runSeedTask(plan, seed, null))));
  });

  it('rejects with the thread\'s error, and stops', async () => {
    // A scenario the parent did not validate: the worker's createSimulation refuses it.
    const broken = { ...small, offices: [{ ...small.offices[0]!, dailyVolume: -5 }] } as Scenario;
    await expect(runSeedsOnThreads({ scenarios: [broken], days: 2, seeds: [1, 2] }, 2, null)).rejects.toThrow(/a seed worker failed: .*offices\.0\.dailyVolume/s);
  });
});

describe('checkReply', () => {
  it('passes the replies a worker sends', () => {
    expect(checkReply({ kind: 'day' }, 2, 1)).toEqual({ kind: 'day' });
    expect(checkReply({ kind: 'done', index: 1, kpis: [{}] }, 2, 1)).toEqual({ kind: 'done', index: 1, kpis: [{}] });
    expect(checkReply({ kind: 'failed', message: 'x' }, 2, 1)).toEqual({ kind: 'failed', message: 'x' });
  });

  it('turns anything else into a failure that shows it', () => {
    for (const bad of [null, 3, { kind: 'done', index: 2, kpis: [{}] }, { kind: 'done', index: 0, kpis: [{}, {}] }, { kind: 'done', index: 0.5, kpis: [{}] }, { kind: 'other' }]) {
      const reply = checkReply(bad, 2, 1);
      expect(reply.kind).toBe('failed');
      expect(reply.kind === 'failed' && reply.message).toContain('unexpected message from a seed worker');
    }
  });
});
