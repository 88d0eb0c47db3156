import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import {
  HomeGroupObject,
  HomePageArgs,
  HomeReplyPageObject,
  HomeReportPageObject,
  HomeThreadPageObject,
  HomeThreadsArgs,
  SavedPostPageObject,
} from './home.object';
import { HomeService } from './home.service';

@Resolver()
export class HomeResolver {
  constructor(private readonly service: HomeService) {}

  @Auth()
  @Query(() => HomeThreadPageObject, {
    description: 'Your home: threads in your groups (or those you follow), latest activity first, with how many replies are new to you.',
  })
  homeThreads(@CurrentUser() viewer: AuthUser, @Args() args: HomeThreadsArgs, @Context() ctx: GraphqlContext) {
    return this.service.threads(viewer, args, ctx.loaders);
  }

  @Auth()
  @Query(() => [HomeGroupObject], { description: 'Your groups, by name, with how many threads hold something new to you.' })
  homeGroups(@CurrentUser() viewer: AuthUser, @Context() ctx: GraphqlContext) {
    return this.service.groups(viewer, ctx.loaders);
  }

  @Auth()
  @Query(() => HomeReplyPageObject, { description: 'Replies to you (to your replies and to threads you started), newest first.' })
  homeReplies(@CurrentUser() viewer: AuthUser, @Args() args: HomePageArgs, @Context() ctx: GraphqlContext) {
    return this.service.repliesToMe(viewer, args, ctx.loaders);
  }

  @Auth()
  @Query(() => HomeReportPageObject, { description: 'The newest what-works reports for the conditions of your groups.' })
  homeReports(@CurrentUser() viewer: AuthUser, @Args() args: HomePageArgs) {
    return this.service.reports(viewer, args);
  }

  @Auth()
  @Query(() => SavedPostPageObject, { description: 'Threads and replies you saved for later, latest saved first.' })
  savedPosts(@CurrentUser() viewer: AuthUser, @Args() args: HomePageArgs, @Context() ctx: GraphqlContext) {
    return this.service.saved(viewer, args, ctx.loaders);
  }
}
