// The collection, loaded once per build and shared by every page.
import { getCollection } from "astro:content";
import { newestFirst } from "./casebook.ts";
import type { Decision } from "./decision/schema.ts";

let cache: Promise<Decision[]> | undefined;

/** Every decision record, newest first. */
export function allDecisions(): Promise<Decision[]> {
  cache ??= getCollection("decisions").then((entries) => newestFirst(entries.map((e) => e.data)));
  return cache;
}
