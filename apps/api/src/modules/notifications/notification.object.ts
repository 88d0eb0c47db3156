import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { DigestFrequency, NotificationKind } from '@kindred/contracts';
import { ConnectionType, PageArgs } from '../../common/graphql/pagination';

export enum NotificationKindEnum {
  reply = 'reply',
  mention = 'mention',
  helpful = 'helpful',
  join_decided = 'join_decided',
  moderation = 'moderation',
  new_thread = 'new_thread',
  care_response = 'care_response',
}
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

export enum DigestFrequencyEnum {
  off = 'off',
  daily = 'daily',
  weekly = 'weekly',
}
registerEnumType(DigestFrequencyEnum, { name: 'DigestFrequency' });

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field()
  message!: string;

  @Field({ description: 'Where it leads in the web client.' })
  url!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationObject, 'Notification') {}

@ObjectType('NotificationSettings')
export class NotificationSettingsObject {
  @Field(() => [NotificationKindEnum], { description: 'Kinds you are told about; the rest are switched off.' })
  enabledKinds!: NotificationKind[];

  @Field(() => DigestFrequencyEnum, { description: 'An email summary of unread notifications.' })
  digest!: DigestFrequency;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => [NotificationKindEnum])
  @IsArray()
  @ArrayMaxSize(LIMITS.notificationKindsMax, { context: { code: 'TOO_LONG' } })
  @IsEnum(NotificationKindEnum, { each: true })
  enabledKinds!: NotificationKind[];

  @Field(() => DigestFrequencyEnum)
  @IsEnum(DigestFrequencyEnum)
  digest!: DigestFrequency;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
