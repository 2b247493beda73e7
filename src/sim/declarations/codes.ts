/**
 * Category codes of declaration fields and of the hidden truth, as stored in typed arrays.
 * The label arrays give each code's display name in the same order.
 */

/** Modes of transport. */
export const MODES = ['sea', 'air', 'express', 'land'] as const;
/** A mode name. */
export type ModeName = (typeof MODES)[number];

/** Payment types (G13: third-party and cash payments are red flags). */
export const PAYMENT_TYPES = ['letter of credit', 'bank transfer', 'open account', 'cash', 'third party'] as const;
/** Payment code for cash. */
export const PAYMENT_CASH = 3;
/** Payment code for third-party payment. */
export const PAYMENT_THIRD_PARTY = 4;

/** Consignee types (G11 residential/PO box, M3 forwarder or "to order", A5 individual). */
export const CONSIGNEE_TYPES = ['company', 'individual', 'forwarder or to order', 'residential or PO box'] as const;
/** Consignee codes. */
export const CONSIGNEE_COMPANY = 0;
/** Consignee is a private individual. */
export const CONSIGNEE_INDIVIDUAL = 1;
/** Consignee is a freight forwarder / NVOCC or the goods are consigned "to order". */
export const CONSIGNEE_FORWARDER = 2;
/** Consignee address is residential or a PO box. */
export const CONSIGNEE_RESIDENTIAL = 3;

/** Goods-description classes (G5 vague, G6 inconsistent with HS, I1 brand, I8 gift/sample/unbranded). */
export const DESCRIPTION_CLASSES = ['specific', 'vague', 'inconsistent with HS code', 'brand name', 'gift, sample or unbranded'] as const;
/** Description codes. */
export const DESC_SPECIFIC = 0;
/** Vague, generic description ("general merchandise", "parts"). */
export const DESC_VAGUE = 1;
/** Description does not match the declared HS code. */
export const DESC_INCONSISTENT = 2;
/** Description names a brand. */
export const DESC_BRAND = 3;
/** Declared as gift, sample or unbranded. */
export const DESC_GIFT = 4;

/** Container types (M11: reefer, flat-rack and tank have concealment-prone spaces). */
export const CONTAINER_TYPES = ['not containerised', 'dry', 'reefer', 'flat-rack', 'tank'] as const;

/** Offence types of the hidden truth; 0 = compliant. */
export const OFFENCES = [
  'none',
  'undervaluation',
  'misclassification',
  'origin or preference fraud',
  'prohibited goods or drugs',
  'IPR counterfeit',
  'undeclared excise goods',
] as const;
/** Number of offence codes including "none". */
export const OFFENCE_COUNT = OFFENCES.length;
/** Offence codes. */
export const OFF_NONE = 0;
/** Declared value below the transaction value. */
export const OFF_UNDERVALUATION = 1;
/** Goods declared under a lower-duty heading. */
export const OFF_MISCLASSIFICATION = 2;
/** False origin to claim a preference or avoid measures. */
export const OFF_ORIGIN = 3;
/** Prohibited goods, drugs. */
export const OFF_PROHIBITED = 4;
/** Counterfeit goods infringing intellectual property. */
export const OFF_IPR = 5;
/** Excise goods (tobacco, alcohol, fuel) not declared. */
export const OFF_EXCISE = 6;

/** Concealment methods of organised smugglers. */
export const CONCEALMENTS = ['none', 'false compartment', 'cover load', 'mixed load', 'within the goods', 'small-parcel structuring'] as const;

/** Lanes, in the order used by typed arrays and KPI vectors. */
export const LANES = ['green', 'yellow', 'red', 'blue'] as const;
/** Lane codes. */
export const LANE_GREEN = 0;
/** Documentary check. */
export const LANE_YELLOW = 1;
/** Physical examination (possibly after NII or dog screening). */
export const LANE_RED = 2;
/** Release, then post-clearance audit. */
export const LANE_BLUE = 3;

/** Why a declaration was selected (bit flags). */
export const REASON_TARGETED = 1;
/** Selected by the random compliance-measurement draw. */
export const REASON_RANDOM = 2;
/** Pulled in to top up a lane to its expected rate. */
export const REASON_TOPUP = 4;
/** Released without inspection because capacity was exceeded (overflow policy "release"). */
export const REASON_OVERFLOW_RELEASED = 8;
/** A rule in dry-run mode would have selected it (no effect on the lane). */
export const REASON_DRYRUN_HIT = 16;
/** Selected by an intelligence tip (a one-off target or a tip's profile); see src/sim/intelligence. */
export const REASON_INTEL = 32;

/** Inspection types (rows of the detection matrix; also resource kinds). */
export const INSPECTIONS = ['documentary', 'scan', 'physical', 'dog', 'audit'] as const;
/** Inspection codes. */
export const INSP_DOCUMENTARY = 0;
/** NII scan and image analysis. */
export const INSP_SCAN = 1;
/** Physical examination. */
export const INSP_PHYSICAL = 2;
/** Detector-dog screening. */
export const INSP_DOG = 3;
/** Post-clearance audit. */
export const INSP_AUDIT = 4;
