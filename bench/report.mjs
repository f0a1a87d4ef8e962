// Writes bench/RESULTS.md from one run's results.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const n0 = (x) =>
  x === null || x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US');
const n1 = (x) =>
  x === null || x === undefined || Number.isNaN(x) ? '–' : (Math.round(x * 10) / 10).toString();
const READS = ['publicJson', 'publicHtml', 'home', 'editorialList', 'search', 'publicSearch'];

/** Pass/miss of the issue-7 targets, from the results. */
export function targets(run) {
  const at = (label, key) => run.results.find((r) => r.label === label && r.key === key);
  const base = String(run.options.articles);
  const ceiling = at(base, 'ceiling');
  const out = [];
  for (const key of ['publicJson', 'publicHtml']) {
    const r = at(base, key);
    if (!r || !ceiling) continue;
    const ratio = r.rps / ceiling.rps;
    const clean = r.non2xx === 0 && r.errors === 0;
    out.push({
      key,
      target: `${r.name}: ≥ 50% of the ceiling's req/s and p99 < 25 ms at ${run.options.connections} connections`,
      measured: `${Math.round(ratio * 100)}% of ceiling (${n0(r.rps)} vs ${n0(ceiling.rps)} req/s), p99 ${n1(r.latency.p99)} ms${clean ? '' : `, non-2xx ${r.non2xx}, errors ${r.errors}`}`,
      pass: ratio >= 0.5 && r.latency.p99 < 25 && clean,
    });
  }
  for (const key of ['editorialList', 'search']) {
    const m = at('1000000', key);
    const r = m ?? at(base, key);
    if (!r) continue;
    out.push({
      key,
      target: `${r.name}: p95 < 50 ms at 1,000,000 articles`,
      measured: m
        ? m.requests > 0
          ? `p95 ${n1(m.latency.p95)} ms at 1,000,000 (${n0(m.rps)} req/s)`
          : `no response within the ${run.options.duration} s run at 1,000,000 (every query took longer; ${m.cancelledAfter ?? 0} statements cancelled afterwards)`
        : `not run at 1,000,000 (use --million); p95 ${n1(r.latency.p95)} ms at ${n0(run.options.articles)}`,
      pass: m
        ? m.requests > 0 &&
          m.latency.p95 !== null &&
          m.latency.p95 < 50 &&
          m.non2xx === 0 &&
          m.errors === 0
        : null,
    });
  }
  const save = at(base, 'save');
  if (save) {
    out.push({
      key: 'save',
      target: '≥ 300 saves per second, each with its revision and audit event',
      measured: `${n0(save.rps)} saves/s (2xx only: ${n0(((save.requests - save.non2xx) / save.requests) * save.rps)}/s), p99 ${n1(save.latency.p99)} ms`,
      pass: save.rps >= 300 && save.non2xx === 0 && save.errors === 0,
    });
  }
  return out;
}

