import type { APIRoute } from "astro";
import { allDecisions } from "../lib/site-data.ts";

/** Every record, newest first, without the statement text. */
export const GET: APIRoute = async () => {
  const decisions = await allDecisions();
  return new Response(JSON.stringify(decisions), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
