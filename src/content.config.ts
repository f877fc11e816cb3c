import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import path from "node:path";
import { decisionSchema } from "./lib/decision/schema.ts";
import { validateDecisionText } from "./lib/validate-decision-file.ts";
import { decisionsDir, listDecisionFiles, readDecisionSource } from "./site/decision-files.ts";

/**
 * One entry per decisions/<slug>.md: the validated record only, never the rendered body. Astro
 * serialises the whole store into one string and compiles it into a module, so bodies in it cost
 * gigabytes at 10,000 decisions and past V8's longest string at 50,000; each decision page reads
 * and renders its own file (entry.filePath) instead. Files whose text is unchanged since the
 * last build keep their stored entry (the digest is the file's text).
 */
function decisionLoader(): Loader {
  return {
    name: "decision-loader",
    async load({ store, parseData, generateDigest, logger }) {
      const dir = decisionsDir();
      const files = await listDecisionFiles(dir);
      const seen = new Set<string>();
      let parsed = 0;
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
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          const { decision } = validateDecisionText(shown, text);
          const data = await parseData({ id, data: decision, filePath: relative });
          store.set({ id, data, digest, filePath: relative });
          parsed++;
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${files.length} decisions from ${path.relative(process.cwd(), dir) || "."} (${parsed} new or changed)`);
    },
  };
}

export const collections = {
  decisions: defineCollection({ loader: decisionLoader(), schema: decisionSchema }),
};
