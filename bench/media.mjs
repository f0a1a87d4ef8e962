#!/usr/bin/env node
// Photo upload benchmark: N distinct 12-megapixel JPEGs (EXIF included) uploaded at once to a
// running server; reports seconds per upload and the server's peak RSS.
//
//   node bench/media.mjs --url http://127.0.0.1:3000 --token tsn_… [--n 20] [--width 4000]
//                        [--height 3000] [--pid <server pid>] [--json]
//
// The server's pid is found from the port (Linux /proc) unless --pid is given. Peak RSS is the
// highest VmRSS sampled every 50 ms during the run, and VmHWM (the process's lifetime peak).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const sharp = require('sharp');

function args() {
  const out = { url: 'http://127.0.0.1:3000', token: process.env.TOASOAN_TOKEN ?? '', n: 20 };
  Object.assign(out, { width: 4000, height: 3000, pid: null, json: false });
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const k = a[i].replace(/^--/, '');
    if (k === 'json') out.json = true;
    else if (['url', 'token'].includes(k)) out[k] = a[++i];
    else if (['n', 'width', 'height', 'pid'].includes(k)) out[k] = Number(a[++i]);
    else {
      console.error(`unknown option ${a[i]}`);
      process.exit(2);
    }
  }
  if (!out.token) {
    console.error('--token tsn_… (a personal API token of a user who may upload) is required');
    process.exit(2);
  }
  return out;
}

/** The pid of the process listening on this TCP port, from /proc (Linux). */
function pidOfPort(port) {
  const inodes = new Set();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '0A') continue; // LISTEN
      if (parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return Number(pid);
      } catch {
        /* gone */
      }
    }
  }
  return null;
}

function memory(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return null;
  }
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function photos(n, width, height) {
  // A smooth random scene (noise blown up), so JPEGs have a realistic size; each photo differs.
  const small = await sharp({
    create: {
      width: Math.ceil(width / 8),
      height: Math.ceil(height / 8),
      channels: 3,
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .raw()
    .toBuffer();
  const base = await sharp(small, {
    raw: { width: Math.ceil(width / 8), height: Math.ceil(height / 8), channels: 3 },
  })
    .resize(width, height)
    .raw()
    .toBuffer();
  const out = [];
  for (let i = 0; i < n; i++) {
    const px = Buffer.from(base);
    for (let j = 0; j < 3 * 4096; j++) px[(i * 7919 * 3 + j) % px.length] ^= (i + 1) & 0xff;
    out.push(
      await sharp(px, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 88 })
        .withMetadata({ orientation: 1 })
        .withExif({
          IFD0: { Make: 'Canon', Model: 'EOS R6', Artist: 'bench' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 0/1' },
        })
        .toBuffer(),
    );
  }
  return out;
}

async function main() {
  const o = args();
  const url = o.url.replace(/\/+$/, '');
  const pid = o.pid ?? pidOfPort(Number(new URL(url).port || 80));
  if (!pid) console.error('warning: server pid not found (pass --pid); RSS will not be reported');
  process.stderr.write(`generating ${o.n} photos of ${o.width}×${o.height}… `);
  const files = await photos(o.n, o.width, o.height);
  const avg = files.reduce((s, f) => s + f.length, 0) / files.length;
  process.stderr.write(`done (${mb(avg)} each)\n`);

  const before = pid ? memory(pid) : null;
  let peak = before?.rss ?? 0;
  const sampler = setInterval(() => {
    const m = pid ? memory(pid) : null;
    if (m && m.rss > peak) peak = m.rss;
  }, 50);

  const started = performance.now();
  const results = await Promise.all(
    files.map(async (file, i) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(file)], { type: 'image/jpeg' }),
        `bench-${i}.jpg`,
      );
      const t0 = performance.now();
      const res = await fetch(`${url}/api/media`, {
        method: 'POST',
        headers: { authorization: `Bearer ${o.token}` },
        body: form,
      });
      const body = await res.json().catch(() => null);
      return { status: res.status, seconds: (performance.now() - t0) / 1000, body };
    }),
  );
  const wall = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = pid ? memory(pid) : null;
  if (after && after.rss > peak) peak = after.rss;

  const lat = results.map((r) => r.seconds).sort((a, b) => a - b);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const report = {
    uploads: o.n,
    megapixels: (o.width * o.height) / 1e6,
    averageFileBytes: Math.round(avg),
    statuses,
    wallSeconds: +wall.toFixed(2),
    secondsPerUpload: +(wall / o.n).toFixed(3),
    latencySeconds: {
      min: +lat[0].toFixed(2),
      p50: +lat[Math.floor(lat.length / 2)].toFixed(2),
      max: +lat[lat.length - 1].toFixed(2),
    },
    server: pid
      ? {
          pid,
          rssBefore: before?.rss ?? null,
          peakRssDuringRun: peak,
          rssAfter: after?.rss ?? null,
          vmHWM: after?.hwm ?? null,
        }
      : null,
  };
  if (o.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${o.n} concurrent uploads of ${report.megapixels} MP JPEGs (${mb(avg)} each)`);
    console.log(`  statuses            ${JSON.stringify(statuses)}`);
    console.log(`  wall time           ${report.wallSeconds} s`);
    console.log(`  seconds per upload  ${report.secondsPerUpload} s (wall / uploads)`);
    console.log(
      `  latency             min ${report.latencySeconds.min} s, p50 ${report.latencySeconds.p50} s, max ${report.latencySeconds.max} s`,
    );
    if (report.server) {
      const s = report.server;
      console.log(
        `  server RSS          before ${mb(s.rssBefore)}, peak ${mb(s.peakRssDuringRun)}, after ${mb(s.rssAfter)}, VmHWM ${mb(s.vmHWM)} (pid ${pid})`,
      );
    }
  }
  const failed = results.filter((r) => r.status !== 201 && r.status !== 200);
  if (failed.length) {
    console.error(`${failed.length} uploads failed, first: ${JSON.stringify(failed[0].body)}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
