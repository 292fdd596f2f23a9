import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_INFORMATION_RETURN_ITEMS, RATING_LABELS, addCalendarDays, checkCaseTrackingList, compareIsoDates, generateSyntheticEvidenceBank, generateSyntheticExtract, generateSyntheticSelfAssessment, isWorkingDay, proposeCaseTrackingList, toCaseTrackingRecords, workingDaysBetween, type CaseTrackingListCheck, type CaseTrackingProposal, type CaseTrackingRecord, type CohortId, type IsoDate, type ScoreComparison, caseListIdOf, proposedCaseRecords } from '@asc-assure/framework';
import {
  ASSESSMENT_EVENT_LABELS,
  ASSESSMENT_STATES,
  assessmentCalendar,
  assessmentStage,
  displayDate,
  type AssessmentDeadline,
  type AssessmentEventInput,
  type AssessmentNotification,
  type AssessmentView,
  type Notifier,
} from '@asc-assure/lifecycle';
import { Command, InvalidArgumentError } from 'commander';
import { recordAudit } from '../support/audit.js';
import { caseListHeadings, writeCaseListWorkbook } from '../support/case-list-workbook.js';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { deadlineRows } from '../support/deadline-rows.js';
import { deadlinesIcs } from '../support/deadlines-ics.js';
import { DEMO_COUNCIL, DEMO_DATES, DEMO_EVIDENCE_ITEMS, DEMO_PUBLISHED_RESULT, DEMO_SEED, demoCaseDetails } from '../support/demo-council.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import type { Output } from '../support/output.js';
import { caseListPersonalDataFindings } from '../support/personal-data-findings.js';
import { loadReadinessInput, saveReadinessRecords } from '../support/readiness-records.js';
import { createKeyFile, removeFolder, workspaceFromParts, workspacePathsIn, writeWorkspaceConfig, type Workspace } from '../support/workspace.js';
import { writeFileSafely } from '../support/write-file-safely.js';
import { analyseCouncilReadiness, writeReadinessHtml } from './readiness.js';

const DEFAULT_PEOPLE = 10_000;

function peopleCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 100 || number > 1_000_000) throw new InvalidArgumentError('must be a whole number from 100 to 1,000,000.');
  return number;
}

/** Prints the day's heading the first time something happens on it. */
class DayLog {
  private printedFor: IsoDate | undefined;
  day: IsoDate;

  constructor(
    private readonly output: Output,
    start: IsoDate,
  ) {
    this.day = start;
  }

  line(text: string): void {
    if (this.printedFor !== this.day) {
      this.output.line();
      this.output.line(this.output.colors.bold(displayDate(this.day)));
      this.printedFor = this.day;
    }
    this.output.line(`  ${text}`);
  }
}

interface DemoSummary {
  events: { date: IsoDate; type: string; label: string }[];
  stages: { stage: number; label: string; enteredOn: IsoDate }[];
  reminders: { sendOn: IsoDate; kind: string; subject: string }[];
  caseList?: { eligible: number; proposed: number; check: { ok: boolean; errors: number; warnings: number } };
}

/** What the demo says about an event beside its label. */
function eventDetail(event: AssessmentEventInput): string {
  switch (event.type) {
    case 'information-return.submitted':
      return event.documentCount === undefined ? '' : `${event.documentCount} documents`;
    case 'site-visit.notified':
      return `onsite visit ${displayDate(event.onsiteStartsOn)} to ${displayDate(event.onsiteEndsOn)}`;
    case 'case-list.submitted':
      return `${event.count} people, through CQC's secure portal`;
    case 'cases.selected':
      return `${event.trackedIds.length} to track, ${event.reserveIds.length} reserves`;
    case 'consent.recorded':
      return `${event.pseudonymisedId} ${event.consent === 'given' ? 'agreed to be contacted' : 'refused'}`;
    case 'factual-accuracy.returned':
      return event.commentCount === undefined ? '' : `${event.commentCount} comments`;
    case 'report.published':
      return `${RATING_LABELS[event.rating]} overall`;
    default:
      return '';
  }
}

/** Runs the simulated assessment: one day at a time, reminders first, then that day's events. */
class DemoRun {
  readonly summary: DemoSummary = { events: [], stages: [], reminders: [] };
  readonly log: DayLog;
  proposal: CaseTrackingProposal | undefined;
  caseRecords: CaseTrackingRecord[] = [];
  caseCheck: CaseTrackingListCheck | undefined;

  constructor(
    readonly context: CommandContext,
    readonly workspace: Workspace,
    readonly clock: { set(date: IsoDate): void; today(): IsoDate },
    readonly people: number,
  ) {
    this.log = new DayLog(context.output, DEMO_DATES.notice);
  }

