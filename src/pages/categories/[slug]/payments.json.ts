import type { APIRoute, GetStaticPaths } from "astro";
import { placedAmongJson } from "../../../lib/payment-place.ts";
import { paymentGroupPaths } from "../../../site/site-data.ts";
import { jsonResponse } from "../../../site/json-response.ts";

/** A category's stated payments, where its decisions in subcategories of few payments are placed. */
export const getStaticPaths = (async () => (await paymentGroupPaths()).categories) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { group } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return jsonResponse(placedAmongJson(group));
};
