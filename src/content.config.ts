import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import path from "node:path";
import { decisionSchema } from "./lib/decision/schema.ts";
import { RENDER_VERSION } from "./lib/render-body.ts";
import { decisionsDir, listDecisionFiles, loadDecisionText, readDecisionSource } from "./lib/load-decisions.ts";

/**
 * One entry per decisions/<slug>.md. Files whose text is unchanged since the last build keep
 * their stored entry (the digest is the file's text), so a rebuild of 10,000 decisions only
 * renders what changed.
 */
function decisionLoader(): Loader {
  return {
    name: "decision-loader",
    async load({ store, parseData, generateDigest, logger }) {
      const dir = decisionsDir();
      const files = await listDecisionFiles(dir);
      const seen = new Set<string>();
      let rendered = 0;
      const BATCH = 64;
      for (let i = 0; i < files.length; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const texts = await Promise.all(batch.map(readDecisionSource));
        for (const [j, file] of batch.entries()) {
          const text = texts[j]!;
          const id = path.basename(file, ".md");
          const relative = path.relative(process.cwd(), file);
          const shown = relative.startsWith("..") ? file : relative;
          seen.add(id);
          const digest = generateDigest(`${RENDER_VERSION}\n${text}`);
          if (store.get(id)?.digest === digest) continue;
          const { decision, body } = loadDecisionText(shown, text);
          const data = await parseData({ id, data: decision, filePath: relative });
          store.set({ id, data, digest, filePath: relative, rendered: { html: body.html, metadata: { headings: body.headings, anchors: body.anchors } } });
          rendered++;
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${files.length} decisions from ${path.relative(process.cwd(), dir) || "."} (${rendered} rendered)`);
    },
  };
}

export const collections = {
  decisions: defineCollection({ loader: decisionLoader(), schema: decisionSchema }),
};
