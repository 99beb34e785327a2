// The processes the WebDriver suite starts (static servers, drivers, Xvfb), each in a process
// group of its own so that stopping it also stops what it started (geckodriver's Firefox,
// WebKitWebDriver's MiniBrowser). Whatever is still running when the suite exits, however it
// exits (an error, Ctrl-C, a closed pipe), is stopped with it.
import { spawn } from 'node:child_process';

const running = new Set();

/** Starts a long-running child; its output is kept (the last 4 KB) to explain a failure. */
export function start(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env || process.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.extraStdio || [])],
    detached: true, // its own process group: see stop()
  });
  child.log = '';
  const keep = (chunk) => {
    child.log = (child.log + chunk).slice(-4096);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.once('error', (e) => keep(`\n${command}: ${e.message}`));
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  running.add(child);
  child.exited.then(() => running.delete(child));
  return child;
}

function signal(child, sig) {
  try {
    process.kill(-child.pid, sig); // the whole group
  } catch {
    try {
      child.kill(sig);
    } catch {
      // already gone
    }
  }
}

/** Stops a child and its group: SIGTERM, then SIGKILL after 5 s. */
export async function stop(child) {
  if (!child || !running.has(child)) return;
  signal(child, 'SIGTERM');
  const timer = setTimeout(() => signal(child, 'SIGKILL'), 5000);
  await child.exited;
  clearTimeout(timer);
}

function stopAllNow() {
  for (const child of running) signal(child, 'SIGTERM');
}

process.on('exit', stopAllNow);
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => process.exit(code));
}
// Output piped into a reader that has gone (`| head`): stop quietly, and stop the children.
process.stdout.on('error', () => process.exit(1));
