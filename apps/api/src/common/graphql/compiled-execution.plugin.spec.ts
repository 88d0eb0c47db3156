import 'reflect-metadata';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { graphql, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { removeDefaultFieldResolvers } from './compiled-execution.plugin';

@ObjectType()
class Item {
  @Field()
  name!: string;

  @Field(() => Int, { defaultValue: 7 })
  size?: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item])
  items(): Partial<Item>[] {
    return [{ name: 'a', size: 1, note: 'n' }, { name: 'b' }];
  }

  @ResolveField(() => String)
  shout(item: Item) {
    return `${item.name}!`;
  }
}

describe('removeDefaultFieldResolvers', () => {
  it('removes only the property-reading resolvers without a default value; answers stay the same for both executors', async () => {
    const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const schema = await context.get(GraphQLSchemaFactory).create([ItemResolver]);
    await context.close();
    const query = '{ items { name size note } }';
    const before = await graphql({ schema, source: query, rootValue: { items: new ItemResolver().items() } });
    const fields = (schema.getType('Item') as import('graphql').GraphQLObjectType).getFields();
    expect(fields.name?.resolve).toBeDefined();

    expect(removeDefaultFieldResolvers(schema)).toBeGreaterThanOrEqual(2);
    expect(fields.name?.resolve).toBeUndefined();
    expect(fields.note?.resolve).toBeUndefined();
    expect(fields.size?.resolve).toBeDefined(); // has a default value
    expect(removeDefaultFieldResolvers(schema)).toBe(0);

    const after = await graphql({ schema, source: query, rootValue: { items: new ItemResolver().items() } });
    expect(after).toEqual(before);
    expect(before.data).toEqual({ items: [{ name: 'a', size: 1, note: 'n' }, { name: 'b', size: 7, note: null }] });
    const compiled = compileQuery(schema, parse(query));
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    expect(await compiled.query({ items: new ItemResolver().items() }, {}, {})).toEqual(before);
  });
});
