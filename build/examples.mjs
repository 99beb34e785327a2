// Runs one of the crate's native examples (build/texts.rs, build/entry.rs, build/pictures.rs),
// which write what the page loads or shows from the same Rust code as the page: natively,
// without the wasm-only settings build/trunk.sh sets for the page's own build.
import { spawnSync } from 'node:child_process';

export function runExample(name, args = [], { features = [], release = false } = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('CARGO_UNSTABLE_') || key.startsWith('CARGO_TARGET_WASM32') || key === 'CARGO_TARGET_DIR' || key === 'RUSTC_BOOTSTRAP') {
      delete env[key];
    }
  }
  const run = spawnSync(
    'cargo',
    ['run', '--quiet', ...(release ? ['--release'] : []), ...(features.length ? ['--features', features.join(',')] : []), '--example', name, '--', ...args],
    { env, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`postbuild: cargo run --example ${name} failed (${run.status})`);
}
