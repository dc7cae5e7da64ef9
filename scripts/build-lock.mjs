/**
 * One build at a time per checkout. Astro keeps state of a build in the checkout itself (.astro/: the
 * content module list, and the prerender chunks when the output folder is outside the checkout), so two
 * builds at once can corrupt each other even when they write to different folders. The lock is a file
 * created with O_EXCL (exactly one process can create it) that names its holder's PID, host and start time.
 */
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, closeSync } from 'node:fs';

/**
 * @typedef {{ pid: number, host?: string, started: string }} Holder who holds the lock, as its file says
 * @typedef {{ taken: true, tookOver?: Holder } | { taken: false, holder: Holder | undefined }} LockAttempt
 */

/** Whether the process holding a lock is still running. A lock from another host cannot be checked: assume it is. */
/**
 * @param {Holder | undefined} holder
 * @param {string} [host]
 */
export function holderIsAlive(holder, host = hostname()) {
  if (!holder || typeof holder.pid !== 'number') return false;
  if (holder.host && holder.host !== host) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * @param {string} path
 * @returns {Holder | undefined}
 */
export function readHolder(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** "PID 1234, started at 06:40:12 (8 s ago)": how a message names the other build. */
/**
 * @param {Holder | undefined} holder
 * @param {number} [now]
 */
export function describeHolder(holder, now = Date.now()) {
  if (!holder) return 'a build whose lock file cannot be read';
  const started = new Date(holder.started);
  const ago = Math.max(0, Math.round((now - started.getTime()) / 1000));
  const time = started.toISOString().slice(11, 19);
  return `PID ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}, started at ${time} UTC (${ago} s ago)`;
}

/**
 * Tries once to take the lock. Returns { taken: true, tookOver? } or { taken: false, holder }.
 * A lock whose holder is no longer running is taken over: it is first renamed aside (one rename wins if
 * two builds try at once), and put back if what was renamed turns out to be a live build's fresh lock.
 *
 * @param {string} path
 * @param {Holder} [me]
 * @returns {LockAttempt}
 */
export function tryLock(path, me = { pid: process.pid, host: hostname(), started: new Date().toISOString() }) {
  mkdirSync(dirname(path), { recursive: true });
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    return { taken: true };
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
  }
  const holder = readHolder(path);
  // A lock being written this very moment reads as empty: treat it as alive and ask again later.
  if (holder === undefined || holderIsAlive(holder)) return { taken: false, holder };
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return { taken: false, holder }; // another build took it over first
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== holder.pid || moved.started !== holder.started)) {
    // Not the stale lock we read: a build took it over in between. Give it back.
    renameSync(aside, path);
    return { taken: false, holder: moved };
  }
  rmSync(aside, { force: true });
  const again = tryLock(path, me);
  return again.taken ? { taken: true, tookOver: holder } : again;
}

/**
 * Releases the lock if it is still ours.
 * @param {string} path
 * @param {number} [pid]
 */
export function unlock(path, pid = process.pid) {
  const holder = readHolder(path);
  if (holder?.pid === pid) rmSync(path, { force: true });
}
