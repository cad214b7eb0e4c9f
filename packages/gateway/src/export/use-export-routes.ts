// GET /export/deals.csv and friends: the graph as files, streamed row by row from Neo4j.
import type { ExportReader } from '@dealgraph/graph';
import type { Plugin } from 'graphql-yoga';
import { EXPORT_ROUTES, type ExportRoute } from './export-formats.js';
import { parseExportFilter } from './parse-export-filter.js';

export interface UseExportRoutesOptions {
  /** Where the rows come from (createExportReader of @dealgraph/graph over the gateway's driver). */
  reader: ExportReader;
  /** Path prefix of the routes. Default `/export/`. */
  prefix?: string;
  /** Told about exports that fail; quiet by default. `console` will do. */
  logger?: { error(message: string, ...rest: unknown[]): void };
}

function jsonResponse(fetchAPI: { Response: typeof Response }, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * A ReadableStream that pulls one row from Neo4j each time the client is ready for more,
 * so a slow download slows the query instead of filling memory. The first row is awaited
 * before the response starts: a failing query still gets a proper status code.
 */
async function streamExport(route: ExportRoute, rows: AsyncGenerator<object>, logger: UseExportRoutesOptions['logger']): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await rows.next();
  let pending: IteratorResult<object> | null = first;
  let headerSent = route.format.header === null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(route.format.header ?? ''));
        return;
      }
      try {
        const next = pending ?? (await rows.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(route.format.encode(next.value)));
      } catch (error) {
        // Headers are gone: breaking the stream (no final chunk) is how the client learns the file is cut short.
        logger?.error('dealgraph export failed mid-stream', error);
        controller.error(error);
      }
    },
    async cancel() {
      // The client went away: ending the generator closes the Neo4j session.
      await rows.return(undefined);
    },
  });
}

/**
 * A yoga plugin serving `GET {prefix}deals.csv`, `deals.jsonl`, `parties.csv` and
 * `parties.jsonl` with the `deals` query's filters as query-string parameters
 * (kind, status, party, from, to, minEur). Every other path is left to yoga.
 */
export function useExportRoutes(options: UseExportRoutesOptions): Plugin {
  const prefix = options.prefix ?? '/export/';
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(prefix)) return;
      const name = url.pathname.slice(prefix.length);
      const route = Object.hasOwn(EXPORT_ROUTES, name) ? EXPORT_ROUTES[name] : undefined;
      if (!route) {
        endResponse(jsonResponse(fetchAPI, 404, { error: `No export called ${name || '(none)'}; use one of ${Object.keys(EXPORT_ROUTES).map((file) => prefix + file).join(', ')}` }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(jsonResponse(fetchAPI, 405, { error: 'Exports are read with GET.' }, { allow: 'GET, HEAD' }));
        return;
      }
      const parsed = parseExportFilter(url.searchParams);
      if (!parsed.ok) {
        endResponse(jsonResponse(fetchAPI, 400, { error: 'Bad export filter.', problems: parsed.problems }));
        return;
      }
      const headers = {
        'content-type': route.format.contentType,
        'content-disposition': `attachment; filename="dealgraph-${name}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (request.method === 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }
      let body: ReadableStream<Uint8Array>;
      try {
        body = await streamExport(route, route.rows(options.reader, parsed.filter), options.logger);
      } catch (error) {
        options.logger?.error('dealgraph export failed', error);
        const unavailable = typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'UNAVAILABLE';
        endResponse(
          unavailable
            ? jsonResponse(fetchAPI, 503, { error: 'Neo4j cannot be reached; try the export again when it is back.' }, { 'retry-after': '5' })
            : jsonResponse(fetchAPI, 500, { error: 'The export failed; the gateway log says why.' }),
        );
        return;
      }
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
