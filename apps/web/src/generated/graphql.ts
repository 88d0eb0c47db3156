/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useQuery, useInfiniteQuery, useMutation, UseQueryOptions, UseInfiniteQueryOptions, InfiniteData, UseMutationOptions } from '@tanstack/react-query';
import { fetcher } from '../app/graphql-client';
/** One of pending, verified. */
export type ClinicianStatus =
  | 'pending'
  | 'verified';

export type GroupRole =
  | 'member'
  | 'moderator';

/** public: anyone may join. private: joining is a request a group moderator decides. */
export type GroupVisibility =
  | 'private'
  | 'public';

export type MembershipStatus =
  | 'active'
  | 'declined'
  | 'pending';

export type RegisterInput = {
  /** Register as a clinician (pending until an admin verifies). */
  asClinician?: boolean | null | undefined;
  /** Organisation you work for (clinicians). */
  clinicianOrganisation?: string | null | undefined;
  /** Professional registration number (clinicians). */
  clinicianRegistration?: string | null | undefined;
  /** Never shown to anyone else. */
  email: string;
  /** Public pseudonym: 3-24 letters, digits, _ or -, starting with a letter. */
  handle: string;
  password: string;
};

/** One of member, moderator, clinician, admin. */
export type Role =
  | 'admin'
  | 'clinician'
  | 'member'
  | 'moderator';

export type SignInInput = {
  /** Email address or handle. */
  login: string;
  password: string;
};

export type UpdateProfileInput = {
  /** A short public introduction, at most 500 characters. */
  bio: string;
};

export type ViewerFragment = { id: string, handle: string, email: string, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, createdAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, handle: string, email: string, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, createdAt: string } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { id: string, handle: string, email: string, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, createdAt: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, handle: string, email: string, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, createdAt: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type ConditionSummaryFragment = { id: string, slug: string, name: string, icd10Code: string, family: string };

export type ConditionsQueryVariables = Exact<{
  filter?: string | null | undefined;
  family?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionsQuery = { conditions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, icd10Code: string, family: string }> } };

export type ConditionFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConditionFamiliesQuery = { conditionFamilies: Array<{ name: string, conditionCount: number }> };

export type ConditionQueryVariables = Exact<{
  slug: string;
}>;


export type ConditionQuery = { condition: { synonyms: Array<string>, description: string, id: string, slug: string, name: string, icd10Code: string, family: string } };

export type GroupSummaryFragment = { id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number };

export type ConditionGroupsQueryVariables = Exact<{
  conditionSlug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionGroupsQuery = { groups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number, viewerMembership: { id: string, status: MembershipStatus } | null }> } };

export type GroupQueryVariables = Exact<{
  slug: string;
}>;


export type GroupQuery = { group: { allowAnonymous: boolean, createdAt: string, viewerCanModerate: boolean, id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number, viewerMembership: { id: string, status: MembershipStatus, role: GroupRole, requestedAt: string, joinedAt: string | null } | null, condition: { id: string, slug: string, name: string, icd10Code: string } } };

export type GroupMembersQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupMembersQuery = { group: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ role: GroupRole, joinedAt: string, member: { id: string, handle: string, isModerator: boolean, isVerifiedClinician: boolean } }> } } };

export type GroupJoinRequestsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupJoinRequestsQuery = { group: { id: string, joinRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, requestedAt: string, member: { id: string, handle: string, bio: string } }> } } };

export type JoinGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, status: MembershipStatus, role: GroupRole, requestedAt: string, joinedAt: string | null, group: { id: string, memberCount: number } } };

export type LeaveGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type LeaveGroupMutation = { leaveGroup: boolean };

export type DecideJoinRequestMutationVariables = Exact<{
  requestId: string;
  approve: boolean;
}>;


export type DecideJoinRequestMutation = { decideJoinRequest: { id: string, status: MembershipStatus } };

export type MyGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyGroupsQuery = { myGroups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, visibility: GroupVisibility, memberCount: number, condition: { id: string, slug: string, name: string } }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, handle: string, email: string, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, createdAt: string } };


