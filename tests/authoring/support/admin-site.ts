import { createServer } from 'node:http';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsStaticCopies } from '../../../src/authoring/cms-bundle.ts';
import type { CmsBackend } from '../../../src/authoring/cms-config.ts';
import { cmsFiles } from '../../../src/authoring/cms-files.ts';
import { prepareSite } from '../../../src/model/prepare-site.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The small valid content folder the authoring tests start from. */
export const AUTHORING_CONTENT = path.join(REPO_ROOT, 'tests', 'fixtures', 'authoring', 'content');

/** The backend the tests configure; local mode never contacts it. */
export const TEST_BACKEND: CmsBackend = { name: 'github', repo: 'integratiepact/integratiepact-site', branch: 'main' };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A running server for /admin/. */
export interface AdminSite {
  origin: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * Writes /admin/ for a content folder exactly as the site build does (the generated files plus the
 * passthrough copies) into a temporary folder and serves it on 127.0.0.1, the host on which the CMS
 * offers its local mode. `csp` is sent as the page's Content-Security-Policy.
 */
export async function serveAdmin(contentDir: string, csp: string): Promise<AdminSite> {
  const prepared = await prepareSite({ contentDir });
  if (!prepared.ok) throw new Error(`${contentDir} is niet geldig: ${JSON.stringify(prepared.problems)}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'admin-'));
  for (const file of cmsFiles(prepared.model, TEST_BACKEND)) {
    const target = path.join(dir, file.url);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  for (const [from, to] of Object.entries(cmsStaticCopies())) await cp(path.join(REPO_ROOT, from), path.join(dir, to), { recursive: true });
  const server = createServer((request, response) => {
    let urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.join(dir, path.normalize(urlPath));
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, dir, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
