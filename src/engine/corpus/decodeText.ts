/** The outcome of decoding one file's bytes. */
export type DecodeResult =
  { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/**
 * Decode an article file: refuse empty and binary files, replace invalid
 * UTF-8 with U+FFFD (and say so), drop a BOM, and turn CRLF/CR into LF.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (control > probe.length * 0.05)
    return { ok: false, reason: "binary file (too many control bytes)" };
  const notes: string[] = [];
  let text = utf8.decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0) {
    if (replaced > text.length * 0.1) return { ok: false, reason: "not UTF-8 text" };
    notes.push(`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text, notes };
}
