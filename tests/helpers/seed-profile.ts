import { join } from 'node:path';
import { loadProfiles } from '../../src/ingest/profile.loader';
import type { Profile } from '../../src/ingest/profile.schema';
import { SEEDS_DIR } from './server';

/** The seed profile as validated data: expectations in API tests are derived from it. */
export function seedProfile(): Profile {
  const profile = loadProfiles(join(SEEDS_DIR, 'profiles')).find((p) => p.occupation.code === '29-2011');
  if (!profile) throw new Error('seeds/profiles has no 29-2011 profile');
  return profile;
}
