// Example operations preloaded in GraphiQL at /graphql. Docs, not extraction rules: they name
// companies of the sample corpus.

export const PLAYGROUND_TABS = [
  {
    query: `# Nokia's acquisitions, newest first, with the sentence that says so
query NokiaAcquisitions {
  company(name: "Nokia") {
    id
    name
    dealsAsAcquirer(first: 10) {
      totalCount
      nodes {
        id kind status
        date { year month day }
        amount { value currency eur approximate }
        target { id name }
        sources { article { title publishedAt url } evidence lang }
      }
    }
  }
}`,
  },
  {
    query: `# Who owned Withings, and when: the ownership timeline
query WithingsTimeline {
  search(text: "Withings", first: 1) { id name }
  # paste the id from search here:
  # timeline(partyId: "…") { owners { owner { name } from { year } to { year } } events { role date { year } deal { kind status acquirer { name } } } }
}`,
  },
  {
    query: `# Who connects Samsung to Withings? Look both up, then ask for a path
query SamsungToWithings($from: ID = "", $to: ID = "") {
  samsung: search(text: "Samsung", first: 1) { id name }
  withings: search(text: "Withings", first: 1) { id name }
  path(fromId: $from, toId: $to, maxHops: 3) {
    nodes { id type label }
    edges { source target type label }
  }
}`,
  },
  {
    query: `# The sources of one deal: every article and sentence that states it
query DealSources {
  deals(filter: { kind: ACQUISITION }, first: 1) {
    nodes {
      id
      acquirer { name } target { name }
      sources { article { id title url publishedAt lang } evidence start end confidence }
      claims { field value curation source { article { title } evidence } }
    }
  }
}`,
  },
];
