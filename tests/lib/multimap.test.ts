import { describe, expect, it } from "vitest";
import { pushTo } from "../../src/lib/multimap.ts";

describe("pushTo", () => {
  it("starts a list for a new key and adds to it in order after", () => {
    const lists = new Map<string, number[]>();
    pushTo(lists, "a", 1);
    pushTo(lists, "b", 2);
    pushTo(lists, "a", 3);
    expect([...lists]).toEqual([
      ["a", [1, 3]],
      ["b", [2]],
    ]);
  });
});
