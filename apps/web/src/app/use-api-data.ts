import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './api/api-client.js';
import { ApiProblem } from './api/api-client.js';

/** What a page has of the data it asked for. */
export type ApiData<Value> =
  | { readonly status: 'loading'; readonly reload: () => void }
  | { readonly status: 'ready'; readonly value: Value; readonly reload: () => void }
  | { readonly status: 'failed'; readonly problem: ApiProblem; readonly reload: () => void };

/**
 * Loads data from the API when `key` changes, and again on `reload()`. A failure becomes an
 * {@link ApiProblem} to show; an answer that arrives after the key moved on is dropped.
 */
export function useApiData<Value>(api: ApiClient, key: string, load: (api: ApiClient) => Promise<Value>): ApiData<Value> {
  const [state, setState] = useState<{ key: string; value?: Value; problem?: ApiProblem } | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    loadRef.current(api).then(
      (value) => {
        if (current) setState({ key, value });
      },
      (error: unknown) => {
        if (!current) return;
        setState({ key, problem: error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected', error instanceof Error ? error.message : String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key, generation]);

  if (state === undefined || state.key !== key) return { status: 'loading', reload };
  if (state.problem !== undefined) return { status: 'failed', problem: state.problem, reload };
  return { status: 'ready', value: state.value as Value, reload };
}