  notifier(): Notifier {
    return {
      notify: (notification: AssessmentNotification) => {
        const { colors } = this.context.output;
        this.log.line(`${notification.kind === 'overdue' ? colors.red('OVERDUE ') : colors.yellow('REMINDER')} ${notification.subject}`);
        this.summary.reminders.push({ sendOn: notification.sendOn, kind: notification.kind, subject: notification.subject });
        return Promise.resolve();
      },
    };
  }

  async send(event: AssessmentEventInput): Promise<AssessmentView> {
    const engine = await this.workspace.engine();
    const before = await engine.get(DEMO_COUNCIL.assessmentId);
    const view = await engine.send(DEMO_COUNCIL.assessmentId, event);
    this.summary.events.push({ date: event.date, type: event.type, label: ASSESSMENT_EVENT_LABELS[event.type].label });
    const detail = eventDetail(event);
    this.log.line(`${this.context.output.colors.green('Recorded')} ${ASSESSMENT_EVENT_LABELS[event.type].label}${detail === '' ? '' : `: ${detail}`}`);
    if (before?.state.stateId !== view.state.stateId) {
      const stage = assessmentStage(view.state.stage);
      const state = ASSESSMENT_STATES[view.state.stateId];
      if (before?.state.stage !== view.state.stage) this.summary.stages.push({ stage: stage.stage, label: stage.label, enteredOn: event.date });
      this.log.line(this.context.output.colors.bold(`Stage ${stage.stage} of 6, ${stage.label}: ${state.label}`));
    }
    this.describeDeadlineChanges(before?.deadlines ?? [], view);
    return view;
  }

  private describeDeadlineChanges(before: readonly AssessmentDeadline[], view: AssessmentView): void {
    const { calendar } = assessmentCalendar(view.config);
    for (const deadline of view.deadlines) {
      const earlier = before.find((candidate) => candidate.id === deadline.id);
      if (earlier === undefined) {
        const away = workingDaysBetween(this.clock.today(), deadline.dueDate, calendar);
        const when = deadline.kind === 'due' ? `${deadline.title}: ${displayDate(deadline.dueDate)}` : `Onsite visit no earlier than ${displayDate(deadline.dueDate)}`;
        this.log.line(`Deadline set: ${when} (${away} working days away)`);
      } else if (earlier.status !== deadline.status && deadline.status !== 'open') {
        this.log.line(`Deadline ${deadline.status}: ${deadline.title} (${displayDate(deadline.dueDate)})`);
      }
    }
  }

  async seedCouncil(): Promise<void> {
    const asOf = this.clock.today();
    const evidence = generateSyntheticEvidenceBank({ count: DEMO_EVIDENCE_ITEMS, seed: DEMO_SEED, asOf });
    const self = generateSyntheticSelfAssessment({ seed: DEMO_SEED, asOf });
    await saveReadinessRecords(this.workspace.store, DEMO_COUNCIL.councilId, { evidence, ...self });
    const view = await (await this.workspace.engine()).get(DEMO_COUNCIL.assessmentId);
    const report = analyseCouncilReadiness(await loadReadinessInput(this.workspace.store, DEMO_COUNCIL.councilId, view), asOf);
    const predicted = report.predictedRating.status === 'complete' ? `, predicted ${RATING_LABELS[report.predictedRating.result.rating]}` : '';
    this.log.line(
      `Evidence bank of ${evidence.length} items and a self-assessment of all 9 quality statements: readiness ${report.readinessScore}/100${predicted}, ${report.findings.filter((finding) => finding.severity === 'high').length} high findings`,
    );
  }

  async markInformationReturnSubmitted(): Promise<number> {
    const { upsertInformationReturnProgress } = await import('@asc-assure/store');
    await this.workspace.store.transaction(async (tx) => {
      for (const item of DEFAULT_INFORMATION_RETURN_ITEMS) {
        await upsertInformationReturnProgress(tx, {
          councilId: DEMO_COUNCIL.councilId,
          assessmentId: DEMO_COUNCIL.assessmentId,
          itemId: item.id,
          owner: 'CQC assurance lead',
          status: 'submitted',
          documentReference: `IR/${item.id}.pdf`,
        });
      }
    });
    this.log.line(`Information Return checklist: all ${DEFAULT_INFORMATION_RETURN_ITEMS.length} items submitted`);
    return DEFAULT_INFORMATION_RETURN_ITEMS.length;
  }

