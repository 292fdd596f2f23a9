import type { IsoDate } from '@asc-assure/framework';
import { displayDate } from './display-date.js';

/**
 * Every sentence the lifecycle shows a council officer, in one place so the wording is reviewed
 * once and tests can match it. Each completes "<what> can't be recorded: ...".
 */
export const LIFECYCLE_MESSAGES = {
  eventInvalid: 'The event cannot be used',
  unknownEventType: (types: readonly string[]) => `must be one of the lifecycle events: ${types.join(', ')}`,
  atStage: (stage: number, stageInSentence: string, stateInSentence: string) =>
    `the assessment is at stage ${stage} (${stageInSentence}), ${stateInSentence}`,
  finished: (stateInSentence: string) => `the assessment is finished (${stateInSentence}), so nothing more can be recorded`,
  whatCanBeRecorded: (labels: readonly string[]) =>
    labels.length === 0 ? 'Nothing can be recorded now.' : `What can be recorded now: ${labels.join('; ')}.`,
  dateBeforePrevious: (date: IsoDate, previous: IsoDate) =>
    `it is dated ${displayDate(date)}, before the last event recorded (${displayDate(previous)}). Events are recorded in the order they happened`,
  alreadyRecorded: (on: IsoDate) => `it was already recorded on ${displayDate(on)}`,
  changeDatesWithMove: 'to change a date CQC set, record that CQC moved it',
  irRequestBeforeNotice: (requestedOn: IsoDate, noticeOn: IsoDate) =>
    `the Information Return request (${displayDate(requestedOn)}) cannot come before the notice of assessment (${displayDate(noticeOn)})`,
  submittedBeforeRequest: (date: IsoDate, requestedOn: IsoDate) =>
    `it is dated ${displayDate(date)}, before CQC requested the Information Return (${displayDate(requestedOn)})`,
  onsiteBeforeNotification: (startsOn: IsoDate, notifiedOn: IsoDate) =>
    `the onsite visit (${displayDate(startsOn)}) cannot start before it was notified (${displayDate(notifiedOn)})`,
  onsiteTooEarly: (startsOn: IsoDate, earliest: IsoDate, notifiedOn: IsoDate) =>
    `the onsite visit would start on ${displayDate(startsOn)}, earlier than ${displayDate(earliest)}, the earliest date after the site visit notification of ${displayDate(notifiedOn)}. If CQC has confirmed this date, record it again marked as confirmed by CQC`,
  siteVisitFirst: 'CQC asks for the case list with the site visit notification; record the site visit notification first',
  caseListFirst: 'CQC selects people from the case list; record the case list as submitted first',
  selectionFirst: 'consent is asked of the people CQC selected; record the case selection first',
  caseListTooShort: (count: number, selected: number) =>
    `a list of ${count} is too short for CQC to select ${selected} people from (the assessment settings say CQC selects ${selected})`,
  selectionMismatch: (tracked: number, reserves: number, expectedTracked: number, expectedReserves: number) =>
    `CQC selects ${expectedTracked} people to track and ${expectedReserves} in reserve (the assessment settings), but the selection has ${tracked} to track and ${reserves} in reserve`,
  caseNotSelected: (id: string) => `${id} is not one of the people CQC selected`,
  consentUnchanged: (id: string, consent: string, on: IsoDate) => `${id}'s consent was already recorded as ${consent} on ${displayDate(on)}`,
  ratingMismatch: (given: string, computed: string) =>
    `the rating given (${given}) is not the rating the nine scores give (${computed}); check the scores against the published report`,
  dateNotMovable: (what: string, why: string) => `${what} cannot be moved now: ${why}`,
  dateUnchanged: (what: string, date: IsoDate) => `${what} is already ${displayDate(date)}`,
  dateBefore: (what: string, to: IsoDate, other: string, otherDate: IsoDate) =>
    `${what} cannot be ${displayDate(to)}, before ${other} (${displayDate(otherDate)})`,
  dateAfter: (what: string, to: IsoDate, other: string, otherDate: IsoDate) =>
    `${what} cannot be ${displayDate(to)}, after ${other} (${displayDate(otherDate)})`,
  nothingToMove: 'no date CQC set is open to change at this point',
  siteVisitNotYet: 'the site visit has not been notified yet',
  irNotRequested: 'the Information Return has not been requested yet',
  irSubmitted: (on: IsoDate) => `the Information Return was submitted on ${displayDate(on)}`,
  onsiteStarted: (on: IsoDate) => `the onsite visit started on ${displayDate(on)}`,
  onsiteFinished: (on: IsoDate) => `the onsite visit finished on ${displayDate(on)}`,
  caseListSubmitted: (on: IsoDate) => `the case list was submitted on ${displayDate(on)}`,
  casesNotSelected: 'CQC has not selected the cases yet',
  consentsComplete: (on: IsoDate) => `consent for case tracking was complete on ${displayDate(on)}`,
  draftNotReceived: 'the draft report has not been received yet',
  factualAccuracyReturned: (on: IsoDate) => `the factual accuracy comments were returned on ${displayDate(on)}`,
  notChanged: 'recording it would change nothing',
  startSummary: 'The assessment cannot be started',
  notFound: (assessmentId: string) => `There is no assessment with the id '${assessmentId}'.`,
  alreadyExists: (assessmentId: string) =>
    `An assessment with the id '${assessmentId}' already exists; choose another id or open the existing one.`,
  unknownState: (stateId: string) =>
    `The stored assessment is at a stage this version does not know ('${stateId}'); it may have been written by a newer version of asc-assure.`,
} as const;
