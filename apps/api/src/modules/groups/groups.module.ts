import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupMembershipEntity } from './group-membership.entity';
import { GroupEntity } from './group.entity';
import { GroupsResolver, MembershipResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, GroupMembershipEntity])],
  providers: [GroupsService, GroupsResolver, MembershipResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
