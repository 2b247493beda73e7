/**
 * A compact difference between two JSON values, for share links: only what changed is kept.
 * Objects are compared key by key (recursively); arrays, numbers, strings, booleans and null are
 * replaced whole when they differ. Keys present in the base but absent from the target are listed
 * under `$del`. Keys starting with `$` are reserved for that, so an object holding one is replaced
 * whole instead of diffed, wrapped as `{ $set: object }` so that applying it cannot mistake it
 * for a patch.
 *
 * @example
 * diffJson({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 5, d: 3 } }) // { b: { c: 5 } }
 * applyJsonPatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 5 } })     // { a: 1, b: { c: 5, d: 3 } }
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The key that lists deleted keys in an object patch. */
export const DELETE_KEY = '$del';
/** The key that wraps an object replaced whole (one holding `$` keys of its own). */
export const SET_KEY = '$set';

/** Whether `v` is a plain JSON object (not an array, not null). */
export function isJsonObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

const diffable = (o: { [key: string]: Json }): boolean => Object.keys(o).every((k) => !k.startsWith('$'));

/** The patch that turns `base` into `target`, or undefined when they are equal. */
export function diffJson(base: Json, target: Json): Json | undefined {
  if (jsonEqual(base, target)) return undefined;
  if (isJsonObject(target) && !diffable(target)) return { [SET_KEY]: target };
  if (!isJsonObject(base) || !isJsonObject(target)) return target;
  const out: { [key: string]: Json } = {};
  const deleted = Object.keys(base).filter((k) => !Object.prototype.hasOwnProperty.call(target, k));
  if (deleted.length > 0) out[DELETE_KEY] = deleted;
  for (const [key, value] of Object.entries(target)) {
    const d = Object.prototype.hasOwnProperty.call(base, key) ? diffJson(base[key] as Json, value) : value;
    if (d !== undefined) out[key] = d;
  }
  return out;
}

/**
 * Applies a patch made by {@link diffJson} to `base`, returning a new value (base is not
 * changed). A patch of an unexpected shape is applied as far as it goes; validate the result.
 */
export function applyJsonPatch(base: Json, patch: Json | undefined): Json {
  if (patch === undefined) return structuredClone(base);
  if (isJsonObject(patch) && Object.prototype.hasOwnProperty.call(patch, SET_KEY)) return structuredClone(patch[SET_KEY] as Json);
  if (!isJsonObject(base) || !isJsonObject(patch)) return structuredClone(patch);
  const out: { [key: string]: Json } = structuredClone(base);
  const deleted = patch[DELETE_KEY];
  if (Array.isArray(deleted)) for (const k of deleted) if (typeof k === 'string') delete out[k];
  for (const [key, value] of Object.entries(patch)) {
    if (key === DELETE_KEY || key === '__proto__') continue;
    out[key] = Object.prototype.hasOwnProperty.call(out, key) ? applyJsonPatch(out[key] as Json, value) : structuredClone(value);
  }
  return out;
}
