import { Foundation1764374400000 } from './1764374400000-Foundation';

/** Every migration, in order. A new migration file is added here too. */
export const MIGRATIONS = [Foundation1764374400000];
