import type { FastifyReply } from 'fastify';
import type { StartedLogin } from '../accounts/login-sessions';

const PLAIN_NAME = 'peercircle_login';

/**
 * The httpOnly cookie that says which login a browser holds. On https its name carries the
 * `__Host-` prefix: browsers then take it only when it is Secure, for Path=/ and without a Domain,
 * so neither a plain-http page nor a subdomain can set or shadow it.
 */
export class LoginCookie {
  readonly name: string;

  constructor(private readonly secure: boolean) {
    this.name = secure ? `__Host-${PLAIN_NAME}` : PLAIN_NAME;
  }

  /** The login secret among a request's parsed cookies, if it sent one. */
  read(cookies: Record<string, string | undefined>): string | undefined {
    return cookies[this.name];
  }

  set(reply: FastifyReply, login: StartedLogin): void {
    reply.setCookie(this.name, login.cookieValue, { ...this.attributes(), expires: new Date(login.expiresAt) });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(this.name, this.attributes());
  }

  private attributes() {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' } as const;
  }
}
