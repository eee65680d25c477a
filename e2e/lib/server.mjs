// Starts the real API server (serving web/) on a free loopback port with a
// fresh store, seeded by the API's own importer, and stops exactly that
// process again.
//
// The store is embedded SQLite in a temporary directory, or with
// MOVIEDB_E2E_MONGODB_URI (e.g. mongodb://127.0.0.1:27017) a fresh database
// on that server, dropped by nobody: each run gets its own name.
// MOVIEDB_E2E_BASE_URL points every test at a server that is already running
// (and seeded) instead; nothing is started or stopped then.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { apiBinary, vegaMovies, webRoot } from './paths.mjs';

const READY_LINE = /moviedb-api listening on (http:\/\/127\.0\.0\.1:\d+)/;
const run = promisify(execFile);

// On MongoDB each server gets a database of its own (runs may share a real
// server) unless the caller names one.
function storeUri(storeDir, name) {
  const mongo = process.env.MOVIEDB_E2E_MONGODB_URI;
  if (!mongo) return `sqlite:${path.join(storeDir, 'moviedb.sqlite3')}`;
  // Text, not URL: a seed list (h1:p1,h2:p2) is no WHATWG host.
  const database = name ?? `moviedb_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  let uri = mongo.replace(/^(mongodb(\+srv)?:\/\/[^/?]*)(\/[^?]*)?/, `$1/${database}`);
  // The stand-in scans every title per search (3.7–5.8 s for 3,201 on an
  // idle 2-core machine; run-on-mongo.sh seeds fewer): let one command take
  // up to the 60 s answer deadline below instead of the adapter's 5 s.
  if (!/[?&]socketTimeoutMS=/i.test(uri)) uri += `${uri.includes('?') ? '&' : '?'}socketTimeoutMS=55000`;
  return uri;
}

/**
 * Loads `files` ([{format, file}]) into `store` with `moviedb-api import`.
 * @returns {Promise<string>} the importer's summary output
 */
export async function importInto(store, files, { binary = apiBinary } = {}) {
  let output = '';
  for (const { format, file } of files) {
    try {
      const { stdout, stderr } = await run(binary, ['import', '--store', store, '--format', format, file],
        { maxBuffer: 16 * 1024 * 1024 });
      output += stdout + stderr;
    } catch (error) {
      throw new Error(`moviedb-api import --format ${format} ${file} failed: ${error.stderr || error.message}`);
    }
  }
  return output;
}

/**
 * Options for startServer that create superadmin `username` with `password`
 * when the server starts (`--admin-user` + MOVIEDB_ADMIN_PASSWORD).
 */
export function superadminOptions(username, password) {
  return { extraArgs: ['--admin-user', username], env: { MOVIEDB_ADMIN_PASSWORD: password } };
}

/**
 * @param {{binary?: string, timeoutMs?: number, extraArgs?: string[], env?: object,
 *          seed?: boolean, imports?: {format: string, file: string}[], database?: string}} options
 *   seed: load the real dataset (vega-datasets movies.json) first;
 *   imports: more files to load after it;
 *   database: on MongoDB, this database instead of a new one of its own.
 * @returns {Promise<{url: string, pid: number, storeDir: string, store: string,
 *                    output: () => string, stop: () => Promise<void>}>}
 */
export async function startServer({
  binary = apiBinary, timeoutMs = 15000, extraArgs = [], env = {}, seed = false, imports = [], database,
} = {}) {
  if (process.env.MOVIEDB_E2E_BASE_URL) {
    return {
      url: process.env.MOVIEDB_E2E_BASE_URL.replace(/\/$/, ''),
      pid: 0, storeDir: '', store: '', output: () => '', stop: async () => {},
    };
  }
  try {
    await access(binary, constants.X_OK);
  } catch {
    throw new Error(`API server binary not found at ${binary}: build it first or set MOVIEDB_API_BIN`);
  }
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'moviedb-e2e-'));
  const store = storeUri(storeDir, database);
  const files = [...(seed ? [{ format: 'vega', file: vegaMovies }] : []), ...imports];
  let output = files.length ? await importInto(store, files, { binary }) : '';

  // The MongoDB stand-in (FerretDB on SQLite) runs searches and aggregations
  // far slower than MongoDB: give answers more time.
  const slowStore = process.env.MOVIEDB_E2E_MONGODB_URI ? ['--handler-timeout', '60s'] : [];
  const args = ['serve', '--listen', '127.0.0.1:0', '--web-root', webRoot, '--store', store,
    ...slowStore, ...extraArgs];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`API server not ready within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- server output ---\n${output}`));
    }
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.once('error', fail);
    exited.then(({ code, signal }) => fail(new Error(`API server exited early (code ${code}, signal ${signal})`)));
  });

  let stopped = null;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(storeDir, { recursive: true, force: true });
    })();
    return stopped;
  };
  return { url, pid: child.pid, storeDir, store, output: () => output, stop };
}
