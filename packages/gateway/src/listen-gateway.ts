import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { execute, subscribe} from 'graphql';
import { type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Gateway } from './create-gateway.js';

export interface ListenGatewayOptions {
  /** Default: 4000; 0 picks a free port. */
  port?: number;
  /** Default: '127.0.0.1'. */
  host?: string;
}

export interface RunningGateway {
  server: Server;
  /** The port listened on. */
  port: number;
  /** Closes WebSockets and the HTTP server. */
  close(): Promise<void>;
}

/**
 * Serves a gateway over HTTP (queries, mutations, SSE subscriptions, the widget files) and
 * WebSocket (graphql-ws, for clients like Python's gql) on one port, path /graphql.
 */
export async function listenGateway(gateway: Gateway, options: ListenGatewayOptions = {}): Promise<RunningGateway> {
  const server = createServer(gateway.nodeListener);
  const wsServer = new WebSocketServer({ server, path: gateway.graphqlEndpoint });
  const { yoga } = gateway;
  const wsCleanup = useServer(
    {
      execute: (args: unknown) => (args as { rootValue: { execute: typeof execute } }).rootValue.execute(args as ExecutionArgs),
      subscribe: (args: unknown) => (args as { rootValue: { subscribe: typeof subscribe } }).rootValue.subscribe(args as ExecutionArgs),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          request: new Request('http://localhost/graphql', { headers: ctx.extra.request.headers as Record<string, string> }),
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wsServer,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      await wsCleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