  async proposeCaseList(): Promise<void> {
    const asOf = this.clock.today();
    const started = performance.now();
    const extract = generateSyntheticExtract({ count: this.people, seed: DEMO_SEED, asOf });
    const proposal = proposeCaseTrackingList(extract, { asOf, seed: `${DEMO_COUNCIL.assessmentId}` });
    const key = await this.workspace.pseudonymisationKey();
    const cohortOf = new Map<string, CohortId>(proposal.picks.map((pick) => [pick.row.localPersonId, pick.cohort]));
    this.caseRecords = toCaseTrackingRecords(proposal.picks, key, (row) => demoCaseDetails(cohortOf.get(row.localPersonId) ?? 'CT01'));
    this.caseCheck = checkCaseTrackingList(this.caseRecords, { asOf });
    const stored = proposedCaseRecords(proposal.picks, key);
    const { saveCaseList } = await import('@asc-assure/store');
    const caseListId = caseListIdOf(DEMO_COUNCIL.assessmentId);
    await this.workspace.store.transaction(async (tx) => {
      await saveCaseList(tx, {
        id: caseListId,
        councilId: DEMO_COUNCIL.councilId,
        assessmentId: DEMO_COUNCIL.assessmentId,
        status: this.caseCheck?.ok === true ? 'checked' : 'proposed',
        records: stored,
        checkedAt: this.workspace.clock.now(),
        problems: this.caseCheck?.problems ?? [],
      });
      await recordAudit(tx, this.workspace, { action: 'case-list.proposed', subject: `case-list/${caseListId}`, detail: { rows: extract.length, proposed: stored.length } });
    });
    this.proposal = proposal;
    const cohorts = Object.entries(proposal.coverage.cohorts)
      .map(([cohort, count]) => `${cohort} ${count}`)
      .join(', ');
    this.log.line(
      `Case list proposed from an extract of ${extract.length.toLocaleString('en-GB')} people (${proposal.eligibleCount.toLocaleString('en-GB')} eligible) in ${Math.round(performance.now() - started)} ms: ${proposal.picks.length} people, cohorts ${cohorts}`,
    );
    const first = stored[0];
    if (first !== undefined) this.log.line(`  e.g. ${first.pseudonymisedId} (${first.cohort}): ${first.reasons.slice(0, 3).join('; ')}`);
    const check = this.caseCheck;
    this.log.line(`Case list checked: ${check.ok ? 'ready to send' : 'not ready'} (${check.errorCount} errors, ${check.warningCount} warnings)`);
    this.summary.caseList = { eligible: proposal.eligibleCount, proposed: stored.length, check: { ok: check.ok, errors: check.errorCount, warnings: check.warningCount } };
  }

  pseudonymisedIds(): { tracked: string[]; reserves: string[] } {
    const ids = this.caseRecords.map((record) => record.pseudonymisedId);
    return { tracked: ids.slice(0, 6), reserves: ids.slice(6, 10) };
  }
}

/** The events and actions of each simulated day. */
function demoSchedule(run: DemoRun): Map<IsoDate, (() => Promise<unknown>)[]> {
  const schedule = new Map<IsoDate, (() => Promise<unknown>)[]>();
  const on = (date: IsoDate, step: () => Promise<unknown>): void => {
    schedule.set(date, [...(schedule.get(date) ?? []), step]);
  };
  on(DEMO_DATES.notice, () => run.seedCouncil());
  on(DEMO_DATES.notice, () => run.send({ type: 'notice.received', date: DEMO_DATES.notice }));
  on(DEMO_DATES.dataReviewChecked, () => run.send({ type: 'data-review.checked', date: DEMO_DATES.dataReviewChecked, note: 'ASCOF and survey figures tell the same story as the self-assessment' }));
  on(DEMO_DATES.informationReturnSubmitted, async () => {
    const documentCount = await run.markInformationReturnSubmitted();
    await run.send({ type: 'information-return.submitted', date: DEMO_DATES.informationReturnSubmitted, documentCount });
  });
  on(DEMO_DATES.siteVisitNotified, () =>
    run.send({ type: 'site-visit.notified', date: DEMO_DATES.siteVisitNotified, onsiteStartsOn: DEMO_DATES.onsiteStartsOn, onsiteEndsOn: DEMO_DATES.onsiteEndsOn }),
  );
  on(DEMO_DATES.siteVisitNotified, () => run.proposeCaseList());
  on(DEMO_DATES.caseListSubmitted, () => run.send({ type: 'case-list.submitted', date: DEMO_DATES.caseListSubmitted, count: run.caseRecords.length }));
  on(DEMO_DATES.casesSelected, () => {
    const { tracked, reserves } = run.pseudonymisedIds();
    return run.send({ type: 'cases.selected', date: DEMO_DATES.casesSelected, trackedIds: tracked, reserveIds: reserves });
  });
  for (const consent of DEMO_DATES.consents) {
    on(consent.date, () => {
      const { tracked, reserves } = run.pseudonymisedIds();
      const pseudonymisedId = (consent.who === 'tracked' ? tracked : reserves)[consent.index] ?? '';
      return run.send({ type: 'consent.recorded', date: consent.date, pseudonymisedId, consent: consent.consent });
    });
  }
  on(DEMO_DATES.onsiteStartsOn, () => run.send({ type: 'onsite.started', date: DEMO_DATES.onsiteStartsOn }));
  on(DEMO_DATES.onsiteEndsOn, () => run.send({ type: 'onsite.finished', date: DEMO_DATES.onsiteEndsOn }));
  on(DEMO_DATES.draftReportReceived, () => run.send({ type: 'draft-report.received', date: DEMO_DATES.draftReportReceived }));
  on(DEMO_DATES.factualAccuracyReturned, () => run.send({ type: 'factual-accuracy.returned', date: DEMO_DATES.factualAccuracyReturned, commentCount: 14 }));
  on(DEMO_DATES.published, () => run.send({ type: 'report.published', date: DEMO_DATES.published, ...DEMO_PUBLISHED_RESULT }));
  return schedule;
}

