import type { IncomingMessage, ServerResponse } from 'node:http';
import { nl } from '../messages/nl.ts';
import { checkRequestPath, isPagePath, pageUrlOf } from './dev-request-path.ts';
import type { DevSession } from './dev-session.ts';

/** A connect-style middleware, the form Eleventy Dev Server's `middleware` option takes. */
export type DevMiddleware = (request: IncomingMessage, response: ServerResponse, next: () => unknown) => void;

/** Ends a response with a short Dutch text. */
function answer(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(text);
}

/** Ends a response with a page of the site. */
function page(response: ServerResponse, status: number, html: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(html);
}

/**
 * The dev server's gate, run before it looks up any file: refuses a request path that is not a
 * plain path inside the site (400, or 414 when too long), answers every page request with the
 * problems page while content has problems (503, so no one mistakes it for the page), answers a
 * page the current view does not declare (left on disk by an earlier build) with 404, and turns
 * any error of the file lookup into a 500 instead of a crashed process. Synchronous on purpose:
 * the dev server does not await its middleware, so a rejected promise here would end the process.
 */
export function devMiddleware(session: () => DevSession | undefined): DevMiddleware {
  return (request, response, next) => {
    const target = request.url ?? '';
    try {
      const verdict = checkRequestPath(target);
      if (!verdict.ok) {
        answer(response, verdict.status, verdict.status === 414 ? nl.devServer.tooLong : nl.devServer.badRequest);
        return;
      }
      const current = session();
      if (current?.problemsPage !== undefined && isPagePath(verdict.path)) {
        page(response, 503, current.problemsPage);
        return;
      }
      if (current?.pages && isPagePath(verdict.path) && !current.pages.urls.has(pageUrlOf(verdict.path))) {
        page(response, 404, current.pages.notFound);
        return;
      }
      next();
    } catch (error) {
      session()?.reportRequestError(target.slice(0, 200), error);
      if (!response.headersSent) answer(response, 500, nl.devServer.requestFailed(target.slice(0, 200), (error as Error).message));
      else response.destroy();
    }
  };
}
