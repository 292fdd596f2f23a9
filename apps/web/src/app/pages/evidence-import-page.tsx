import { useRef, useState, type FormEvent } from 'react';
import { ApiProblem, councilPath } from '../api/api-client.js';
import type { CouncilPageProps } from '../app.js';
import { ErrorSummary, errorFor, type FieldError } from '../components/error-summary.js';
import { PageHeading } from '../components/page-heading.js';
import { setFlash } from '../flash.js';
import { pluralise } from '../format.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { isExcelFile, readTableFile, unsupportedSpreadsheetProblem, XLSX_MEDIA_TYPE } from '../table-file.js';
import { groupProblemsByRow, importedMessage, spreadsheetRowOf, titleHeadingOf, type EvidenceImportResult, type RowProblems } from '../evidence-import-problems.js';

/** How many rows the error summary lists one by one; the table below lists them all. */
const SUMMARY_ROWS = 10;

const rowId = (row: number): string => `import-row-${row}`;

/** Import evidence items from a CSV or Excel spreadsheet; a refused import shows each row's problems beside the row. */
export function EvidenceImportPage({ session, council }: CouncilPageProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refused, setRefused] = useState<{ readonly fileName: string; readonly titleHeading: string; readonly rows: readonly RowProblems[] } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const listHref = hrefTo(['c', council.id, 'evidence']);
  if (!roleCan(council.role, 'evidence.write')) return <p className="govuk-body">Your role cannot import evidence.</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      setRefused(undefined);
      setErrors([{ fieldId: 'evidence-file', message: 'Choose a CSV or Excel file to import' }]);
      return;
    }
    const unsupported = unsupportedSpreadsheetProblem(file);
    if (unsupported !== undefined) {
      setRefused(undefined);
      setErrors([{ fieldId: 'evidence-file', message: unsupported }]);
      return;
    }
    setBusy(true);
    try {
      // The file goes as it is: the API reads CSV and Excel and checks every row.
      const { body } = await session.api.upload<EvidenceImportResult>(councilPath(council.id, 'evidence', 'import'), file, isExcelFile(file) ? XLSX_MEDIA_TYPE : 'text/csv');
      setFlash(importedMessage(body, file.name));
      navigate(listHref);
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected', String(error));
      // Read here only to show each refused row beside its problems; a file this page cannot read shows the problems alone.
      const table = problem.problems.some((detail) => spreadsheetRowOf(detail) !== undefined) ? await readTableFile(file).catch(() => undefined) : undefined;
      const grouped = groupProblemsByRow(problem.problems, table);
      const titleHeading = table === undefined ? '' : (titleHeadingOf(table) ?? '');
      setRefused(grouped.rows.length === 0 ? undefined : { fileName: file.name, titleHeading, rows: grouped.rows });
      const first =
        grouped.rows.length === 0
          ? problem.message
          : `${pluralise(grouped.rows.length, 'row')} of ${file.name} cannot be imported, so nothing was imported. Correct ${grouped.rows.length === 1 ? 'it' : 'them'} and import the file again`;
      setErrors([
        { fieldId: 'evidence-file', message: first },
        // A missing column, a file that cannot be read: about the whole file.
        ...grouped.general.map((message) => ({ fieldId: 'evidence-file', message: `${message.charAt(0).toUpperCase()}${message.slice(1)}` })),
        ...grouped.rows.slice(0, SUMMARY_ROWS).map((row) => ({ fieldId: rowId(row.row), message: `Row ${row.row}: ${row.problems.map((found) => found.message).join('; ')}` })),
        ...(grouped.rows.length > SUMMARY_ROWS ? [{ fieldId: 'import-row-errors', message: `${pluralise(grouped.rows.length - SUMMARY_ROWS, 'more row')}: see the table of rows below` }] : []),
      ]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <a className="govuk-back-link" href={listHref}>
        Back to the evidence bank
      </a>
      <ErrorSummary errors={errors} />
      <PageHeading title="Import evidence from a spreadsheet" caption={council.name} hasErrors={errors.length > 0}>
        Import evidence from a spreadsheet
      </PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">Use one row per evidence item, with a heading row. The columns are:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>title, quality statements, evidence categories, owner and effective from (the date it took effect): needed for every row</li>
            <li>quality statements, evidence categories and tags: ids or titles, separated by semicolons</li>
            <li>id, description, source, location, effective to, review by: optional</li>
          </ul>
          <p className="govuk-body">
            Dates can be written 2026-04-01 or 01/04/2026. A row with the id of an item already in the bank updates that item; a row without an id gets one from its title and
            effective date, so importing the same file again updates the same items. The evidence bank&apos;s own Excel download imports back unchanged.
          </p>
          <p className="govuk-body">If any row has a problem, nothing is imported and each problem is shown beside its row.</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className={`govuk-form-group${errors.length === 0 ? '' : ' govuk-form-group--error'}`}>
              <label className="govuk-label govuk-label--s" htmlFor="evidence-file">
                Spreadsheet (CSV or Excel .xlsx)
              </label>
              {errorFor(errors, 'evidence-file') === undefined ? null : (
                <p id="evidence-file-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errorFor(errors, 'evidence-file')}
                </p>
              )}
              <input
                className={`govuk-file-upload${errors.length === 0 ? '' : ' govuk-file-upload--error'}`}
                id="evidence-file"
                name="evidence-file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                ref={fileInput}
                aria-describedby={errors.length === 0 ? undefined : 'evidence-file-error'}
              />
            </div>
            <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
              {busy ? 'Importing…' : 'Import'}
            </button>
          </form>
        </div>
      </div>
      {refused === undefined ? null : (
        <div className="app-table-scroll">
          <table className="govuk-table" data-testid="import-row-errors" id="import-row-errors" tabIndex={-1}>
            <caption className="govuk-table__caption govuk-table__caption--m">
              Rows of {refused.fileName} that cannot be imported ({refused.rows.length})
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Row
                </th>
                {refused.titleHeading === '' ? null : (
                  <th scope="col" className="govuk-table__header">
                    {refused.titleHeading}
                  </th>
                )}
                <th scope="col" className="govuk-table__header">
                  What is wrong
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {refused.rows.map((row) => (
                <tr className="govuk-table__row app-row-error" key={row.row} id={rowId(row.row)} tabIndex={-1} data-row={row.row}>
                  <th scope="row" className="govuk-table__header govuk-table__header--numeric">
                    {row.row}
                  </th>
                  {refused.titleHeading === '' ? null : <td className="govuk-table__cell">{row.label}</td>}
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {row.problems.map((found, index) => (
                        <li key={`${index}-${found.message}`}>
                          <span className="govuk-visually-hidden">Error:</span> {found.message}
                          {found.cell === undefined ? null : <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">The cell holds: {found.cell}</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
