// npm test: the whole suite. API tests on the local PostgreSQL server (when one answers on
// 127.0.0.1:5432) and again on the embedded database, then browser tests in Chromium and the
// process tests against the production build.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';

const only = process.argv.slice(2);
const want = (stage) => only.length === 0 || only.includes(stage);

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `=== ${name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function serverAnswers() {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port: 5432 });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
if (want('api')) {
  if (await serverAnswers())
    run('libs + API on PostgreSQL server', 'node', vitest, { TEST_DB: 'pg' });
  else console.log('No PostgreSQL on 127.0.0.1:5432: API tests run on the embedded database only.');
}
if (want('embedded'))
  run('API on embedded PostgreSQL (PGlite)', 'node', [...vitest, 'test/api'], {
    TEST_DB: 'embedded',
  });
if (want('browser')) {
  run('build admin', 'npm', ['run', 'build:admin']);
  run('browser (Chromium)', 'node', [...vitest, '--config', 'test/browser/vitest.config.mts']);
}
if (want('process')) {
  run('build API', 'npm', ['run', 'build:api']);
  run('process (production build)', 'node', [
    ...vitest,
    '--config',
    'test/process/vitest.config.mts',
  ]);
}
