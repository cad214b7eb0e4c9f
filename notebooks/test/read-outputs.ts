// What an executed notebook printed and displayed, as text, for the test to look into.
import { readFile } from 'node:fs/promises';

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
}

interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}

export interface Notebook {
  cells: Cell[];
}

const join = (text: string | string[] | undefined): string => (Array.isArray(text) ? text.join('') : (text ?? ''));

export async function readNotebook(path: string): Promise<Notebook> {
  return JSON.parse(await readFile(path, 'utf8')) as Notebook;
}

/** Every output of every code cell: stream text, text/plain, text/markdown and text/html, in order. */
export function outputText(notebook: Notebook): string {
  const parts: string[] = [];
  for (const cell of notebook.cells) {
    for (const output of cell.outputs ?? []) {
      if (output.text !== undefined) parts.push(join(output.text));
      for (const mime of ['text/plain', 'text/markdown', 'text/html']) {
        if (output.data?.[mime] !== undefined) parts.push(join(output.data[mime]));
      }
    }
  }
  return parts.join('\n');
}

/** MIME types of every displayed output, e.g. to find an image. */
export function outputMimeTypes(notebook: Notebook): string[] {
  return notebook.cells.flatMap((cell) => (cell.outputs ?? []).flatMap((output) => Object.keys(output.data ?? {})));
}
