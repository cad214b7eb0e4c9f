// The shadow root's stylesheet. Public knobs are --dealgraph-* custom properties, read
// through private --_* ones so a page may set them on any ancestor, not only the element.

const LIGHT = `
  --_bg: var(--dealgraph-bg, #ffffff);
  --_fg: var(--dealgraph-fg, #17202e);
  --_muted: var(--dealgraph-muted, #5b6678);
  --_surface: var(--dealgraph-surface, #f4f6fa);
  --_border: var(--dealgraph-border, #d9dee7);
  --_accent: var(--dealgraph-accent, #2f5bea);
  --_company: var(--dealgraph-company, #334155);
  --_person: var(--dealgraph-person, #b45309);
  --_acquisition: var(--dealgraph-acquisition, #2f5bea);
  --_merger: var(--dealgraph-merger, #7c3aed);
  --_stake: var(--dealgraph-stake, #0f8a7e);
  --_write-down: var(--dealgraph-write-down, #d9363e);
  --_edge: var(--dealgraph-edge, #9aa5b8);
  --_shadow: 0 8px 28px rgba(15, 23, 42, 0.16);
`;

const DARK = `
  --_bg: var(--dealgraph-bg, #10141c);
  --_fg: var(--dealgraph-fg, #e7ebf2);
  --_muted: var(--dealgraph-muted, #9aa4b6);
  --_surface: var(--dealgraph-surface, #1a202b);
  --_border: var(--dealgraph-border, #2c3443);
  --_accent: var(--dealgraph-accent, #7c9cff);
  --_company: var(--dealgraph-company, #cbd5e1);
  --_person: var(--dealgraph-person, #f5a524);
  --_acquisition: var(--dealgraph-acquisition, #6f8fff);
  --_merger: var(--dealgraph-merger, #a78bfa);
  --_stake: var(--dealgraph-stake, #2dd4bf);
  --_write-down: var(--dealgraph-write-down, #f87171);
  --_edge: var(--dealgraph-edge, #4b5567);
  --_shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
`;

