import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeOf, createMetaLookup, expandInputs, globToRegExp, readMeta } from './read-inputs.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealgraph-read-inputs-'));
  await mkdir(join(root, 'a', 'deep'), { recursive: true });
  await mkdir(join(root, 'b'));
  await mkdir(join(root, 'empty'));
  for (const file of ['a/one.txt', 'a/two.html', 'a/deep/three.htm', 'a/notes.md', 'a/meta.json', 'b/four.txt', 'b/.hidden.txt']) {
    await writeFile(join(root, file), 'text');
  }
  await writeFile(join(root, 'a', 'meta.json'), JSON.stringify({ 'one.txt': { publishedAt: '2016-04-26', publisher: 'X' } }));
  await writeFile(join(root, 'bad-meta.json'), JSON.stringify({ 'x.txt': { publishedAt: '26/04/2016' } }));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const relative = (files: string[]) => files.map((file) => file.slice(root.length + 1).split('\\').join('/'));

describe('expandInputs', () => {
  it.each<[string, string[], string[]]>([
    ['a folder, recursively, articles only', ['a'], ['a/deep/three.htm', 'a/one.txt', 'a/two.html']],
    ['a file named outright, whatever its extension', ['a/notes.md'], ['a/notes.md']],
    ['a glob within one folder', ['a/*.txt'], ['a/one.txt']],
    ['a glob across folders', ['**/*.txt'], ['a/one.txt', 'b/four.txt']],
    ['a choice in a glob', ['a/*.{html,htm}'], ['a/two.html']],
    ['inputs in order, without duplicates', ['b', 'a/one.txt', 'b/four.txt'], ['b/four.txt', 'a/one.txt']],
  ])('%s', async (_what, inputs, expected) => {
    const { files, problems } = await expandInputs(inputs, { cwd: root });
    expect(relative(files)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ['missing.txt', /missing\.txt: no such file or folder/],
    ['empty', /empty: the folder holds no article files/],
    ['a/*.pdf', /a\/\*\.pdf: the pattern matches no article files/],
  ])('reports %s and goes on with the other inputs', async (input, message) => {
    const { files, problems } = await expandInputs([input, 'b'], { cwd: root });
    expect(relative(files)).toEqual(['b/four.txt']);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['/x/*.txt', '/x/a.txt', true],
    ['/x/*.txt', '/x/y/a.txt', false],
    ['/x/**/*.txt', '/x/a.txt', true],
    ['/x/**/*.txt', '/x/y/z/a.txt', true],
    ['/x/?.txt', '/x/ab.txt', false],
    ['/x/a.txt', '/x/aXtxt', false],
  ])('%s against %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches);
  });
});

describe('meta', () => {
  it('finds the meta.json beside each file', async () => {
    const lookup = createMetaLookup();
    expect(await lookup(join(root, 'a', 'one.txt'))).toEqual({ publishedAt: '2016-04-26', publisher: 'X' });
    expect(await lookup(join(root, 'a', 'two.html'))).toBeUndefined();
    expect(await lookup(join(root, 'b', 'four.txt'))).toBeUndefined();
  });

  it('prefers an explicit meta map, looked up by file name', async () => {
    const lookup = createMetaLookup(new Map([['four.txt', { publishedAt: '2020-01-02' }]]));
    expect(await lookup(join(root, 'b', 'four.txt'))).toEqual({ publishedAt: '2020-01-02' });
  });

  it('rejects a malformed date with the file and the fix', async () => {
    await expect(readMeta(join(root, 'bad-meta.json'))).rejects.toThrow(/publishedAt of x\.txt must be a YYYY-MM-DD date/);
    await expect(readMeta(join(root, 'nope.json'))).rejects.toThrow(/cannot read the meta file \(ENOENT\)/);
  });

  it.each([['page.html', 'html'], ['PAGE.HTM', 'html'], ['page.txt', 'text']])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
