import { LineChart as ELineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../hooks/useEChart';
import { BAR_COLOR } from './BarChart';

use([ELineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface LinePoint {
  /** The x axis' category, e.g. the semester 2020-1. */
  label: string;
  value: number;
  /** Written above the point, e.g. ≥ 8247. */
  valueLabel: string;
}

interface Props {
  points: readonly LinePoint[];
  /** Names the chart for screen readers, with every point read out. */
  title: string;
  unit: string | null;
  testId: string;
}

/**
 * One value per period, joined by a line and labelled at every point. A series stated by one
 * report is a single labelled point (no line to draw), which still reads as "this much, then".
 */
export function LineChart({ points, title, unit, testId }: Props) {
  const option = useMemo(
    () => ({
      aria: {
        enabled: true,
        label: { description: `${title}: ${points.map((p) => `${p.label} ${p.valueLabel}${unit ? ` ${unit}` : ''}`).join(', ')}` },
      },
      // Points sit in the middle of their semester's band, so the end labels never touch the edge.
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: true, axisLabel: { fontSize: 11 } },
      yAxis: { type: 'value', name: unit ?? '', scale: false, nameTextStyle: { align: 'left' } },
      series: [
        {
          type: 'line',
          name: title,
          color: BAR_COLOR,
          symbol: 'circle',
          symbolSize: 9,
          data: points.map((p) => ({ value: p.value, label: { formatter: p.valueLabel } })),
          label: { show: true, position: 'top', fontSize: 12 },
        },
      ],
    }),
    [points, title, unit],
  );
  const container = useEChart(option);
  return <div ref={container} className="chart" data-testid={testId} />;
}
