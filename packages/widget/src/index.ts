// The element
export { DealgraphView } from './dealgraph-view.js';
export type { LoadDetail, ViewState } from './dealgraph-view.js';
export { defineDealgraphView } from './define-dealgraph-view.js';

// Errors
export { WidgetError } from './widget-error.js';
export type { WidgetErrorCode } from './widget-error.js';

// The gateway contract the widget reads
export type { DealDetail, DealKind, DealStatus, Graph, GraphEdge, GraphEdgeType, GraphNode, GraphNodeType, SearchHit } from './graph-types.js';
