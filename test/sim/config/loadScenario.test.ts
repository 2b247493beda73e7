import { describe, expect, it } from 'vitest';
import {
  listBuiltinScenarios, loadBuiltinScenario, loadScenarioObject, validateScenario,
} from '../../../src/sim/config/loadScenario';
import { BUILTIN_SCENARIOS } from '../../../src/sim/config/builtinScenarios';
import { ScenarioInputError, type InputIssue } from '../../../src/sim/config/scenarioError';

/** A fresh, mutable copy of a built-in scenario as written. */
function rawDefault(): Record<string, any> {
  return JSON.parse(JSON.stringify(BUILTIN_SCENARIOS.default)) as Record<string, any>;
}

/** The issues of the ScenarioInputError that `f` throws (fails if it throws something else or nothing). */
function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioInputError);
    return (e as ScenarioInputError).issues;
  }
  throw new Error('expected a ScenarioInputError');
}

function issueAt(issues: readonly InputIssue[], path: string): InputIssue {
  const hit = issues.find((i) => i.path === path);
  expect(hit, `no issue at ${path}; got ${JSON.stringify(issues)}`).toBeDefined();
  return hit!;
}

describe('validateScenario / loadBuiltinScenario', () => {
  it('accepts every built-in scenario, as written and through loadBuiltinScenario', () => {
    expect(listBuiltinScenarios().sort()).toEqual(['default', 'developing']);
    for (const id of listBuiltinScenarios()) {
      expect(validateScenario(JSON.parse(JSON.stringify(BUILTIN_SCENARIOS[id]))).id).toBe(id);
      const s = loadBuiltinScenario(id);
      expect(s.id).toBe(id);
      expect(s.offices.length).toBeGreaterThan(0);
    }
  });

  it('fills defaults that the file leaves out', () => {
    const raw = rawDefault();
    delete raw.description;
    delete raw.policy.rules[0].owner;
    const s = validateScenario(raw);
    expect(s.description).toBe('');
    expect(s.policy.rules[0].owner).toBe('risk-unit');
    expect(s.detection.physical).toHaveLength(7);
  });

  it('rejects an unknown scenario id and names the built-ins', () => {
    const [issue] = issuesOf(() => loadBuiltinScenario('nope'));
    expect(issue.path).toBe('scenario');
    expect(issue.message).toContain('default');
    expect(issue.message).toContain('developing');
  });

  it('reports a bad office mode at offices.N.mode with the allowed values', () => {
    const raw = rawDefault();
    raw.offices[0].mode = 'rail';
    const issue = issueAt(issuesOf(() => validateScenario(raw)), 'offices.0.mode');
    for (const m of ['sea', 'air', 'express', 'land', 'rail']) expect(issue.message).toContain(m);
  });

  it('reports a bad handling time at its path, and takes an omitted one as none', () => {
    const raw = rawDefault();
    raw.offices[0].resources.physical.handling.meanHours = -2;
    raw.offices[1].resources.scanner.handling.distribution = 'uniform';
    const issues = issuesOf(() => validateScenario(raw));
    expect(issueAt(issues, 'offices.0.resources.physical.handling.meanHours').message).toMatch(/at least 0/);
    expect(issueAt(issues, 'offices.1.resources.scanner.handling.distribution').message).toContain('lognormal');
    const none = rawDefault();
    delete none.offices[0].resources.physical.handling;
    expect(validateScenario(none).offices[0].resources.physical.handling).toBeUndefined();
    // An audit holds no goods: it has no handling to set.
    const audit = rawDefault();
    audit.offices[0].resources.audit.handling = { distribution: 'fixed', meanHours: 1 };
    expect(issuesOf(() => validateScenario(audit)).some((i) => i.path.startsWith('offices.0.resources.audit'))).toBe(true);
  });

  it('reports a tier mix that does not sum to 1', () => {
    const raw = rawDefault();
    raw.traders.tierMix = [0.7, 0.2, 0.08, 0.1];
    expect(issueAt(issuesOf(() => validateScenario(raw)), 'traders.tierMix').message).toMatch(/sum to 1/);
  });

  it('reports an unknown indicator in policy.indicatorWeights by its id', () => {
    const raw = rawDefault();
    raw.policy.indicatorWeights.Z99 = 5;
    expect(issueAt(issuesOf(() => validateScenario(raw)), 'policy.indicatorWeights.Z99').message).toContain('Z99');
  });

  it('reports a duplicate office id at the second occurrence', () => {
    const raw = rawDefault();
    raw.offices[2].id = raw.offices[0].id;
    expect(issueAt(issuesOf(() => validateScenario(raw)), 'offices.2.id').message).toContain(raw.offices[0].id);
  });

  it('reports a red threshold below the yellow one', () => {
    const raw = rawDefault();
    raw.policy.thresholds = { blue: 10, yellow: 50, red: 40 };
    expect(issueAt(issuesOf(() => validateScenario(raw)), 'policy.thresholds.red').message).toContain('50');
  });

  it('rejects unknown fields instead of dropping them, at the top level and nested', () => {
    const top = rawDefault();
    top.colour = 'blue';
    const rootIssue = issuesOf(() => validateScenario(top)).find((i) => i.message.includes('colour'));
    expect(rootIssue?.path).toBe('');
    const nested = rawDefault();
    nested.offices[1].resources.physical.teamz = 3;
    expect(issueAt(issuesOf(() => validateScenario(nested)), 'offices.1.resources.physical').message).toContain('teamz');
  });

  it('refuses another schemaVersion, naming the version it reads', () => {
    const raw = rawDefault();
    raw.schemaVersion = 99;
    const issue = issueAt(issuesOf(() => validateScenario(raw)), 'schemaVersion');
    expect(issue.message).toContain('99');
    expect(issue.message).toContain(String(BUILTIN_SCENARIOS.default.schemaVersion));
  });

  it('reports rule conditions with an unknown indicator, country or HS6 code at their paths', () => {
    const raw = rawDefault();
    raw.policy.rules = [
      { id: 'r0', name: 'bad indicator', status: 'active', conditions: [{ indicator: 'Q1' }] },
      { id: 'r1', name: 'bad country', status: 'active', conditions: [{ indicator: 'G3' }, { field: 'origin', op: 'in', value: ['CN', 'XX'] }] },
      { id: 'r2', name: 'bad hs6', status: 'active', conditions: [{ field: 'hs6', op: '=', value: '999999' }] },
    ];
    const issues = issuesOf(() => validateScenario(raw));
    expect(issueAt(issues, 'policy.rules.0.conditions.0.indicator').message).toContain('Q1');
    expect(issueAt(issues, 'policy.rules.1.conditions.1.value').message).toContain('XX');
    expect(issueAt(issues, 'policy.rules.2.conditions.0.value').message).toContain('999999');
    expect(issues).toHaveLength(3);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = rawDefault();
    raw.offices[2].id = raw.offices[0].id;
    raw.policy.indicatorWeights.Z1 = 1;
    raw.policy.thresholds.red = 0;
    expect(issuesOf(() => validateScenario(raw)).map((i) => i.path).sort()).toEqual(
      ['offices.2.id', 'policy.indicatorWeights.Z1', 'policy.thresholds.red'],
    );
  });
});

