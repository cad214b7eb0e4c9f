// The queries of the gateway benchmarks, each in our schema and in the peer's (bench/gateway.ts).

/** Three queries, each asked of both servers with the same meaning; `id` names one for bench/profile-gateway.ts. */
export const QUERIES = [
  {
    id: 'company',
    name: 'company + deals + parties',
    ours: `query ($id: ID!) { company(id: $id) { name dealsAsAcquirer(first: 20) { nodes { id kind date { year } acquirer { name } target { name } } } } }`,
    peer: `query ($id: ID!) { companies(where: { id: { eq: $id } }) { name dealsAsAcquirer(limit: 20, sort: [{ year: DESC }]) { id kind year acquirer { name } target { name } } } }`,
  },
  {
    id: 'deals',
    name: 'filtered deals page',
    ours: `query { deals(filter: { kind: ACQUISITION, minEur: 4000000000 }, orderBy: AMOUNT_DESC, first: 20) { nodes { id date { year } amount { eur } acquirer { name } target { name } } } }`,
    peer: `query { deals(where: { kind: { eq: "ACQUISITION" }, amountEur: { gte: 4000000000 } }, sort: [{ amountEur: DESC }], limit: 20) { id year amountEur acquirer { name } target { name } } }`,
  },
  {
    id: 'neighborhood',
    name: 'two-hop neighborhood',
    ours: `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id type label } edges { source target type } truncated } }`,
    peer: `query ($id: ID!) { companies(where: { id: { eq: $id } }) { id name
      dealsAsAcquirer(limit: 50) { id kind target { id name dealsAsAcquirer(limit: 20) { id target { id name } } dealsAsTarget(limit: 20) { id acquirer { id name } } } }
      dealsAsTarget(limit: 50) { id kind acquirer { id name dealsAsAcquirer(limit: 20) { id target { id name } } dealsAsTarget(limit: 20) { id acquirer { id name } } } } } }`,
  },
];
