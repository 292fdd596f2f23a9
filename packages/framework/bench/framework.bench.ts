/*
 * Benchmarks of the framework's heavy paths, each reported against a baseline measured in the
 * same run on the same data: a plain JSON.parse(JSON.stringify(data)) round trip, which any
 * program touching the data pays anyway. Timings on a shared two-core machine are noisy; the
 * ratio to the baseline is the figure to compare between runs and machines.
 *
 * Run: npm run bench -w @asc-assure/framework
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  QUALITY_STATEMENT_IDS,
  SCORES,
  addWorkingDays,
  analyseReadiness,
  checkCaseTrackingList,
  createPseudonymisationKey,
  generateSyntheticEvidenceBank,
  generateSyntheticExtract,
  generateSyntheticSelfAssessment,
  proposeCaseTrackingList,
  pseudonymiseExtract,
  rateLocalAuthority,
  toCaseTrackingRecords,
  type CaseTrackingRecordDetails,
  type PersonExtractRow,
  type QualityStatementId,
  type Score,
} from '../src/index.js';

const AS_OF = '2025-06-10';
const KEY = createPseudonymisationKey(Uint8Array.from({ length: 32 }, (_, index) => 255 - index));
const DETAILS: CaseTrackingRecordDetails = {
  initialReasonForContact: 'Referred by the GP practice after a fall at home.',
  needsSummary: 'Needs help with washing, dressing and meals. Wants to stay living at home and keep going to the lunch club.',
  servicesProvided: ['Home care, two calls a day'],
  referralsMade: ['Falls prevention service'],
  multiAgencyContext: 'District nurses visit weekly.',
  leadProfessionalContact: 'asc-north-locality-team@council.example.gov.uk',
};

interface Measurement {
  readonly name: string;
  /** Median wall-clock milliseconds of the workload and of its baseline. */
  readonly workload: number;
  readonly baseline: number;
  /**
   * Median CPU milliseconds the process used during the workload (all its threads). On a busy
   * machine the process waits for a core and wall time grows; CPU time does much less.
   */
  readonly workloadCpu: number;
  readonly baselineOf: string;
  readonly goalMilliseconds?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/*
 * A full garbage collection before each timed run, so that one run does not pay for the garbage
 * of the one before (the baseline's round trip of 100,000 rows leaves a lot). The flag is set at
 * run time because the bench script is run as plain `tsx bench/framework.bench.ts`.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function time(action: () => unknown): { readonly wall: number; readonly cpu: number } {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  action();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs the workload and its baseline alternately, `warmUps` times untimed and then `runs` times
 * timed, so that a burst of load from elsewhere falls on both; reports the medians.
 */
function measure(
  name: string,
  options: { data: unknown; baselineOf: string; runs: number; warmUps: number; goalMilliseconds?: number },
  workload: () => unknown,
): Measurement {
  const baseline = (): unknown => JSON.parse(JSON.stringify(options.data));
  for (let warmUp = 0; warmUp < options.warmUps; warmUp += 1) {
    baseline();
    workload();
  }
  const workloadTimes: number[] = [];
  const workloadCpuTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    baselineTimes.push(time(baseline).wall);
    const timed = time(workload);
    workloadTimes.push(timed.wall);
    workloadCpuTimes.push(timed.cpu);
  }
  const measurement = {
    name,
    workload: median(workloadTimes),
    workloadCpu: median(workloadCpuTimes),
    baseline: median(baselineTimes),
    baselineOf: options.baselineOf,
    ...(options.goalMilliseconds === undefined ? {} : { goalMilliseconds: options.goalMilliseconds }),
  };
  process.stderr.write(`  measured: ${name}\n`);
  return measurement;
}

function caseListPipeline(rows: readonly PersonExtractRow[]): void {
  const proposal = proposeCaseTrackingList(rows, { asOf: AS_OF });
  const records = toCaseTrackingRecords(proposal.picks, KEY, () => DETAILS);
  const check = checkCaseTrackingList(records, { asOf: AS_OF });
  if (!check.ok) throw new Error('the benchmark list should pass its check');
}

