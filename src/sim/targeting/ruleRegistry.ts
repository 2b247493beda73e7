/**
 * Per-profile counters that survive policy changes: each rule id gets a stable slot the first time
 * it is seen, so jobs in queues can credit a detection to the rule that selected them even after
 * the rule list has been edited.
 */
export interface RuleRegistry {
  /** Slot of a rule id (allocated on first use). */ slotOf(id: string): number;
  /** Ids by slot. */ readonly ids: string[];
  /** Matches over the run, by slot. */ hits: Float64Array;
  /** Matches on the last day, by slot. */ hitsLastDay: Float64Array;
  /** Matches selected, by slot. */ selected: Float64Array;
  /** Selected matches found non-compliant by inspection, by slot. */ detections: Float64Array;
  /** Matches that were non-compliant (truth), by slot. */ nonCompliant: Float64Array;
}

/** Creates an empty registry. */
export function createRuleRegistry(): RuleRegistry {
  const index = new Map<string, number>();
  const reg: RuleRegistry = {
    ids: [],
    hits: new Float64Array(8), hitsLastDay: new Float64Array(8), selected: new Float64Array(8),
    detections: new Float64Array(8), nonCompliant: new Float64Array(8),
    slotOf(id: string): number {
      const known = index.get(id);
      if (known !== undefined) return known;
      const slot = reg.ids.length;
      index.set(id, slot);
      reg.ids.push(id);
      if (slot >= reg.hits.length) {
        const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
        reg.hits = grow(reg.hits); reg.hitsLastDay = grow(reg.hitsLastDay); reg.selected = grow(reg.selected);
        reg.detections = grow(reg.detections); reg.nonCompliant = grow(reg.nonCompliant);
      }
      return slot;
    },
  };
  return reg;
}
