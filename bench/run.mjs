// npm run bench [-- --articles 100000 --duration 10 --connections 20 --million --keep]
// Fresh database, fast seed, the production build under autocannon (separate process), the bare
// node:http + pg ceiling in the same run, query plans, and bench/RESULTS.md. See bench/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { BENCH_PASSWORD, appLibs, seed } from './seed.mjs';
import { explainAll, growToMillion } from './plans.mjs';
import { summariseProfile } from './profile.mjs';
import { targets, writeResults } from './report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench/out');
const require = createRequire(import.meta.url);
/** Seconds of load on a profiled API process (1 s warm-up included). */
const PROFILE_LOAD_SECONDS = 6;

function parseArgs(argv) {
  const o = {
    articles: 100_000,
    duration: 10,
    warmup: 3,
    connections: 20,
    million: false,
    keep: false,
    build: true,
    profile: true,
    media: false,
    publicSearch: true,
    pgUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432',
    port: 3900 + Math.floor(Math.random() * 90),
    db: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--articles') o.articles = Number(next());
    else if (a === '--duration') o.duration = Number(next());
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--connections') o.connections = Number(next());
    else if (a === '--million') o.million = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--no-public-search') o.publicSearch = false;
    else if (a === '--media') o.media = true;
    else if (a === '--pg') o.pgUrl = next();
    else if (a === '--port') o.port = Number(next());
    else if (a === '--db') o.db = next();
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(resolve(ROOT, 'bench/README.md'), 'utf8'));
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see bench/README.md)`);
  }
  return o;
}

const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, hwmMb: NaN };
  }
}

/** Resets the peak RSS (VmHWM) of a process, so each scenario has its own peak. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function startApi(o, dbUrl, { profileDir } = {}) {
  const args = [];
  if (profileDir) args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  args.push(o.entry ?? resolve(ROOT, 'dist/api/apps/api/src/main.js'));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      PORT: String(o.port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      ADMIN_EMAIL: 'admin1@bench.toasoan.test',
      ADMIN_PASSWORD: BENCH_PASSWORD,
      DATA_DIR: resolve(OUT, 'data'),
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123456789',
      LOG_REQUESTS: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.output = () => output;
  return child;
}

async function waitReady(base, child, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${child.output()}`);
    try {
      const r = await fetch(`${base}/health/ready`);
      if (r.ok) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`API not ready after ${seconds}s:\n${child.output()}`);
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([done, sleep(20_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function login(base, email) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${email}: ${r.status} ${await r.text()}`);
  const body = await r.json();
  const cookie = (r.headers.getSetCookie?.() ?? [r.headers.get('set-cookie')])
    .filter(Boolean)
    .map((c) => c.split(';')[0])
    .join('; ');
  const t = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      'x-csrf-token': body.csrfToken ?? '',
    },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (!t.ok) throw new Error(`token: ${t.status} ${await t.text()}`);
  return (await t.json()).token;
}

/** Scenarios can be large (article bodies for saves): handed over as a file, not argv. */
function scenarioFile(scenario) {
  const file = resolve(OUT, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

function runLoad(scenario) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      [resolve(ROOT, 'bench/load.mjs'), scenarioFile(scenario)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load process exited ${code}`));
      try {
        resolveRun(JSON.parse(out.trim().split('\n').pop()));
      } catch (e) {
        reject(e);
      }
    });
  });
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return 'n/a';
  }
}

/** Sample data for the scenarios, read from the seeded database. */
async function samples(client, libs) {
  const pub = (
    await client.query(
      `SELECT p.slug, p.number, s.slug AS section_slug FROM published_articles p
       LEFT JOIN sections s ON s.id = p.section_id ORDER BY random() LIMIT 1000`,
    )
  ).rows;
  const sections = (await client.query(`SELECT id, slug FROM sections ORDER BY position`)).rows;
  const drafts = (
    await client.query(
      `SELECT id, version FROM articles WHERE state = 'draft' ORDER BY random() LIMIT 4000`,
    )
  ).rows;
  const bodies = (
    await client.query(`SELECT body FROM articles WHERE state = 'draft' LIMIT 4`)
  ).rows.map((r) => r.body);
  const searchTerms = [
    'dien bien phu',
    'da nang',
    'lang son',
    'ca mau',
    'le hoi hoa ban',
    'cay mac ca',
    'nuoc sach',
    'chuyen doi so',
  ];
  void libs;
  return { pub, sections, drafts, bodies, searchTerms };
}

