'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormState } from '../../form-state';
import { acceptAsSignedInAction } from './actions';

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState<FormState>(acceptAsSignedInAction.bind(null, token), {});
  return (
    <form action={action} className="space-y-4">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Button type="submit" pending={pending} className="w-full">
        Join {workspaceName}
      </Button>
    </form>
  );
}
