// Turns what a user types after a command (files, folders, globs) into the list of article files
// to read, and reads the meta.json maps (file name → publication date, publisher, url) beside them.
// Shared by `extract`, `eval` and `ingest`, so every command understands inputs the same way.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** Extensions of article files picked up inside folders and by globs; a file named outright is always taken. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

export interface ExpandInputsOptions {
  /** Extensions to pick up in folders and globs. Default: ARTICLE_EXTENSIONS. */
  extensions?: readonly string[];
  /** Folder relative inputs are resolved against. Default: process.cwd(). */
  cwd?: string;
}

export interface ExpandedInputs {
  /** Absolute paths, sorted within each input, in input order, without duplicates. */
  files: string[];
  /** One sentence per input that gave nothing, saying what to do. */
  problems: string[];
}

/** What meta.json says about one page (shape of corpus/*\/meta.json and shared/corpus/seeds/meta.json). */
export interface PageMeta {
  publishedAt?: string | null;
  publisher?: string;
  url?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

/** Every file under a folder, recursively, hidden entries and node_modules left out. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** A glob as a regular expression over '/'-separated paths: `**` crosses folders, `*` and `?` do not, `{a,b}` is a choice. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i)) source += '|';
    else if (char === '[' || char === ']') source += char;
    else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function expandGlob(pattern: string, cwd: string, extensions: readonly string[]): Promise<string[]> {
  const absolute = resolve(cwd, pattern).split(sep).join('/');
  const parts = absolute.split('/');
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const matcher = globToRegExp(absolute);
  const exists = await stat(base).then((s) => s.isDirectory(), () => false);
  if (!exists) return [];
  return (await walk(base)).filter((file) => matcher.test(file.split(sep).join('/')) && hasExtension(file, extensions));
}

/**
 * Expands files, folders (recursively) and globs to article files. An input that matches nothing is
 * reported in `problems` rather than thrown, so the other inputs are still read.
 */
export async function expandInputs(inputs: readonly string[], options: ExpandInputsOptions = {}): Promise<ExpandedInputs> {
  const extensions = options.extensions ?? ARTICLE_EXTENSIONS;
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const add = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) add(path);
    else if (info?.isDirectory()) {
      const found = (await walk(path)).filter((file) => hasExtension(file, extensions));
      if (found.length === 0) problems.push(`${input}: the folder holds no article files (${extensions.join(', ')}).`);
      found.forEach(add);
    } else if (GLOB_CHARS.test(input)) {
      const found = await expandGlob(input, cwd, extensions);
      if (found.length === 0) problems.push(`${input}: the pattern matches no article files (${extensions.join(', ')}).`);
      found.forEach(add);
    } else {
      problems.push(`${input}: no such file or folder. Check the path (relative paths start from ${cwd}).`);
    }
  }
  return { files, problems };
}

function checkMeta(value: unknown, path: string): Record<string, PageMeta> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${path}: expected an object mapping file names to { publishedAt, publisher, url }.`);
  }
  const map: Record<string, PageMeta> = {};
  for (const [file, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) throw new Error(`${path}: the entry for ${file} must be an object like { "publishedAt": "2016-04-26" }.`);
    const { publishedAt, publisher, url } = entry as Record<string, unknown>;
    if (publishedAt !== undefined && publishedAt !== null && (typeof publishedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt))) {
      throw new Error(`${path}: publishedAt of ${file} must be a YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}.`);
    }
    const meta: PageMeta = {};
    if (publishedAt !== undefined) meta.publishedAt = publishedAt as string | null;
    if (typeof publisher === 'string') meta.publisher = publisher;
    if (typeof url === 'string') meta.url = url;
    map[file] = meta;
  }
  return map;
}

/** Reads a meta.json map; throws an Error that names the file and the fix when it is malformed. */
export async function readMeta(path: string): Promise<Map<string, PageMeta>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the meta file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  return new Map(Object.entries(checkMeta(json, path)));
}

/**
 * Finds the meta of article files: from an explicit meta.json when given, else from the meta.json
 * in each file's own folder (read once per folder; a folder without one gives no meta).
 */
export function createMetaLookup(explicit?: Map<string, PageMeta>): (file: string) => Promise<PageMeta | undefined> {
  const byFolder = new Map<string, Promise<Map<string, PageMeta>>>();
  return async (file) => {
    const name = basename(file);
    if (explicit) return explicit.get(name);
    const folder = dirname(file);
    let meta = byFolder.get(folder);
    if (!meta) {
      const path = join(folder, 'meta.json');
      meta = stat(path).then(() => readMeta(path), () => new Map<string, PageMeta>());
      byFolder.set(folder, meta);
    }
    return (await meta).get(name);
  };
}

/** How the extractor should read a file (its `contentType` option), from the file's extension. */
export function contentTypeOf(file: string): 'html' | 'text' {
  return /\.html?$/i.test(file) ? 'html' : 'text';
}
