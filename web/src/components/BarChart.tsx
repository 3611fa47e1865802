import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useCallback } from 'react';
import { useEChart } from '../hooks/useEChart';

// Only the pieces the dashboard draws; the SVG renderer keeps bars as DOM nodes (crisp, and
// clickable in browser tests).
use([EBarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export const BAR_COLOR = '#1f5fbf';
export const BAR_COLOR_MUTED = '#9aa4b2';

interface Bar {
  label: string;
  value: number;
  clickable: boolean;
}

interface Props {
  bars: readonly Bar[];
  title: string;
  onBarClick: (index: number) => void;
  testId: string;
}

export function BarChart({ bars, title, onBarClick, testId }: Props) {
  const option = useCallback(
    (width: number) => {
      // Tilt the category labels only when they would not fit side by side (CJK ≈ 12px a character).
      const labelWidth = bars.reduce((sum, b) => sum + [...b.label].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0) + 8, 0);
      const rotate = labelWidth > width * 0.85 ? 45 : 0;
      return {
        aria: { enabled: true, label: { description: `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}` } },
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0, rotate, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: title,
            data: bars.map((b) => ({
              value: b.value,
              itemStyle: { color: b.clickable ? BAR_COLOR : BAR_COLOR_MUTED },
              cursor: b.clickable ? 'pointer' : 'default',
            })),
            label: { show: true, position: 'top', fontSize: 11 },
          },
        ],
      };
    },
    [bars, title],
  );
  const container = useEChart(option, onBarClick);
  return <div ref={container} className="chart" data-testid={testId} />;
}
