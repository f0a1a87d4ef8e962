// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package/area.
import { readFileSync } from 'node:fs';

function area(url) {
  if (!url) return '(native/V8)';
  if (url.startsWith('node:')) return 'node core';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const app = /dist\/api\/(apps\/api\/src\/[^/]+|libs\/[^/]+)/.exec(url);
  if (app) return app[1];
  return url.replace(/^file:\/\//, '');
}

/**
 * `windowSeconds`: only the last seconds of the profile (the load; the process is stopped right
 * after it), so start-up (module loading, Nest bootstrap) is left out.
 */
export function summariseProfile(file, top = 25, windowSeconds = null) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = p.timeDeltas ?? [];
  const at = [];
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) at.push((t += dt[i] ?? 0));
  const from = windowSeconds ? p.endTime - windowSeconds * 1e6 : -Infinity;
  for (let i = 0; i < p.samples.length; i++) {
    if (at[i] < from) continue;
    const id = p.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
  }
  let total = 0;
  const fns = new Map();
  const areas = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    total += us;
    if (cf.functionName === '(idle)') {
      areas.set('(idle)', (areas.get('(idle)') ?? 0) + us);
      continue;
    }
    const where = cf.url
      ? `${cf.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${cf.lineNumber + 1}`
      : '';
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    fns.set(key, (fns.get(key) ?? 0) + us);
    const a = area(cf.url) || cf.functionName;
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const idle = areas.get('(idle)') ?? 0;
  const busy = total - idle;
  const pct = (us) => Math.round((us / (busy || 1)) * 1000) / 10;
  const sort = (m) =>
    [...m]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({ name: k, ms: Math.round(us / 1000), pctOfBusy: pct(us) }));
  return {
    file,
    windowSeconds,
    totalMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    byArea: sort(areas),
    byFunction: sort(fns),
  };
}
