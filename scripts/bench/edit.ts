// `npx tsx scripts/bench/edit.ts [words ...]`: the bench's edit section alone (1k, 5k, 20k, 100k
// words by default), printed as the bench prints it.
import { editCosts, editRows } from './incremental';
import { printTable } from './report';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const t0 = Date.now();
const costs = editCosts(sizes.length ? sizes : [1000, 5000, 20000, 100000]);
printTable(editRows(costs));
console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
