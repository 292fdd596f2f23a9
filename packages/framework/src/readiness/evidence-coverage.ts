import { EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, type EvidenceCategoryId } from '../ids.js';
import { roundPercentageHalfUp } from '../scoring/index.js';
import type { ReadinessLabels } from './analyse-readiness-options.js';
import type { ApplicableEvidenceCategories } from './applicable-evidence-categories.js';
import type { EvidenceTally } from './evidence-tally.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { EvidenceCoverageCell, EvidenceCoverageStatus, StatementEvidenceCoverage } from './readiness-report.js';

/**
 * The coverage matrix: for each quality statement, in framework order, how many current and
 * stale items each evidence category has, whether that is strong, thin or missing, and the
 * statement's coverage percentage (categories that do not apply are shown but not counted).
 */
export function evidenceCoverage(
  tally: EvidenceTally,
  applicable: ApplicableEvidenceCategories,
  strongAt: number
): StatementEvidenceCoverage[] {
  const categoryCount = EVIDENCE_CATEGORY_IDS.length;
  return QUALITY_STATEMENT_IDS.map((qualityStatementId, slot): StatementEvidenceCoverage => {
    const applicableHere = new Set<EvidenceCategoryId>(applicable[qualityStatementId] ?? []);
    let creditedItems = 0;
    const categories = EVIDENCE_CATEGORY_IDS.map((evidenceCategoryId, category): EvidenceCoverageCell => {
      const currentItemCount = tally.current[slot * categoryCount + category] ?? 0;
      const staleItemCount = tally.stale[slot * categoryCount + category] ?? 0;
      if (!applicableHere.has(evidenceCategoryId))
        return { evidenceCategoryId, currentItemCount, staleItemCount, status: 'not-applicable' };
      creditedItems += Math.min(currentItemCount, strongAt);
      const status: EvidenceCoverageStatus = currentItemCount >= strongAt ? 'strong' : currentItemCount > 0 ? 'thin' : 'missing';
      return { evidenceCategoryId, currentItemCount, staleItemCount, status };
    });
    const coveragePercentage = applicableHere.size === 0 ? 100 : roundPercentageHalfUp(creditedItems, applicableHere.size * strongAt);
    return { qualityStatementId, currentItemCount: tally.currentByStatement[slot] ?? 0, coveragePercentage, categories };
  });
}

/**
 * Findings from the coverage matrix: a statement with no current evidence in any applicable
 * category is one finding; otherwise each missing or thin category is one.
 */
export function coverageFindings(
  coverage: readonly StatementEvidenceCoverage[],
  labels: ReadinessLabels,
  strongAt: number
): ReadinessFinding[] {
  const findings: ReadinessFinding[] = [];
  for (const row of coverage) {
    const statement = labels.statement(row.qualityStatementId);
    const about = { qualityStatementId: row.qualityStatementId };
    const applicableCells = row.categories.filter((cell) => cell.status !== 'not-applicable');
    if (applicableCells.length > 0 && applicableCells.every((cell) => cell.status === 'missing')) {
      findings.push(
        readinessFinding('statement-without-current-evidence', READINESS_MESSAGES.statementWithoutCurrentEvidence(statement), about)
      );
      continue;
    }
    for (const cell of applicableCells) {
      const category = labels.category(cell.evidenceCategoryId);
      if (cell.status === 'missing')
        findings.push(readinessFinding('evidence-category-missing', READINESS_MESSAGES.evidenceCategoryMissing(statement, category), about));
      if (cell.status === 'thin') {
        findings.push(
          readinessFinding(
            'evidence-category-thin',
            READINESS_MESSAGES.evidenceCategoryThin(statement, category, cell.currentItemCount, strongAt),
            about
          )
        );
      }
    }
  }
  return findings;
}
