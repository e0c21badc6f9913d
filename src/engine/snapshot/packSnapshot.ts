/**
 * The binary layout of a snapshot file: a magic tag naming the kind of
 * snapshot, a JSON header, then binary sections (typed arrays, text), each
 * starting on an 8-byte boundary so it can be viewed in place without a copy:
 *
 *     magic (8 bytes) · header length (uint32 LE) · header JSON · padding · section · padding · section …
 *
 * The header lists the sections' byte lengths. Typed arrays are stored in the
 * machine's byte order, which is little-endian on every platform Node runs on.
 */

const ALIGN = 8;
const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;

interface Layout {
  header: unknown;
  sections: number[];
}

/** The bytes of a snapshot: `magic` (8 ASCII characters), `header` as JSON and `sections` in order. */
export function packSnapshot(
  magic: string,
  header: unknown,
  sections: readonly ArrayBufferView[],
): Buffer[] {
  if (magic.length !== 8) throw new Error("packSnapshot: the magic tag must be 8 characters");
  const json = Buffer.from(
    JSON.stringify({ header, sections: sections.map((s) => s.byteLength) } satisfies Layout),
    "utf8",
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const parts: Buffer[] = [Buffer.from(magic, "latin1"), length, json];
  let at = 12 + json.length;
  for (const section of sections) {
    parts.push(Buffer.alloc(pad(at)));
    at += pad(at);
    parts.push(Buffer.from(section.buffer, section.byteOffset, section.byteLength));
    at += section.byteLength;
  }
  return parts;
}

/** A snapshot read back: its header and its sections as views into the file's bytes (no copy). */
export interface UnpackedSnapshot {
  header: unknown;
  sections: Buffer[];
}

/** Read the layout of {@link packSnapshot}. Throws on another magic tag or bytes that do not fit the layout. */
export function unpackSnapshot(magic: string, bytes: Buffer): UnpackedSnapshot {
  if (bytes.length < 12 || bytes.toString("latin1", 0, 8) !== magic)
    throw new Error("not a snapshot of this kind");
  const length = bytes.readUInt32LE(8);
  if (12 + length > bytes.length) throw new Error("truncated header");
  const layout = JSON.parse(bytes.toString("utf8", 12, 12 + length)) as Partial<Layout>;
  if (
    !Array.isArray(layout.sections) ||
    !layout.sections.every((n) => Number.isInteger(n) && n >= 0)
  )
    throw new Error("no section table");
  const sections: Buffer[] = [];
  let at = 12 + length;
  for (const size of layout.sections) {
    at += pad(at);
    if (at + size > bytes.length) throw new Error("truncated section");
    sections.push(bytes.subarray(at, at + size));
    at += size;
  }
  if (at !== bytes.length) throw new Error("trailing bytes");
  return { header: layout.header, sections };
}

type TypedArrayOf<T> = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  new (length: number): T;
  BYTES_PER_ELEMENT: number;
};

/** A typed array over a section's bytes: a view when they are aligned for it, else a copy. Throws when the length does not divide. */
export function viewSection<T extends ArrayBufferView>(kind: TypedArrayOf<T>, section: Buffer): T {
  const size = kind.BYTES_PER_ELEMENT;
  if (section.byteLength % size !== 0)
    throw new Error("section length does not fit its element size");
  if (section.byteOffset % size === 0)
    return new kind(section.buffer, section.byteOffset, section.byteLength / size);
  const copy = new kind(section.byteLength / size);
  new Uint8Array(copy.buffer).set(section);
  return copy;
}
