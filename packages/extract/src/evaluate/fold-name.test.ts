import { describe, expect, it } from '@jest/globals';
import { foldName } from './fold-name.js';

describe('foldName', () => {
  // Pairs that must fold to the same key.
  it.each([
    ['Nokia', 'NOKIA'],
    ['Nokia', "Nokia's"],
    ['Nokia', 'Nokia’s'],
    ['Nokia', 'Nokias'],
    ['Vestas', "Vestas's"],
    ['Siemens', "Siemens'"],
    ['Equinor', 'Equinors'],
    ['Éric Carreel', 'Eric Carreel'],
    ['Ørsted', 'Orsted'],
    ['A.P. Møller-Mærsk A/S', 'A.P. Moller-Maersk'],
    ['Alfapeople Nordic A/S', 'Alfapeople Nordic'],
    ['Alcadon ApS', 'Alcadon'],
    ['Norrvik Kraft AB', 'Norrvik Kraft'],
    ['Telenor ASA', 'Telenor'],
    ['Fjellvik AS', 'Fjellvik'],
    ['Nokia Oyj', 'Nokia'],
    ['Koninklijke Philips N.V.', 'Koninklijke Philips'],
    ['Van Dijk B.V.', 'Van Dijk'],
    ['Brenner & Sohn GmbH', 'Brenner & Sohn'],
    ['Bayer AG', 'Bayer'],
    ['Alstom SA', 'Alstom'],
    ['Microsoft Corp.', 'Microsoft'],
    ['Apple Inc.', 'Apple'],
    ['Acme Ltd', 'Acme'],
    ['Unilever plc', 'Unilever'],
    ['Tiffany & Co.', 'Tiffany'],
    ['Adeno K/S', 'Adeno'],
    ['Carlsberg Group', 'Carlsberg'],
    ['H&M', 'H & M'],
    ['Alcatel-Lucent', 'Alcatel Lucent'],
    ['Börje Ekholm', 'Borje Ekholm'],
  ])('%s ~ %s', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  // Pairs that must stay apart.
  it.each([
    ['Nokia', 'Nokia Digital Health'],
    ['Google', 'Google Nest'],
    ['Novo Holdings', 'Novo Nordisk'],
    ['Daimler-Benz', 'Daimler'],
    ['Eric Carreel', 'Eric Carrell'],
  ])('%s ≠ %s', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it.each([
    ['AB', 'ab'],
    ['A/S', 'a s'],
  ])('keeps a name that is only a suffix: %s', (name, key) => {
    expect(foldName(name)).toBe(key);
  });
});
