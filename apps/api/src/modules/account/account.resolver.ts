import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { uuid } from '../../common/validation/args';
import { AccountService } from './account.service';

@ObjectType('Session')
export class SessionObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Browser and system, roughly (e.g. "Firefox on Windows").' })
  device!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field({ description: 'The session this request comes from.' })
  current!: boolean;
}

@ObjectType('DataExport')
export class DataExportObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'queued, running, ready or failed.' })
  status!: string;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => Int, { nullable: true })
  bytes!: number | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where to download the archive once ready (signed-in owner only).' })
  downloadUrl!: string | null;
}

export enum DeletionModeEnum {
  remove_content = 'remove',
  keep_content = 'keep',
}
registerEnumType(DeletionModeEnum, {
  name: 'DeletionMode',
  description: 'remove_content: your posts lose their text. keep_content: they stay, under "former member".',
});

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your password, to confirm.' })
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @Field(() => DeletionModeEnum)
  @IsEnum(DeletionModeEnum)
  content!: 'remove' | 'keep';
}

const withUrl = <T extends { id: string; status: string }>(e: T) => ({ ...e, downloadUrl: e.status === 'ready' ? `/account/exports/${e.id}` : null });

@Resolver()
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Auth()
  @Query(() => [SessionObject], { description: 'Where you are signed in.' })
  mySessions(@CurrentUser() viewer: AuthUser) {
    return this.account.sessions(viewer);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Sign out one of your sessions (its open pages disconnect at once).' })
  endSession(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.account.endSession(viewer, id);
  }

  @Auth()
  @Mutation(() => DataExportObject, { description: 'Start making an archive of everything Kindred holds about you (JSON and a readable page).' })
  async requestDataExport(@CurrentUser() viewer: AuthUser) {
    return withUrl(await this.account.requestExport(viewer));
  }

  @Auth()
  @Query(() => [DataExportObject])
  async dataExports(@CurrentUser() viewer: AuthUser) {
    return (await this.account.exports(viewer)).map(withUrl);
  }

  @Auth()
  @Query(() => DataExportObject)
  async dataExport(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return withUrl(await this.account.export(viewer, id));
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Delete your account for good. Asks for your password.' })
  deleteAccount(@CurrentUser() viewer: AuthUser, @Args('input') input: DeleteAccountInput) {
    return this.account.deleteAccount(viewer, input.password, input.content);
  }
}
