import type { Point } from './layout-by-time.js';

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Screen pixels kept free around the graph. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The zoom and pan that show every point, computed from the layout's own positions.
 * Cytoscape's fit measures every label first, which costs half a second at 2,000 elements;
 * here labels are allowed for by a fixed margin under the lowest nodes instead.
 */
export function fitViewport(points: Iterable<Point>, options: FitOptions): Viewport {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 === Infinity) return { zoom: 1, pan: { x: options.width / 2, y: options.height / 2 } };
  // Node half-size to the sides and top; half-size plus two label lines below.
  x1 -= 65;
  x2 += 65;
  y1 -= 20;
  y2 += 48;
  const fit = Math.min((options.width - 2 * options.padding) / (x2 - x1), (options.height - 2 * options.padding) / (y2 - y1));
  const zoom = Math.max(options.minZoom, Math.min(options.maxZoom, Number.isFinite(fit) && fit > 0 ? fit : 1));
  return { zoom, pan: { x: options.width / 2 - zoom * ((x1 + x2) / 2), y: options.height / 2 - zoom * ((y1 + y2) / 2) } };
}
