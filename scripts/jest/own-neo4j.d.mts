/** A Neo4j that one test file owns; see own-neo4j.mjs. */
export interface OwnNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Stops the server and deletes its data folder; safe to call twice. */
  stop(): Promise<void>;
}

export function startOwnNeo4j(options?: { heap?: string; log?: (line: string) => void }): Promise<OwnNeo4j>;
