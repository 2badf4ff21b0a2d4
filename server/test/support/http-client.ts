import { apiRoutes, type ApiResponse, type ApiRouteName } from '@peercircle/shared';

export interface HttpResult<T> {
  status: number;
  body: T;
  /** The login cookie the response set, as `name=value` (`__Host-` prefixed on https), if any. */
  loginCookie: string | undefined;
}

/** Calls the real HTTP API like a browser would (JSON, the login cookie), for integration tests. */
export async function callApi<N extends ApiRouteName>(
  baseUrl: string,
  name: N,
  options: { params?: Record<string, string>; body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult<ApiResponse<N> & { error?: { code: string; message: string } }>> {
  const route = apiRoutes[name];
  const path = route.path.replace(/:(\w+)/g, (_match, key: string) => encodeURIComponent(options.params?.[key] ?? `:${key}`));
  const response = await fetch(`${baseUrl}${path}`, {
    method: route.method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    body: (text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text) as never,
    loginCookie: setCookie?.match(/(?:__Host-)?peercircle_login=[^;]+/)?.[0],
  };
}
