import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Configuration error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const running = await createApp(config);
  const where = config.databaseUrl
    ? 'PostgreSQL at DATABASE_URL'
    : `embedded PostgreSQL in ${config.dataDir}/pg`;
  console.log(`\nTòa Soạn is running on ${running.url}  (database: ${where})`);
  console.log(`  admin panel  ${running.url}/admin`);
  console.log(`  API docs     ${running.url}/api/docs\n`);
  if (running.seed?.created.length) {
    console.log('First start: these accounts were created. Passwords are shown only now:');
    for (const u of running.seed.created) {
      console.log(
        `  ${u.role.padEnd(8)} ${u.email.padEnd(28)} ${u.password ?? '(ADMIN_PASSWORD)'}`,
      );
    }
    console.log('');
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    running
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        console.error(e);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
