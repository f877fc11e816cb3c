import { describe, expect, it } from "vitest";
import { describeEncoding } from "../../src/lib/encoding.ts";

describe("describeEncoding", () => {
  it("names UTF-16 by its byte-order mark", () => {
    expect(describeEncoding(Buffer.from("\ufeffCouncil", "utf16le"))).toBe("UTF-16 text (little-endian)");
    expect(describeEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x43]))).toBe("UTF-16 text (big-endian)");
  });

  it("says where a Latin-1 byte stands, after whole UTF-8 characters", () => {
    // "£5 caf" in UTF-8 (the pound sign is two bytes), then é in Latin-1 at the eighth byte.
    expect(describeEncoding(Buffer.concat([Buffer.from("£5 caf"), Buffer.from([0xe9, 0x20])]))).toBe(
      "a byte that is not UTF-8 at byte 8, as Windows-1252 or Latin-1 text has",
    );
  });

  it("calls a file with a zero byte near its start binary", () => {
    expect(describeEncoding(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(
      "binary data (a zero byte at byte 9)",
    );
  });
});

describe("describeEncoding, where the bad byte is", () => {
  it("points at a lone continuation byte, and not into a whole character before it", () => {
    expect(describeEncoding(Buffer.concat([Buffer.from("ab£"), Buffer.from([0x80])]))).toMatch(/at byte 5,/);
    expect(describeEncoding(Buffer.concat([Buffer.from("ab€"), Buffer.from([0xe2, 0x41])]))).toMatch(/at byte 6,/);
  });
});
