#!/usr/bin/env node
/**
 * Serves built sites with nginx, unprivileged, from a configuration of our own: each site is one server
 * block that includes the build's dist/_nginx.conf and deploy/nginx.conf, exactly as docs/DEPLOY.md tells
 * a web team to. Used by the end-to-end tests; stops nginx by its PID on SIGINT or SIGTERM, and removes
 * its scratch folder.
 *
 *   node scripts/nginx.mjs --site dist:4413:/ --site dist.fixture:4414:/yanbian-2019/
 *   node scripts/nginx.mjs --which        prints the nginx binary and its version, or exits 1
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The nginx binary (NGINX overrides; NGINX=none pretends there is none), or undefined when the machine has none. */
export function findNginx() {
  if (process.env.NGINX === 'none') return undefined;
  for (const candidate of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', 'nginx']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['-v'], { encoding: 'utf8' });
    if (probe.status === 0) return { path: candidate, version: probe.stderr.trim().replace(/^nginx version: /, '') };
  }
  return undefined;
}

/**
 * nginx's own mime.types, next to its default configuration.
 * @param {string} nginx
 */
function mimeTypes(nginx) {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Cannot find nginx’s mime.types.');
  return found;
}

/** One server block per site: `dir:port:base`. A subpath build sits under its base inside a root of its own. */
/**
 * @param {string} prefix
 * @param {{ dir: string, port: number, base: string }[]} sites
 * @param {string} types
 */
export function config(prefix, sites, types) {
  const servers = sites.map(({ dir, port, base }, index) => {
    const build = resolve(dir);
    if (!existsSync(join(build, '_nginx.conf'))) throw new Error(`${dir}/_nginx.conf is missing: build the site first (npm run build).`);
    let root = build;
    if (base !== '/') {
      root = join(prefix, `root-${index}`);
      mkdirSync(join(root, dirname(base.replace(/\/$/, ''))), { recursive: true });
      symlinkSync(build, join(root, base.replace(/\/$/, '')));
    }
    return `
    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${join(build, '_nginx.conf')};
        include ${join(repo, 'deploy', 'nginx.conf')};
    }`;
  });
  /** @param {string} name */
  const temp = (name) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  return `# Written by scripts/nginx.mjs for the end-to-end tests; removed when they end.
worker_processes 1;
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
    include ${types};
    access_log ${join(prefix, 'access.log')};
    sendfile on;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${servers.join('\n')}
}
`;
}

function main() {
  const { values } = parseArgs({ options: { site: { type: 'string', multiple: true, default: [] }, which: { type: 'boolean' } } });
  const nginx = findNginx();
  if (values.which) {
    if (!nginx) process.exit(1);
    console.log(`${nginx.path} ${nginx.version}`);
    return;
  }
  if (!nginx) {
    console.error('nginx is not installed (apt-get install nginx-light).');
    process.exit(1);
  }
  const sites = values.site.map((spec) => {
    const [dir, port, base = '/'] = spec.split(':');
    if (!dir || !port) throw new Error(`--site ${spec}: expected dir:port:base`);
    return { dir, port: Number(port), base: `/${base.replace(/^\/|\/$/g, '')}/`.replace('//', '/') };
  });

  const prefix = mkdtempSync(join(tmpdir(), 'yinji-nginx-'));
  // mkdtemp makes it private; nginx's workers (`nobody` when started as root) must walk through it.
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'temp'));
  const conf = join(prefix, 'nginx.conf');
  const pidFile = join(prefix, 'nginx.pid');
  writeFileSync(conf, config(prefix, sites, mimeTypes(nginx.path)));
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf, '-g', `daemon off; pid ${pidFile};`];
  const tested = spawnSync(nginx.path, ['-t', ...args], { encoding: 'utf8' });
  if (tested.status !== 0) {
    console.error(tested.stderr);
    rmSync(prefix, { recursive: true, force: true });
    process.exit(1);
  }

  const child = spawn(nginx.path, args, { stdio: 'inherit' });
  console.log(`${nginx.version} (pid ${child.pid}) serving ${sites.map((s) => `${s.dir}/ at http://127.0.0.1:${s.port}${s.base}`).join(', ')}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // The master's PID, from its own file when it wrote one: SIGQUIT lets it finish what it is sending.
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : Number(child.pid);
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      // already gone
    }
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
  child.on('exit', (code) => {
    if (!stopping) console.error(`nginx stopped by itself (${code}); see ${join(prefix, 'error.log')}`);
    else rmSync(prefix, { recursive: true, force: true });
    process.exit(stopping ? 0 : 1);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
