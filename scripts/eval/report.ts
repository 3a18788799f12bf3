// Shared shape of an evaluation section and its bars (the regression guard CI runs).
export interface Bar {
  name: string;
  value: number;
  min: number;
}

export interface Section {
  title: string;
  lines: string[];
  bars: Bar[];
}

export function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

export const fmt = (x: number) => x.toFixed(3);
