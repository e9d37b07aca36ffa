import { describe, expect, it } from 'vitest';
import { tmStateOf } from './state';

describe('tmStateOf', () => {
  it('keeps approved pairs, marks changed unapproved ones, leaves out unreviewed machine text and rejections', () => {
    expect(tmStateOf({ status: 'approved', targetText: 'The sky is blue.', machineText: 'The sky is blue.' })).toBe('approved');
    expect(tmStateOf({ status: 'edited', targetText: 'The sky is blue.', machineText: 'The heaven is blue.' })).toBe('edited');
    expect(tmStateOf({ status: 'submitted', targetText: 'The sky is blue.', machineText: 'The heaven is blue.' })).toBe('edited');
    expect(tmStateOf({ status: 'submitted', targetText: 'The sky is blue.', machineText: 'The sky is blue.' })).toBeNull();
    expect(tmStateOf({ status: 'machine', targetText: 'The sky is blue.', machineText: 'The sky is blue.' })).toBeNull();
    expect(tmStateOf({ status: 'rejected', targetText: 'The sky is green.', machineText: 'The sky is blue.' })).toBeNull();
    expect(tmStateOf({ status: 'approved', targetText: '  ', machineText: null })).toBeNull();
  });
});
