import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo, useRef } from 'react';
import { useEChart, useWidth } from '../hooks/useEChart';

use([EBarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** One colour per report, oldest first; repeats after the fifth. */
const PALETTE = ['#1f5fbf', '#d9822b', '#2e8540', '#8e44ad', '#c0392b'];

export interface BarGroup {
  /** The legend's name, e.g. the semester. */
  name: string;
  /** One value per category, in the order of `categories`. */
  values: readonly number[];
}

interface Props {
  categories: readonly string[];
  groups: readonly BarGroup[];
  title: string;
  testId: string;
}

/** Bars per category, one colour per group (report): how the reports compare, kind by kind. */
export function GroupedBarChart({ categories, groups, title, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const option = useMemo(() => {
    // Tilt the category labels only when they would not fit side by side (CJK ≈ 12px a character).
    const labelWidth = categories.reduce((sum, c) => sum + [...c].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0) + 8, 0);
    return {
      aria: {
        enabled: true,
        label: {
          description: `${title}: ${groups.map((g) => `${g.name}: ${categories.map((c, i) => `${c} ${g.values[i] ?? 0}`).join(', ')}`).join('; ')}`,
        },
      },
      color: PALETTE,
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: {
        type: 'category',
        data: [...categories],
        axisLabel: { interval: 0, rotate: labelWidth > width * 0.85 ? 45 : 0, fontSize: 11 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: groups.map((g) => ({
        type: 'bar',
        name: g.name,
        data: [...g.values],
        label: { show: true, position: 'top', fontSize: 11 },
      })),
    };
  }, [categories, groups, title, width]);
  const container = useEChart(option);
  return (
    <div ref={box}>
      <div ref={container} className="chart" data-testid={testId} />
    </div>
  );
}
