/** One parameterised Cypher statement: text built by a pure function, values only in params. */
export interface CypherQuery {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A result row with neo4j values turned into plain JavaScript (integers become numbers). */
export type Row = Record<string, unknown>;

/** How one read runs. */
export interface RunOptions {
  /** Aborting it stops the query in Neo4j (the request it serves gave up) and rejects with GraphError CANCELLED. */
  signal?: AbortSignal;
}

/** Runs one read query: one round trip to Neo4j. Wrap it to count or log round trips (pass the options on). */
export type QueryRunner = (query: CypherQuery, options?: RunOptions) => Promise<Row[]>;
