import type { ReadinessReport } from '@asc-assure/framework';
import { useState, type FormEvent } from 'react';
import { councilPath, type ApiClient } from '../api/api-client.js';
import type { EvidenceItem, Page } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded, type TagColour } from '../components/data-states.js';
import { Select, TextInput } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { DownloadButton } from '../components/download-button.js';
import { EVIDENCE_FRESHNESS_IDS, EVIDENCE_FRESHNESS_LABELS, freshnessByItem, type EvidenceFreshness } from '../evidence-freshness.js';
import { takeFlash } from '../flash.js';
import { formatDate, pluralise } from '../format.js';
import { EVIDENCE_CATEGORY_IDS, EVIDENCE_TAGS, QUALITY_STATEMENT_IDS, evidenceCategoryLabel, evidenceTagLabel, qualityStatementTitle } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { useApiData } from '../use-api-data.js';
import { EvidenceFormPage } from './evidence-form-page.js';
import { EvidenceImportPage } from './evidence-import-page.js';

const FRESHNESS_COLOURS = { current: 'green', 'review-due-soon': 'yellow', 'out-of-date': 'orange', expired: 'red' } as const satisfies Record<EvidenceFreshness, TagColour>;

/** Every item matching the API's filters, page after page. */
async function loadEvidence(api: ApiClient, councilId: string, filters: Readonly<Record<string, string | undefined>>): Promise<EvidenceItem[]> {
  const items: EvidenceItem[] = [];
  let cursor: string | undefined;
  do {
    const { body } = await api.get<Page<EvidenceItem>>(councilPath(councilId, 'evidence'), { ...filters, limit: 1000, cursor });
    items.push(...body.items);
    cursor = body.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

interface Filters {
  readonly search: string;
  readonly statement: string;
  readonly category: string;
  readonly owner: string;
  readonly tag: string;
  readonly freshness: string;
}

function filtersOf(query: URLSearchParams): Filters {
  return {
    search: query.get('search') ?? '',
    statement: query.get('statement') ?? '',
    category: query.get('category') ?? '',
    owner: query.get('owner') ?? '',
    tag: query.get('tag') ?? '',
    freshness: query.get('freshness') ?? '',
  };
}

function matchesSearch(item: EvidenceItem, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const text = `${item.id} ${item.title} ${item.description} ${item.source ?? ''} ${item.owner ?? ''}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

function FilterForm({ councilId, filters, owners }: { readonly councilId: string; readonly filters: Filters; readonly owners: readonly string[] }) {
  const [draft, setDraft] = useState(filters);
  const set = (field: keyof Filters) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(hrefTo(['c', councilId, 'evidence'], { ...draft }));
  };
  return (
    <form className="app-filters" onSubmit={submit} role="search" aria-label="Filter the evidence bank">
      <TextInput id="search" label="Search titles and descriptions" type="search" value={draft.search} onChange={set('search')} width="govuk-input--width-30" />
      <Select
        id="statement"
        inline
        label="Quality statement"
        value={draft.statement}
        onChange={set('statement')}
        choices={[{ value: '', label: 'Any' }, ...QUALITY_STATEMENT_IDS.map((id) => ({ value: id, label: qualityStatementTitle(id) }))]}
      />
      <Select
        id="category"
        inline
        label="Evidence category"
        value={draft.category}
        onChange={set('category')}
        choices={[{ value: '', label: 'Any' }, ...EVIDENCE_CATEGORY_IDS.map((id) => ({ value: id, label: evidenceCategoryLabel(id) }))]}
      />
      <Select id="owner" inline label="Owner" value={draft.owner} onChange={set('owner')} choices={[{ value: '', label: 'Anyone' }, ...owners.map((owner) => ({ value: owner, label: owner }))]} />
      <Select id="tag" inline label="Tag" value={draft.tag} onChange={set('tag')} choices={[{ value: '', label: 'Any' }, ...EVIDENCE_TAGS.map((tag) => ({ value: tag, label: evidenceTagLabel(tag) }))]} />
      <Select
        id="freshness"
        inline
        label="Freshness"
        value={draft.freshness}
        onChange={set('freshness')}
        choices={[{ value: '', label: 'Any' }, ...EVIDENCE_FRESHNESS_IDS.map((id) => ({ value: id, label: EVIDENCE_FRESHNESS_LABELS[id] }))]}
      />
      <div className="app-actions">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <a className="govuk-link" href={hrefTo(['c', councilId, 'evidence'])}>
          Clear filters
        </a>
      </div>
    </form>
  );
}

function EvidenceList({ session, council, route }: CouncilPageProps) {
  const filters = filtersOf(route.query);
  const [flash] = useState(takeFlash);
  const canWrite = roleCan(council.role, 'evidence.write');
  const data = useApiData(session.api, `evidence:${council.id}:${route.query.toString()}`, async (api) => {
    const [items, everything, readiness] = await Promise.all([
      loadEvidence(api, council.id, { qualityStatementId: filters.statement || undefined, evidenceCategoryId: filters.category || undefined, owner: filters.owner || undefined, tag: filters.tag || undefined }),
      // Owners to choose from come from the whole bank, not just the filtered items.
      filters.owner === '' ? Promise.resolve(undefined) : loadEvidence(api, council.id, {}),
      api.get<{ report: ReadinessReport }>(councilPath(council.id, 'readiness')),
    ]);
    return { items, owners: [...new Set((everything ?? items).flatMap((item) => (item.owner === null ? [] : [item.owner])))].sort(), report: readiness.body.report };
  });
  return (
    <>
      {flash === undefined ? null : <SuccessBanner>{flash}</SuccessBanner>}
      <PageHeading title="Evidence bank" caption={council.name}>
        Evidence bank
      </PageHeading>
      {canWrite ? (
        <div className="app-actions">
          <a className="govuk-button" href={hrefTo(['c', council.id, 'evidence', 'new'])} role="button" draggable="false">
            Add an evidence item
          </a>
          <a className="govuk-button govuk-button--secondary" href={hrefTo(['c', council.id, 'evidence', 'import'])} role="button" draggable="false">
            Import a spreadsheet
          </a>
          <DownloadButton api={session.api} path={councilPath(council.id, 'exports', 'evidence.xlsx')} fileName={`${council.id}-evidence.xlsx`}>
            Download as Excel
          </DownloadButton>
        </div>
      ) : (
        <DownloadButton api={session.api} path={councilPath(council.id, 'exports', 'evidence.xlsx')} fileName={`${council.id}-evidence.xlsx`}>
          Download as Excel
        </DownloadButton>
      )}
      <WhenLoaded data={data} what="the evidence bank">
        {({ items, owners, report }) => {
          const freshness = freshnessByItem(report);
          const shown = items.filter((item) => (filters.search === '' || matchesSearch(item, filters.search)) && (filters.freshness === '' || freshness(item.id) === filters.freshness));
          return (
            <>
              <FilterForm key={route.query.toString()} councilId={council.id} filters={filters} owners={owners} />
              <p className="govuk-body" role="status" data-testid="evidence-count">
                {shown.length === items.length && route.query.toString() === '' ? `${pluralise(items.length, 'item')} in the evidence bank.` : `${pluralise(shown.length, 'item')} ${shown.length === 1 ? 'matches' : 'match'} the filters.`}
              </p>
              {shown.length === 0 ? null : (
                <div className="app-table-scroll">
                  <table className="govuk-table" data-testid="evidence-table">
                    <caption className="govuk-table__caption govuk-visually-hidden">Evidence items</caption>
                    <thead className="govuk-table__head">
                      <tr className="govuk-table__row">
                        <th scope="col" className="govuk-table__header">Evidence</th>
                        <th scope="col" className="govuk-table__header">Quality statements</th>
                        <th scope="col" className="govuk-table__header">Categories</th>
                        <th scope="col" className="govuk-table__header">Owner</th>
                        <th scope="col" className="govuk-table__header">Review by</th>
                        <th scope="col" className="govuk-table__header">Freshness</th>
                      </tr>
                    </thead>
                    <tbody className="govuk-table__body">
                      {shown.map((item) => (
                        <tr key={item.id} className="govuk-table__row">
                          <td className="govuk-table__cell">
                            <a className="govuk-link" href={hrefTo(['c', council.id, 'evidence', item.id])}>
                              {item.title}
                            </a>
                            {item.tags.length === 0 ? null : <div className="govuk-body-s govuk-!-margin-bottom-0">{item.tags.map(evidenceTagLabel).join(', ')}</div>}
                          </td>
                          <td className="govuk-table__cell">{item.qualityStatementIds.map(qualityStatementTitle).join(', ')}</td>
                          <td className="govuk-table__cell">{item.evidenceCategoryIds.map(evidenceCategoryLabel).join(', ')}</td>
                          <td className="govuk-table__cell">{item.owner ?? 'No owner'}</td>
                          <td className="govuk-table__cell">{formatDate(item.reviewBy)}</td>
                          <td className="govuk-table__cell">
                            <Tag colour={FRESHNESS_COLOURS[freshness(item.id)]}>{EVIDENCE_FRESHNESS_LABELS[freshness(item.id)]}</Tag>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </WhenLoaded>
    </>
  );
}

/** The evidence bank: search and filter, add, edit, import a spreadsheet. */
export default function EvidencePage(props: CouncilPageProps) {
  const view = props.route.segments[3];
  if (view === 'new') return <EvidenceFormPage {...props} evidenceId={undefined} />;
  if (view === 'import') return <EvidenceImportPage {...props} />;
  if (view !== undefined) return <EvidenceFormPage {...props} evidenceId={view} />;
  return <EvidenceList {...props} />;
}