async function writeDemoFiles(run: DemoRun, outFolder: string, wallTimeSoFar: () => number): Promise<{ files: string[]; view: AssessmentView; comparison: ScoreComparison | null; readinessScore: number }> {
  const { workspace } = run;
  const today = workspace.today();
  const view = await (await workspace.engine()).get(DEMO_COUNCIL.assessmentId);
  if (view === undefined) throw new CliError(EXIT_CODES.infrastructure, 'The demo assessment was not found in its own database.');
  const report = analyseCouncilReadiness(await loadReadinessInput(workspace.store, DEMO_COUNCIL.councilId, view), today);
  const files = {
    readiness: join(outFolder, 'readiness.html'),
    caseList: join(outFolder, 'case-list.xlsx'),
    calendar: join(outFolder, 'deadlines.ics'),
    summary: join(outFolder, 'summary.json'),
  };
  await writeReadinessHtml(files.readiness, DEMO_COUNCIL.councilName, report, workspace.clock.now());
  const findings = caseListPersonalDataFindings(caseListHeadings(), run.caseRecords);
  if (findings.length > 0) {
    throw new CliError(EXIT_CODES.problemsFound, 'The demo case list looks like it holds personal data, so it was not written.', { problems: findings });
  }
  await writeCaseListWorkbook(files.caseList, run.caseRecords, { councilName: DEMO_COUNCIL.councilName, assessmentId: DEMO_COUNCIL.assessmentId, preparedOn: DEMO_DATES.siteVisitNotified });
  const rows = deadlineRows(view, today);
  await writeFileSafely(files.calendar, deadlinesIcs(view, rows));
  const predicted = report.predictedRating;
  const summary = {
    council: { ...DEMO_COUNCIL, fictional: true },
    simulated: { from: DEMO_DATES.notice, to: today },
    stages: run.summary.stages,
    events: run.summary.events,
    deadlines: view.deadlines.map((deadline) => ({ id: deadline.id, title: deadline.title, kind: deadline.kind, dueDate: deadline.dueDate, status: deadline.status, closedOn: deadline.closedOn })),
    reminders: run.summary.reminders,
    caseList: run.summary.caseList,
    readiness: {
      asOf: report.asOf,
      score: report.readinessScore,
      predictedRating: predicted.status === 'complete' ? predicted.result.rating : null,
      findings: { high: report.findings.filter((finding) => finding.severity === 'high').length, medium: report.findings.filter((finding) => finding.severity === 'medium').length, low: report.findings.filter((finding) => finding.severity === 'low').length },
    },
    published: { rating: view.state.context.publishedRating, scores: view.state.context.publishedScores, publishedOn: view.state.context.publishedOn },
    comparison: report.publishedComparison,
    finalState: { stateId: view.state.stateId, label: ASSESSMENT_STATES[view.state.stateId].label },
    files: Object.fromEntries(Object.entries(files).map(([name, path]) => [name, path])),
    wallTimeSeconds: 0,
  };
  summary.wallTimeSeconds = Math.round(wallTimeSoFar() / 100) / 10;
  await writeFileSafely(files.summary, `${JSON.stringify(summary, null, 2)}\n`);
  return { files: Object.values(files), view, comparison: report.publishedComparison, readinessScore: report.readinessScore };
}

