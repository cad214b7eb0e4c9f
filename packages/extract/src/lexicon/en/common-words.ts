// English words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'hundred',
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'and', 'or', 'but', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'without', 'under', 'over', 'about', 'against', 'between', 'during', 'through', 'despite', 'amid',
  'now', 'then', 'today', 'yesterday', 'tomorrow', 'also', 'still', 'yet', 'already', 'meanwhile', 'however', 'moreover', 'instead', 'last', 'next', 'here', 'there', 'so', 'thus', 'according', 'read', 'more', 'most', 'new', 'news', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'photo', 'video', 'share', 'comments', 'related', 'advertisement', 'sponsored', 'subscribe', 'follow', 'see', 'watch', 'why', 'how', 'what', 'who', 'where', 'which', 'not', 'no', 'yes', 'all', 'some', 'many', 'both', 'each', 'every', 'one', 'two', 'three', 'first', 'second', 'third', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'chief', 'executive', 'officer', 'president', 'chairman', 'founder', 'director', 'manager', 'senior', 'head', 'board', 'group', 'company', 'deal', 'deals', 'business', 'markets', 'market', 'technology', 'tech', 'health', 'digital', 'internet', 'things', 'day', 'week', 'year', 'month', 'billion', 'million', 'euro', 'euros', 'dollar', 'dollars', 'crown', 'crowns', 'price', 'shares', 'stock', 'buys', 'buy', 'sells', 'sell', 'sale', 'acquires', 'acquisition', 'merger', 'takeover', 'talks', 'bid', 'offer', 'says', 'said', 'report', 'reports',
];