export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on Me {
  id
  handle
  email
  role
  clinicianStatus
  bio
  createdAt
}
    `, {"fragmentName":"Viewer"});
export const ConditionSummaryFragmentDoc = new TypedDocumentString(`
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}
    `, {"fragmentName":"ConditionSummary"});
export const GroupSummaryFragmentDoc = new TypedDocumentString(`
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}
    `, {"fragmentName":"GroupSummary"});
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  role
  clinicianStatus
  bio
  createdAt
}`);

export const useMeQuery = <
      TData = MeQuery,
      TError = Error
    >(
      variables?: MeQueryVariables,
      options?: Omit<UseQueryOptions<MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MeQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Me'] : ['Me', variables],
    queryFn: fetcher<MeQuery, MeQueryVariables>(MeDocument, variables),
    ...options
  }
    )};

useMeQuery.getKey = (variables?: MeQueryVariables) => variables === undefined ? ['Me'] : ['Me', variables];

export const useInfiniteMeQuery = <
      TData = InfiniteData<MeQuery>,
      TError = Error
    >(
      variables: MeQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MeQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables],
      queryFn: (metaData) => fetcher<MeQuery, MeQueryVariables>(MeDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMeQuery.getKey = (variables?: MeQueryVariables) => variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables];


useMeQuery.fetcher = (variables?: MeQueryVariables, options?: RequestInit['headers']) => fetcher<MeQuery, MeQueryVariables>(MeDocument, variables, options);

export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  role
  clinicianStatus
  bio
  createdAt
}`);

export const useRegisterMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RegisterMutation, TError, RegisterMutationVariables, TContext>) => {
    
    return useMutation<RegisterMutation, TError, RegisterMutationVariables, TContext>(
      {
    mutationKey: ['Register'],
    mutationFn: (variables?: RegisterMutationVariables) => fetcher<RegisterMutation, RegisterMutationVariables>(RegisterDocument, variables)(),
    ...options
  }
    )};


useRegisterMutation.fetcher = (variables: RegisterMutationVariables, options?: RequestInit['headers']) => fetcher<RegisterMutation, RegisterMutationVariables>(RegisterDocument, variables, options);

export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  role
  clinicianStatus
  bio
  createdAt
}`);

export const useSignInMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignInMutation, TError, SignInMutationVariables, TContext>) => {
    
    return useMutation<SignInMutation, TError, SignInMutationVariables, TContext>(
      {
    mutationKey: ['SignIn'],
    mutationFn: (variables?: SignInMutationVariables) => fetcher<SignInMutation, SignInMutationVariables>(SignInDocument, variables)(),
    ...options
  }
    )};


useSignInMutation.fetcher = (variables: SignInMutationVariables, options?: RequestInit['headers']) => fetcher<SignInMutation, SignInMutationVariables>(SignInDocument, variables, options);

export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `);

export const useSignOutMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignOutMutation, TError, SignOutMutationVariables, TContext>) => {
    
    return useMutation<SignOutMutation, TError, SignOutMutationVariables, TContext>(
      {
    mutationKey: ['SignOut'],
    mutationFn: (variables?: SignOutMutationVariables) => fetcher<SignOutMutation, SignOutMutationVariables>(SignOutDocument, variables)(),
    ...options
  }
    )};


useSignOutMutation.fetcher = (variables?: SignOutMutationVariables, options?: RequestInit['headers']) => fetcher<SignOutMutation, SignOutMutationVariables>(SignOutDocument, variables, options);

export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `);

export const useSignOutEverywhereMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignOutEverywhereMutation, TError, SignOutEverywhereMutationVariables, TContext>) => {
    
    return useMutation<SignOutEverywhereMutation, TError, SignOutEverywhereMutationVariables, TContext>(
      {
    mutationKey: ['SignOutEverywhere'],
    mutationFn: (variables?: SignOutEverywhereMutationVariables) => fetcher<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables)(),
    ...options
  }
    )};


