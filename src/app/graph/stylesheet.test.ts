import { describe, expect, it } from 'vitest';
import { labelFontSize, labelStyle } from './stylesheet';

describe('labelFontSize', () => {
  it.each([
    [4, 12],
    [1, 12],
    [0.8, 15],
    [0.5, 24],
    [0.46, 26],
    [0.15, 26],
  ])('at zoom %f labels are %i units', (zoom, size) => {
    expect(labelFontSize(zoom)).toBe(size);
  });
});

describe('labelStyle', () => {
  it.each([
    [12, '130px'],
    [24, '260px'],
  ])('font %i wraps at %s', (size, width) => {
    expect(labelStyle(size)).toEqual({ 'font-size': size, 'text-max-width': width });
  });
});
