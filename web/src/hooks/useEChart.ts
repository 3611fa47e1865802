import type * as echarts from 'echarts/core';
import { init } from 'echarts/core';
import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * An ECharts instance drawn with the SVG renderer into `container` (points, bars and labels stay
 * DOM nodes: crisp, and readable by browser tests), resized with its box and disposed on unmount.
 * `option` is applied whole whenever it changes; given as a function, it gets the container's width
 * (for labels that decide how to fit). `onClick` gets the clicked item's index. The caller
 * registers the pieces it draws.
 */
export function useEChart(
  option: echarts.EChartsCoreOption | ((width: number) => echarts.EChartsCoreOption),
  onClick?: (dataIndex: number) => void,
): RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  useEffect(() => {
    const chart = init(container.current, undefined, { renderer: 'svg' });
    chart.on('click', (params) => clickRef.current?.(params.dataIndex));
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
    chartRef.current?.setOption(typeof option === 'function' ? option(container.current?.clientWidth ?? 600) : option, true);
  }, [option]);
  return container;
}

/** The width of an element, kept current as it resizes (a chart's labels decide how to fit by it). */
export function useWidth(element: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(node.clientWidth || fallback));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, fallback]);
  return width;
}
