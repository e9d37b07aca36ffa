import { describe, expect, it } from 'vitest';
import { fit, predict, type Example } from './logistic';

// Positive exactly when "a" is present: separable, so a's weight must come out positive and b's irrelevant.
const separable: Example[] = [
  ...Array.from({ length: 20 }, (_, i): Example => ({ x: { a: 1, b: i % 2 }, y: 1 })),
  ...Array.from({ length: 20 }, (_, i): Example => ({ x: { b: i % 2, c: 1 }, y: 0 })),
];

describe('fit', () => {
  it('recovers the sign of the weights on a separable set', () => {
    const model = fit(separable, { l2: 1 });
    expect(model.weights.a).toBeGreaterThan(1);
    expect(model.weights.c).toBeLessThan(-1);
    expect(Math.abs(model.weights.b!)).toBeLessThan(0.5);
    expect(predict(model, { a: 1 })).toBeGreaterThan(0.8);
    expect(predict(model, { c: 1 })).toBeLessThan(0.2);
  });

  it('is deterministic and does not depend on the order of the examples', () => {
    const a = fit(separable, { l2: 1 });
    expect(fit(separable, { l2: 1 })).toEqual(a);
    const reversed = fit([...separable].reverse(), { l2: 1 });
    expect(Object.keys(reversed.weights)).toEqual(Object.keys(a.weights));
    for (const [k, v] of Object.entries(reversed.weights)) expect(v).toBeCloseTo(a.weights[k]!, 9);
  });

  it('matches the base rate when there are no features', () => {
    const examples: Example[] = [...Array.from({ length: 30 }, (): Example => ({ x: {}, y: 1 })), ...Array.from({ length: 70 }, (): Example => ({ x: {}, y: 0 }))];
    expect(predict(fit(examples, { l2: 1 }), {})).toBeCloseTo(0.3, 6);
  });

  it('shrinks weights more with a stronger penalty', () => {
    expect(Math.abs(fit(separable, { l2: 10 }).weights.a!)).toBeLessThan(Math.abs(fit(separable, { l2: 0.1 }).weights.a!));
  });
});

describe('predict', () => {
  it('gives probabilities in [0, 1], also for extreme inputs and unknown features', () => {
    const model = { bias: 0, weights: { a: 1000 } };
    const inputs: Record<string, number>[] = [{ a: 1 }, { a: -1 }, { unknown: 5 }, {}];
    for (const x of inputs) {
      const p = predict(model, x);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
