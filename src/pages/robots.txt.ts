import type { APIRoute } from "astro";
import { siteBase } from "../site/urls.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("sitemap-index.xml", siteBase(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
