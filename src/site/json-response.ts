// A route's JSON file as the route answers it.

/** The response of a route that writes JSON: its text, typed as UTF-8 JSON. */
export function jsonResponse(text: string): Response {
  return new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
