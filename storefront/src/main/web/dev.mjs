// Development server: serves the built app (npm run build) on 127.0.0.1:5173 and passes the API
// paths through to the gateway, streaming responses so server-sent events arrive as they are sent.
import { createServer, request as forward } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.STOREFRONT_OUT ?? join(here, '../../../target/classes/META-INF/resources');
const gateway = new URL(process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080');
const port = Number(process.env.PORT ?? 5173);
const PASSED = ['/api/', '/oauth2/', '/login/', '/v3/', '/.well-known/', '/actuator/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };

function proxy(req, res) {
  // Served by the gateway the app is same-origin; here it is not, and the gateway's CORS check
  // would refuse the browser's Origin, so the proxy presents the request as the gateway's own.
  const headers = { ...req.headers, host: gateway.host };
  if (headers.origin) headers.origin = gateway.origin;
  const upstream = forward({
    hostname: gateway.hostname, port: gateway.port, method: req.method, path: req.url,
    headers,
  }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) { res.destroy(); return; }
    res.writeHead(503, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ title: 'Gateway unavailable', status: 503, detail: `${gateway.origin} did not answer.` }));
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}

async function serve(req, res) {
  const path = new URL(req.url, 'http://localhost').pathname;
  const file = path === '/' || path === '/oauth2/redirect' ? 'index.html' : normalize(path).replace(/^(\.\.[/\\])+/, '').slice(1);
  const full = join(root, file);
  try {
    if (!full.startsWith(root) || !(await stat(full)).isFile()) throw new Error('not a file');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(full)] ?? 'application/octet-stream',
      'Cache-Control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(full).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  }
}

createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path !== '/oauth2/redirect' && PASSED.some((p) => path.startsWith(p))) proxy(req, res);
  else serve(req, res);
}).listen(port, '127.0.0.1', () => console.log(`storefront on http://127.0.0.1:${port}, API from ${gateway.origin}`));
