// npm run migration:run       apply pending migrations to the configured database (DATABASE_URL or embedded)
// npm run migration:generate -- AddSomething   write migrations/<timestamp>-AddSomething.ts to fill in
// The schema is written as SQL (there are no entities to diff), so "generate" writes the skeleton.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const [command, name] = process.argv.slice(2);

if (command === 'generate') {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: npm run migration:generate -- PascalCaseName');
    process.exit(1);
  }
  const ts = Date.now();
  const file = join(root, 'migrations', `${ts}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }
}
`,
  );
  const index = join(root, 'migrations', 'index.ts');
  let src = readFileSync(index, 'utf8');
  src = src.replace(
    /(export const MIGRATIONS = \[)([^\]]*)\]/,
    (_, a, b) => `${a}${b.trim().replace(/,$/, '')}, ${name}${ts}]`,
  );
  src = `import { ${name}${ts} } from './${ts}-${name}';\n` + src;
  writeFileSync(index, src);
  console.log(`wrote ${file} and registered it in migrations/index.ts`);
} else if (command === 'run') {
  const dist = join(root, 'dist/api');
  if (!existsSync(join(dist, 'migrations/index.js'))) {
    console.error('build first: npm run build:api');
    process.exit(1);
  }
  const require = createRequire(import.meta.url);
  require('reflect-metadata');
  const { loadConfig } = require(join(dist, 'apps/api/src/config/config.js'));
  const { startEmbeddedDatabase } = require(join(dist, 'apps/api/src/database/embedded.js'));
  const { migrate } = require(join(dist, 'apps/api/src/database/migrate.js'));
  const { MIGRATIONS } = require(join(dist, 'migrations/index.js'));
  const { DataSource } = require('typeorm');
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const ds = new DataSource({
    type: 'postgres',
    url: config.databaseUrl ?? embedded.url,
    poolSize: 1,
    migrations: MIGRATIONS,
  });
  await ds.initialize();
  const applied = await migrate(ds, embedded === null);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  await ds.destroy();
  await embedded?.stop();
} else {
  console.error('usage: node scripts/migration.mjs run | generate Name');
  process.exit(1);
}
