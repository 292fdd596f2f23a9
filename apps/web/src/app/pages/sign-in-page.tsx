import { useState, type FormEvent } from 'react';
import type { ApiProblem } from '../api/api-client.js';
import { ErrorSummary, errorsFromProblem, errorFor } from '../components/error-summary.js';
import { TextInput } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import type { Session } from '../session.js';

/**
 * Sign in with an API token (`asc_...`, from `asc-assure` or an administrator) or an access
 * token from the council's identity provider when the API is set up for OpenID Connect. The token
 * is kept for this browser tab only.
 */
export function SignInPage({ session }: { readonly session: Extract<Session, { status: 'signed-out' }> }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<ApiProblem | undefined>(session.problem);
  const [busy, setBusy] = useState(false);
  const errors = errorsFromProblem(problem, () => 'token').map((error) => ({ ...error, fieldId: 'token' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = await session.signIn(token);
    setBusy(false);
    setProblem(refused);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading title="Sign in" hasErrors={errors.length > 0}>
          Sign in to asc-assure
        </PageHeading>
        <p className="govuk-body">Use the API token your administrator gave you. It starts with <code>asc_</code>.</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id="token"
            label="API token"
            hint="Paste the whole token. It is kept in this browser tab only, and forgotten when you close it."
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            error={errorFor(errors, 'token')}
            onChange={setToken}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <h2 className="govuk-heading-m">If your council signs in with its own accounts</h2>
        <p className="govuk-body">
          When asc-assure is set up for your organisation's sign-in (OpenID Connect, for example Microsoft Entra ID), paste the access token your organisation's sign-in
          gives you in the same box.
        </p>
      </div>
    </div>
  );
}