function scenarios(o, base, ceilingBase, token, s) {
  const common = { connections: o.connections, duration: o.duration, warmup: o.warmup };
  const auth = { authorization: `Bearer ${token}` };
  const states = ['published', 'draft', 'in_review'];
  const list = [];
  for (const st of states) {
    for (const sec of s.sections)
      list.push(`/api/articles?state=${st}&sectionId=${sec.id}&limit=20`);
  }
  const search = s.searchTerms.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`);
  const publicSearch = s.searchTerms.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
  const half = s.drafts.length / 2;
  return {
    ceiling: {
      name: 'ceiling: bare node:http + pg, article by slug (JSON)',
      kind: 'paths',
      url: ceilingBase,
      paths: s.pub.map((p) => `/articles/${p.slug}`),
      read: true,
      ...common,
    },
    publicJson: {
      name: 'public article JSON  GET /api/public/articles/:slug',
      kind: 'paths',
      url: base,
      paths: s.pub.map((p) => `/api/public/articles/${p.slug}`),
      read: true,
      ...common,
    },
    publicHtml: {
      name: 'public article HTML  GET /{section}/{slug}-{number}.html',
      kind: 'paths',
      url: base,
      paths: s.pub.map((p) => `/${p.section_slug}/${p.slug}-${p.number}.html`),
      read: true,
      ...common,
    },
    home: {
      name: 'home page  GET /',
      kind: 'paths',
      url: base,
      paths: ['/'],
      read: true,
      ...common,
    },
    editorialList: {
      name: 'editorial list  GET /api/articles?state=&sectionId=',
      kind: 'paths',
      url: base,
      paths: list,
      headers: auth,
      read: true,
      ...common,
    },
    search: {
      name: 'editorial search  GET /api/articles?q= (no diacritics)',
      kind: 'paths',
      url: base,
      paths: search,
      headers: auth,
      read: true,
      ...common,
    },
    publicSearch: {
      name: 'public search page  GET /tim-kiem?q= (no diacritics)',
      kind: 'paths',
      url: base,
      paths: publicSearch,
      read: true,
      ...common,
    },
    save: {
      name: 'PATCH save (revision + audit event)  PATCH /api/articles/:id',
      kind: 'patch',
      url: base,
      headers: auth,
      items: s.drafts.slice(0, half),
      bodies: s.bodies,
      lead: 'ĐBP - Bản sửa của biên tập viên',
      ...common,
    },
    transition: {
      name: 'transition submit/withdraw  POST /api/articles/:id/transitions',
      kind: 'transition',
      url: base,
      headers: auth,
      items: s.drafts.slice(half).map((d) => ({ id: d.id, state: 'draft' })),
      ...common,
    },
  };
}

/** Cancels the app's statements still running in the bench database (after a timed-out scenario). */
async function cancelRunning(db) {
  if (!db) return 0;
  const { rows } = await db.query(
    `SELECT count(pg_cancel_backend(pid))::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
  );
  return rows[0].n;
}

async function measure(list, apiPid, results, label, db) {
  for (const [key, sc] of list) {
    if (apiPid) resetPeak(apiPid);
    log(`${label}: ${sc.name}`);
    const before = apiPid ? procStatus(apiPid) : null;
    const r = await runLoad(sc);
    const after = apiPid ? procStatus(apiPid) : null;
    results.push({
      key,
      label,
      name: sc.name,
      ...r,
      rssMb: after?.rssMb ?? null,
      peakRssMb: after?.hwmMb ?? null,
      rssBeforeMb: before?.rssMb ?? null,
    });
    log(
      `  ${Math.round(r.rps)} req/s  p50 ${r.latency.p50} ms  p95 ${r.latency.p95} ms  p99 ${r.latency.p99} ms  non2xx ${r.non2xx}  errors ${r.errors}  peak RSS ${after ? after.hwmMb.toFixed(0) : '-'} MB`,
    );
    if (r.timeouts > 0 || r.requests === 0) {
      const n = await cancelRunning(db);
      if (n) log(`  cancelled ${n} statements still running`);
      results[results.length - 1].cancelledAfter = n;
    }
    await sleep(1000);
  }
}

/** --report-only: re-render RESULTS.md from bench/out/results.json (same run, no new measurement). */
function reportOnly() {
  const run = JSON.parse(readFileSync(resolve(OUT, 'results.json'), 'utf8'));
  for (const pr of run.profiles ?? []) {
    const dir = resolve(OUT, 'profile', pr.key);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
    if (files.length) {
      Object.assign(pr, summariseProfile(resolve(dir, files[0]), 25, PROFILE_LOAD_SECONDS));
    }
  }
  writeFileSync(resolve(OUT, 'results.json'), JSON.stringify(run, null, 2));
  writeResults(run, resolve(ROOT, 'bench/RESULTS.md'));
  log('re-rendered bench/RESULTS.md from bench/out/results.json');
}

