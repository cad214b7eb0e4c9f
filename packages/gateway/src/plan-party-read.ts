import type { DealPartyField, PartyDealsPageInput } from '@dealgraph/graph';
import { getArgumentValues, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toPage } from './paginate.js';

/** The deal connections of Company and Person, with the roles each asks for when no `role` argument narrows it. */
export const DEAL_CONNECTION_ROLES: Readonly<Record<string, readonly string[]>> = {
  deals: ['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'],
  dealsAsAcquirer: ['ACQUIRER'],
  dealsAsSeller: ['SELLER'],
  dealsAsTarget: ['TARGET'],
  dealsAsBidder: ['BIDDER'],
};

/** The key of one party's deal page in the partyDeals loader: roles, skip, limit. */
export function dealPageGroup(roles: readonly string[], page: { skip: number; limit: number }): string {
  return `${roles.join(',')}|${page.skip}|${page.limit}`;
}

/** What one Cypher query reads of a party beside the party itself. */
export interface PartyReadPlan {
  pages: (PartyDealsPageInput & { group: string })[];
  withUnits: boolean;
}

const DEAL_PARTY_FIELDS: readonly DealPartyField[] = ['acquirer', 'target', 'seller', 'bidders'];

function collectFields(info: GraphQLResolveInfo, selectionSet: SelectionSetNode, typeName: string, out: FieldNode[]): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      out.push(selection);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const on = fragment?.typeCondition?.name.value;
    if (fragment && (!on || on === typeName || on === 'Party')) collectFields(info, fragment.selectionSet, typeName, out);
  }
}

/** The fields selected under these fields, through fragments that apply to the type. */
function fieldsUnder(info: GraphQLResolveInfo, fields: readonly FieldNode[], typeName: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const field of fields) if (field.selectionSet) collectFields(info, field.selectionSet, typeName, out);
  return out;
}

/**
 * The parties that a selection of a DealConnection (`nodes`, `edges.node`) asks of its deals,
 * so the read expands only those relationships. A party asked where this does not look is
 * still answered: the Deal resolvers read the full deal when a party is absent.
 */
export function dealPartiesAsked(info: GraphQLResolveInfo, connectionFields: readonly FieldNode[]): DealPartyField[] {
  const connection = fieldsUnder(info, connectionFields, 'DealConnection');
  const edges = fieldsUnder(info, connection.filter((field) => field.name.value === 'edges'), 'DealEdge');
  const deals = [
    ...fieldsUnder(info, connection.filter((field) => field.name.value === 'nodes'), 'Deal'),
    ...fieldsUnder(info, edges.filter((field) => field.name.value === 'node'), 'Deal'),
  ];
  return DEAL_PARTY_FIELDS.filter((name) => deals.some((field) => field.name.value === name));
}

/**
 * Looks ahead at the selection of a party field: the deal pages (with the deal parties each
 * shows) and units asked of it, so the party and those come back in one Cypher query. Anything else (sources, people, counts,
 * a page with arguments the field will refuse) is left to the per-field loaders.
 */
export function planPartyRead(info: GraphQLResolveInfo, typeName: 'Company' | 'Person'): PartyReadPlan {
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  const definitions = type.getFields();
  const fields: FieldNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) collectFields(info, node.selectionSet, typeName, fields);
  const pages = new Map<string, PartyDealsPageInput & { group: string }>();
  let withUnits = false;
  for (const field of fields) {
    const name = field.name.value;
    const definition = definitions[name];
    if (!definition) continue;
    if (name === 'units' || name === 'parent') {
      withUnits = true;
      continue;
    }
    const roles = DEAL_CONNECTION_ROLES[name];
    if (!roles) continue;
    try {
      const args = getArgumentValues(definition, field, info.variableValues) as { role?: string | null; first?: number | null; after?: string | null };
      const asked = args.role ? [args.role] : roles;
      const page = toPage(args);
      const group = dealPageGroup(asked, page);
      // Two aliases of one page share its read: it holds the parties either asks for.
      const parties = new Set([...(pages.get(group)?.parties ?? []), ...dealPartiesAsked(info, [field])]);
      pages.set(group, { roles: asked, skip: page.skip, limit: page.limit, group, parties: DEAL_PARTY_FIELDS.filter((name) => parties.has(name)) });
    } catch {
      // The field resolver reports the bad argument where it belongs.
    }
  }
  return { pages: [...pages.values()], withUnits };
}
