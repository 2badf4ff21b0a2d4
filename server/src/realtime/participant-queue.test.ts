import { describe, expect, it } from 'vitest';
import { ParticipantQueue } from './participant-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ParticipantQueue', () => {
  it('runs one participant’s work one at a time, in order, even when a step fails', async () => {
    const queue = new ParticipantQueue();
    const log: string[] = [];
    const slow = queue.run('maya', async () => {
      log.push('a:start');
      await tick(20);
      log.push('a:end');
    });
    const failing = queue.run('maya', async () => {
      log.push('b');
      throw new Error('refused');
    });
    const last = queue.run('maya', () => log.push('c'));
    await Promise.allSettled([slow, failing, last]);
    expect(log).toEqual(['a:start', 'a:end', 'b', 'c']);
    await expect(failing).rejects.toThrow('refused');
  });

  it('lets different participants run side by side', async () => {
    const queue = new ParticipantQueue();
    const log: string[] = [];
    const maya = queue.run('maya', async () => {
      await tick(20);
      log.push('maya');
    });
    const ravi = queue.run('ravi', () => log.push('ravi'));
    await Promise.all([maya, ravi]);
    expect(log).toEqual(['ravi', 'maya']);
  });
});
