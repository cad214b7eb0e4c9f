import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Remembers the validation result of each parsed document, as yoga's own validation cache
 * does (the gateway turns that off for this), without its cost on every request: yoga keys its
 * cache by the names of the validation rules, which it reads from some thirty rule functions
 * and joins into one long string for an LRU lookup on every request, about 2-3% of the
 * gateway's CPU under the company benchmark query. One gateway has one schema and a fixed set
 * of rules (the plugins that add them are given once, to createGateway), so the document
 * alone is the key: the same document object that yoga's parse cache hands out for the same
 * query text. Last among the plugins that touch validation, so it keeps the result as they left it.
 */
export function useValidationCache(): Plugin {
  const results = new WeakMap<DocumentNode, readonly Error[]>();
  return {
    onValidate({ params, setResult }) {
      const cached = results.get(params.documentAST);
      if (cached) {
        setResult(cached);
        return undefined;
      }
      return ({ result }) => {
        results.set(params.documentAST, result);
      };
    },
  };
}
