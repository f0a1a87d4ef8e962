import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Role } from '@toasoan/workflow';
import { hashPassword } from '../auth/passwords';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DemoContent } from '../articles/demo-content';
import { Database, SYSTEM_ACTOR, Tx } from '../database/database.service';
import type { UserView } from '../users/user.dto';
import { UsersService } from '../users/users.service';

interface DemoUser {
  email: string;
  displayName: string;
  penName: string | null;
  role: Role;
}

// Our own invented newsroom: names common in the north-west of Việt Nam.
const DEMO_USERS: DemoUser[] = [
  { email: 'admin@toasoan.local', displayName: 'Lò Văn Hùng', penName: null, role: 'admin' },
  {
    email: 'bientap1@toasoan.local',
    displayName: 'Phạm Minh Đức',
    penName: 'Minh Đức',
    role: 'editor',
  },
  {
    email: 'bientap2@toasoan.local',
    displayName: 'Trần Thu Hà',
    penName: 'Thu Hà',
    role: 'editor',
  },
  {
    email: 'phongvien1@toasoan.local',
    displayName: 'Lường Thị Ngọc',
    penName: 'Ngọc Lường',
    role: 'reporter',
  },
  {
    email: 'phongvien2@toasoan.local',
    displayName: 'Vũ Đình Khôi',
    penName: 'Đình Khôi',
    role: 'reporter',
  },
  {
    email: 'phongvien3@toasoan.local',
    displayName: 'Quàng Văn Thắng',
    penName: 'Quàng Thắng',
    role: 'reporter',
  },
];

export interface SeedResult {
  created: { email: string; role: Role; password: string | null }[];
}

/** First start on an empty database: the configured admin and, unless SEED_DEMO=false, a demo newsroom. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly db: Database,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demo: DemoContent,
  ) {}

  async seedIfEmpty(): Promise<SeedResult | null> {
    const n = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
    if ((n?.n ?? 0) > 0) return null;
    const result: SeedResult = { created: [] };
    const people: { user: DemoUser; password: string; shown: boolean }[] = [];
    if (this.config.adminEmail && this.config.adminPassword) {
      people.push({
        user: {
          email: this.config.adminEmail,
          displayName: 'Quản trị',
          penName: null,
          role: 'admin',
        },
        password: this.config.adminPassword,
        shown: false,
      });
    }
    if (this.config.seedDemo) {
      for (const u of DEMO_USERS) {
        if (u.email === this.config.adminEmail) continue;
        people.push({ user: u, password: randomBytes(9).toString('base64url'), shown: true });
      }
    }
    if (people.length === 0) return result;
    const hashes = await Promise.all(people.map((p) => hashPassword(p.password)));
    await this.db.write(SYSTEM_ACTOR, async (tx) => {
      // Re-checked inside the transaction: two instances starting together seed once.
      await tx.query(`LOCK TABLE users IN EXCLUSIVE MODE`);
      const again = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
      if ((again?.n ?? 0) > 0) return;
      const created: UserView[] = [];
      for (const [i, p] of people.entries()) {
        created.push(await this.users.insert(tx, { ...p.user, password: p.password }, hashes[i]));
        result.created.push({
          email: p.user.email,
          role: p.user.role,
          password: p.shown ? p.password : null,
        });
      }
      if (this.config.seedDemo) await this.seedDemoContent(tx, created);
    });
    return result;
  }

  /** Sections and sample articles in every state of the workflow. */
  private async seedDemoContent(tx: Tx, users: UserView[]): Promise<void> {
    await this.demo.seed(tx, users);
  }
}
