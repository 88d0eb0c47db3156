import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  if (found.length !== 1) return null;
  try {
    return getArgumentValues(def, found[0]!, info.variableValues);
  } catch {
    return null;
  }
}
