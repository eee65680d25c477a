// Starts the real API server (serving web/) on a free loopback port with a
// fresh embedded store, and stops exactly that process again.
import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { apiBinary, webRoot } from './paths.mjs';

const READY_LINE = /moviedb-api listening on (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * @param {{binary?: string, timeoutMs?: number, extraArgs?: string[], env?: object}} options
 * @returns {Promise<{url: string, pid: number, storeDir: string, output: () => string, stop: () => Promise<void>}>}
 */
export async function startServer({ binary = apiBinary, timeoutMs = 15000, extraArgs = [], env = {} } = {}) {
  try {
    await access(binary, constants.X_OK);
  } catch {
    throw new Error(`API server binary not found at ${binary}: build it first or set MOVIEDB_API_BIN`);
  }
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'moviedb-e2e-'));
  const args = ['serve', '--listen', '127.0.0.1:0', '--web-root', webRoot,
    '--store', `sqlite:${path.join(storeDir, 'moviedb.sqlite3')}`, ...extraArgs];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
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
  return { url, pid: child.pid, storeDir, output: () => output, stop };
}
