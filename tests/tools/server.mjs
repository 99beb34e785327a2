// A build served for a measurement: build/serve.mjs (brotli and gzip as a site would serve
// them) on a free port of 127.0.0.1, for bench.mjs and profile.mjs.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Serves `dir`; resolves to `{ child, url }` once the server listens. */
export function startServer(dir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'build/serve.mjs'), dir, '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)\//.exec(buf);
      if (m) resolvePromise({ child, url: m[1] });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
  });
}
