import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { uuid } from '../../common/validation/args';
import { NotificationConnection, NotificationObject, NotificationSettingsInput, NotificationSettingsObject, NotificationsArgs } from './notification.object';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Auth()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@CurrentUser() viewer: AuthUser, @Args() args: NotificationsArgs) {
    return this.service.list(viewer, args.first, args.after, args.unreadOnly ?? false);
  }

  @Auth()
  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() viewer: AuthUser) {
    return this.service.unread(viewer);
  }

  @Auth()
  @Mutation(() => NotificationObject)
  markNotificationRead(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.markRead(viewer, id);
  }

  @Auth()
  @Mutation(() => Int, { description: 'Marks every notification read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentUser() viewer: AuthUser) {
    return this.service.markAllRead(viewer);
  }

  @Auth()
  @Query(() => NotificationSettingsObject)
  notificationSettings(@CurrentUser() viewer: AuthUser) {
    return this.service.settings(viewer);
  }

  @Auth()
  @Mutation(() => NotificationSettingsObject)
  updateNotificationSettings(@CurrentUser() viewer: AuthUser, @Args('input') input: NotificationSettingsInput) {
    return this.service.updateSettings(viewer, input.enabledKinds, input.digest);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Follow a group to be told about its new threads (false to stop).' })
  followGroup(@CurrentUser() viewer: AuthUser, @Args('groupId', { type: () => ID }, uuid) groupId: string, @Args('follow') follow: boolean) {
    return this.service.follow(viewer, groupId, follow);
  }
}
