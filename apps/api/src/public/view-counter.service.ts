import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Database } from '../database/database.service';
import { PublicCache } from './public-cache';

/** Obvious robots, link previews, monitors and command-line clients: their reads are not counted. */
const BOT_UA =
  /bot|crawl|spider|slurp|scrap|fetch|preview|facebookexternalhit|embedly|quora link|whatsapp|telegram|skype|bingpreview|headless|phantom|lighthouse|pagespeed|pingdom|uptime|monitor|curl|wget|httpie|python|java\/|go-http|okhttp|axios|node-fetch|undici|libwww|ruby|perl|php|feed|rss|validator/i;

export function isBot(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.length < 10) return true;
  return BOT_UA.test(userAgent);
}

/**
 * Article views, counted in memory per instance and added to `articles.view_count` in one
 * statement per flush (every VIEW_FLUSH_SECONDS and at shutdown). Additive UPDATEs are safe with
 * several instances: each adds its own counts, none overwrites another's.
 */
@Injectable()
export class ViewCounter implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('ViewCounter');
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: PublicCache,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), this.config.views.flushSeconds * 1000);
    this.timer.unref();
  }

  /** Counts one read of an article unless the user agent is a robot. Returns whether it counted. */
  hit(articleId: string, userAgent: string | undefined): boolean {
    if (isBot(userAgent)) return false;
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
    return true;
  }

  /** Writes the buffered counts; returns how many views were written. */
  async flush(): Promise<number> {
    while (this.flushing) await this.flushing;
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.write(batch).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async write(batch: Map<string, number>): Promise<number> {
    const ids = [...batch.keys()];
    const counts = [...batch.values()];
    try {
      await this.db.query(
        `UPDATE articles a SET view_count = a.view_count + v.n
         FROM unnest($1::uuid[], $2::bigint[]) AS v(id, n) WHERE a.id = v.id`,
        [ids, counts],
      );
      // Cached pages and JSON of these articles show the new count from now on.
      this.cache.addViews(batch);
      return counts.reduce((s, n) => s + n, 0);
    } catch (e) {
      // Keep the counts for the next flush rather than lose them.
      for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
      this.logger.warn(`view count flush failed: ${e instanceof Error ? e.message : String(e)}`);
      return 0;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    // Normally already flushed in beforeApplicationShutdown; this catches late hits.
    if (this.pending.size) await this.flush().catch(() => 0);
  }
}
