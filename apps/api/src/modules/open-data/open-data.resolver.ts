import { Query, Resolver } from '@nestjs/graphql';
import { OpenDataDictionaryObject, OpenDataObject } from './open-data.object';
import { OpenDataService } from './open-data.service';

/** Open data is public: anyone, signed in or not, may list the releases and read the dictionary. */
@Resolver()
export class OpenDataResolver {
  constructor(private readonly service: OpenDataService) {}

  @Query(() => OpenDataObject, { description: 'The published open data releases (newest first) and the next one to come.' })
  openData() {
    return this.service.overview();
  }

  @Query(() => OpenDataDictionaryObject, { description: 'The open data dictionary: columns, measures and rules.' })
  openDataDictionary() {
    return this.service.dictionary();
  }
}