const milliseconds = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function printTable(measurements: readonly Measurement[]): void {
  const verdict = (value: number, goal: number): string => (value < goal ? 'met' : 'NOT met');
  const rows = measurements.map((entry) => [
    entry.name,
    `${milliseconds(entry.workload)} ms`,
    `${milliseconds(entry.workloadCpu)} ms`,
    `${milliseconds(entry.baseline)} ms (${entry.baselineOf})`,
    `${(entry.workload / entry.baseline).toFixed(2)}x`,
    entry.goalMilliseconds === undefined
      ? '-'
      : `under ${entry.goalMilliseconds} ms: ${verdict(entry.workload, entry.goalMilliseconds)} (CPU time: ${verdict(entry.workloadCpu, entry.goalMilliseconds)})`,
  ]);
  const header = ['measurement', 'median (wall)', 'median (CPU)', 'baseline: JSON round trip (wall)', 'ratio (wall)', 'goal'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const loadBefore = loadavg();
process.stderr.write('Generating synthetic data (not timed)...\n');
const extract10k = generateSyntheticExtract({ count: 10_000, seed: 'bench', asOf: AS_OF });
const extract100k = generateSyntheticExtract({ count: 100_000, seed: 'bench', asOf: AS_OF });
const readinessAsOf = '2025-06-30';
const evidence100k = generateSyntheticEvidenceBank({ count: 100_000, seed: 1, asOf: readinessAsOf });
const selfAssessment = generateSyntheticSelfAssessment({ seed: 1, asOf: readinessAsOf });
const scoreSets = Array.from({ length: 1000 }, (_, set) =>
  Object.fromEntries(QUALITY_STATEMENT_IDS.map((id, index) => [id, SCORES[(set * 7 + index * 3 + (set >> index)) % 4]!])) as Record<
    QualityStatementId,
    Score
  >,
);
const ratingInputs = Array.from({ length: 100_000 }, (_, index) => scoreSets[index % scoreSets.length]!);
const workingDayInputs = Array.from({ length: 100_000 }, (_, index) => ({
  date: `202${5 + (index % 3)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
  days: (index % 41) - 20,
}));

process.stderr.write('Measuring (median of several runs after warm-up)...\n');
const measurements: Measurement[] = [
  measure(
    'case list from 10,000 people: propose + pseudonymise + check 50',
    { data: extract10k, baselineOf: '10,000 rows', runs: 9, warmUps: 2, goalMilliseconds: 500 },
    () => caseListPipeline(extract10k),
  ),
  measure(
    'case list from 100,000 people: propose + pseudonymise + check 50',
    { data: extract100k, baselineOf: '100,000 rows', runs: 5, warmUps: 1 },
    () => caseListPipeline(extract100k),
  ),
  measure(
    'pseudonymise the whole extract of 100,000 people',
    { data: extract100k, baselineOf: '100,000 rows', runs: 5, warmUps: 1 },
    () => pseudonymiseExtract(extract100k, KEY),
  ),
  measure(
    'readiness over 100,000 evidence items',
    { data: evidence100k, baselineOf: '100,000 items', runs: 7, warmUps: 2, goalMilliseconds: 200 },
    () => analyseReadiness({ evidence: evidence100k, ...selfAssessment }, { asOf: readinessAsOf }),
  ),
  measure(
    'rateLocalAuthority x 100,000',
    { data: ratingInputs, baselineOf: '100,000 score sets', runs: 7, warmUps: 2 },
    () => {
      for (const scores of ratingInputs) rateLocalAuthority(scores);
    },
  ),
  measure(
    'addWorkingDays x 100,000',
    { data: workingDayInputs, baselineOf: '100,000 (date, days)', runs: 7, warmUps: 2 },
    () => {
      for (const { date, days } of workingDayInputs) addWorkingDays(date, days);
    },
  ),
];
const loadAfter = loadavg();

const processors = cpus();
console.log('');
console.log(
  `@asc-assure/framework benchmarks, Node ${process.version}, ${processors.length} cores (${processors[0]?.model ?? 'unknown CPU'}), ` +
    `load average ${loadBefore[0]!.toFixed(1)} before and ${loadAfter[0]!.toFixed(1)} after` +
    (Math.max(loadBefore[0]!, loadAfter[0]!) > processors.length * 0.75 ? ': the machine was busy, timings are pessimistic' : ''),
);
console.log('');
printTable(measurements);
const goals = measurements.filter((entry) => entry.goalMilliseconds !== undefined);
const met = goals.filter((entry) => entry.workload < entry.goalMilliseconds!);
const metInCpuTime = goals.filter((entry) => entry.workloadCpu < entry.goalMilliseconds!);
console.log('');
console.log(`${met.length} of ${goals.length} goals met in wall time, ${metInCpuTime.length} of ${goals.length} in CPU time.`);