async function main() {
  if (process.argv.includes('--report-only')) return reportOnly();
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const loadStart = os.loadavg();
  const uptimeStart = execFileSync('uptime').toString().trim();
  const run = {
    options: o,
    started: started.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      uptimeStart,
      loadStart,
    },
    versions: {
      node: process.version,
      '@nestjs/core': packageVersion('@nestjs/core'),
      express: packageVersion('express'),
      pg: packageVersion('pg'),
      typeorm: packageVersion('typeorm'),
      autocannon: packageVersion('autocannon'),
      react: packageVersion('react'),
    },
    results: [],
  };

  if (o.build) {
    log('building the API (npm run build:api)');
    try {
      execFileSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
    } catch {
      // tsc still emits on type errors; go on with what it wrote, and say so.
      run.notes = [
        ...(run.notes ?? []),
        '`npm run build:api` reported errors (see the run log); the benchmark used the JavaScript it emitted.',
      ];
      log('build reported errors; continuing with the emitted dist/');
    }
  }
  if (!existsSync(resolve(ROOT, 'dist/api/apps/api/src/main.js'))) {
    throw new Error('no production build: run npm run build:api');
  }
  const libs = appLibs();

  const dbName =
    o.db ?? `toasoan_bench_${started.toISOString().replace(/[-:T]/g, '').slice(0, 14)}`;
  const dbUrl = `${o.pgUrl.replace(/\/$/, '')}/${dbName}`;
  const admin = new pg.Client({ connectionString: `${o.pgUrl.replace(/\/$/, '')}/postgres` });
  admin.on('error', () => undefined);
  await admin.connect();
  run.versions.postgres = (await admin.query('SHOW server_version')).rows[0].server_version;
  run.pgSettings = {};
  for (const k of [
    'shared_buffers',
    'work_mem',
    'effective_cache_size',
    'max_connections',
    'jit',
    'autovacuum',
    'synchronous_commit',
  ]) {
    run.pgSettings[k] = (await admin.query(`SHOW ${k}`)).rows[0][k];
  }
  log(`creating database ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  run.database = dbName;

  let api = null;
  let ceiling = null;
  let ceilingPort = 0;
  let db = null;
  let failure = null;
  const psc_name = (key) =>
    scenarios(o, '', '', '', { pub: [], sections: [], drafts: [], bodies: [], searchTerms: [] })[
      key
    ].name;
  const base = `http://127.0.0.1:${o.port}`;
  try {
    // First start: the app migrates the empty database and creates the ADMIN_EMAIL admin.
    log('first start: migrations');
    let t = performance.now();
    api = startApi(o, dbUrl);
    try {
      await waitReady(base, api);
    } catch (e) {
      if (!/ERR_MODULE_NOT_FOUND|Cannot find module/.test(String(e.message))) throw e;
      const why = /Error[^\n]*/.exec(api.output())?.[0] ?? String(e.message).slice(0, 200);
      run.notes = [
        ...(run.notes ?? []),
        `dist/api/apps/api/src/main.js does not start (${why}); the bench started the same compiled app through bench/api-main.cjs (loadConfig + createApp, as main.js does).`,
      ];
      log('main.js does not start; using bench/api-main.cjs');
      o.entry = resolve(ROOT, 'bench/api-main.cjs');
      t = performance.now();
      api = startApi(o, dbUrl);
      await waitReady(base, api);
    }
    run.migrateMs = Math.round(performance.now() - t);
    await stop(api);

    log(`seeding ${o.articles} articles`);
    const seeded = await seed({ url: dbUrl, articles: o.articles, log });
    run.seed = { timings: seeded.timings, counts: seeded.counts };
    log(`seeded in ${(seeded.timings.total_ms / 1000).toFixed(1)} s`, seeded.counts);

    db = new pg.Client({ connectionString: dbUrl });
    db.on('error', () => undefined);
    await db.connect();
    run.sizes = (
      await db.query(
        `SELECT relname AS table, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
         FROM pg_class c WHERE relname IN ('articles','published_articles','revisions','audit_events','article_transitions')
         ORDER BY pg_total_relation_size(c.oid) DESC`,
      )
    ).rows;
    const s = await samples(db, libs);

    log('starting the production build');
    api = startApi(o, dbUrl);
    await waitReady(base, api);
    run.apiIdle = procStatus(api.pid);
    run.peakResetWorks = resetPeak(api.pid);
    const token = await login(base, 'editor1@bench.toasoan.test');

    ceilingPort = o.port + 100;
    ceiling = spawn(process.execPath, [resolve(ROOT, 'bench/ceiling.mjs')], {
      env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(ceilingPort) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((r) => ceiling.stdout.once('data', r));
    const sc = scenarios(o, base, `http://127.0.0.1:${ceilingPort}`, token, s);

    const order = [
      'ceiling',
      'publicJson',
      'publicHtml',
      'home',
      'editorialList',
      'search',
      'save',
      'transition',
    ];
    if (o.publicSearch) order.push('publicSearch');
    await measure(
      order.map((k) => [k, sc[k]]),
      api.pid,
      run.results,
      `${o.articles}`,
      db,
    );
    // the ceiling has no API RSS
    const c = run.results.find((r) => r.key === 'ceiling');
    if (c) {
      c.peakRssMb = null;
      c.rssMb = null;
      c.ceilingRssMb = procStatus(ceiling.pid).hwmMb;
    }

    log('query plans at', o.articles);
    run.plans = [await explainAll(db, dbUrl, o.articles, s, OUT)];

    // A missed target: profile that scenario alone on a fresh, profiled API process.
    if (o.profile) {
      const missed = targets(run)
        .filter((t) => t.pass === false)
        .map((t) => t.key);
      if (missed.length) {
        await stop(api);
        api = null;
        run.profiles = [];
        for (const key of missed) {
          const dir = resolve(OUT, 'profile', key);
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir, { recursive: true });
          log(`profiling ${key}`);
          const papi = startApi(o, dbUrl, { profileDir: dir });
          try {
            await waitReady(base, papi);
            const ptoken = await login(base, 'editor1@bench.toasoan.test');
            const psc = scenarios(o, base, `http://127.0.0.1:${ceilingPort}`, ptoken, s)[key];
            if (key === 'save' || key === 'transition') {
              // fresh versions: the measured run moved them on
              const ids = psc.items.map((i) => i.id);
              const cur = (
                await db.query(`SELECT id, version, state FROM articles WHERE id = ANY($1)`, [ids])
              ).rows;
              psc.items =
                key === 'save'
                  ? cur.map((r) => ({ id: r.id, version: r.version }))
                  : cur
                      .filter((r) => r.state === 'draft' || r.state === 'in_review')
                      .map((r) => ({ id: r.id, state: r.state }));
            }
            await runLoad({ ...psc, warmup: 1, duration: PROFILE_LOAD_SECONDS - 1 });
          } finally {
            await stop(papi);
          }
          const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
          if (files.length) {
            const summary = summariseProfile(resolve(dir, files[0]), 25, PROFILE_LOAD_SECONDS);
            run.profiles.push({ key, name: psc_name(key), ...summary });
          } else run.notes = [...(run.notes ?? []), `no CPU profile was written for ${key}`];
        }
        writeFileSync(resolve(OUT, 'profile-summary.json'), JSON.stringify(run.profiles, null, 2));
        api = startApi(o, dbUrl);
        await waitReady(base, api);
      }
    }

    if (o.media && existsSync(resolve(ROOT, 'bench/media.mjs'))) {
      log('media benchmark (bench/media.mjs)');
      try {
        const media = await import(resolve(ROOT, 'bench/media.mjs'));
        run.media = await media.run?.({
          base,
          token,
          dbUrl,
          out: OUT,
          connections: o.connections,
          duration: o.duration,
        });
      } catch (e) {
        run.media = { error: String(e) };
      }
    }

    if (o.million) {
      await stop(api);
      api = null;
      log('growing to 1,000,000 articles');
      run.million = await growToMillion(db, o.articles, log);
      log(`grown in ${(run.million.ms / 1000).toFixed(0)} s`);
      run.plans.push(await explainAll(db, dbUrl, 1_000_000, s, OUT));
      api = startApi(o, dbUrl);
      await waitReady(base, api);
      const token2 = await login(base, 'editor1@bench.toasoan.test');
      const sc2 = scenarios(o, base, `http://127.0.0.1:${ceilingPort}`, token2, s);
      await measure(
        ['ceiling', 'publicJson', 'editorialList', 'search'].map((k) => [k, sc2[k]]),
        api.pid,
        run.results,
        '1000000',
        db,
      );
      const c2 = run.results.find((r) => r.key === 'ceiling' && r.label === '1000000');
      if (c2) c2.peakRssMb = c2.rssMb = null;
    }
  } catch (e) {
    failure = e;
    console.error(e);
  } finally {
    await db?.end().catch(() => undefined);
    await stop(ceiling);
    await stop(api);
    run.loadEnd = os.loadavg();
    run.uptimeEnd = execFileSync('uptime').toString().trim();
    if (!o.keep) {
      log(`dropping ${dbName}`);
      await admin
        .query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
        .catch((e) => log(String(e)));
    } else log(`kept database ${dbName}`);
    await admin.end();
  }
  if (failure) {
    run.notes = [...(run.notes ?? []), `the run failed: ${String(failure.message ?? failure)}`];
  }
  run.finished = new Date().toISOString();
  writeFileSync(resolve(OUT, 'results.json'), JSON.stringify(run, null, 2));
  writeResults(run, resolve(ROOT, 'bench/RESULTS.md'));
  log('wrote bench/RESULTS.md and bench/out/results.json');
  if (failure) process.exit(1);
}

void require;
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
