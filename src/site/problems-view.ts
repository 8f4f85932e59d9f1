import type { Problem } from '../problems/problem.ts';
import { nl } from '../messages/nl.ts';
import { documentTitle } from './document-title.ts';
import { routes } from './routes.ts';
import type { SiteView } from './view.ts';

/** The view the dev server shows while content is invalid: the check's list, at every URL. */
export function problemsView(problems: readonly Problem[]): SiteView {
  const data = {
    count: nl.cli.problemCount(problems.length),
    hint: nl.devServer.problemsHint,
    problems: problems.map((problem) => ({ ...problem, where: `${problem.file}:${problem.line}:${problem.column}` })),
  };
  const name = nl.devServer.problemsSiteName;
  const title = nl.devServer.problemsTitle;
  const page = (url: string) => ({ url, template: 'problems', title, documentTitle: documentTitle({ url, title, name, shortName: name }), description: data.count, breadcrumbs: [], data });
  return {
    chrome: {
      name,
      shortName: name,
      tagline: '',
      description: '',
      url: 'http://localhost:8080/',
      language: 'nl',
      demo: false,
      asOf: '',
      asOfLabel: '',
      publisher: '',
      nav: [],
      footerLinks: [],
      feeds: [],
      statementLinks: [],
    },
    pages: [page(routes.home), page(routes.notFound)],
    files: [],
    feeds: { initiatives: [], events: [] },
  };
}
