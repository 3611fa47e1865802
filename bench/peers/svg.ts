/**
 * Grouped bar charts as plain SVG text (no plotting dependency): one group per operation and
 * concurrency, one bar per server, the value written above each bar.
 */

export interface Series {
  name: string;
  colour: string;
}

export interface Group {
  /** One or two lines under the group. */
  label: string[];
  /** One value per series, in the order of the series; NaN draws no bar. */
  values: number[];
}

export interface BarChart {
  title: string;
  subtitle: string;
  unit: string;
  series: Series[];
  groups: Group[];
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `value`, so that the axis ends on a round number. */
function niceMaximum(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const format = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function barChart(chart: BarChart): string {
  const width = 960;
  const height = 460;
  const left = 70;
  const right = 20;
  const top = 78;
  const bottom = 62;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const maximum = niceMaximum(Math.max(...chart.groups.flatMap((g) => g.values.filter(Number.isFinite))));
  const y = (value: number) => top + plotHeight - (value / maximum) * plotHeight;
  const groupWidth = plotWidth / chart.groups.length;
  const barWidth = (groupWidth * 0.8) / chart.series.length;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="22" font-size="16" font-weight="bold">${escape(chart.title)}</text>`,
    `<text x="${left}" y="40" fill="#555">${escape(chart.subtitle)}</text>`,
  ];
  // Legend on one line under the subtitle.
  let legendX = left;
  for (const series of chart.series) {
    out.push(`<rect x="${legendX}" y="50" width="12" height="12" fill="${series.colour}"/>`);
    out.push(`<text x="${legendX + 16}" y="60">${escape(series.name)}</text>`);
    legendX += 26 + series.name.length * 7;
  }
  for (let i = 0; i <= 5; i++) {
    const value = (maximum * i) / 5;
    out.push(`<line x1="${left}" x2="${width - right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${y(value) + 4}" text-anchor="end" fill="#555">${Number(value.toPrecision(3))}</text>`);
  }
  out.push(
    `<text transform="translate(16 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#555">${escape(chart.unit)}</text>`,
  );
  chart.groups.forEach((group, g) => {
    const groupLeft = left + g * groupWidth + groupWidth * 0.1;
    group.values.forEach((value, s) => {
      if (!Number.isFinite(value)) return;
      const x = groupLeft + s * barWidth;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(top + plotHeight - y(value)).toFixed(1)}" fill="${chart.series[s]!.colour}"/>`,
      );
      out.push(
        `<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(value) - 3).toFixed(1)}" text-anchor="middle" font-size="9">${format(value)}</text>`,
      );
    });
    group.label.forEach((line, l) => {
      out.push(
        `<text x="${(left + (g + 0.5) * groupWidth).toFixed(1)}" y="${top + plotHeight + 18 + l * 15}" text-anchor="middle">${escape(line)}</text>`,
      );
    });
  });
  out.push(`<line x1="${left}" x2="${width - right}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#333"/>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
