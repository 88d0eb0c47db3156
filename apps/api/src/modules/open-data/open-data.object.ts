import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OpenDataRelease', { description: 'A published open data release: one quarter, immutable.' })
export class OpenDataReleaseObject {
  @Field({ description: 'The quarter it covers, e.g. 2026-q3.' })
  version!: string;

  @Field({ description: 'First day of the quarter (UTC), YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last day of the quarter (UTC), YYYY-MM-DD.' })
  periodEnd!: string;

  @Field()
  publishedAt!: Date;

  @Field(() => Int)
  dictionaryVersion!: number;

  @Field(() => Int, { description: 'Rows of the CSV (published cells).' })
  cellCount!: number;

  @Field({ description: 'SHA-256 of the CSV file, hex.' })
  csvSha256!: string;

  @Field(() => Int)
  csvBytes!: number;

  @Field(() => Int)
  jsonBytes!: number;

  @Field({ description: 'Its CSV file; never changes.' })
  csvUrl!: string;

  @Field({ description: 'Its JSON file (cells, rules and dictionary); never changes.' })
  jsonUrl!: string;
}

@ObjectType('OpenDataNextRelease', { description: 'The release that comes next: the quarter it will cover and when.' })
export class OpenDataNextReleaseObject {
  @Field()
  version!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field({ description: 'Published on or soon after this day (UTC), once the quarter has ended.' })
  publishedAfter!: string;
}

@ObjectType('OpenData')
export class OpenDataObject {
  @Field(() => [OpenDataReleaseObject], { description: 'Every release, newest first.' })
  releases!: OpenDataReleaseObject[];

  @Field(() => OpenDataNextReleaseObject)
  next!: OpenDataNextReleaseObject;
}

@ObjectType('OpenDataTerm')
export class OpenDataTermObject {
  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType('OpenDataMeasure')
export class OpenDataMeasureObject {
  @Field({ description: 'what_works or care_experience.' })
  table!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'The values of the category column for this measure (empty string: the total).' })
  categories!: string[];

  @Field()
  description!: string;
}

@ObjectType('OpenDataDictionary', { description: 'What every column and measure of a release means, and the rules every count follows.' })
export class OpenDataDictionaryObject {
  @Field(() => Int)
  version!: number;

  @Field(() => Int, { description: 'Counts from 1 to threshold − 1 are suppressed.' })
  threshold!: number;

  @Field(() => Int, { description: 'Other counts are rounded to the nearest multiple of this.' })
  roundingBase!: number;

  @Field(() => [OpenDataTermObject])
  columns!: OpenDataTermObject[];

  @Field(() => [OpenDataMeasureObject])
  measures!: OpenDataMeasureObject[];

  @Field(() => [OpenDataTermObject])
  rules!: OpenDataTermObject[];
}