useSignOutEverywhereMutation.fetcher = (variables?: SignOutEverywhereMutationVariables, options?: RequestInit['headers']) => fetcher<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables, options);

export const ConditionsDocument = new TypedDocumentString(`
    query Conditions($filter: String, $family: String, $first: Int, $after: String) {
  conditions(filter: $filter, family: $family, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ConditionSummary
    }
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionsQuery = <
      TData = ConditionsQuery,
      TError = Error
    >(
      variables?: ConditionsQueryVariables,
      options?: Omit<UseQueryOptions<ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Conditions'] : ['Conditions', variables],
    queryFn: fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, variables),
    ...options
  }
    )};

useConditionsQuery.getKey = (variables?: ConditionsQueryVariables) => variables === undefined ? ['Conditions'] : ['Conditions', variables];

export const useInfiniteConditionsQuery = <
      TData = InfiniteData<ConditionsQuery>,
      TError = Error
    >(
      variables: ConditionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionsQuery.getKey = (variables?: ConditionsQueryVariables) => variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables];


useConditionsQuery.fetcher = (variables?: ConditionsQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, variables, options);

export const ConditionFamiliesDocument = new TypedDocumentString(`
    query ConditionFamilies {
  conditionFamilies {
    name
    conditionCount
  }
}
    `);

export const useConditionFamiliesQuery = <
      TData = ConditionFamiliesQuery,
      TError = Error
    >(
      variables?: ConditionFamiliesQueryVariables,
      options?: Omit<UseQueryOptions<ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionFamiliesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables],
    queryFn: fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables),
    ...options
  }
    )};

useConditionFamiliesQuery.getKey = (variables?: ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables];

export const useInfiniteConditionFamiliesQuery = <
      TData = InfiniteData<ConditionFamiliesQuery>,
      TError = Error
    >(
      variables: ConditionFamiliesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionFamiliesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionFamiliesQuery.getKey = (variables?: ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables];


useConditionFamiliesQuery.fetcher = (variables?: ConditionFamiliesQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables, options);

export const ConditionDocument = new TypedDocumentString(`
    query Condition($slug: String!) {
  condition(slug: $slug) {
    ...ConditionSummary
    synonyms
    description
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionQuery = <
      TData = ConditionQuery,
      TError = Error
    >(
      variables: ConditionQueryVariables,
      options?: Omit<UseQueryOptions<ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionQuery, TError, TData>(
      {
    queryKey: ['Condition', variables],
    queryFn: fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, variables),
    ...options
  }
    )};

useConditionQuery.getKey = (variables: ConditionQueryVariables) => ['Condition', variables];

export const useInfiniteConditionQuery = <
      TData = InfiniteData<ConditionQuery>,
      TError = Error
    >(
      variables: ConditionQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Condition.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionQuery.getKey = (variables: ConditionQueryVariables) => ['Condition.infinite', variables];


useConditionQuery.fetcher = (variables: ConditionQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, variables, options);

export const ConditionGroupsDocument = new TypedDocumentString(`
    query ConditionGroups($conditionSlug: String!, $first: Int, $after: String) {
  groups(conditionSlug: $conditionSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...GroupSummary
      viewerMembership {
        id
        status
      }
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}`);

export const useConditionGroupsQuery = <
      TData = ConditionGroupsQuery,
      TError = Error
    >(
      variables: ConditionGroupsQueryVariables,
      options?: Omit<UseQueryOptions<ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionGroupsQuery, TError, TData>(
      {
    queryKey: ['ConditionGroups', variables],
    queryFn: fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables),
    ...options
  }
    )};

useConditionGroupsQuery.getKey = (variables: ConditionGroupsQueryVariables) => ['ConditionGroups', variables];

export const useInfiniteConditionGroupsQuery = <
      TData = InfiniteData<ConditionGroupsQuery>,
      TError = Error
    >(
      variables: ConditionGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionGroups.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionGroupsQuery.getKey = (variables: ConditionGroupsQueryVariables) => ['ConditionGroups.infinite', variables];


useConditionGroupsQuery.fetcher = (variables: ConditionGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables, options);

export const GroupDocument = new TypedDocumentString(`
    query Group($slug: String!) {
  group(slug: $slug) {
    ...GroupSummary
    allowAnonymous
    createdAt
    viewerCanModerate
    viewerMembership {
      id
      status
      role
      requestedAt
      joinedAt
    }
    condition {
      id
      slug
      name
      icd10Code
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}`);

export const useGroupQuery = <
      TData = GroupQuery,
      TError = Error
    >(
      variables: GroupQueryVariables,
      options?: Omit<UseQueryOptions<GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupQuery, TError, TData>(
      {
    queryKey: ['Group', variables],
    queryFn: fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, variables),
    ...options
  }
    )};

useGroupQuery.getKey = (variables: GroupQueryVariables) => ['Group', variables];

export const useInfiniteGroupQuery = <
      TData = InfiniteData<GroupQuery>,
      TError = Error
    >(
      variables: GroupQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Group.infinite', variables],
      queryFn: (metaData) => fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupQuery.getKey = (variables: GroupQueryVariables) => ['Group.infinite', variables];


useGroupQuery.fetcher = (variables: GroupQueryVariables, options?: RequestInit['headers']) => fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, variables, options);

export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        role
        joinedAt
        member {
          id
          handle
          isModerator
          isVerifiedClinician
        }
      }
    }
  }
}
    `);

export const useGroupMembersQuery = <
      TData = GroupMembersQuery,
      TError = Error
    >(
      variables: GroupMembersQueryVariables,
      options?: Omit<UseQueryOptions<GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupMembersQuery, TError, TData>(
      {
    queryKey: ['GroupMembers', variables],
    queryFn: fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, variables),
    ...options
  }
    )};

useGroupMembersQuery.getKey = (variables: GroupMembersQueryVariables) => ['GroupMembers', variables];

export const useInfiniteGroupMembersQuery = <
      TData = InfiniteData<GroupMembersQuery>,
      TError = Error
    >(
      variables: GroupMembersQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupMembersQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupMembers.infinite', variables],
      queryFn: (metaData) => fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupMembersQuery.getKey = (variables: GroupMembersQueryVariables) => ['GroupMembers.infinite', variables];


useGroupMembersQuery.fetcher = (variables: GroupMembersQueryVariables, options?: RequestInit['headers']) => fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, variables, options);

export const GroupJoinRequestsDocument = new TypedDocumentString(`
    query GroupJoinRequests($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    joinRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        requestedAt
        member {
          id
          handle
          bio
        }
      }
    }
  }
}
    `);

export const useGroupJoinRequestsQuery = <
      TData = GroupJoinRequestsQuery,
      TError = Error
    >(
      variables: GroupJoinRequestsQueryVariables,
      options?: Omit<UseQueryOptions<GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupJoinRequestsQuery, TError, TData>(
      {
    queryKey: ['GroupJoinRequests', variables],
    queryFn: fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables),
    ...options
  }
    )};

useGroupJoinRequestsQuery.getKey = (variables: GroupJoinRequestsQueryVariables) => ['GroupJoinRequests', variables];

export const useInfiniteGroupJoinRequestsQuery = <
      TData = InfiniteData<GroupJoinRequestsQuery>,
      TError = Error
    >(
      variables: GroupJoinRequestsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupJoinRequestsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupJoinRequests.infinite', variables],
      queryFn: (metaData) => fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupJoinRequestsQuery.getKey = (variables: GroupJoinRequestsQueryVariables) => ['GroupJoinRequests.infinite', variables];


useGroupJoinRequestsQuery.fetcher = (variables: GroupJoinRequestsQueryVariables, options?: RequestInit['headers']) => fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables, options);

export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($groupId: ID!) {
  joinGroup(groupId: $groupId) {
    id
    status
    role
    requestedAt
    joinedAt
    group {
      id
      memberCount
    }
  }
}
    `);

