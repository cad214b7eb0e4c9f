import type { DealPartyField, DealScalarField, DealSelection, PartyDealsPageInput } from '@dealgraph/graph';
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
const DEAL_SCALAR_FIELDS: readonly DealScalarField[] = ['kind', 'status', 'date', 'amount', 'confidence', 'sourceCount'];
/** Deal fields that need nothing of the deal read but its id. */
const DEAL_ID_FIELDS = new Set(['id', 'sources', 'claims', '__typename']);

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

/** Every field named anywhere in these fields' selections, through every fragment whatever its type. */
function fieldNamesUnder(info: GraphQLResolveInfo, fields: readonly FieldNode[], out = new Set<string>()): Set<string> {
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) out.add(selection.name.value);
      else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const field of fields) if (field.selectionSet) visit(field.selectionSet);
  return out;
}

/**
 * What a selection of a DealConnection (`nodes`, `edges.node`) asks of its deals, so the read
 * returns only that: the parties (and whether with aliases) and the scalar fields. A field
 * this does not know asks for every scalar field. What is asked where this does not look is
 * still answered: the Deal and Party resolvers read the full record when a field is absent.
 */
export function dealSelectionAsked(info: GraphQLResolveInfo, connectionFields: readonly FieldNode[]): DealSelection {
  const connection = fieldsUnder(info, connectionFields, 'DealConnection');
  const edges = fieldsUnder(info, connection.filter((field) => field.name.value === 'edges'), 'DealEdge');
  const deals = [
    ...fieldsUnder(info, connection.filter((field) => field.name.value === 'nodes'), 'Deal'),
    ...fieldsUnder(info, edges.filter((field) => field.name.value === 'node'), 'Deal'),
  ];
  const scalars = new Set<DealScalarField>();
  const partyFields: FieldNode[] = [];
  for (const field of deals) {
    const name = field.name.value;
    if ((DEAL_PARTY_FIELDS as readonly string[]).includes(name)) partyFields.push(field);
    else if ((DEAL_SCALAR_FIELDS as readonly string[]).includes(name)) scalars.add(name as DealScalarField);
    else if (!DEAL_ID_FIELDS.has(name)) for (const scalar of DEAL_SCALAR_FIELDS) scalars.add(scalar);
  }
  return {
    parties: DEAL_PARTY_FIELDS.filter((name) => partyFields.some((field) => field.name.value === name)),
    scalars: DEAL_SCALAR_FIELDS.filter((name) => scalars.has(name)),
    aliases: fieldNamesUnder(info, partyFields).has('aliases'),
  };
}

/** Two selections of one read in one: what either asks for. */
function mergeSelections(a: DealSelection, b: DealSelection): DealSelection {
  return {
    parties: DEAL_PARTY_FIELDS.filter((name) => a.parties.includes(name) || b.parties.includes(name)),
    scalars: DEAL_SCALAR_FIELDS.filter((name) => a.scalars.includes(name) || b.scalars.includes(name)),
    aliases: a.aliases || b.aliases,
  };
}

/**
 * Looks ahead at the selection of a party field: the deal pages (with what each shows of its
 * deals) and units asked of it, so the party and those come back in one Cypher query. Anything else (sources, people, counts,
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
      // Two aliases of one page share its read: it holds what either asks for.
      const earlier = pages.get(group)?.selection;
      const selection = earlier ? mergeSelections(earlier, dealSelectionAsked(info, [field])) : dealSelectionAsked(info, [field]);
      pages.set(group, { roles: asked, skip: page.skip, limit: page.limit, group, selection });
    } catch {
      // The field resolver reports the bad argument where it belongs.
    }
  }
  return { pages: [...pages.values()], withUnits };
}
