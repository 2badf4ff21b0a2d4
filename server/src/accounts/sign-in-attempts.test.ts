import { describe, expect, it } from 'vitest';
import { SignInAttempts } from './sign-in-attempts';

const failing = () => Promise.reject(new Error('wrong password'));
const succeeding = () => Promise.resolve('signed in');

describe('SignInAttempts', () => {
  function limiter(max = 2) {
    let now = 0;
    return { attempts: new SignInAttempts(max, 60_000, () => now), advance: (ms: number) => (now += ms) };
  }

  it('refuses an account after its failures are used up, whatever the case of its email', async () => {
    const { attempts } = limiter();
    await expect(attempts.attempt('fay@example.org', failing)).rejects.toThrow('wrong password');
    await expect(attempts.attempt('FAY@example.org', failing)).rejects.toThrow('wrong password');
    await expect(attempts.attempt('fay@example.org', succeeding)).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(attempts.attempt('gus@example.org', succeeding)).resolves.toBe('signed in');
  });

  it('gives a successful attempt back and starts afresh after the window', async () => {
    const { attempts, advance } = limiter();
    await attempts.attempt('fay@example.org', succeeding);
    await attempts.attempt('fay@example.org', succeeding);
    await expect(attempts.attempt('fay@example.org', failing)).rejects.toThrow('wrong password');
    await expect(attempts.attempt('fay@example.org', failing)).rejects.toThrow('wrong password');
    await expect(attempts.attempt('fay@example.org', succeeding)).rejects.toMatchObject({ message: expect.stringMatching(/Try again in 60 seconds/) });
    advance(60_000);
    await expect(attempts.attempt('fay@example.org', succeeding)).resolves.toBe('signed in');
  });
});
