// What a text file that is not UTF-8 holds instead, in words a user can act on.

/** "UTF-16 text (little-endian)", or where the first byte that is not UTF-8 stands. */
export function describeEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 text (little-endian)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 text (big-endian)";
  const at = firstInvalidByte(bytes);
  const zero = bytes.indexOf(0);
  if (zero >= 0 && zero < 1024) return `binary data (a zero byte at byte ${zero + 1})`;
  return `a byte that is not UTF-8 at byte ${at + 1}, as Windows-1252 or Latin-1 text has`;
}

/** The offset of the first byte that does not decode as UTF-8 (the length when all do). */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes, a character cut in two at its end allowed (stream mode), so
  // that a longer prefix decodes only if every shorter one does.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // A character begun and not finished at the end of that prefix is where the bad sequence starts.
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? low - back : low;
    }
  }
  return low;
}
