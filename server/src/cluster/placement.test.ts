import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSUMERS_PER_CIRCLE, placeCircle, spareConsumers, type NodeLoad } from './placement';

const node = (nodeId: string, load: Partial<NodeLoad> = {}): NodeLoad => ({ nodeId, workers: 1, consumers: 0, circles: 0, workerCpuPercent: 5, ...load });

describe('placeCircle', () => {
  it('picks the node with the most spare media capacity', () => {
    expect(placeCircle([node('n1', { consumers: 300 }), node('n2', { consumers: 100 }), node('n3', { consumers: 200 })])).toBe('n2');
    expect(placeCircle([node('n1'), node('n2', { workers: 2, consumers: 500 })])).toBe('n2');
  });

  it('counts a placed circle as full before its media arrives, so a burst of starts spreads', () => {
    const loads = [node('n1'), node('n2'), node('n3')];
    const placed: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const target = placeCircle(loads)!;
      placed.push(target);
      const chosen = loads.find((load) => load.nodeId === target)!;
      chosen.circles += 1;
    }
    expect(placed).toEqual(['n1', 'n2', 'n3', 'n1', 'n2', 'n3']);
  });

  it('passes over a busy node while another is not, and uses it when all are busy', () => {
    expect(placeCircle([node('n1', { workerCpuPercent: 90 }), node('n2', { consumers: 600 })])).toBe('n2');
    expect(placeCircle([node('n1', { workerCpuPercent: 90 }), node('n2', { workerCpuPercent: 95, consumers: 600 })])).toBe('n1');
  });

  it('never places on a node without live workers while another has one', () => {
    expect(placeCircle([node('n1', { workers: 0 }), node('n2', { consumers: 800 })])).toBe('n2');
  });

  it('has no answer without any node', () => {
    expect(placeCircle([])).toBeNull();
  });

  it('whatever the loads, the chosen node has no less spare capacity than any other usable one', () => {
    const load = fc.record({
      nodeId: fc.constantFrom('a', 'b', 'c', 'd'),
      workers: fc.integer({ min: 1, max: 4 }),
      consumers: fc.integer({ min: 0, max: 4000 }),
      circles: fc.integer({ min: 0, max: 30 }),
      workerCpuPercent: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(load, { selector: (l) => l.nodeId, minLength: 1 }), (loads) => {
        const chosen = loads.find((l) => l.nodeId === placeCircle(loads))!;
        for (const other of loads) expect(spareConsumers(chosen)).toBeGreaterThanOrEqual(spareConsumers(other));
      }),
    );
  });

  it('reserves a full circle per owned circle', () => {
    expect(spareConsumers(node('n1', { circles: 2, consumers: 10 }))).toBe(900 - 2 * CONSUMERS_PER_CIRCLE);
  });
});
