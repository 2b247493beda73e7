/**
 * Visual vocabulary of the charts: Okabe-Ito colours, dash patterns, point shapes and type sizes.
 * Colour is never the only cue: every series also has a dash pattern or a point shape and a direct
 * label. Values are plain strings so that they can be written as SVG presentation attributes,
 * which keeps exported SVG self-contained (no stylesheet needed).
 */

/** Okabe-Ito colours used by the charts, plus neutrals. */
export const COLORS = {
  green: '#009E73',
  yellow: '#F0E442',
  /** Dark olive used to outline and label the light yellow (contrast on white about 5:1). */
  yellowInk: '#7A6F00',
  red: '#D55E00',
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  black: '#000000',
  neutral: '#555555',
  /** Axis and label text. */
  ink: '#1B1F24',
  /** Secondary text: units, notes. */
  inkMuted: '#4A535E',
  /** Grid lines. */
  grid: '#E3E7EB',
  paper: '#FFFFFF',
} as const;

/** Font stack written on every exported SVG root. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Type sizes in px; nothing in a chart is smaller than {@link FONT.small}. */
export const FONT = { small: 12, body: 13, title: 14 } as const;

/** Dash patterns (SVG stroke-dasharray); the baseline run is always dashed and faded. */
export const DASH = {
  solid: '',
  baseline: '6 4',
  dotted: '2 3',
  dashDot: '8 3 2 3',
  long: '10 4',
} as const;

/** Opacity of the baseline run's marks, so the current run stays in front. */
export const BASELINE_OPACITY = 0.5;

/** Point shapes drawn at intervals along lines (d3.symbol types are chosen by name in svgMarks). */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

/** How one series is drawn: colour, outline for light colours, dash and marker. */
export interface SeriesStyle {
  /** Stroke and fill colour. */ readonly color: string;
  /** Outline drawn under a light colour so it reads on white; null when not needed. */ readonly casing: string | null;
  /** Dash pattern of the current run's line. */ readonly dash: string;
  /** Point shape repeated along the line. */ readonly marker: MarkerShape;
}

/** Lane styles; yellow gets a dark casing because #F0E442 is too light on white. */
export const LANE_STYLES: Readonly<Record<'green' | 'yellow' | 'red' | 'blue', SeriesStyle>> = {
  green: { color: COLORS.green, casing: null, dash: DASH.solid, marker: 'circle' },
  yellow: { color: COLORS.yellow, casing: COLORS.yellowInk, dash: DASH.solid, marker: 'square' },
  red: { color: COLORS.red, casing: null, dash: DASH.solid, marker: 'triangle' },
  blue: { color: COLORS.blue, casing: null, dash: DASH.solid, marker: 'diamond' },
};

/** Text colour to use for a label of `color`: the light yellow is written in dark olive. */
export function inkFor(color: string): string {
  return color === COLORS.yellow ? COLORS.yellowInk : color;
}

/**
 * Styles of categorical series (offices, routes, goods, causes), in order: the Okabe-Ito colours
 * darkest-first, each with its own point shape and dash so that no two are told apart by colour
 * alone. Light yellow is left out (it needs a casing and reads poorly as a thin line).
 */
export const CATEGORY_STYLES: readonly SeriesStyle[] = [
  { color: COLORS.blue, casing: null, dash: DASH.solid, marker: 'circle' },
  { color: COLORS.red, casing: null, dash: DASH.long, marker: 'square' },
  { color: COLORS.green, casing: null, dash: DASH.dotted, marker: 'triangle' },
  { color: COLORS.purple, casing: null, dash: DASH.dashDot, marker: 'diamond' },
  { color: COLORS.orange, casing: null, dash: DASH.solid, marker: 'square' },
  { color: COLORS.sky, casing: null, dash: DASH.long, marker: 'triangle' },
  { color: COLORS.black, casing: null, dash: DASH.dotted, marker: 'circle' },
];

/** The style of the `i`-th category (cycling when there are more categories than styles). */
export function categoryStyle(i: number): SeriesStyle {
  return CATEGORY_STYLES[i % CATEGORY_STYLES.length]!;
}