export const WIDGET_CSS: string = `
:host {
  display: block;
  position: relative;
  height: 540px;
  min-width: 280px;
  container-type: inline-size;
  contain: content;
}
:host([hidden]) { display: none; }
@media (max-width: 600px) { :host { height: 640px; } }

/* all: initial cuts the inheritance chain, so a host page's font, colour or spacing stop here. */
.root {
  all: initial;
  ${LIGHT}
  box-sizing: border-box;
  display: grid;
  grid-template-columns: minmax(0, 1fr) 230px;
  grid-template-rows: auto auto minmax(0, 1fr) auto;
  grid-template-areas: "toolbar toolbar" "filters filters" "main list" "legend legend";
  width: 100%;
  height: 100%;
  overflow: hidden;
  background: var(--_bg);
  color: var(--_fg);
  font: 13px/1.4 var(--dealgraph-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  border: 1px solid var(--_border);
  border-radius: var(--dealgraph-radius, 12px);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) .root { ${DARK} color-scheme: dark; }
}
:host([theme="dark"]) .root { ${DARK} color-scheme: dark; }

*, *::before, *::after { box-sizing: border-box; }
/* The display rules below would otherwise beat the hidden attribute. */
[hidden] { display: none !important; }
button, input { font: inherit; color: inherit; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }

.toolbar {
  grid-area: toolbar;
  display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 10px 12px 6px;
}
.brand { font-weight: 650; letter-spacing: -0.01em; margin-right: 4px; white-space: nowrap; }
.brand span { color: var(--_accent); }
.search { position: relative; flex: 1 1 180px; min-width: 0; }
.search input {
  width: 100%; height: 32px; padding: 0 10px 0 30px;
  border: 1px solid var(--_border); border-radius: 8px; background: var(--_surface);
}
.search svg { position: absolute; left: 9px; top: 9px; width: 14px; height: 14px; color: var(--_muted); pointer-events: none; }
.suggestions {
  position: absolute; z-index: 5; top: 36px; left: 0; right: 0; margin: 0; padding: 4px;
  list-style: none; background: var(--_bg); border: 1px solid var(--_border); border-radius: 8px; box-shadow: var(--_shadow);
}
.suggestions li { padding: 6px 8px; border-radius: 6px; cursor: pointer; display: flex; gap: 8px; align-items: center; }
.suggestions li[aria-selected="true"], .suggestions li:hover { background: var(--_surface); }
.tools { display: flex; gap: 4px; }
.tool {
  height: 32px; min-width: 32px; padding: 0 8px; display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  border: 1px solid var(--_border); border-radius: 8px; background: var(--_bg); cursor: pointer;
}
.tool:hover { background: var(--_surface); }
.tool svg { width: 16px; height: 16px; }

.filters {
  grid-area: filters;
  display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center;
  padding: 2px 12px 8px; border-bottom: 1px solid var(--_border);
}
.kinds { display: flex; flex-wrap: wrap; gap: 6px; border: 0; margin: 0; padding: 0; }
.chip {
  display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 10px;
  border: 1px solid var(--_border); border-radius: 999px; cursor: pointer; user-select: none; font-size: 12px;
}
.chip input { position: absolute; opacity: 0; pointer-events: none; }
.chip:has(input:focus-visible) { outline: 2px solid var(--_accent); outline-offset: 2px; }
.chip:has(input:not(:checked)) { opacity: 0.45; text-decoration: line-through; }
.swatch { width: 10px; height: 10px; transform: rotate(45deg); border-radius: 2px; flex: none; }
.years { display: flex; align-items: center; gap: 8px; font-size: 12px; color: var(--_muted); flex: 1 1 200px; }
.years output { font-variant-numeric: tabular-nums; color: var(--_fg); min-width: 3.2em; text-align: center; }
.range { position: relative; flex: 1; height: 26px; min-width: 110px; }
.range::before {
  content: ""; position: absolute; left: 0; right: 0; top: 12px; height: 3px; border-radius: 2px; background: var(--_border);
}
.range::after {
  content: ""; position: absolute; top: 12px; height: 3px; border-radius: 2px; background: var(--_accent);
  left: var(--from, 0%); right: calc(100% - var(--to, 100%));
}
.range input:focus-visible { outline: none; }
.range input:focus-visible::-webkit-slider-thumb { box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 35%, transparent); }
.range input {
  position: absolute; inset: 0; width: 100%; margin: 0; background: none; pointer-events: none;
  -webkit-appearance: none; appearance: none; height: 26px;
}
.range input::-webkit-slider-thumb {
  -webkit-appearance: none; pointer-events: auto; position: relative; z-index: 1; width: 16px; height: 16px; border-radius: 50%;
  background: var(--_bg); border: 2px solid var(--_accent); cursor: pointer;
}
.range input::-webkit-slider-runnable-track { background: none; height: 26px; display: flex; align-items: center; }
.range input::-moz-range-thumb { pointer-events: auto; width: 14px; height: 14px; border-radius: 50%; background: var(--_bg); border: 2px solid var(--_accent); }

.main { grid-area: main; position: relative; min-height: 0; min-width: 0; }
.canvas { position: absolute; inset: 0; }
.status {
  position: absolute; inset: 0; display: flex; flex-direction: column; gap: 8px; align-items: center; justify-content: center;
  padding: 24px; text-align: center; background: var(--_bg); color: var(--_muted); z-index: 2;
}
.status[hidden] { display: none; }
.status strong { color: var(--_fg); font-size: 15px; font-weight: 600; }
.status .detail { max-width: 36em; }
.status[data-kind="error"] strong { color: var(--_write-down); }
.spinner {
  width: 28px; height: 28px; border-radius: 50%; border: 3px solid var(--_border); border-top-color: var(--_accent);
  animation: spin 0.9s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.note {
  position: absolute; left: 10px; bottom: 10px; z-index: 1; font-size: 12px; color: var(--_muted);
  background: var(--_surface); border: 1px solid var(--_border); border-radius: 6px; padding: 2px 8px;
}
.note[hidden] { display: none; }

.card {
  position: absolute; z-index: 3; top: 10px; right: 10px; width: min(340px, calc(100% - 20px)); max-height: calc(100% - 20px);
  overflow: auto; padding: 14px 14px 12px; background: var(--_bg); color: var(--_fg);
  border: 1px solid var(--_border); border-radius: 10px; box-shadow: var(--_shadow);
}
.card.left { right: auto; left: 10px; }
.card[hidden] { display: none; }
.card h3 { margin: 0 24px 6px 0; font-size: 15px; line-height: 1.3; }
.card .close {
  position: absolute; top: 8px; right: 8px; width: 26px; height: 26px; border: 0; border-radius: 6px;
  background: none; cursor: pointer; color: var(--_muted); font-size: 18px; line-height: 1;
}
.card .close:hover { background: var(--_surface); }
.badges { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
.badge { font-size: 11px; font-weight: 600; padding: 2px 8px; border-radius: 999px; background: var(--_surface); border: 1px solid var(--_border); }
.badge.kind { color: #fff; border-color: transparent; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 3px 10px; margin: 0 0 8px; font-size: 12px; }
.facts dt { color: var(--_muted); }
.facts dd { margin: 0; }
.evidence { margin: 8px 0 0; padding: 0; list-style: none; display: grid; gap: 8px; }
.evidence blockquote { margin: 0 0 3px; padding: 0 0 0 10px; border-left: 3px solid var(--_accent); font-style: italic; }
.evidence a { color: var(--_accent); font-size: 12px; text-decoration: none; }
.evidence a:hover { text-decoration: underline; }
.evidence .meta { color: var(--_muted); font-size: 11px; }
.card .actions { display: flex; gap: 6px; margin-top: 10px; }
.card .actions button {
  height: 28px; padding: 0 10px; border-radius: 7px; border: 1px solid var(--_border); background: var(--_surface); cursor: pointer;
}
.card .muted { color: var(--_muted); }

.list-panel {
  grid-area: list; display: flex; flex-direction: column; min-height: 0; border-left: 1px solid var(--_border);
}
.list-panel h2 { margin: 0; padding: 8px 12px 4px; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--_muted); }
.nodes { list-style: none; margin: 0; padding: 0 6px 8px; overflow: auto; min-height: 0; flex: 1; }
.nodes li {
  display: flex; align-items: center; gap: 8px; padding: 5px 6px; border-radius: 6px; cursor: pointer;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  /* Thousands of options: lay out only those scrolled into view. */
  content-visibility: auto; contain-intrinsic-size: auto 28px;
}
.nodes li > span:last-child { overflow: hidden; text-overflow: ellipsis; }
.nodes li[hidden] { display: none; }
.nodes li:hover { background: var(--_surface); }
.nodes li[aria-selected="true"] { background: color-mix(in srgb, var(--_accent) 14%, transparent); }
.nodes li:focus-visible { outline-offset: -2px; }
.nodes li[data-expanded="true"]::after { content: "●"; margin-left: auto; font-size: 8px; color: var(--_accent); }
.icon { flex: none; width: 12px; height: 12px; }
.icon.COMPANY { border-radius: 3px; background: var(--_company); }
.icon.PERSON { border-radius: 50%; background: var(--_person); }
.icon.DEAL { transform: rotate(45deg) scale(0.8); border-radius: 2px; }

.legend {
  grid-area: legend; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 12px; font-size: 11px; color: var(--_muted);
  border-top: 1px solid var(--_border);
}
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.legend .st { width: 12px; height: 12px; transform: rotate(45deg) scale(0.8); border: 2px solid var(--_muted); }

@container (max-width: 560px) {
  .root {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto minmax(0, 1fr) minmax(0, 22%);
    grid-template-areas: "toolbar" "filters" "main" "list";
  }
  .legend { display: none; }
  .toolbar { gap: 6px; padding: 8px 8px 4px; }
  .search { flex-basis: 100px; }
  .tools { gap: 2px; }
  .tool { min-width: 30px; padding: 0 6px; }
  .filters { padding: 2px 8px 6px; }
  .list-panel { border-left: 0; border-top: 1px solid var(--_border); }
  .brand { display: none; }
  .tool .label { display: none; }
  .card, .card.left { top: auto; bottom: 8px; right: 8px; left: 8px; width: auto; max-height: 70%; }
}
`;
