// Where things are, relative to the repository.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webRoot = path.join(repoRoot, 'web');
export const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');
export const screenshotsDir = path.join(repoRoot, 'e2e', 'screenshots');
export const apiBinary = process.env.MOVIEDB_API_BIN || path.join(repoRoot, 'build', 'native', 'moviedb-api');
// The real dataset the store is seeded with (npm vega-datasets, installed by scripts/install-deps.sh).
export const vegaMovies = process.env.MOVIEDB_SEED_FILE ||
  path.join(repoRoot, 'scripts', 'seed', 'node_modules', 'vega-datasets', 'data', 'movies.json');
