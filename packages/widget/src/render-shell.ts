import { kindName } from './format-deal.js';
import { DEAL_KINDS } from './graph-types.js';
import { WIDGET_CSS } from './widget-styles.js';

const ICONS = {
  search: '<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><circle cx="7" cy="7" r="5"/><path d="m11 11 4 4"/></svg>',
  plus: '<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M8 3v10M3 8h10"/></svg>',
  minus: '<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M3 8h10"/></svg>',
  fit: '<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"/></svg>',
  download: '<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true"><path d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13h10"/></svg>',
};

const KIND_VARS: Record<string, string> = {
  ACQUISITION: '--_acquisition',
  MERGER: '--_merger',
  STAKE: '--_stake',
  WRITE_DOWN: '--_write-down',
};

/** The parts of the shell the element talks to after building it. */
export interface Shell {
  root: HTMLElement;
  searchInput: HTMLInputElement;
  suggestions: HTMLUListElement;
  kindInputs: HTMLInputElement[];
  yearsGroup: HTMLElement;
  fromYear: HTMLInputElement;
  toYear: HTMLInputElement;
  fromOutput: HTMLOutputElement;
  toOutput: HTMLOutputElement;
  main: HTMLElement;
  canvas: HTMLElement;
  status: HTMLElement;
  note: HTMLElement;
  card: HTMLElement;
  list: HTMLUListElement;
  listHeading: HTMLElement;
  announcer: HTMLElement;
  buttons: { zoomIn: HTMLButtonElement; zoomOut: HTMLButtonElement; fit: HTMLButtonElement; png: HTMLButtonElement };
}

/** Builds the static markup of one widget inside its shadow root; nothing here comes from the gateway. */
export function renderShell(shadow: ShadowRoot): Shell {
  shadow.innerHTML = `
<style>${WIDGET_CSS}</style>
<div class="root" part="root" data-state="idle">
  <div class="toolbar">
    <div class="brand" aria-hidden="true">deal<span>graph</span></div>
    <form class="search" role="search">
      ${ICONS.search}
      <input type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="suggestions"
        aria-label="Jump to a company or person" placeholder="Search companies, people…" autocomplete="off" spellcheck="false">
      <ul id="suggestions" class="suggestions" role="listbox" aria-label="Matches" hidden></ul>
    </form>
    <div class="tools">
      <button type="button" class="tool" data-action="zoom-in" aria-label="Zoom in" title="Zoom in">${ICONS.plus}</button>
      <button type="button" class="tool" data-action="zoom-out" aria-label="Zoom out" title="Zoom out">${ICONS.minus}</button>
      <button type="button" class="tool" data-action="fit" aria-label="Fit the graph to the view" title="Fit">${ICONS.fit}</button>
      <button type="button" class="tool" data-action="png" aria-label="Export the view as PNG" title="Export PNG">${ICONS.download}<span class="label">PNG</span></button>
    </div>
  </div>
  <div class="filters">
    <fieldset class="kinds">
      <legend class="sr-only">Deal kinds to show</legend>
      ${DEAL_KINDS.map((kind) => `<label class="chip"><input type="checkbox" value="${kind}" checked><span class="swatch" style="background:var(${KIND_VARS[kind]})"></span>${kindName(kind)}</label>`).join('')}
    </fieldset>
    <div class="years" role="group" aria-label="Years to show">
      <output class="from" aria-hidden="true"></output>
      <div class="range">
        <input type="range" class="from-year" aria-label="From year">
        <input type="range" class="to-year" aria-label="To year">
      </div>
      <output class="to" aria-hidden="true"></output>
    </div>
  </div>
  <div class="main">
    <div class="canvas" aria-hidden="true"></div>
    <div class="status" role="status" aria-live="polite" data-kind="idle"></div>
    <div class="note" hidden></div>
    <aside class="card" aria-live="polite" aria-labelledby="card-title" hidden></aside>
  </div>
  <section class="list-panel" aria-labelledby="list-heading">
    <h2 id="list-heading">Graph</h2>
    <ul class="nodes" role="listbox" aria-labelledby="list-heading" aria-describedby="list-help"></ul>
    <span id="list-help" class="sr-only">Arrow keys move, Enter expands the neighbourhood, Space shows details, Escape closes them.</span>
  </section>
  <div class="legend" aria-hidden="true">
    <span><span class="icon COMPANY"></span>Company</span>
    <span><span class="icon PERSON"></span>Person</span>
    <span><span class="st" style="background:var(--_muted)"></span>Completed</span>
    <span><span class="st" style="border-style:dashed;background:color-mix(in srgb, var(--_muted) 45%, transparent)"></span>Planned</span>
    <span><span class="st" style="border-style:dotted"></span>Rumoured</span>
    <span><span class="st" style="border-style:double;opacity:.5"></span>Cancelled</span>
  </div>
  <div class="sr-only" aria-live="polite" data-announcer></div>
</div>`;
  const $ = <T extends Element>(selector: string): T => {
    const found = shadow.querySelector<T>(selector);
    if (!found) throw new Error(`dealgraph widget shell is missing ${selector}`);
    return found;
  };
  return {
    root: $('.root'),
    searchInput: $('.search input'),
    suggestions: $('.suggestions'),
    kindInputs: [...shadow.querySelectorAll<HTMLInputElement>('.kinds input')],
    yearsGroup: $('.years'),
    fromYear: $('.from-year'),
    toYear: $('.to-year'),
    fromOutput: $('output.from'),
    toOutput: $('output.to'),
    main: $('.main'),
    canvas: $('.canvas'),
    status: $('.status'),
    note: $('.note'),
    card: $('.card'),
    list: $('.nodes'),
    listHeading: $('#list-heading'),
    announcer: $('[data-announcer]'),
    buttons: {
      zoomIn: $('[data-action="zoom-in"]'),
      zoomOut: $('[data-action="zoom-out"]'),
      fit: $('[data-action="fit"]'),
      png: $('[data-action="png"]'),
    },
  };
}

/** The CSS variable holding a deal kind's colour, for swatches drawn in HTML. */
export function kindColorVar(kind: string | null | undefined): string {
  return `var(${(kind && KIND_VARS[kind]) || '--_muted'})`;
}
