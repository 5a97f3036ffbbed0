import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../../src/server/schema-sdl';

describe('schema/schema.graphql', () => {
  it('is exactly the SDL the code generates (run `npm run schema:emit` after changing types)', async () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printSchemaFile());
  });
});
