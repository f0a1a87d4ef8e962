import { DataSource } from 'typeorm';

/** Runs pending migrations; on a shared server an advisory lock keeps two instances from racing. */
export async function migrate(dataSource: DataSource, shared: boolean): Promise<string[]> {
  const lockId = 7_151_513; // any constant; "toasoan" migrations
  const runner = shared ? dataSource.createQueryRunner() : null;
  try {
    if (runner) await runner.query('SELECT pg_advisory_lock($1)', [lockId]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    if (runner) {
      await runner.query('SELECT pg_advisory_unlock($1)', [lockId]);
      await runner.release();
    }
  }
}