describe('loadBuiltinScenario with overrides', () => {
  it('applies a nested override and leaves the built-in object untouched', () => {
    const builtin = () => (BUILTIN_SCENARIOS.default.offices[0].resources.physical as { teams: number }).teams;
    const original = builtin();
    // 4 as in the CLI help; a second value guarantees a visible change whatever the built-in holds.
    for (const teams of [4, original + 3]) {
      const changed = loadBuiltinScenario('default', [`offices.0.resources.physical.teams=${teams}`]);
      expect(changed.offices[0].resources.physical.teams).toBe(teams);
      expect(changed.offices[1].resources.physical.teams).toBe(loadBuiltinScenario('default').offices[1].resources.physical.teams);
      expect(builtin()).toBe(original);
      expect(loadBuiltinScenario('default').offices[0].resources.physical.teams).toBe(original);
    }
  });

  it('returns independent objects on each load', () => {
    const a = loadBuiltinScenario('default');
    a.policy.thresholds.red = 1;
    a.offices[0].weekdayFactors[0] = 0;
    const b = loadBuiltinScenario('default');
    expect(b.policy.thresholds.red).toBe(BUILTIN_SCENARIOS.default.policy.thresholds.red);
    expect(b.offices[0].weekdayFactors[0]).toBe(BUILTIN_SCENARIOS.default.offices[0].weekdayFactors[0]);
  });

  it('can override a field that only exists once defaults are filled in', () => {
    const s = loadBuiltinScenario('default', ['detection.physical.0=0.1']);
    expect(s.detection.physical[0]).toBe(0.1);
  });

  it('reports an override that makes the scenario invalid at the overridden path', () => {
    const issue = issueAt(issuesOf(() => loadBuiltinScenario('default', ['policy.randomRate=2'])), 'policy.randomRate');
    expect(issue.message).toContain('1');
    expect(issue.message).toContain('2');
  });

  it('reports a bad override path before validating', () => {
    const [issue] = issuesOf(() => loadBuiltinScenario('default', ['policy.randomRat=0.1']));
    expect(issue.path).toBe('policy.randomRat');
    expect(issue.message).toContain('randomRate');
  });

  it('applies overrides to a scenario object in order, the last winning', () => {
    const s = loadScenarioObject(rawDefault(), ['days=10', 'days=20']);
    expect(s.days).toBe(20);
  });
});
