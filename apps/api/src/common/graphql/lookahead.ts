import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/** Calls `visit` with every field of these selection sets, looking through fragments (each named one once). */
function eachField(sets: readonly (SelectionSetNode | undefined)[], fragments: Fragments, visit: (field: FieldNode) => void): void {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        visit(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
}

/** The field `name` under the field being resolved, when it is selected exactly once. */
function selectedOnce(info: GraphQLResolveInfo, name: string): FieldNode | null {
  const found: FieldNode[] = [];
  eachField(
    info.fieldNodes.map((node) => node.selectionSet),
    info.fragments,
    (field) => {
      if (field.name.value === name) found.push(field);
    },
  );
  return found.length === 1 ? found[0]! : null;
}

/**
 * The arguments of the field `name` selected under the field being resolved (looked for through
 * fragments), so a resolver can read what a child field will need in the same statement. Null when
 * the field is not selected, is selected more than once (aliases, possibly with other arguments),
 * or its arguments do not coerce (the child field then reports that itself).
 */
export function selectedFieldArgs(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  const def = type.getFields()[name];
  if (!def) return null;
  const found = selectedOnce(info, name);
  if (!found) return null;
  try {
    return getArgumentValues(def, found, info.variableValues);
  } catch {
    return null;
  }
}

/**
 * The names of the fields a query selects on the items of a connection — under `nodes` and under
 * `edges { node }`, through fragments, whatever their aliases or directives — given the
 * connection field's nodes (`info.fieldNodes` when resolving it), so a statement can read only those.
 */
export function connectionItemFields(connection: readonly FieldNode[], fragments: Fragments): Set<string> {
  const items: FieldNode[] = [];
  const edges: FieldNode[] = [];
  eachField(
    connection.map((field) => field.selectionSet),
    fragments,
    (field) => {
      if (field.name.value === 'nodes') items.push(field);
      else if (field.name.value === 'edges') edges.push(field);
    },
  );
  eachField(
    edges.map((edge) => edge.selectionSet),
    fragments,
    (field) => {
      if (field.name.value === 'node') items.push(field);
    },
  );
  const names = new Set<string>();
  eachField(
    items.map((item) => item.selectionSet),
    fragments,
    (field) => names.add(field.name.value),
  );
  return names;
}

/** connectionItemFields of the connection field `name` under the field being resolved; null unless it is selected exactly once. */
export function selectedItemFields(info: GraphQLResolveInfo, name: string): Set<string> | null {
  const found = selectedOnce(info, name);
  return found ? connectionItemFields([found], info.fragments) : null;
}
