export type ExperimentParams = { experimentId: string };
