import type { Problem } from '../problems/problem.ts';
import { nl } from '../messages/nl.ts';
import { routes } from './routes.ts';
import type { SiteView } from './view.ts';

/** The view the dev server shows while content is invalid: the check's list, at every URL. */
export function problemsView(problems: readonly Problem[]): SiteView {
  const data = {
    count: nl.cli.problemCount(problems.length),
    hint: nl.devServer.problemsHint,
    problems: problems.map((problem) => ({ ...problem, where: `${problem.file}:${problem.line}:${problem.column}` })),
  };
  const page = (url: string) => ({ url, template: 'problems', title: nl.devServer.problemsTitle, description: data.count, breadcrumbs: [], data });
  return {
    chrome: {
      name: nl.devServer.problemsSiteName,
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
