/**
 * UTF-8 text as base64url (RFC 4648 §5, no padding), safe in a URL query without escaping.
 * Decoding is strict: a wrong alphabet, a impossible length or bytes that are not UTF-8 are
 * reported, never silently turned into other text.
 */

/** Encodes text as unpadded base64url. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The decoded text, or why the input is not base64url of UTF-8 text. */
export type Base64UrlDecode = { ok: true; text: string } | { ok: false; error: string };

/** Decodes unpadded (or padded) base64url into UTF-8 text. */
export function decodeBase64Url(input: string): Base64UrlDecode {
  const s = input.replace(/=+$/, '');
  const bad = /[^A-Za-z0-9_-]/.exec(s);
  if (bad) return { ok: false, error: `not base64url: character ${JSON.stringify(bad[0])} at position ${bad.index + 1}` };
  if (s.length % 4 === 1) return { ok: false, error: 'not base64url: the text was cut short (impossible length)' };
  let binary: string;
  try {
    binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return { ok: false, error: 'not base64url' };
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not base64url of UTF-8 text' };
  }
}
