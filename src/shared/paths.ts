import { join, resolve } from 'node:path';

/** The repository root, whether running from src/ (ts-jest, ts-node) or from the build in dist/src/. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'src')) ? ['..'] : []));
