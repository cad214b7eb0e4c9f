import { WidgetError } from './widget-error.js';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** POSTs one GraphQL operation and returns its data, turning every failure into a WidgetError. */
export async function fetchGraphQL<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new WidgetError('UNREACHABLE', `Cannot reach the dealgraph gateway at ${endpoint}. Check that it is running and that the endpoint attribute is right.`, { cause });
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new WidgetError(response.ok ? 'BAD_RESPONSE' : 'HTTP', `The gateway at ${endpoint} answered HTTP ${response.status} without GraphQL data. Is the endpoint a dealgraph /graphql URL?`, { cause });
  }
  if (body.errors?.length && !body.data) {
    throw new WidgetError('GRAPHQL', `The gateway reported: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  if (!response.ok && !body.data) {
    throw new WidgetError('HTTP', `The gateway at ${endpoint} answered HTTP ${response.status}.`);
  }
  if (!body.data) throw new WidgetError('BAD_RESPONSE', `The gateway at ${endpoint} sent no data.`);
  return body.data;
}
