import { Foundation1764374400000 } from './1764374400000-Foundation';
import { Articles1764374500000 } from './1764374500000-Articles';
import { Media1764374600000 } from './1764374600000-Media';
import { Public1764374700000 } from './1764374700000-Public';
import { PublishedSearch1764374800000 } from './1764374800000-PublishedSearch';
import { EditorialPerformance1764374900000 } from './1764374900000-EditorialPerformance';
import { PublicPerformance1764375000000 } from './1764375000000-PublicPerformance';

/** Every migration, in order. A new migration file is added here too. */
export const MIGRATIONS = [
  Foundation1764374400000,
  Articles1764374500000,
  Media1764374600000,
  Public1764374700000,
  PublishedSearch1764374800000,
  EditorialPerformance1764374900000,
  PublicPerformance1764375000000,
];
