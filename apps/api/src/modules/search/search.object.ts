import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar';
import { LIMITS } from '@kindred/contracts';

export enum SearchTypeEnum {
  thread = 'thread',
  reply = 'reply',
  group = 'group',
  condition = 'condition',
  intervention = 'intervention',
  tip = 'tip',
  care_story = 'care_story',
}
registerEnumType(SearchTypeEnum, { name: 'SearchType', description: 'What a search result is.' });

export enum SearchSortEnum {
  relevance = 'relevance',
  newest = 'newest',
  helpful = 'helpful',
}
registerEnumType(SearchSortEnum, { name: 'SearchSort' });

@InputType()
export class SearchInput {
  @Field(() => String, { nullable: true, description: `What to look for (at most ${LIMITS.searchQueryMax} characters). "quotes" for a phrase, -word to leave out. Empty: everything the filters allow, newest first.` })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchQueryMax, { message: `Search for at most ${LIMITS.searchQueryMax} characters at a time.`, context: { code: 'TOO_LONG' } })
  query?: string | null;

  @Field(() => [SearchTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.searchFilterValuesMax, { message: `Choose at most ${LIMITS.searchFilterValuesMax} values.`, context: { code: 'OUT_OF_RANGE' } })
  types?: SearchTypeEnum[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.searchFilterValuesMax, { message: `Choose at most ${LIMITS.searchFilterValuesMax} values.`, context: { code: 'OUT_OF_RANGE' } })
  @IsUUID('all', { each: true, context: { code: 'INVALID_VALUE' } })
  conditionIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.searchFilterValuesMax, { message: `Choose at most ${LIMITS.searchFilterValuesMax} values.`, context: { code: 'OUT_OF_RANGE' } })
  @IsUUID('all', { each: true, context: { code: 'INVALID_VALUE' } })
  groupIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Thread kinds (question, advice, story) or intervention categories.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.searchFilterValuesMax, { message: `Choose at most ${LIMITS.searchFilterValuesMax} values.`, context: { code: 'OUT_OF_RANGE' } })
  @IsString({ each: true })
  @MaxLength(LIMITS.searchFilterValueMax, { each: true, context: { code: 'TOO_LONG' } })
  kinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Tag slugs; a result matches if it has any of them.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.searchFilterValuesMax, { message: `Choose at most ${LIMITS.searchFilterValuesMax} values.`, context: { code: 'OUT_OF_RANGE' } })
  @IsString({ each: true })
  @MaxLength(LIMITS.searchFilterValueMax, { each: true, context: { code: 'TOO_LONG' } })
  tags?: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Posted on or after.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Posted before.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => SearchSortEnum, { nullable: true, defaultValue: SearchSortEnum.relevance })
  @IsOptional()
  @IsEnum(SearchSortEnum)
  sort?: SearchSortEnum | null;

  @Field(() => Int, { nullable: true, description: `Results per page (default ${LIMITS.searchPageDefault}, at most ${LIMITS.searchPageMax}).` })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => Int, { nullable: true, description: `Results to skip; offset + first reaches at most ${LIMITS.searchResultsMax}.` })
  @IsOptional()
  @IsInt()
  offset?: number | null;
}

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => ID)
  id!: string;

  @Field(() => SearchTypeEnum)
  type!: SearchTypeEnum;

  @Field(() => ID, { description: 'The thread, reply, group, condition, intervention or report it is.' })
  sourceId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The title, HTML-escaped, with <mark> around matched words.' })
  titleHtml!: string;

  @Field({ description: 'Text around the matched words, HTML-escaped, with <mark> around them. The only markup is <mark>.' })
  snippetHtml!: string;

  @Field({ description: 'Where the result lives in the web client.' })
  url!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field(() => String, { nullable: true })
  groupName!: string | null;

  @Field(() => ID, { nullable: true })
  conditionId!: string | null;

  @Field(() => String, { nullable: true })
  conditionName!: string | null;

  @Field(() => Int)
  helpfulCount!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType('FacetCount')
export class FacetCountObject {
  @Field()
  value!: string;

  @Field({ description: 'A readable name for the value (condition and group names).' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', { description: 'Counts over every result the viewer may see (all pages).' })
export class SearchFacetsObject {
  @Field(() => [FacetCountObject])
  type!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  condition!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  group!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  kind!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  tag!: FacetCountObject[];
}

@ObjectType('SearchResults')
export class SearchResultsObject {
  @Field(() => Int, { description: 'Results the viewer may see, all pages together — or, when totalIsEstimate, at least this many.' })
  total!: number;

  @Field({ description: 'More results matched than pages reach (1,000): they, their facets and the total cover the newest 1,000. Narrow the search to see others.' })
  totalIsEstimate!: boolean;

  @Field(() => Int)
  offset!: number;

  @Field(() => [SearchHitObject])
  hits!: SearchHitObject[];

  @Field(() => SearchFacetsObject)
  facets!: SearchFacetsObject;

  @Field(() => String, { nullable: true, description: 'The query as searched after correcting misspellings, when it differs.' })
  correctedQuery!: string | null;

  @Field({ description: 'postgres or meilisearch.' })
  engine!: string;
}
