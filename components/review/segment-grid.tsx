'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { Segment } from '../types';

export interface GridHandle {
  /**
   * Brings a segment's row into the page even when it is not mounted (only rows near the viewport exist);
   * with `focus`, its translation gets the keyboard once the row is there.
   */
  reveal: (segmentId: number, options?: { align?: 'auto' | 'center' | 'start'; focus?: boolean }) => void;
}

/** Sticky app bar and grid header above the rows: a row scrolled to lands below them. */
const STICKY_ABOVE = 80;
/** Rows kept mounted beyond each edge of the viewport, so a short scroll or Alt+↓ finds the next row in place. */
const OVERSCAN = 10;
/** How many frames to wait for a revealed row to mount (scrolling to a row far away measures rows on the way). */
const FOCUS_FRAMES = 30;

/**
 * The segment grid, virtualised: rows near the viewport are in the DOM, the rest is empty space of their
 * measured (or estimated) height. The page itself scrolls, as before, so the side panel stays beside it.
 */
export function SegmentGrid({
  segments,
  paragraphs,
  header,
  renderRow,
  handleRef,
}: {
  segments: Segment[];
  /** Document order: a rule between paragraphs. Risk order is one list. */
  paragraphs: boolean;
  header: ReactNode;
  renderRow: (segment: Segment, rowIndex: number, paragraphStart: boolean) => ReactNode;
  handleRef: Ref<GridHandle>;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The rows start below the toolbar and alerts, whose height changes (an alert appears): measured, not assumed.
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: segments.length,
    estimateSize: () => 64,
    overscan: OVERSCAN,
    scrollMargin,
    scrollPaddingStart: STICKY_ABOVE,
    getItemKey: (i) => segments[i]!.id,
  });

  const indexById = useMemo(() => new Map(segments.map((s, i) => [s.id, i])), [segments]);

  useImperativeHandle(
    handleRef,
    () => ({
      reveal(segmentId, { align = 'auto', focus = false } = {}) {
        const index = indexById.get(segmentId);
        if (index === undefined) return;
        virtualizer.scrollToIndex(index, { align });
        if (!focus) return;
        let frames = 0;
        const tryFocus = () => {
          const target = document.querySelector<HTMLElement>(`[data-segment-id="${segmentId}"] [data-testid="target"]`);
          if (target) target.focus({ preventScroll: true });
          else if (++frames < FOCUS_FRAMES) requestAnimationFrame(tryFocus);
        };
        requestAnimationFrame(tryFocus);
      },
    }),
    [indexById, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  return (
    <div id="segments" role="grid" aria-label="Segments" aria-rowcount={segments.length + 1} aria-colcount={4}>
      {header}
      <div ref={listRef} role="rowgroup" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const s = segments[item.index]!;
          const prev = segments[item.index - 1];
          const start = paragraphs && prev !== undefined && prev.paragraphIndex !== s.paragraphIndex;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 w-full"
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {renderRow(s, item.index + 2, start || (paragraphs && item.index === 0))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
