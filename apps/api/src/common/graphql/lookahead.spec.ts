import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldArgs, selectedItemFields } from './lookahead';

const schema = buildSchema(`
  type Item { id: ID! name: String note: String }
  type Edge { cursor: String! node: Item! }
  type ItemConnection { totalCount: Int! nodes: [Item!]! edges: [Edge!]! }
  type Box { id: ID! items(first: Int): ItemConnection! }
  type Query { box: Box }
`);

/** What the lookahead sees from the `box` resolver for `query`. */
async function lookahead(query: string, variables: Record<string, unknown> = {}) {
  let seen: { args: Record<string, unknown> | null; fields: string[] | null } | null = null;
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    rootValue: {
      box: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        const fields = selectedItemFields(info, 'items');
        seen = { args: selectedFieldArgs(info, 'items'), fields: fields && [...fields].sort() };
        return { id: 'b', items: { totalCount: 0, nodes: [], edges: [] } };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('lookahead', () => {
  it('names the item fields a connection asks for, under nodes and edges, through fragments, aliases and directives', async () => {
    expect(await lookahead(`{ box { items(first: 2) { nodes { id name } } } }`)).toEqual({ args: { first: 2 }, fields: ['id', 'name'] });
    expect(
      await lookahead(`
        fragment E on ItemConnection { edges { cursor node { ... on Item { note } } } }
        fragment I on Item { id }
        query($f: Int, $skip: Boolean!) { box { ...B } }
        fragment B on Box { items(first: $f) { totalCount ...E nodes { title: name ...I id @skip(if: $skip) } } }`,
        { f: 3, skip: true },
      ),
    ).toEqual({ args: { first: 3 }, fields: ['id', 'name', 'note'] });
    expect(await lookahead(`{ box { items { totalCount } } }`)).toEqual({ args: {}, fields: [] });
  });

  it('gives nothing when the connection is not asked for, or is asked for twice', async () => {
    expect(await lookahead(`{ box { id } }`)).toEqual({ args: null, fields: null });
    expect(await lookahead(`{ box { a: items(first: 1) { nodes { id } } b: items { nodes { name } } } }`)).toEqual({ args: null, fields: null });
  });
});
