import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../src/server/schema-sdl';

/** Writes the SDL the code generates to schema/schema.graphql (a test checks they agree). */
async function main(): Promise<void> {
  const path = join(__dirname, '..', 'schema', 'schema.graphql');
  writeFileSync(path, await printSchemaFile());
  console.log(`wrote ${path}`);
}

void main();
