import { dayNumber } from '../compute/dates.ts';

/**
 * Geometry of the inline SVG charts, computed here so the templates only print numbers. Every
 * coordinate is rounded to one decimal so the same data always gives the same bytes.
 */

/** A tick on an axis: its position and its label. */
export interface Tick {
  position: number;
  label: string;
}

/** A value mark of a line chart: where it is drawn and which history row it stands for. */
export interface ChartPoint {
  x: number;
  y: number;
  date: string;
}

/** The drawable parts of a line chart in a `0 0 width height` viewBox. */
export interface LineChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: Tick[];
  xTicks: Tick[];
  /** One `points` attribute per unbroken run of values (a missing value breaks the line). */
  valueLines: string[];
  points: ChartPoint[];
  /** The expected path from (start, baseline) to (due, target), clipped to the drawn period. */
  expectedLine?: string;
  targetY: number;
  /** Where the as-of date falls. */
  asOfX: number;
}

/** What a line chart draws. */
export interface LineChartInput {
  /** First and last day of the x axis. */
  from: string;
  to: string;
  asOf: string;
  points: { date: string; value: number | null }[];
  target: number;
  expected?: { start: string; startValue: number; due: string; target: number };
  /** How a y-axis number is printed. */
  format: (value: number) => string;
}

const WIDTH = 320;
const HEIGHT = 180;
const PLOT = { left: 44, right: 308, top: 12, bottom: 150 };

/** Rounds to one decimal: short, stable attribute values. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A "nice" step for an axis up to `max` in about four intervals (1, 2, 2.5 or 5 times a power of
 * ten), never below 1 when the data are whole numbers.
 */
export function niceStep(max: number, wholeNumbers: boolean): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  return wholeNumbers ? Math.max(1, Math.ceil(step)) : step;
}

/** The y-axis ticks from 0 to the first step at or above `max`. */
export function yAxis(max: number, wholeNumbers: boolean): number[] {
  const step = niceStep(max, wholeNumbers);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 1000; value += step) ticks.push(Math.round(value * 1000) / 1000);
  return ticks;
}

/** A line chart of an indicator's history against its expected path and target. */
export function lineChart(input: LineChartInput): LineChartGeometry {
  const start = dayNumber(input.from);
  const span = Math.max(1, dayNumber(input.to) - start);
  const x = (date: string) => round1(PLOT.left + ((dayNumber(date) - start) / span) * (PLOT.right - PLOT.left));
  const values = input.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const all = [...values, input.target, ...(input.expected ? [input.expected.startValue] : [])];
  const wholeNumbers = all.every((value) => Number.isInteger(value));
  const ticks = yAxis(Math.max(...all, 0), wholeNumbers);
  const top = ticks.at(-1) ?? 1;
  const y = (value: number) => round1(PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top));

  const points: ChartPoint[] = [];
  const valueLines: string[] = [];
  let run: string[] = [];
  for (const point of input.points) {
    if (point.value === null) {
      if (run.length > 1) valueLines.push(run.join(' '));
      run = [];
      continue;
    }
    const mark = { x: x(point.date), y: y(point.value), date: point.date };
    points.push(mark);
    run.push(`${mark.x},${mark.y}`);
  }
  if (run.length > 1) valueLines.push(run.join(' '));

  let expectedLine: string | undefined;
  if (input.expected) {
    const { start: from, startValue, due, target } = input.expected;
    const length = dayNumber(due) - dayNumber(from);
    // The expected value grows linearly from the start to the due date, flat outside it.
    const at = (date: string) => {
      if (length <= 0 || date >= due) return target;
      if (date <= from) return startValue;
      return startValue + (target - startValue) * ((dayNumber(date) - dayNumber(from)) / length);
    };
    // Drawn from where growth is expected (the baseline date or the period start), not before.
    const first = from > input.from ? from : input.from;
    const dates = [...new Set([first, due, input.to].filter((date) => date >= first && date <= input.to))].sort();
    expectedLine = dates.map((date) => `${x(date)},${y(at(date))}`).join(' ');
  }

  const xTicks: Tick[] = [];
  for (let year = Number(input.from.slice(0, 4)); year <= Number(input.to.slice(0, 4)); year++) {
    const date = `${year}-01-01`;
    if (date >= input.from && date <= input.to) xTicks.push({ position: x(date), label: String(year) });
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    yTicks: ticks.map((value) => ({ position: y(value), label: input.format(value) })),
    xTicks,
    valueLines,
    points,
    ...(expectedLine ? { expectedLine } : {}),
    targetY: y(input.target),
    asOfX: x(input.asOf),
  };
}

/** One bar of the ladder funnel: a centred bar for the value inside a centred outline for the target. */
export interface FunnelBar {
  /** Both in a `0 0 100 10` viewBox. */
  value: { x: number; width: number };
  target?: { x: number; width: number };
}

/** Funnel bars scaled to the largest value or target of all rungs. */
export function funnelBars(rows: { value: number; target?: number }[]): FunnelBar[] {
  const max = Math.max(1, ...rows.flatMap((row) => [row.value, row.target ?? 0]));
  const centred = (amount: number) => {
    const width = round1((amount / max) * 100);
    return { x: round1((100 - width) / 2), width };
  };
  return rows.map((row) => ({ value: centred(row.value), ...(row.target !== undefined ? { target: centred(row.target) } : {}) }));
}
