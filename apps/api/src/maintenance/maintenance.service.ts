import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Database } from '../database/database.service';

const EVERY_MS = 15 * 60_000;

/** Deletes what has expired: sessions and old login failures. Safe to run on every instance. */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Maintenance');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.prune().catch((e: unknown) => this.logger.warn(String(e))),
      EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async prune(): Promise<{ sessions: number; loginFailures: number }> {
    const sessions = await this.db.query(
      `DELETE FROM sessions WHERE expires_at < now() RETURNING id`,
    );
    const failures = await this.db.query(
      `DELETE FROM login_failures WHERE at < now() - interval '1 day' RETURNING id`,
    );
    return { sessions: sessions.length, loginFailures: failures.length };
  }
}
