import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useMyConsentsQuery, useSetConsentMutation, useShareCareExperienceMutation } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { StoryForm } from '../modules/care-experiences/components/StoryForm';
import type { StoryDraft } from '../modules/care-experiences/components/StoryForm';
import { showSupport } from '../modules/moderation/support-store';
import type { SupportMessage } from '../modules/moderation/support-store';

export function ShareCarePage() {
  usePageTitle('Share your experience of care');
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { viewer, isLoading, error } = useViewer();
  const consents = useMyConsentsQuery(undefined, { enabled: !!viewer });
  const share = useShareCareExperienceMutation();
  const setConsent = useSetConsentMutation();

  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load this page" error={error} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname)} replace />;
  const research = consents.data?.myConsents.find((c) => c.purpose === 'research')?.granted ?? false;

  const submit = (draft: StoryDraft, support: SupportMessage | null) => {
    share.mutate(
      { input: draft.input },
      {
        onSuccess: async (data) => {
          if (draft.countInResearch) await setConsent.mutateAsync({ purpose: 'research', granted: true }).catch(() => undefined);
          void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('Care') || String(q.queryKey[0]).startsWith('MyC') });
          showSupport(support);
          void navigate(WEB_ROUTES.careStory(data.shareCareExperience.id), { state: { flash: 'Thank you: your story is shared.' } satisfies FlashState });
        },
      },
    );
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Experiences of care', to: WEB_ROUTES.careStories }, { label: 'Share your story' }]} />
      <header className="page-header">
        <p className="eyebrow">Experiences of care</p>
        <h1>Share your experience of care</h1>
        <p className="lead">
          How did a service treat you? Name the kind of service and the area only: never a postcode, a practice or a person.
        </p>
      </header>
      <StoryForm onSubmit={submit} pending={share.isPending} error={share.error} askResearch={!consents.isLoading && !research} />
      <p className="muted">
        <Link to={WEB_ROUTES.careStories}>Back to experiences of care</Link>
      </p>
    </>
  );
}
