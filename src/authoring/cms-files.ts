import type { SiteModel } from '../model/site-model.ts';
import { shortName } from '../schema/site.ts';
import { escapeXml } from '../site/xml-escape.ts';
import { CMS_GENERATED_LOCALE, CMS_LOCALES_URL, cmsBundle } from './cms-bundle.ts';
import { cmsChecksScript } from './cms-checks.ts';
import { cmsConfig, cmsConfigYaml, type CmsBackend } from './cms-config.ts';
import { cmsDutchMessages } from './cms-locale.ts';

const BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/**
 * The Git backend from the build's environment: CMS_BACKEND (github, gitlab or gitea), CMS_REPO
 * (owner/name), CMS_BRANCH, CMS_API_ROOT (self-hosted GitLab or Gitea), CMS_BASE_URL (OAuth proxy
 * for GitHub) and CMS_APP_ID (OAuth application for GitLab/Gitea). Local mode ignores all of them.
 */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = env.CMS_BACKEND || 'github';
  if (!(BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" wordt niet ondersteund. Kies uit: ${BACKENDS.join(', ')}.`);
  }
  return {
    name: name as CmsBackend['name'],
    // A placeholder, not any programme's repository: every deployment names its own with CMS_REPO.
    repo: env.CMS_REPO || 'eigenaar/repository',
    branch: env.CMS_BRANCH || 'main',
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
    ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
    ...(env.CMS_APP_ID ? { app_id: env.CMS_APP_ID } : {}),
    // GitLab signs in with PKCE only when asked; Gitea always does, and has no such option.
    ...(env.CMS_APP_ID && name === 'gitlab' ? { auth_type: 'pkce' as const } : {}),
  };
}

/** The page that starts the CMS (titled with the programme's short name, to stay within html-validate's 70 characters): no inline script, so /admin/ can keep a CSP without 'unsafe-inline' for scripts. */
export function cmsIndexHtml(siteName: string): string {
  const title = escapeXml(`${siteName} – redactie`);
  // Relative URLs, so the form also works when the site lives under a sub-path.
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>De redactieomgeving heeft JavaScript nodig. Je kunt de bestanden in content/ ook rechtstreeks aanpassen: zie docs/redactie.md.</noscript>
<script src="sveltia-cms.js"></script>
<script src="controles.js"></script>
</body>
</html>
`;
}

/**
 * The generated files of the web form at /admin/: the page, its configuration, the CMS bundle with
 * its CDN addresses made local, the checks it runs before saving and its completed Dutch translation.
 * The other translations and the fonts are passthrough copies (cmsStaticCopies).
 */
export function cmsFiles(model: SiteModel, backend: CmsBackend = cmsBackendFromEnv(process.env)): { url: string; content: string }[] {
  const config = cmsConfig({ siteName: model.site.name, siteUrl: model.site.url, taxonomies: model.taxonomies, backend });
  return [
    { url: '/admin/index.html', content: cmsIndexHtml(shortName(model.site)) },
    { url: '/admin/config.yml', content: cmsConfigYaml(config) },
    { url: '/admin/sveltia-cms.js', content: cmsBundle() },
    { url: '/admin/controles.js', content: cmsChecksScript() },
    { url: `${CMS_LOCALES_URL}/${CMS_GENERATED_LOCALE}.json`, content: `${JSON.stringify(cmsDutchMessages(), null, 2)}\n` },
  ];
}
