// What a file of the built site weighs over the wire: Pagefind's index files (and its WebAssembly)
// are gzip already and go as they are; anything else is gzipped as hosts do (zlib's default level).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export function wireBytes(file: string): number {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length;
}
