// The three queries the widget sends; kept together so the contract is visible in one place.

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query DealgraphNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes { id type label kind status year eur }
      edges { id source target type label }
      truncated
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query DealgraphSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) { id name type score }
  }
`;

export const DEAL_QUERY = /* GraphQL */ `
  query DealgraphDeal($id: ID!) {
    deal(id: $id) {
      id kind status
      date { year month day }
      amount { value currency eur approximate upTo }
      acquirer { id name }
      target { id name }
      seller { id name }
      bidders { id name }
      sources { article { id title url publishedAt } evidence lang confidence }
    }
  }
`;
