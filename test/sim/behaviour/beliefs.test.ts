import { describe, expect, it } from 'vitest';
import { runSmall } from './behaviourFixtures';

const perceivedAtEnd = (overrides: readonly string[]) => runSmall(['traders.importers=600', 'policy.randomRate=0.05', ...overrides], 8, 60)
  .daily().at(-1)!.behaviour.perceivedDetection;

describe('perceived detection', () => {
  it('drops after random inspections for traders showing the bomb-crater effect', () => {
    const none = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=0']);
    const all = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=1', 'behaviour.beliefs.bombCraterFactor=0.2']);
    expect(all).toBeLessThan(none);
  });

  it('under reset-and-decay jumps to 1 after an own inspection, so it sits above the Beta learner', () => {
    const beta = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=0']);
    const reset = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=0', 'behaviour.beliefs.mode="resetDecay"']);
    expect(reset).toBeGreaterThan(beta);
  });

  it('is learnt from experience: heavier random selection raises it', () => {
    const light = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=0']);
    const heavy = perceivedAtEnd(['behaviour.beliefs.bombCraterShare=0', 'policy.randomRate=0.3']);
    expect(heavy).toBeGreaterThan(light * 1.5);
  });
});
