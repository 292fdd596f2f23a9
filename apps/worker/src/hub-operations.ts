import { randomUUID } from 'node:crypto';
import { InvalidInputError } from '@asc-assure/framework';
import { HUB_PING_WORKFLOW_TYPE, type TemporalEngine } from '@asc-assure/engine-temporal';
import { ASSESSMENT_STAGES, displayDate, type AssessmentEventInput, type AssessmentListFilter, type AssessmentSummary, type AssessmentView } from '@asc-assure/lifecycle';
import { WorkflowFailedError, type Client } from '@temporalio/client';

/**
 * What the `hub` commands do, apart from parsing their arguments: each takes the engine (or
 * client) and returns the text to print, so they are tested without a terminal.
 */

/** The lines of `hub list`: one per assessment, aligned. */
export function formatAssessmentList(summaries: readonly AssessmentSummary[]): string {
  if (summaries.length === 0) return 'No assessments on this hub match.\n';
  const rows = [
    ['ASSESSMENT', 'COUNCIL', 'STAGE', 'STATE', 'NEXT DEADLINE'],
    ...summaries.map((summary) => [
      summary.assessmentId,
      summary.councilName,
      String(summary.stage),
      summary.stateLabel,
      summary.nextDeadline === undefined ? '-' : `${summary.nextDeadline.title} ${displayDate(summary.nextDeadline.dueDate)}`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return `${rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n')}\n`;
}

/** `hub list`: the hub's assessments, optionally of one council or at one stage. */
export async function listHubAssessments(engine: TemporalEngine, filter: AssessmentListFilter, options: { readonly json: boolean }): Promise<string> {
  const summaries = await engine.list(filter);
  return options.json ? `${JSON.stringify(summaries, null, 2)}\n` : formatAssessmentList(summaries);
}

/** Reads an event written as JSON on the command line; bad JSON is bad input, nothing is sent. */
export function parseEventArgument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInputError('The event cannot be read', [
      { code: 'event-not-json', path: ['event'], message: `it must be JSON, for example '{"type":"notice.received","date":"2024-03-18"}' (${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
}

/** The lines describing one assessment: stage, state, deadlines, what can happen next. */
export function formatAssessmentView(view: AssessmentView, sentKeys: readonly string[] = []): string {
  const stage = ASSESSMENT_STAGES.find((candidate) => candidate.stage === view.state.stage);
  const lines = [
    `${view.config.councilName} (${view.config.councilId}), assessment ${view.assessmentId}`,
    `Stage ${view.state.stage}${stage === undefined ? '' : ` (${stage.label})`}: ${view.state.stateId}, after ${view.state.version} event(s)`,
    view.nextDeadline === undefined ? 'No open deadline.' : `Next deadline: ${view.nextDeadline.title} ${displayDate(view.nextDeadline.dueDate)}`,
  ];
  if (view.deadlines.length > 0) {
    lines.push('Deadlines:');
    for (const deadline of view.deadlines) lines.push(`  ${deadline.title.padEnd(36)} ${displayDate(deadline.dueDate).padEnd(28)} ${deadline.status}${deadline.moved ? ' (moved)' : ''}`);
  }
  lines.push(view.allowedEvents.length === 0 ? 'It takes no more events.' : `Can record next: ${view.allowedEvents.join(', ')}`);
  lines.push(`Notifications sent: ${sentKeys.length}`);
  return `${lines.join('\n')}\n`;
}

/** `hub send`: records an event and describes the assessment after it. */
export async function sendHubEvent(engine: TemporalEngine, assessmentId: string, eventText: string): Promise<string> {
  // The workflow's validator checks the event in full (applyEvent): an unusable one is refused as `event-invalid`.
  const view = await engine.send(assessmentId, parseEventArgument(eventText) as AssessmentEventInput);
  return `Recorded. ${formatAssessmentView(view)}`;
}

/** `hub open`: starts an assessment on the hub. */
export async function openHubAssessment(engine: TemporalEngine, assessmentId: string, council: { readonly councilId: string; readonly councilName: string }): Promise<string> {
  const view = await engine.start({ assessmentId, config: council });
  return `Started assessment ${view.assessmentId} of ${view.config.councilName} on the hub (workflow ${engine.workflowId(assessmentId)}).\n`;
}

/** `hub status <assessment>`: one assessment in full. */
export async function hubAssessmentStatus(engine: TemporalEngine, assessmentId: string): Promise<string> {
  const view = await engine.get(assessmentId);
  if (view === undefined) {
    throw new InvalidInputError('There is no such assessment on this hub', [{ code: 'assessment-not-found', path: ['assessment'], message: `no assessment has the id "${assessmentId}"` }]);
  }
  const { sentKeys } = await engine.notifications(assessmentId);
  return formatAssessmentView(view, sentKeys);
}

/** Whether a worker answered, and how long the round trip took. */
export interface HubPing {
  readonly answered: boolean;
  readonly milliseconds: number;
}

/**
 * Runs the no-op workflow on the hub's task queue: it completes only if a worker is polling.
 * Gives up after `timeoutMs`.
 */
export async function pingHubWorker(client: Client, taskQueue: string, timeoutMs = 10_000): Promise<HubPing> {
  const started = performance.now();
  try {
    await client.workflow.execute(HUB_PING_WORKFLOW_TYPE, { taskQueue, workflowId: `asc-assure-ping-${randomUUID()}`, workflowExecutionTimeout: timeoutMs });
    return { answered: true, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof WorkflowFailedError) return { answered: false, milliseconds: Math.round(performance.now() - started) };
    throw error;
  }
}

/** `hub status` with no assessment: is a worker polling, and how many assessments are at each stage. */
export async function hubStatus(engine: TemporalEngine, client: Client, taskQueue: string): Promise<string> {
  const ping = await pingHubWorker(client, taskQueue);
  const lines = [
    `Temporal namespace ${client.options.namespace}, task queue ${taskQueue}`,
    ping.answered
      ? `A worker is polling: it answered in ${ping.milliseconds} ms.`
      : `No worker answered within ${ping.milliseconds} ms: start one with \`asc-assure hub start\` (or \`asc-assure-worker\`).`,
  ];
  if (ping.answered) {
    const summaries = await engine.list();
    lines.push(`${summaries.length} assessment(s) on this hub.`);
    for (const stage of ASSESSMENT_STAGES) {
      const count = summaries.filter((summary) => summary.stage === stage.stage).length;
      if (count > 0) lines.push(`  stage ${stage.stage} (${stage.label}): ${count}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
