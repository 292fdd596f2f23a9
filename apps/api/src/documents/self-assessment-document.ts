import { CQC_LA_QUALITY_STATEMENTS, CQC_LA_THEMES, SCORE_LABELS, type Score } from '@asc-assure/framework';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** One quality statement's self-assessment, as the document shows it. */
export interface SelfAssessmentDocumentStatement {
  readonly qualityStatementId: string;
  readonly narrative: string;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly { readonly id: string; readonly description: string; readonly actionIds: readonly string[] }[];
  readonly selfScore: number | null;
  readonly updatedOn: string;
}

function scoreText(score: number | null): string {
  if (score === null || !(score in SCORE_LABELS)) return 'Not yet scored';
  const label = SCORE_LABELS[score as Score];
  return `${score}: ${label.label} (${label.ratingLabel.toLowerCase()})`;
}

function bullets(items: readonly string[], none: string): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ children: [new TextRun({ text: none, italics: true })] })];
  return items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
}

/**
 * The council's self-assessment as a Word document: one section per quality statement, grouped by
 * CQC's four themes in framework order, with the self-assessed score, narrative, strengths and
 * areas for improvement (with the actions planned for each). Statements not yet written are
 * listed as such, so gaps are visible.
 */
export async function selfAssessmentDocument(input: {
  readonly councilName: string;
  readonly statements: readonly SelfAssessmentDocumentStatement[];
  readonly preparedOn: string;
}): Promise<Uint8Array> {
  const byStatement = new Map(input.statements.map((statement) => [statement.qualityStatementId, statement]));
  const children: Paragraph[] = [
    new Paragraph({ text: `${input.councilName}: self-assessment`, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `Adult social care, prepared for the Care Quality Commission's assessment. Exported ${input.preparedOn} with asc-assure.` }),
  ];
  for (const theme of CQC_LA_THEMES) {
    children.push(new Paragraph({ text: `Theme: ${theme.title}`, heading: HeadingLevel.HEADING_1 }));
    for (const qualityStatement of CQC_LA_QUALITY_STATEMENTS.filter((candidate) => candidate.themeId === theme.id)) {
      const statement = byStatement.get(qualityStatement.id);
      children.push(new Paragraph({ text: qualityStatement.title, heading: HeadingLevel.HEADING_2 }));
      children.push(new Paragraph({ children: [new TextRun({ text: `We statement: ${qualityStatement.weStatement}`, italics: true })] }));
      if (statement === undefined) {
        children.push(new Paragraph({ children: [new TextRun({ text: 'Not yet written.', bold: true })] }));
        continue;
      }
      children.push(
        new Paragraph({ children: [new TextRun({ text: 'Self-assessed score: ', bold: true }), new TextRun(scoreText(statement.selfScore))] }),
        new Paragraph({ children: [new TextRun({ text: `Last revised ${statement.updatedOn}`, italics: true })], alignment: AlignmentType.RIGHT }),
        new Paragraph({ text: 'What we do', heading: HeadingLevel.HEADING_3 }),
        ...statement.narrative.split(/\n{2,}/).map((text) => new Paragraph({ text })),
        new Paragraph({ text: 'Strengths', heading: HeadingLevel.HEADING_3 }),
        ...bullets(statement.strengths, 'None recorded.'),
        new Paragraph({ text: 'Areas for improvement', heading: HeadingLevel.HEADING_3 }),
        ...bullets(
          statement.areasForImprovement.map((area) => `${area.description}${area.actionIds.length === 0 ? ' (no action planned yet)' : ` (actions: ${area.actionIds.join(', ')})`}`),
          'None recorded.',
        ),
      );
    }
  }
  const document = new Document({
    creator: 'asc-assure',
    title: `${input.councilName}: self-assessment`,
    description: 'Self-assessment of adult social care against the CQC local authority assessment framework',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