export const useJoinGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<JoinGroupMutation, TError, JoinGroupMutationVariables, TContext>) => {
    
    return useMutation<JoinGroupMutation, TError, JoinGroupMutationVariables, TContext>(
      {
    mutationKey: ['JoinGroup'],
    mutationFn: (variables?: JoinGroupMutationVariables) => fetcher<JoinGroupMutation, JoinGroupMutationVariables>(JoinGroupDocument, variables)(),
    ...options
  }
    )};


useJoinGroupMutation.fetcher = (variables: JoinGroupMutationVariables, options?: RequestInit['headers']) => fetcher<JoinGroupMutation, JoinGroupMutationVariables>(JoinGroupDocument, variables, options);

export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `);

export const useLeaveGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<LeaveGroupMutation, TError, LeaveGroupMutationVariables, TContext>) => {
    
    return useMutation<LeaveGroupMutation, TError, LeaveGroupMutationVariables, TContext>(
      {
    mutationKey: ['LeaveGroup'],
    mutationFn: (variables?: LeaveGroupMutationVariables) => fetcher<LeaveGroupMutation, LeaveGroupMutationVariables>(LeaveGroupDocument, variables)(),
    ...options
  }
    )};


useLeaveGroupMutation.fetcher = (variables: LeaveGroupMutationVariables, options?: RequestInit['headers']) => fetcher<LeaveGroupMutation, LeaveGroupMutationVariables>(LeaveGroupDocument, variables, options);

export const DecideJoinRequestDocument = new TypedDocumentString(`
    mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {
  decideJoinRequest(requestId: $requestId, approve: $approve) {
    id
    status
  }
}
    `);

export const useDecideJoinRequestMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DecideJoinRequestMutation, TError, DecideJoinRequestMutationVariables, TContext>) => {
    
    return useMutation<DecideJoinRequestMutation, TError, DecideJoinRequestMutationVariables, TContext>(
      {
    mutationKey: ['DecideJoinRequest'],
    mutationFn: (variables?: DecideJoinRequestMutationVariables) => fetcher<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables)(),
    ...options
  }
    )};


useDecideJoinRequestMutation.fetcher = (variables: DecideJoinRequestMutationVariables, options?: RequestInit['headers']) => fetcher<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables, options);

export const MyGroupsDocument = new TypedDocumentString(`
    query MyGroups($first: Int, $after: String) {
  myGroups(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      visibility
      memberCount
      condition {
        id
        slug
        name
      }
    }
  }
}
    `);

export const useMyGroupsQuery = <
      TData = MyGroupsQuery,
      TError = Error
    >(
      variables?: MyGroupsQueryVariables,
      options?: Omit<UseQueryOptions<MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MyGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyGroups'] : ['MyGroups', variables],
    queryFn: fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, variables),
    ...options
  }
    )};

useMyGroupsQuery.getKey = (variables?: MyGroupsQueryVariables) => variables === undefined ? ['MyGroups'] : ['MyGroups', variables];

export const useInfiniteMyGroupsQuery = <
      TData = InfiniteData<MyGroupsQuery>,
      TError = Error
    >(
      variables: MyGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MyGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables],
      queryFn: (metaData) => fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyGroupsQuery.getKey = (variables?: MyGroupsQueryVariables) => variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables];


useMyGroupsQuery.fetcher = (variables?: MyGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, variables, options);

export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  role
  clinicianStatus
  bio
  createdAt
}`);

export const useUpdateProfileMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateProfileMutation, TError, UpdateProfileMutationVariables, TContext>) => {
    
    return useMutation<UpdateProfileMutation, TError, UpdateProfileMutationVariables, TContext>(
      {
    mutationKey: ['UpdateProfile'],
    mutationFn: (variables?: UpdateProfileMutationVariables) => fetcher<UpdateProfileMutation, UpdateProfileMutationVariables>(UpdateProfileDocument, variables)(),
    ...options
  }
    )};


useUpdateProfileMutation.fetcher = (variables: UpdateProfileMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateProfileMutation, UpdateProfileMutationVariables>(UpdateProfileDocument, variables, options);
