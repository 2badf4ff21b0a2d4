import { apiRoutes, errorCodes, type ApiBody, type ApiResponse, type ApiRouteName, type ErrorCode } from '@peercircle/shared';

/** `network`: no answer at all; `bad_response`: an answer that was not the JSON we expect. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';

/** A failed API call: the HTTP status (0 without an answer), the server's error code and message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type PathParams = Readonly<Record<string, string>>;

/** Routes without a body may be called without options; the others require their typed body. */
export type CallOptions<N extends ApiRouteName> = { params?: PathParams; signal?: AbortSignal } & (ApiBody<N> extends undefined
  ? { body?: undefined }
  : { body: ApiBody<N> });

type CallArgs<N extends ApiRouteName> = ApiBody<N> extends undefined ? [options?: CallOptions<N>] : [options: CallOptions<N>];

/** Fills a route's `:name` segments: `apiPath('getCohort', { cohortId })` → `/api/cohorts/4f…`. */
export function apiPath(name: ApiRouteName, params: PathParams = {}): string {
  return apiRoutes[name].path.replace(/:([A-Za-z]\w*)/g, (_segment, key: string) => {
    const value = params[key];
    if (value === undefined || value === '') throw new Error(`${name}: missing path parameter "${key}"`);
    return encodeURIComponent(value);
  });
}

const knownCodes = new Set<string>(errorCodes);

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'invalid_payload';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  return 'internal';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads `{ error: { code, message } }`, falling back on the status when a proxy answered instead. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === 'string' && knownCodes.has(error.code) ? (error.code as ErrorCode) : codeForStatus(status);
  const message =
    typeof error.message === 'string' && error.message.trim() !== '' ? error.message : `The server answered with status ${status}`;
  return new ApiError(status, code, message);
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return response.text();
  try {
    return await response.json();
  } catch {
    throw new ApiError(response.status, 'bad_response', 'The server sent an answer we could not read');
  }
}

/**
 * Calls one route of `apiRoutes` with its typed body and returns its typed response. The login
 * cookie travels by itself (`same-origin`); failures throw an `ApiError`. An aborted call rethrows
 * the browser's AbortError so callers can tell it from a failure.
 */
export function callApi<N extends ApiRouteName>(name: N, ...[options]: CallArgs<N>): Promise<ApiResponse<N>> {
  return send(name, options ?? {}) as Promise<ApiResponse<N>>;
}

/** For loaders, whose generic route name cannot prove to the compiler that no body is needed. */
export function loadApi<N extends ApiRouteName>(name: N, options: { params?: PathParams; signal?: AbortSignal }): Promise<ApiResponse<N>> {
  return send(name, options) as Promise<ApiResponse<N>>;
}

async function send(name: ApiRouteName, options: { params?: PathParams; body?: unknown; signal?: AbortSignal }): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: apiRoutes[name].method, credentials: 'same-origin', headers };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    // Only with a body: Fastify refuses a JSON content type with an empty body.
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(apiPath(name, options.params), init);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'Could not reach PeerCircle. Check your connection and try again.');
  }
  const payload = await readBody(response);
  if (!response.ok) throw apiErrorFrom(response.status, payload);
  return payload;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
