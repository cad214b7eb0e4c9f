import { jwtVerify } from 'jose';
import { timingSafeEqual } from 'node:crypto';

/** Who a mutation is done for: recorded in the curation trail. */
export interface Writer {
  /** 'api-key', or the JWT's subject. */
  id: string;
}

export interface AuthOptions {
  apiKey?: string | null | undefined;
  jwtSecret?: string | null | undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The writer a request speaks for: header `x-api-key` equal to the configured key, or
 * `Authorization: Bearer <JWT>` signed HS256 with the configured secret. Null otherwise.
 */
export async function authenticate(headers: Headers, options: AuthOptions): Promise<Writer | null> {
  const key = headers.get('x-api-key');
  if (key && options.apiKey && sameSecret(key, options.apiKey)) return { id: 'api-key' };
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (bearer && options.jwtSecret) {
    try {
      const { payload } = await jwtVerify(bearer, new TextEncoder().encode(options.jwtSecret), { algorithms: ['HS256'] });
      return { id: typeof payload.sub === 'string' ? payload.sub : 'jwt' };
    } catch {
      return null;
    }
  }
  return null;
}
