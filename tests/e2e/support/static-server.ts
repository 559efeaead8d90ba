import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServerOptions {
  /** The folder to serve (e.g. `dist`). */
  root: string;
  /** Where it is mounted, e.g. `/intranet/tools/atlas/`; must start and end with `/`. */
  prefix?: string;
  /** Headers added to every response (e.g. a Content-Security-Policy). */
  headers?: Readonly<Record<string, string>>;
  /** Extra pages served outside the prefix, by exact path (e.g. a host page for an iframe). */
  pages?: Readonly<Record<string, string>>;
  /** 127.0.0.1 unless told; `localhost` gives a second loopback origin on another port. */
  host?: string;
}

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The mounted folder's URL, ending with `/`. */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * A small static server for the end-to-end tests: serves a folder under any path prefix, like an
 * intranet web server would, with optional headers; nothing else (no SPA fallback, no rewriting).
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const prefix = options.prefix ?? '/';
  const host = options.host ?? '127.0.0.1';
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      requests.push(path);
      const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
        response.writeHead(status, { 'Content-Type': type, ...options.headers });
        response.end(body);
      };
      const page = options.pages?.[path];
      if (page !== undefined) return send(200, page, TYPES['.html']);
      // A directory without its slash: redirect, as web servers do, so relative URLs resolve.
      if (`${path}/` === prefix) {
        response.writeHead(301, { Location: `${prefix}${request.url?.slice(path.length) ?? ''}` });
        return response.end();
      }
      if (!path.startsWith(prefix)) return send(404, 'not found');
      const relative = normalize(path.slice(prefix.length) || '.');
      if (relative.startsWith('..')) return send(403, 'forbidden');
      let file = join(root, relative);
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        send(200, body, TYPES[extname(file)] ?? 'application/octet-stream');
      } catch {
        send(404, 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // The browser keeps connections alive; drop them so close() does not wait for it.
        server.closeAllConnections();
      }),
  };
}
