// Load generator, run as its own process by run.mjs: reads one scenario as JSON (argv[2]),
// runs autocannon (warm-up, then the measured run) and prints the result as one JSON line.
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';

const s = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const headers = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  ...s.headers,
};

/** A queue of work items (articles) so no two connections touch the same one at once. */
const queue = [...(s.items ?? [])];
let counter = 0;

function requests() {
  if (s.kind === 'paths') {
    return [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: s.paths[counter++ % s.paths.length] }),
      },
    ];
  }
  if (s.kind === 'patch') {
    return [
      {
        method: 'PATCH',
        setupRequest: (req, ctx) => {
          const it = queue.shift();
          if (!it) return req;
          ctx.it = it;
          const n = ++counter;
          const body = s.bodies[n % s.bodies.length];
          return {
            ...req,
            path: `/api/articles/${it.id}`,
            headers: {
              ...req.headers,
              'content-type': 'application/json',
              'if-match': `"${it.version}"`,
            },
            body: JSON.stringify({ lead: `${s.lead} (lần sửa ${n})`, body }),
          };
        },
        onResponse: (status, body, ctx, hdrs) => {
          const it = ctx.it;
          if (!it) return;
          const name = Object.keys(hdrs ?? {}).find((k) => k.toLowerCase() === 'etag');
          const etag = /^"(\d+)"$/.exec(name ? String(hdrs[name]) : '');
          if (etag) it.version = Number(etag[1]);
          else if (status === 409) {
            try {
              const v = JSON.parse(body).currentVersion ?? JSON.parse(body).version;
              if (v) it.version = v;
            } catch {}
          }
          queue.push(it);
          ctx.it = null;
        },
      },
    ];
  }
  if (s.kind === 'transition') {
    return [
      {
        method: 'POST',
        setupRequest: (req, ctx) => {
          const it = queue.shift();
          if (!it) return req;
          ctx.it = it;
          return {
            ...req,
            path: `/api/articles/${it.id}/transitions`,
            headers: { ...req.headers, 'content-type': 'application/json' },
            body: JSON.stringify({ action: it.state === 'draft' ? 'submit' : 'withdraw' }),
          };
        },
        onResponse: (status, body, ctx) => {
          const it = ctx.it;
          if (!it) return;
          try {
            const st = JSON.parse(body).state;
            if (st) it.state = st;
          } catch {}
          queue.push(it);
          ctx.it = null;
        },
      },
    ];
  }
  throw new Error(`unknown kind ${s.kind}`);
}

const lat = [];
const samples = {};
/** Keeps the first few bodies of each non-2xx status, to say what went wrong. */
function sample(status, body) {
  if (status >= 200 && status < 300) return;
  const list = (samples[status] ??= []);
  if (list.length < 3) list.push(String(body).slice(0, 300));
}
function withSampling(reqs) {
  return reqs.map((r) => {
    const inner = r.onResponse;
    return {
      ...r,
      onResponse: (status, body, ctx, hdrs) => {
        sample(status, body);
        inner?.(status, body, ctx, hdrs);
      },
    };
  });
}
function run(duration, record) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: s.url,
        connections: s.connections,
        duration,
        headers,
        requests: withSampling(requests()),
        timeout: 30,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (record) inst.on('response', (_c, _code, _bytes, ms) => lat.push(ms));
  });
}

const pct = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : null;

if (s.warmup > 0) await run(s.warmup, false);
const r = await run(s.duration, true);
lat.sort((a, b) => a - b);
const r2 = (x) => (x === null ? null : Math.round(x * 100) / 100);
const out = {
  requests: r.requests.total,
  rps: r.requests.average,
  latency: {
    p50: r2(pct(lat, 50)),
    p95: r2(pct(lat, 95)),
    p99: r2(pct(lat, 99)),
    mean: r2(lat.reduce((a, b) => a + b, 0) / (lat.length || 1)),
  },
  autocannonLatency: {
    p50: r.latency.p50,
    p90: r.latency.p90,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
    mean: r.latency.average,
  },
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  statusCodes: r.statusCodeStats,
  nonOkSamples: samples,
  throughputBytes: r.throughput.average,
  duration: r.duration,
};
process.stdout.write(JSON.stringify(out) + '\n');
