import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the pieces the dashboard draws; the SVG renderer keeps bars as DOM nodes (crisp, and
// clickable in browser tests).
echarts.use([EBarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

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
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onBarClick);
  clickRef.current = onBarClick;

  useEffect(() => {
    const chart = echarts.init(container.current, undefined, { renderer: 'svg' });
    chart.on('click', (params) => clickRef.current(params.dataIndex));
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // Tilt the category labels only when they would not fit side by side (CJK ≈ 12px a character).
    const width = container.current?.clientWidth ?? 600;
    const labelWidth = bars.reduce((sum, b) => sum + [...b.label].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0) + 8, 0);
    const rotate = labelWidth > width * 0.85 ? 45 : 0;
    chartRef.current?.setOption(
      {
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
      },
      true,
    );
  }, [bars, title]);

  return <div ref={container} className="chart" data-testid={testId} />;
}
