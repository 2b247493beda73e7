import * as codes from './codes';

/**
 * Checks a hot loop's private copy of a group of codes against codes.ts, once at load.
 *
 * Why copies: a module-level constant is read back from the module's context, and an imported
 * one through the import's cell, at every use in an optimised loop (V8 in Node folds neither),
 * while an enum declared in the same file is inlined by the TypeScript transform (esbuild) as a
 * literal. The generator's loop ran 6 % fewer instructions with its codes as literals (cachegrind).
 * So the generator and the indicators declare the codes they test as enums of their own, and
 * this check keeps those copies equal to the source: member `IPR` of the copy for prefix `OFF_`
 * must equal `OFF_IPR`.
 */
export function checkCodeMirror(prefix: string, mirror: Readonly<Record<string, string | number>>): void {
  const source = codes as unknown as Readonly<Record<string, unknown>>;
  checkMirror(mirror, (member) => source[prefix + member],
    (member, value) => `[sim/codes] ${prefix}${member} is ${String(source[prefix + member])} in codes.ts, ${value} in a loop's copy`);
}

/**
 * The same check for a copy of the mode codes, whose source is the order of MODES: member `Sea` of
 * the copy must be the position of 'sea' in MODES.
 */
export function checkModeMirror(mirror: Readonly<Record<string, string | number>>): void {
  const positionOf = (member: string): number => codes.MODES.indexOf(member.toLowerCase() as never);
  checkMirror(mirror, positionOf, (member, value) => `[sim/codes] mode ${member} is at ${positionOf(member)} in MODES, ${value} in a loop's copy`);
}

/**
 * The mechanism under every such check: each numeric member of `mirror` must equal
 * `sourceOf(member)`, or `failure(member, value)` is thrown. (A numeric enum also maps each value
 * back to its member's name; only the names are checked.)
 */
export function checkMirror(
  mirror: Readonly<Record<string, string | number>>, sourceOf: (member: string) => unknown, failure: (member: string, value: number) => string,
): void {
  for (const [member, value] of Object.entries(mirror)) {
    if (typeof value === 'number' && sourceOf(member) !== value) throw new Error(failure(member, value));
  }
}
