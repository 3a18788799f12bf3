// The bench's printed table: one row per figure, with its target from issue 6 and a verdict.
export interface Row {
  section: string;
  metric: string;
  value: string;
  target: string;
  /** true = target met, false = missed, null = no target or not measured. */
  ok: boolean | null;
}

export function printTable(rows: Row[]): void {
  const head: Row = { section: 'section', metric: 'metric', value: 'value', target: 'target', ok: null };
  const cells = (r: Row) => [r.section, r.metric, r.value, r.target, r === head ? 'met' : r.ok === null ? '' : r.ok ? 'yes' : 'NO'];
  const all = [head, ...rows].map(cells);
  const widths = all[0].map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(all[0]));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of all.slice(1)) console.log(line(c));
}

export const fmt = {
  num: (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a'),
  ms: (n: number) => (Number.isFinite(n) ? (n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0)) + ' ms' : 'n/a'),
  kb: (n: number) => (Number.isFinite(n) ? (n / 1024).toFixed(1) + ' KB' : 'n/a'),
  mb: (n: number | null) => (n !== null && Number.isFinite(n) ? n.toFixed(0) + ' MB' : 'n/a'),
};
