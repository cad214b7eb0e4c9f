import { readFile } from 'node:fs/promises';

/** One file served at one path: the widget bundle and its demo page. */
export interface StaticFile {
  /** URL path, e.g. '/widget.js'. */
  urlPath: string;
  /** Absolute file path. */
  filePath: string;
  contentType: string;
}

/**
 * Answers a GET/HEAD for one of the files, read at each request so a rebuild shows at once;
 * 404 with what to do when the file is not built. Undefined for any other path.
 */
export async function serveStaticFile(request: Request, files: readonly StaticFile[]): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  const file = files.find((candidate) => candidate.urlPath === pathname);
  if (!file) return undefined;
  try {
    const body = await readFile(file.filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'content-type': file.contentType, 'cache-control': 'no-cache' },
    });
  } catch {
    return new Response(
      `${file.filePath} is not built. Build the widget (npm run build -w @dealgraph/widget, or npm start), then reload.\n`,
      { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } },
    );
  }
}
