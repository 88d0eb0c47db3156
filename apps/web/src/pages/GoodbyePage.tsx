import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { usePageTitle } from '../app/ui/usePageTitle';
import type { GoodbyeState } from '../modules/account/components/DeleteAccountForm';
import type { MeQuery } from '../generated/graphql';
import { meQueryKey } from '../modules/auth/hooks/useViewer';

export function GoodbyePage() {
  usePageTitle('Your account has been deleted');
  const state = (useLocation().state as GoodbyeState | null) ?? {};
  const queryClient = useQueryClient();
  // The member is forgotten here, once this page shows: the account and its sessions are gone.
  useEffect(() => {
    queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  }, [queryClient]);
  return (
    <div className="narrow">
      <h1>Your account has been deleted</h1>
      {state.deletedHandle ? (
        <p className="lead">Goodbye, {state.deletedHandle}. Thank you for being part of Kindred.</p>
      ) : (
        <p className="lead">Thank you for being part of Kindred.</p>
      )}
      <p>
        {state.content === 'keep_content'
          ? 'What you wrote stays for others to read, shown as by “former member”.'
          : state.content === 'remove_content'
            ? 'The text of what you wrote has been removed.'
            : null}{' '}
        Your handle, email address, sessions, consents and the rest of your private data have been erased, and you have
        been signed out.
      </p>
      <p>Take care of yourself. You are welcome back any time.</p>
      <ul className="link-list">
        <li>
          <Link to={WEB_ROUTES.home}>Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
