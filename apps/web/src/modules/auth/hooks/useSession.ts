import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import {
  useSignOutEverywhereMutation,
  useSignOutMutation,
} from '../../../generated/graphql';
import type { MeQuery, ViewerFragment } from '../../../generated/graphql';
import type { FlashState } from '../../../app/ui/navigation';
import { disconnectChat } from '../../chat/hooks/chat-socket';
import { meQueryKey } from './useViewer';

/** After register or sign-in: remember who is signed in and refetch anything viewer-specific. */
export function useOnSignedIn() {
  const queryClient = useQueryClient();
  return (me: ViewerFragment) => {
    queryClient.setQueryData<MeQuery>(meQueryKey, { me });
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  };
}

/** Sign out (this session) and sign out everywhere (every session of the account). */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOutMutation();
  const signOutEverywhere = useSignOutEverywhereMutation();

  const finish = async (flash: string) => {
    // The chat connection was authenticated at its handshake: close it with the session.
    disconnectChat();
    // Leave any members-only page first, then forget everything the member could see.
    await navigate(WEB_ROUTES.home, { state: { flash } satisfies FlashState });
    queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  };

  return {
    signOut: () =>
      signOut.mutate({}, { onSuccess: () => void finish('You have signed out. Take care.') }),
    signOutEverywhere: () =>
      signOutEverywhere.mutate({}, {
        onSuccess: (data) =>
          void finish(
            data.signOutEverywhere > 1
              ? `You have signed out on all your devices (${data.signOutEverywhere} sessions ended).`
              : 'You have signed out on all your devices.',
          ),
      }),
    isPending: signOut.isPending || signOutEverywhere.isPending,
    error: signOut.error ?? signOutEverywhere.error,
  };
}
