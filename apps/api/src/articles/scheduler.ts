import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ArticleWorkflow } from './workflow.service';

/** Every SCHEDULER_INTERVAL_SECONDS: publish what is due. Safe to run on every instance. */
@Injectable()
export class ArticleScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly workflow: ArticleWorkflow,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.schedulerIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; overlapping ticks on one instance are skipped. */
  async tick(): Promise<void> {
    if (this.running || !this.timer) return;
    this.running = this.workflow
      .publishDue()
      .catch((e: unknown) => {
        // Before the migrations have run the table does not exist yet: nothing is due.
        if ((e as { code?: string }).code !== '42P01') {
          this.logger.error(e instanceof Error ? e.message : String(e));
        }
      })
      .finally(() => (this.running = null));
    await this.running;
  }
}
