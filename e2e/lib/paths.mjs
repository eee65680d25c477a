// Where things are, relative to the repository.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webRoot = path.join(repoRoot, 'web');
export const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');
export const apiBinary = process.env.MOVIEDB_API_BIN || path.join(repoRoot, 'build', 'native', 'moviedb-api');
