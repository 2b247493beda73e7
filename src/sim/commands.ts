import { z } from 'zod';
import { policySchema, ruleSchema } from './config/schema';
import { TREATMENT_LEVERS } from './behaviour/setTreatment';
import { tipInputSchema } from './intelligence/intelligenceSchema';

/**
 * Commands change policy mid-run. They are plain serialisable data, validated when they enter
 * (`parseCommand`), applied between days, and logged so that config + seed + commands reproduce a
 * run exactly.
 */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setRandomRate'), rate: policySchema.shape.randomRate }),
  z.strictObject({ type: z.literal('setThresholds'), thresholds: policySchema.shape.thresholds }),
  z.strictObject({ type: z.literal('setIndicatorWeight'), indicator: z.string().min(1), weight: z.number().min(-100).max(100) }),
  z.strictObject({ type: z.literal('setRules'), rules: policySchema.shape.rules }),
  z.strictObject({ type: z.literal('upsertRule'), rule: ruleSchema }),
  z.strictObject({ type: z.literal('removeRule'), id: z.string().min(1) }),
  z.strictObject({ type: z.literal('setAeo'), aeo: policySchema.shape.aeo }),
  z.strictObject({ type: z.literal('setCapacityPolicy'), capacity: policySchema.shape.capacity }),
  z.strictObject({ type: z.literal('setLaneBy'), laneBy: policySchema.shape.laneBy }),
  z.strictObject({
    type: z.literal('setStaffing'),
    office: z.string().min(1).describe('Office id'),
    resource: z.enum(['documentary', 'scanner', 'analysts', 'physical', 'dog', 'audit']),
    units: z.number().int().min(0).max(10000),
  }),
  z.strictObject({ type: z.literal('setRedScreening'), office: z.string().min(1), screening: z.enum(['none', 'scan', 'dog']) }),
  z.strictObject({
    type: z.literal('setTreatment'),
    lever: z.enum(TREATMENT_LEVERS).describe('Pyramid treatment: easy, help, deter, force (behaviour.treatments.*) or aeoProgramme (behaviour.aeoProgramme)'),
    settings: z.record(z.string(), z.unknown()).describe('Fields to change, merged over the lever\'s settings in force and validated whole'),
  }),
  z.strictObject({ type: z.literal('injectTip'), tip: tipInputSchema.describe('An intelligence tip an instructor injects; received before the next day') }),
  z.strictObject({
    type: z.literal('setIntelligence'),
    settings: z.record(z.string(), z.unknown()).describe('Fields of the intelligence section to change, merged over those in force and validated whole'),
  }),
  z.strictObject({
    type: z.literal('setNetworks'),
    settings: z.record(z.string(), z.unknown()).describe('Fields of the networks section to change, merged over those in force and validated whole'),
  }),
]);

/** A validated command. */
export type Command = z.infer<typeof commandSchema>;

/** A command as sent by a caller, before defaults. */
export type CommandInput = z.input<typeof commandSchema>;

/** A command with the day before which it was applied. */
export interface LoggedCommand {
  /** Days completed when the command was applied. */ readonly day: number;
  /** The command. */ readonly command: Command;
}
