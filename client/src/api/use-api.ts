import { useCallback, useEffect, useState } from 'react';
import type { ApiBody, ApiResponse, ApiRouteName } from '@peercircle/shared';
import { useIdentity } from '../auth/identity-context';
import { ApiError, isAbortError, loadApi, type PathParams } from './api-client';

/** Data loaded from the API: `data` stays while reloading, so the page does not flash empty. */
export interface ApiResource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  /** Replaces the data with a fresher copy, e.g. the one a PATCH answered with. */
  replace(data: T): void;
}

type Loaded<T> = { key: string; data: T | undefined; error: ApiError | null; loading: boolean };

type BodylessRoute = { [N in ApiRouteName]: ApiBody<N> extends undefined ? N : never }[ApiRouteName];

/**
 * Loads a body-less route and reloads it when its parameters change. `params === null` waits (e.g.
 * until an id is known). A 401 means the login expired: the identity falls back to signed out,
 * and the page's guard sends the person to sign in.
 */
export function useApi<N extends BodylessRoute>(name: N, params: PathParams | null = {}): ApiResource<ApiResponse<N>> {
  const { signedOut } = useIdentity();
  const key = params === null ? '' : `${name} ${JSON.stringify(params)}`;
  const [reloads, setReloads] = useState(0);
  const [state, setState] = useState<Loaded<ApiResponse<N>>>({ key, data: undefined, error: null, loading: true });

  useEffect(() => {
    if (params === null) return;
    const controller = new AbortController();
    setState((previous) => ({ key, data: previous.key === key ? previous.data : undefined, error: null, loading: true }));
    loadApi(name, { params, signal: controller.signal }).then(
      (data) => setState({ key, data, error: null, loading: false }),
      (error: unknown) => {
        if (isAbortError(error) || controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'bad_response', String(error));
        if (apiError.status === 401) signedOut();
        setState((previous) => ({ ...previous, key, error: apiError, loading: false }));
      },
    );
    return () => controller.abort();
    // `key` stands for `name` and `params`, which are new objects on every render.
  }, [key, reloads, signedOut]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const replace = useCallback((data: ApiResponse<N>) => setState({ key, data, error: null, loading: false }), [key]);
  const current = state.key === key ? state : { data: undefined, error: null, loading: params !== null };
  return { data: current.data, error: current.error, loading: current.loading, reload, replace };
}
