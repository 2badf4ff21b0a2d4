import { describe, expect, it } from 'vitest';
import { requestedNode } from './cluster-node';

describe('requestedNode (the `?node=` a client asked the load balancer for)', () => {
  it('reads a valid node id', () => {
    expect(requestedNode({ node: 'n2', EIO: '4' })).toBe('n2');
  });

  it.each([[undefined], [{}], [{ node: ['n1', 'n2'] }], [{ node: '../n1' }], [{ node: 'N1' }], [{ node: 'n1\r\nSet-Cookie: x' }], [{ node: 'x'.repeat(40) }], [{ node: '' }]])(
    'ignores %j: the join is then placed as if no node was named',
    (query) => {
      expect(requestedNode(query)).toBeUndefined();
    },
  );
});
