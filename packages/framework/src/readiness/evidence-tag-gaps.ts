import { QUALITY_STATEMENT_IDS } from '../ids.js';
import type { ReadinessLabels } from './analyse-readiness-options.js';
import type { EvidenceTally } from './evidence-tally.js';
import { EVIDENCE_TAGS, type EvidenceTag } from './evidence-tags.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { EvidenceTagGap } from './readiness-report.js';

/** Which quality statements have no current evidence carrying `tag`. */
export function evidenceTagGap(tally: EvidenceTally, tag: EvidenceTag): EvidenceTagGap {
  const tagCount = EVIDENCE_TAGS.length;
  const tagSlot = EVIDENCE_TAGS.indexOf(tag);
  const qualityStatementIdsWithout = QUALITY_STATEMENT_IDS.filter((_id, slot) => (tally.tagged[slot * tagCount + tagSlot] ?? 0) === 0);
  return {
    tag,
    qualityStatementIdsWithout,
    statementsCovered: QUALITY_STATEMENT_IDS.length - qualityStatementIdsWithout.length,
    currentItemCount: tally.currentByTag[tagSlot] ?? 0,
  };
}

/**
 * The two gaps CQC found most often, equality and support for unpaid carers: one finding for
 * each statement without current evidence tagged with them.
 */
export function equalityAndCarersFindings(
  equalityGap: EvidenceTagGap,
  unpaidCarersGap: EvidenceTagGap,
  labels: ReadinessLabels
): ReadinessFinding[] {
  return [
    ...equalityGap.qualityStatementIdsWithout.map((qualityStatementId) =>
      readinessFinding('no-equality-evidence', READINESS_MESSAGES.noEqualityEvidence(labels.statement(qualityStatementId)), {
        qualityStatementId,
      })
    ),
    ...unpaidCarersGap.qualityStatementIdsWithout.map((qualityStatementId) =>
      readinessFinding('no-unpaid-carers-evidence', READINESS_MESSAGES.noUnpaidCarersEvidence(labels.statement(qualityStatementId)), {
        qualityStatementId,
      })
    ),
  ];
}
