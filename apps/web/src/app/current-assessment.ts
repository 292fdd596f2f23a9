import { councilPath, type ApiClient } from './api/api-client.js';
import type { Assessment, AssessmentSummary, Page } from './api/resources.js';

const FINISHED_STATES: readonly string[] = ['published', 'withdrawn'];

/**
 * The assessment a council's pages are about: the one named in the address, else the one in
 * progress with the most recorded (an assessment that has not had its notice yet comes after one
 * under way), else the last of all.
 */
export function chooseAssessment(summaries: readonly AssessmentSummary[], requestedId: string | null): AssessmentSummary | undefined {
  if (requestedId !== null) {
    const requested = summaries.find((summary) => summary.assessmentId === requestedId);
    if (requested !== undefined) return requested;
  }
  const inProgress = summaries.filter((summary) => !FINISHED_STATES.includes(summary.stateId));
  const furthest = inProgress.reduce<AssessmentSummary | undefined>((best, summary) => (best === undefined || summary.version >= best.version ? summary : best), undefined);
  return furthest ?? summaries.at(-1);
}

/** The council's assessments and the chosen one in full (undefined when the council has none yet). */
export async function loadCurrentAssessment(
  api: ApiClient,
  councilId: string,
  requestedId: string | null,
): Promise<{ readonly summaries: readonly AssessmentSummary[]; readonly assessment: Assessment | undefined; readonly etag: string | undefined }> {
  const { body } = await api.get<Page<AssessmentSummary>>(councilPath(councilId, 'assessments'), { limit: 1000 });
  const chosen = chooseAssessment(body.items, requestedId);
  if (chosen === undefined) return { summaries: body.items, assessment: undefined, etag: undefined };
  const full = await api.get<Assessment>(councilPath(councilId, 'assessments', chosen.assessmentId));
  return { summaries: body.items, assessment: full.body, etag: full.etag };
}
