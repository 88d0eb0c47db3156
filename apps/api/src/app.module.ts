import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request, Response } from 'express';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { poolOptions } from './common/database/pool-options';
import { QueryCountingLogger } from './common/database/query-counter';
import { createLoaders } from './common/dataloader/loaders';
import { AppErrorFilter } from './common/errors/app-error.filter';
import { makeGraphqlErrorFormatter } from './common/errors/format-graphql-error';
import type { GraphqlContext, KindredRequest } from './common/graphql/context';
import { DomainEventsModule } from './common/events/domain-events';
import { MailModule } from './common/mail/mail.service';
import { AccessModule } from './modules/access/access.module';
import { BlocksModule } from './modules/blocks/blocks.module';
import { ChatModule } from './modules/chat/chat.module';
import { SearchModule } from './modules/search/search.module';
import { ConsentsModule } from './modules/consents/consents.module';
import { InsightsModule } from './modules/insights/insights.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { AccountModule } from './modules/account/account.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { GuidesModule } from './modules/guides/guides.module';
import { OpenDataModule } from './modules/open-data/open-data.module';
import { RetentionModule } from './modules/retention/retention.module';
import { OnboardingModule } from './modules/onboarding/onboarding.module';
import { DateTimeScalar } from './common/graphql/date-time.scalar';
import { compiledExecutionPlugin } from './common/graphql/compiled-execution.plugin';
import { operationLimits, operationLimitsPlugin } from './common/graphql/operation-limits.plugin';
import { CompiledQueryLane, CompiledQueryLaneModule } from './common/graphql/compiled-query-lane';
import { loggerOptions } from './common/http/logger-options';
import { RedisModule } from './common/redis/redis.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ENTITIES } from './database/entities';
import { MIGRATIONS } from './database/migrations';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ConditionsModule } from './modules/conditions/conditions.module';
import { GroupsModule } from './modules/groups/groups.module';
import { ExperienceReportsModule } from './modules/experience-reports/experience-reports.module';
import { CareExperiencesModule } from './modules/care-experiences/care-experiences.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { HealthModule } from './modules/health/health.module';
import { HomeModule } from './modules/home/home.module';
import { InterventionsModule } from './modules/interventions/interventions.module';
import { ThreadsModule } from './modules/threads/threads.module';
import { UsersModule } from './modules/users/users.module';

export interface DatabaseTarget {
  url: string;
  poolSize: number;
  /** The embedded PGlite (one session behind a loopback socket) rather than a PostgreSQL server. */
  embedded: boolean;
  /** false: no statement is named (DB_NAMED_STATEMENTS, for a pooler in transaction mode); default true. */
  namedStatements?: boolean;
}

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseTarget): DynamicModule {
    // One set of operation guards for Apollo's pipeline and the compiled query lane.
    const limits = operationLimits(config.graphql);
    const lane = new CompiledQueryLane(limits);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        RedisModule,
        DomainEventsModule,
        MailModule,
        AccessModule,
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: database.url,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          synchronize: false,
          logger: new QueryCountingLogger(),
          extra: poolOptions(database.poolSize, database.embedded, database.namedStatements ?? true),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken(), PinoLogger],
          useFactory: (db: DataSource, logger: PinoLogger) => {
            const context = (req: KindredRequest, res: Response): GraphqlContext => ({ req, res, loaders: createLoaders(db, req.user ?? null) });
            lane.useContext(context);
            return {
            autoSchemaFile: true,
            // Nest's DateTime, except that timestamps already selected as ISO text pass as they are.
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
            sortSchema: true,
            path: '/graphql',
            introspection: config.graphql.introspection,
            playground: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            // Without introspection, validation errors must not describe the schema either
            // ("Did you mean "email"?").
            hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
            // Apollo ships separate CJS and ESM typings that TypeScript sees as different types;
            // at runtime these are plain plugin objects.
            plugins: [
              config.graphql.sandbox
                ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
                : ApolloServerPluginLandingPageDisabled(),
              operationLimitsPlugin(limits),
              // Kindred sets no cache hints; without this Apollo wraps every field resolver.
              ApolloServerPluginCacheControlDisabled(),
              compiledExecutionPlugin(lane),
            ] as unknown as ApolloDriverConfig['plugins'],
            formatError: makeGraphqlErrorFormatter(logger.logger),
            context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => context(req as KindredRequest, res),
            };
          },
        }),
        CompiledQueryLaneModule.register(lane, '/graphql'),
        HealthModule,
        AuthModule,
        UsersModule,
        ConditionsModule,
        GroupsModule,
        AuditModule,
        ThreadsModule,
        HomeModule,
        InterventionsModule,
        ExperienceReportsModule,
        OrganisationsModule,
        CareExperiencesModule,
        BlocksModule,
        ChatModule,
        SearchModule,
        ConsentsModule,
        InsightsModule,
        NotificationsModule,
        AccountModule,
        ModerationModule,
        GuidesModule,
        OpenDataModule,
        RetentionModule,
        OnboardingModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
