import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The production build as a new user runs it: `node dist/api/apps/api/src/main.js`.
const MAIN = join(__dirname, '../../dist/api/apps/api/src/main.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'toasoan-process-'));
  dirs.push(d);
  return d;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(s: Started, re: RegExp, ms = 90_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const m = s.output().match(re);
    if (m) return m;
    if (s.child.exitCode !== null) throw new Error(`exited ${s.child.exitCode}:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${re}:\n${s.output()}`);
}

describe('the production build', () => {
  it('is built', () => {
    expect(existsSync(MAIN), 'run npm run build:api').toBe(true);
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL/],
    ['SEED_DEMO', 'maybe', /SEED_DEMO/],
    ['SESSION_SECRET', 'short', /SESSION_SECRET/],
    ['MEDIA_STORAGE', 'ftp', /MEDIA_STORAGE/],
  ])('stops with exit 1 naming %s when it is bad', async (name, value, re) => {
    const s = start({ DATA_DIR: tempDir(), PORT: '0', [name]: value });
    expect(await s.exited).toBe(1);
    expect(s.output()).toMatch(re);
    expect(s.output()).toMatch(/Configuration error/);
  });

  it('first start on the embedded database: demo newsroom with passwords printed once; data survives a restart; SIGTERM exits 0', async () => {
    const dataDir = tempDir();
    const first = start({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const [, url] = await waitFor(first, /running on (http:\/\/localhost:\d+)/);
    await waitFor(first, /admin@toasoan\.local\s+(\S+)/);
    const [, password] = first.output().match(/admin@toasoan\.local\s+(\S+)/)!;
    expect(first.output()).toMatch(/phongvien1@toasoan\.local/);
    const base = url.replace('localhost', '127.0.0.1');
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@toasoan.local', password }),
    });
    expect(login.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const [, url2] = await waitFor(second, /running on (http:\/\/localhost:\d+)/);
    expect(second.output()).not.toMatch(/Passwords are shown only now/);
    const again = await fetch(`${url2.replace('localhost', '127.0.0.1')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@toasoan.local', password }),
    });
    expect(again.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('ADMIN_EMAIL and ADMIN_PASSWORD create the first admin; SEED_DEMO=false creates nobody else', async () => {
    const s = start({
      DATA_DIR: tempDir(),
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      ADMIN_EMAIL: 'tongbientap@baodienbien.test',
      ADMIN_PASSWORD: 'mot-mat-khau-dai',
    });
    const [, url] = await waitFor(s, /running on (http:\/\/localhost:\d+)/);
    expect(s.output()).not.toMatch(/phongvien1/);
    const login = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'tongbientap@baodienbien.test', password: 'mot-mat-khau-dai' }),
    });
    expect(login.status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });
});
