import type { StylesheetJson } from 'cytoscape';

/** Colours resolved from the shadow root's custom properties; cytoscape paints on canvas and cannot read CSS. */
export interface ThemeColors {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  company: string;
  person: string;
  acquisition: string;
  merger: string;
  stake: string;
  writeDown: string;
  edge: string;
  font: string;
}

/** Reads the resolved theme from an element inside the shadow root. */
export function readThemeColors(from: Element): ThemeColors {
  const style = getComputedStyle(from);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    bg: get('--_bg', '#ffffff'),
    fg: get('--_fg', '#17202e'),
    muted: get('--_muted', '#5b6678'),
    accent: get('--_accent', '#2f5bea'),
    company: get('--_company', '#334155'),
    person: get('--_person', '#b45309'),
    acquisition: get('--_acquisition', '#2f5bea'),
    merger: get('--_merger', '#7c3aed'),
    stake: get('--_stake', '#0f8a7e'),
    writeDown: get('--_write-down', '#d9363e'),
    edge: get('--_edge', '#9aa5b8'),
    font: style.fontFamily || 'system-ui, sans-serif',
  };
}

/**
 * Companies are rounded squares, people circles, deals diamonds coloured by kind.
 * Status is the fill: completed solid, planned half-filled with a dashed rim, rumoured
 * hollow and dotted, cancelled faded with a double rim. The acquirer's edge points into the
 * deal and the deal's edge points at the target, so "buyer → deal → target" reads as a sentence.
 * `large` drops edge labels and curves, which cost more to draw than they tell at that size.
 */
export function buildStylesheet(colors: ThemeColors, large: boolean): StylesheetJson {
  const kindColor: Record<string, string> = {
    ACQUISITION: colors.acquisition,
    MERGER: colors.merger,
    STAKE: colors.stake,
    WRITE_DOWN: colors.writeDown,
    NONE: colors.muted,
  };
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': colors.font,
        'font-size': 11,
        color: colors.fg,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': colors.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Small graphs keep their names even when zoomed out on a phone; big ones shed them for speed.
        'min-zoomed-font-size': large ? 7 : 4,
        'border-width': 0,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'node[type = "COMPANY"]',
      style: { shape: 'round-rectangle', width: 30, height: 30, 'background-color': colors.company, 'font-weight': 600 },
    },
    {
      selector: 'node[type = "PERSON"]',
      style: { shape: 'ellipse', width: 26, height: 26, 'background-color': colors.person },
    },
    {
      selector: 'node[type = "DEAL"]',
      style: { shape: 'diamond', width: 30, height: 30, 'border-width': 2.5, 'font-size': 10, color: colors.muted },
    },
    ...Object.entries(kindColor).map(([kind, color]) => ({
      selector: `node[type = "DEAL"][kind = "${kind}"]`,
      style: { 'background-color': color, 'border-color': color },
    })),
    { selector: 'node[type = "DEAL"][status = "PLANNED"]', style: { 'background-opacity': 0.45, 'border-style': 'dashed' } },
    { selector: 'node[type = "DEAL"][status = "RUMORED"]', style: { 'background-opacity': 0.08, 'border-style': 'dotted', 'border-width': 3 } },
    { selector: 'node[type = "DEAL"][status = "CANCELLED"]', style: { opacity: 0.5, 'border-style': 'double', 'border-width': 4, 'background-opacity': 0.2 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': colors.edge,
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-color': colors.edge,
        'source-arrow-color': colors.edge,
        'arrow-scale': 0.8,
        label: large ? '' : 'data(display)',
        'font-size': 9,
        color: colors.muted,
        'text-rotation': 'autorotate',
        'text-background-color': colors.bg,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge[type = "ACQUIRER"]', style: { 'source-arrow-shape': large ? 'none' : 'triangle', width: 2 } },
    { selector: 'edge[type = "TARGET"]', style: { 'target-arrow-shape': large ? 'none' : 'triangle', width: 2 } },
    { selector: 'edge[type = "SELLER"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[type = "BIDDER"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[type = "ROLE"], edge[type = "UNIT_OF"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 4], width: 1 } },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: 'node.root',
      style: { 'border-width': 3, 'border-color': colors.accent, 'border-style': 'solid', 'font-size': 13 },
    },
    {
      selector: 'node:selected, node.active',
      style: { 'underlay-color': colors.accent, 'underlay-opacity': 0.25, 'underlay-padding': 7, 'underlay-shape': 'ellipse' },
    },
    { selector: 'node.expanded', style: { 'outline-width': 0 } },
    { selector: 'edge.active', style: { 'line-color': colors.accent, 'target-arrow-color': colors.accent, 'source-arrow-color': colors.accent, width: 2.5 } },
  ];
  return sheet;
}
