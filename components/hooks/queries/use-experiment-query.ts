'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Experiment } from '@/lib/db/queries/experiments/experiment-shape';
import type { ExperimentResults } from '@/lib/experiments/results/types';
import type { CreateExperimentInput, UpdateExperimentInput } from '@/lib/validations/experiments';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

/** An experiment as it arrives over HTTP (dates as ISO strings). */
export type ExperimentJson = Omit<Experiment, 'startedAt' | 'stoppedAt' | 'createdAt' | 'updatedAt'> & {
  startedAt: string | null;
  stoppedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

const experimentKey = (experimentId: string) => ['experiment', { experimentId }] as const;
const resultsKey = (experimentId: string) => ['experiment-results', { experimentId }] as const;
const url = (experimentId: string) => `/api/v1/experiments/${encodeURIComponent(experimentId)}`;

export function useExperimentQuery(experimentId: string, initialData?: ExperimentJson) {
  return useQuery({
    queryKey: experimentKey(experimentId),
    queryFn: async () => (await apiFetch<{ experiment: ExperimentJson }>(url(experimentId))).experiment,
    enabled: !!experimentId,
    initialData,
  });
}

/** Results refresh every minute while the page is open (a running experiment keeps counting). */
export function useExperimentResultsQuery(experimentId: string) {
  return useQuery({
    queryKey: resultsKey(experimentId),
    queryFn: async () => (await apiFetch<{ results: ExperimentResults }>(`${url(experimentId)}/results`)).results,
    enabled: !!experimentId,
    refetchInterval: 60_000,
  });
}

export function useExperimentAction(experimentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'start' | 'stop') => apiFetch<{ experiment: ExperimentJson }>(`${url(experimentId)}/${action}`, { method: 'POST' }),
    onSuccess: async ({ experiment }) => {
      client.setQueryData(experimentKey(experimentId), experiment);
      await refresh(client, resultsKey(experimentId));
    },
  });
}

export function useSaveExperiment(experimentId?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateExperimentInput | UpdateExperimentInput) =>
      experimentId
        ? apiFetch<{ experiment: ExperimentJson }>(url(experimentId), { method: 'PATCH', body: input })
        : apiFetch<{ experiment: ExperimentJson }>('/api/v1/experiments', { method: 'POST', body: input }),
    onSuccess: ({ experiment }) => client.setQueryData(experimentKey(experiment.id), experiment),
  });
}

export function useDeleteExperiment(experimentId: string) {
  return useMutation({ mutationFn: () => apiFetch<void>(url(experimentId), { method: 'DELETE' }) });
}
