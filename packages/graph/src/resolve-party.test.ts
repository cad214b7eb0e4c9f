import { expect, test } from '@jest/globals';
import { emptyContext, resolveParty, type KnownParty, type PartyContext } from './resolve-party.js';

function party(id: string, type: 'COMPANY' | 'PERSON', nameKey: string, context: Partial<Record<keyof PartyContext, string[]>> = {}, aliases: string[] = []): KnownParty {
  return {
    id,
    type,
    name: nameKey,
    nameKey,
    keys: new Set([nameKey, ...aliases]),
    context: {
      coMentioned: new Set(context.coMentioned ?? []),
      roleLinks: new Set(context.roleLinks ?? []),
      dealPartners: new Set(context.dealPartners ?? []),
    },
  };
}

function context(c: Partial<Record<keyof PartyContext, string[]>>): PartyContext {
  return { ...emptyContext(), ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, new Set(v)])) } as PartyContext;
}

test('the same key is the same party, whatever the context', () => {
  const known = party('p1', 'COMPANY', 'withings');
  expect(resolveParty({ type: 'COMPANY', keys: ['withings'], context: emptyContext() }, [known])?.party.id).toBe('p1');
});

test('a typo is the same party only with context', () => {
  const known = party('p1', 'PERSON', 'eric carreel', { roleLinks: ['acme'] });
  expect(resolveParty({ type: 'PERSON', keys: ['eric carrell'], context: emptyContext() }, [known])).toBeUndefined();
  const match = resolveParty({ type: 'PERSON', keys: ['eric carrell'], context: context({ roleLinks: ['acme'] }) }, [known]);
  expect(match?.party.id).toBe('p1');
  expect(match?.reason).toContain('shared role');
});

test('an initial needs a role or a deal, a co-mention is not enough', () => {
  const known = party('p1', 'PERSON', 'gregory lee', { coMentioned: ['x'], dealPartners: ['d'] });
  expect(resolveParty({ type: 'PERSON', keys: ['g lee'], context: context({ coMentioned: ['x'] }) }, [known])).toBeUndefined();
  expect(resolveParty({ type: 'PERSON', keys: ['g lee'], context: context({ dealPartners: ['d'] }) }, [known])?.party.id).toBe('p1');
});

test('look-alikes with different first names never merge', () => {
  const known = party('p1', 'PERSON', 'gregory lee', { coMentioned: ['x'], roleLinks: ['acme'] });
  expect(resolveParty({ type: 'PERSON', keys: ['grace lee'], context: context({ roleLinks: ['acme'] }) }, [known])).toBeUndefined();
});

test('a company and its unit stay apart, and types never mix', () => {
  const parent = party('p1', 'COMPANY', 'nokia', { coMentioned: ['x'] });
  expect(resolveParty({ type: 'COMPANY', keys: ['nokia digital health'], context: context({ coMentioned: ['x'] }) }, [parent])).toBeUndefined();
  expect(resolveParty({ type: 'PERSON', keys: ['nokia'], context: emptyContext() }, [parent])).toBeUndefined();
});

test('an alias equal to a known name merges with context', () => {
  const known = party('p1', 'COMPANY', 'digital health', { coMentioned: ['x'] });
  expect(resolveParty({ type: 'COMPANY', keys: ['nokia digital health', 'digital health'], context: context({ coMentioned: ['x'] }) }, [known])?.party.id).toBe('p1');
  expect(resolveParty({ type: 'COMPANY', keys: ['nokia digital health', 'digital health'], context: emptyContext() }, [known])).toBeUndefined();
});