/** The self-assessment beside CQC's result, in a sentence. */
function describeComparison(comparison: ScoreComparison): string {
  const { overall } = comparison;
  const statements = (count: number): string => `${count} statement${count === 1 ? '' : 's'}`;
  return `The self-assessment predicted ${RATING_LABELS[overall.selfAssessedRating]} (${overall.selfAssessedTotal}/36); CQC scored ${statements(comparison.underestimated.length)} higher than the council did, ${statements(comparison.overestimated.length)} lower and ${statements(comparison.matched.length)} the same.`;
}

/**
 * `asc-assure demo`: a fictional council walked through all six stages of an assessment on a
 * simulated clock, printing each stage, deadline and reminder as it fires, with its reports
 * written to a folder.
 */
export function demoCommand(context: CommandContext): Command {
  return new Command('demo')
    .description('Walk a fictional council through all six stages on a simulated clock and write its reports (no workspace needed)')
    .option('--out <folder>', 'where to write readiness.html, case-list.xlsx, deadlines.ics and summary.json', 'demo-output')
    .option('--people <count>', 'people in the synthetic extract the case list is chosen from', peopleCount, DEFAULT_PEOPLE)
    .action(async (options: { out: string; people: number }) => {
      const started = performance.now();
      const { output } = context;
      const outFolder = resolve(context.cwd, options.out);
      const engineLocal = await import('@asc-assure/engine-local');
      const { openStore, saveCouncil } = await import('@asc-assure/store');
      const folder = await mkdtemp(join(tmpdir(), 'asc-assure-demo-'));
      const paths = workspacePathsIn(folder);
      const clock = engineLocal.createManualClock(DEMO_DATES.notice);
      output.line(output.colors.bold(`asc-assure demo: ${DEMO_COUNCIL.councilName} (a fictional council), one assessment on a simulated clock`));
      output.line(`Every working day from ${displayDate(DEMO_DATES.notice)} to ${displayDate(DEMO_DATES.published)}; reminders print on the day they go out.`);
      let workspace: Workspace | undefined;
      try {
        await createKeyFile(paths);
        const config = { formatVersion: 1 as const, ...DEMO_COUNCIL, scoringMethod: 'quality-statement' as const, createdAt: clock.now() };
        await writeWorkspaceConfig(paths, config);
        const store = await openStore({ kind: 'pglite', dataDir: paths.databaseFolder });
        await saveCouncil(store, { id: DEMO_COUNCIL.councilId, name: DEMO_COUNCIL.councilName });
        // The engine needs its notifier before the run that prints reminders exists: relay to it.
        const relay: { notifier: Notifier | undefined } = { notifier: undefined };
        const notifier: Notifier = { notify: (notification) => relay.notifier?.notify(notification) ?? Promise.resolve() };
        workspace = await workspaceFromParts({ paths, config, store, clock, notifier });
        const run = new DemoRun(context, workspace, clock, options.people);
        relay.notifier = run.notifier();
        const engine = await workspace.engine();
        await engine.start({ assessmentId: DEMO_COUNCIL.assessmentId, config: { councilId: DEMO_COUNCIL.councilId, councilName: DEMO_COUNCIL.councilName } });
        const schedule = demoSchedule(run);
        for (let day: IsoDate = DEMO_DATES.notice; compareIsoDates(day, DEMO_DATES.published) <= 0; day = addCalendarDays(day, 1)) {
          const steps = schedule.get(day) ?? [];
          // Reminders and overdue notices only ever go out on working days.
          if (steps.length === 0 && !isWorkingDay(day)) continue;
          clock.set(day);
          run.log.day = day;
          await (await workspace.localEngine()).deliverDueNotifications();
          for (const step of steps) await step();
        }
        const { files, view, comparison, readinessScore } = await writeDemoFiles(run, outFolder, () => performance.now() - started);
        const met = view.deadlines.filter((deadline) => deadline.status === 'met').length;
        output.heading('Result');
        output.line(
          `${DEMO_COUNCIL.councilName}: ${RATING_LABELS[DEMO_PUBLISHED_RESULT.rating]} (fictional). ${run.summary.events.length} events, ${run.summary.reminders.length} reminders, ${met} of ${view.deadlines.length} deadlines met.`,
        );
        if (comparison !== null) output.line(describeComparison(comparison));
        output.line(`Readiness on the day of publication: ${readinessScore}/100 (see readiness.html).`);
        output.line(`Reports in ${outFolder}:`);
        for (const file of files) output.line(`  ${file}`);
        output.line(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s (wall time).`);
      } finally {
        await workspace?.close();
        await removeFolder(folder);
      }
    });
}
