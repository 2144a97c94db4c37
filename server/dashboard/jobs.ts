import { newId } from "../../core/ids.ts";

/**
 * Long dashboard actions (retrain, learning cycle) run in the background; the page they redirect to shows a
 * <progress> bar and refreshes itself until the job is done. In memory on purpose: a job's outcome is recorded in the
 * database by the action itself, this only tracks the progress display.
 */
export interface DashboardJob {
  id: string;
  title: string;
  done: number;
  total: number;
  message: string;
  state: "running" | "succeeded" | "failed";
  resultHref?: string;
  error?: string;
}

const jobs = new Map<string, DashboardJob>();

export function startJob(
  title: string,
  work: (progress: (done: number, total: number, message: string) => void) => Promise<string | undefined>,
): DashboardJob {
  const job: DashboardJob = { id: newId("job"), title, done: 0, total: 1, message: "starting", state: "running" };
  jobs.set(job.id, job);
  if (jobs.size > 200) jobs.delete(jobs.keys().next().value!);
  void work((done, total, message) => Object.assign(job, { done, total, message }))
    .then((href) =>
      Object.assign(job, {
        state: "succeeded",
        done: job.total,
        message: "finished",
        ...(href ? { resultHref: href } : {}),
      }),
    )
    .catch((error: unknown) =>
      Object.assign(job, { state: "failed", error: error instanceof Error ? error.message : String(error) }),
    );
  return job;
}

export const getJob = (id: string) => jobs.get(id);
