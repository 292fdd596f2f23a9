import { useState } from 'react';
import { ApiProblem, type ApiClient } from '../api/api-client.js';

/** How many of a refusal's problems are listed under the button. */
const LISTED_PROBLEMS = 20;

/**
 * Downloads a file the API makes (Excel, Word, PDF). A plain link cannot carry the sign-in token,
 * so the file is fetched with it and handed to the browser as a download. A refusal is shown
 * under the button, with each problem the API listed (a case list holding personal data, say).
 */
export function DownloadButton({ api, path, fileName, children }: { readonly api: ApiClient; readonly path: string; readonly fileName: string; readonly children: string }) {
  const [problem, setProblem] = useState<ApiProblem | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { blob, fileName: suggested } = await api.download(path);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggested ?? fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected', String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download()} disabled={busy} aria-disabled={busy}>
        {busy ? 'Preparing the file…' : children}
      </button>
      {problem === undefined ? null : (
        <div role="alert">
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem.message}
          </p>
          {problem.problems.length === 0 ? null : (
            <ul className="govuk-list govuk-list--bullet">
              {problem.problems.slice(0, LISTED_PROBLEMS).map((detail, index) => (
                <li key={`${index}-${detail.code}`}>{detail.message}</li>
              ))}
              {problem.problems.length > LISTED_PROBLEMS ? <li>and {problem.problems.length - LISTED_PROBLEMS} more</li> : null}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
