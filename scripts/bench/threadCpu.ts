// Per-call timing for the editor and edit benches: process CPU, this thread's own CPU (Linux),
// wall time, and the calls a garbage collection paused. Process CPU also counts V8's background
// threads (concurrent marking, the optimising compiler) working on earlier calls' garbage and
// code, so its p99 lands on whichever call runs beside them; the thread's own CPU and the wall
// time are what hold up the caller.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import { percentile, type Latency } from './stats';

export interface CpuLatency extends Latency {
  /** p99 of the wall time of the same calls. */
  wallP99: number;
  /**
   * Calls during which V8 paused this thread to collect garbage, and the p99 CPU of the others:
   * a collection is paid by whichever call fills the young generation.
   */
  gcCalls: number;
  p99WithoutGc: number;
  /** Longest collection pause (ms) during the runs. */
  gcPauseMax: number;
  /** The same calls in CPU time of this thread alone (Linux; absent elsewhere); p99WithoutGc: of the calls no collection paused. */
  thread?: { p50: number; p99: number; max: number; p99WithoutGc: number };
}

/**
 * This thread's CPU milliseconds so far, from /proc/thread-self/schedstat (nanoseconds run), or
 * undefined where there is none. The kernel brings a running thread's total up to date only when
 * it is switched out, so each read first sleeps 50 µs (a futex wait): about 0.04 ms of overhead
 * per timed call, counted in the call's figure.
 */
function threadClock(): (() => number) | undefined {
  let fd: number;
  try {
    fd = fs.openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
  const buf = Buffer.alloc(128);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const read = () => {
    Atomics.wait(sleeper, 0, 0, 0.05);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return Number.parseInt(buf.toString('latin1', 0, n), 10) / 1e6;
  };
  const a = read();
  for (let k = 0; k < 1000 && read() === a; k++); // a kernel without schedstat reads 0 forever
  return read() > a ? read : undefined;
}

export const threadMs = threadClock();

interface Mark {
  t0: number;
  o0: number;
  c0: NodeJS.CpuUsage;
}

/**
 * Times calls one by one (begin, the call, end) and sums them up. Collections are seen with V8's
 * GC profiler, started before each call and read after it: synchronous, so sync benches need no
 * event-loop turn (a PerformanceObserver delivers its entries later), and only this thread's
 * pauses inside the call are counted.
 */
export class CallTimes {
  private readonly cpu: number[] = [];
  private readonly wall: number[] = [];
  private readonly own: number[] = [];
  private readonly clean: number[] = [];
  private readonly cleanOwn: number[] = [];
  private gcCalls = 0;
  private gcPauseMax = 0;
  private readonly gc = new v8.GCProfiler();

  begin(): Mark {
    this.gc.start();
    // The thread clock's read sleeps (see threadClock): read first here and last in end(), so the
    // wall time holds the call alone.
    const o0 = threadMs?.() ?? 0;
    const c0 = process.cpuUsage();
    return { t0: performance.now(), o0, c0 };
  }

  end(m: Mark): void {
    const wall = performance.now() - m.t0;
    const c = process.cpuUsage(m.c0);
    const own = threadMs ? threadMs() - m.o0 : NaN;
    const pauses = this.gc.stop()?.statistics ?? [];
    const cpu = (c.user + c.system) / 1000;
    this.cpu.push(cpu);
    this.wall.push(wall);
    if (threadMs) this.own.push(own);
    if (pauses.length) this.gcCalls++;
    else {
      this.clean.push(cpu);
      if (threadMs) this.cleanOwn.push(own);
    }
    for (const p of pauses) this.gcPauseMax = Math.max(this.gcPauseMax, p.cost / 1000); // cost: µs
  }

  summary(): CpuLatency {
    const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
    const cpu = sorted(this.cpu);
    const wall = sorted(this.wall);
    const clean = sorted(this.clean);
    const own = sorted(this.own);
    const cleanOwn = sorted(this.cleanOwn);
    const thread = own.length ? { p50: percentile(own, 50), p99: percentile(own, 99), max: own[own.length - 1], p99WithoutGc: cleanOwn.length ? percentile(cleanOwn, 99) : NaN } : undefined;
    return {
      p50: percentile(cpu, 50),
      p99: percentile(cpu, 99),
      max: cpu[cpu.length - 1],
      runs: cpu.length,
      wallP99: percentile(wall, 99),
      gcCalls: this.gcCalls,
      p99WithoutGc: clean.length ? percentile(clean, 99) : NaN,
      gcPauseMax: this.gcPauseMax,
      thread,
    };
  }
}

/** `fn` timed `runs` times after `warmup` untimed calls (synchronous). */
export function timeCalls(fn: (i: number) => unknown, runs: number, warmup = 0): CpuLatency {
  for (let i = 0; i < warmup; i++) fn(i);
  const t = new CallTimes();
  for (let i = 0; i < runs; i++) {
    const m = t.begin();
    fn(i);
    t.end(m);
  }
  return t.summary();
}