export function writeResults(run, file) {
  const o = run.options;
  const L = [];
  const p = (s = '') => L.push(s);
  p('# Benchmark results');
  p();
  p(
    `Written by \`npm run bench\` (bench/run.mjs) on ${run.finished ?? run.started}. Raw figures: \`bench/out/results.json\`; query plans: \`bench/out/plans-*.md\`.`,
  );
  p(
    `Options: ${o.articles.toLocaleString('en-US')} articles, ${o.connections} connections, ${o.warmup} s warm-up then ${o.duration} s per scenario${o.million ? ', --million' : ''}.`,
  );
  p();
  p('## Machine');
  p();
  p(`- CPU: ${run.machine.cpuModel}, ${run.machine.cpus} cores`);
  p(`- Memory: ${run.machine.memoryGb} GB`);
  p(`- OS: ${run.machine.platform}`);
  p(`- Load at start: \`${run.machine.uptimeStart}\``);
  p(`- Load at end: \`${run.uptimeEnd ?? '–'}\``);
  p(
    '- The machine is shared: other sessions were building and running tests during this run, so absolute figures are pessimistic; the ratios to the ceiling (measured minutes apart in the same run) are the fairer comparison.',
  );
  p('- Load generator (autocannon), API, ceiling and PostgreSQL all run on these same cores.');
  p();
  p('## Versions');
  p();
  p(
    `- ${Object.entries(run.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  p(
    `- PostgreSQL settings: ${Object.entries(run.pgSettings ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')} (server settings, untouched by the bench)`,
  );
  p();
  p('## Seeding');
  p();
  if (run.seed) {
    const t = run.seed.timings;
    const c = run.seed.counts;
    p(
      `${n0(c.articles)} articles (${n0(c.published)} published) over 12 sections, ${n0(c.revisions)} revisions, ${n0(c.transitions)} workflow transitions, ${n0(c.audit_events)} audit events (chained by the trigger), 15 users (5 per role). Bodies: tiptap JSON, ~800 words of generated Vietnamese from our own word lists; body_html and search_text checked against the app's renderer and fold on a sample before seeding.`,
    );
    p();
    p('| step | time |');
    p('| --- | --- |');
    p(`| migrations (first start of the build) | ${n1(run.migrateMs / 1000)} s |`);
    p(`| users, sections | ${n1(t.users_sections_ms / 1000)} s |`);
    p(`| COPY articles, published snapshots, revisions, transitions | ${n1(t.copy_ms / 1000)} s |`);
    p(
      `| audit events (batched INSERTs through the hash-chain trigger) | ${n1(t.audit_ms / 1000)} s |`,
    );
    p(`| rebuild plain indexes (dropped for the load) | ${n1(t.indexes_ms / 1000)} s |`);
    p(`| VACUUM ANALYZE | ${n1(t.vacuum_analyze_ms / 1000)} s |`);
    p(`| **total seeding** | **${n1(t.total_ms / 1000)} s** |`);
    p();
    if (run.sizes) p(`Sizes: ${run.sizes.map((s) => `${s.table} ${s.size}`).join(', ')}.`);
    p();
  }
  if (run.million) {
    p(
      `--million: grown to ${n0(run.million.articles)} articles (${n0(run.million.published)} published) in ${n1(run.million.ms / 1000)} s (index rebuild ${n1(run.million.indexMs / 1000)} s).`,
    );
    p();
  }
  p('## Throughput and latency');
  p();
  p(
    `API idle RSS after start: ${n0(run.apiIdle?.rssMb)} MB. "Peak RSS" is VmHWM of the API process from /proc/<pid>/status${run.peakResetWorks ? ", reset before each scenario (clear_refs), so it is that scenario's peak" : ' (cumulative: the kernel did not allow resetting it)'}.`,
  );
  p();
  p(
    '| articles | scenario | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | API peak RSS MB | ratio to ceiling |',
  );
  p('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of run.results) {
    const ceiling = run.results.find((c) => c.key === 'ceiling' && c.label === r.label);
    const ratio =
      READS.includes(r.key) && ceiling
        ? `${Math.round((r.rps / ceiling.rps) * 1000) / 10}%`
        : r.key === 'ceiling'
          ? '100%'
          : '–';
    p(
      `| ${Number(r.label).toLocaleString('en-US')} | ${r.name} | ${n0(r.rps)} | ${n1(r.latency.p50)} | ${n1(r.latency.p95)} | ${n1(r.latency.p99)} | ${r.non2xx} | ${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''} | ${r.key === 'ceiling' ? `(ceiling ${n0(r.ceilingRssMb)})` : n0(r.peakRssMb)} | ${ratio} |`,
    );
  }
  p();
  p(
    'Status codes per scenario are in results.json. Latency percentiles are computed from every response of the measured run (warm-up excluded).',
  );
  p();
  p('## Targets (issue 7)');
  p();
  p('| target | measured | result |');
  p('| --- | --- | --- |');
  for (const t of targets(run))
    p(
      `| ${t.target} | ${t.measured} | ${t.pass === null ? 'not measured' : t.pass ? '**pass**' : '**MISS**'} |`,
    );
  p();
  p('## Query plans (EXPLAIN (ANALYZE, BUFFERS))');
  p();
  p(
    "The SQL is captured from the production build's own ArticleListing and PublicRepository classes, so it is exactly what the app sends.",
  );
  p();
  for (const set of run.plans ?? []) {
    p(`### ${set.articles.toLocaleString('en-US')} articles (\`${set.file}\`)`);
    p();
    p('| query | execution ms | indexes used | seq scans |');
    p('| --- | ---: | --- | --- |');
    for (const q of set.queries)
      p(
        `| ${q.name} | ${q.timedOut ? '> 120,000 (cancelled)' : n1(q.executionMs)} | ${q.indexes.join(', ') || '–'} | ${q.seqScans.join(', ') || '–'} |`,
      );
    p();
  }
  if (run.profiles?.length) {
    p('## Where the time goes (node --cpu-prof on the API process)');
    p();
    p(
      'Profiled in separate short runs after the measurements (profiling slows the process, so the measured figures above are unprofiled). Self time as a share of the busy (non-idle) main-thread time.',
    );
    p();
    for (const pr of run.profiles) {
      p(`### ${pr.name}`);
      p();
      p(
        `main thread busy ${n0(pr.busyMs)} ms of ${n0(pr.totalMs)} ms sampled${pr.windowSeconds ? ` (the last ${pr.windowSeconds} s: the load only, start-up excluded)` : ''}; the rest is idle, i.e. waiting for PostgreSQL or the network.`,
      );
      p();
      p('| area | share of busy |');
      p('| --- | ---: |');
      for (const a of pr.byArea.slice(0, 12)) p(`| ${a.name} | ${a.pctOfBusy}% |`);
      p();
      p('| function (self time) | share of busy |');
      p('| --- | ---: |');
      for (const f of pr.byFunction.slice(0, 12)) p(`| \`${f.name}\` | ${f.pctOfBusy}% |`);
      p();
    }
  }
  const findings = resolve(import.meta.dirname, 'FINDINGS.md');
  if (existsSync(findings)) {
    p("## Findings (hand-written from this run's plans and profiles: bench/FINDINGS.md)");
    p();
    p(
      readFileSync(findings, 'utf8')
        .replace(/^# .*\n+/, '')
        .trim(),
    );
    p();
  }
  if (run.notes?.length) {
    p('## Notes');
    p();
    for (const n of run.notes) p(`- ${n}`);
    p();
  }
  writeFileSync(file, L.join('\n'));
}
