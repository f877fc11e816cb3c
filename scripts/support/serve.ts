// The one static file server for a built site, for the browser tests and the benchmark: directory
// index.html, 404.html, no caching; optionally the site under a base path, and gzip as a static host
// sends text (Pagefind's index files are compressed already and go as they are).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

export interface ServeOptions {
  port?: number;
  /** The path the site is served under, as built with BASE_PATH ("/casebook/"); "/" by default. */
  base?: string;
  /** Compress text responses when the browser accepts gzip. */
  gzip?: boolean;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Called as a request arrives, and with the bytes of its response once sent (for the benchmark). */
  onRequest?: (url: string) => void;
  onSent?: (url: string, bytes: number) => void;
}

export async function serve(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? "/";
  const send = (res: ServerResponse, status: number, type: string, body: Buffer, gzip: boolean) => {
    const compress = gzip && /^(text|application\/(json|xml))/.test(type);
    const sent = compress ? gzipSync(body) : body;
    res.writeHead(status, {
      "Content-Type": type,
      "Content-Length": sent.length,
      "Cache-Control": "no-store",
      ...(compress ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(sent);
    return sent.length;
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const accepts = options.gzip === true && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    started.onRequest?.(req.url ?? "");
    let bytes: number;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      if (!pathname.startsWith(base)) throw new Error("outside base");
      let file = path.join(root, path.normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, ""));
      if (!file.startsWith(root)) throw new Error("outside root");
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      bytes = send(res, 200, TYPES[path.extname(file)] ?? "application/octet-stream", body, accepts);
    } catch {
      const body = await readFile(path.join(root, "404.html")).catch(() => Buffer.from("Not found"));
      bytes = send(res, 404, TYPES[".html"]!, body, accepts);
    }
    started.onSent?.(req.url ?? "", bytes);
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const started: StaticServer = {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, "")}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return started;
}

// `tsx scripts/support/serve.ts dist 4321` serves a directory from the command line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? "dist");
  serve(root, { port: Number(process.argv[3] ?? 4321) }).then(
    (s) => console.log(`Serving ${root} at ${s.url}`),
    (error: Error) => {
      console.error(`serve: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
