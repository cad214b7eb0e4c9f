import cytoscape from 'cytoscape';
import type { Core, EventObject } from 'cytoscape';
import { buildElements } from './build-elements.js';
import { buildStylesheet, readThemeColors } from './build-stylesheet.js';
import type { ThemeColors } from './build-stylesheet.js';
import { h } from './create-element.js';
import { fetchGraphQL } from './fetch-graphql.js';
import { hiddenDealIds, yearSpan } from './filter-graph.js';
import type { DealDetail, DealKind, Graph, GraphNode, SearchHit } from './graph-types.js';
import { DEAL_KINDS } from './graph-types.js';
import { fitViewport } from './fit-viewport.js';
import type { Viewport } from './fit-viewport.js';
import { layoutByTime } from './layout-by-time.js';
import type { Point } from './layout-by-time.js';
import { mergeGraph } from './merge-graph.js';
import { DEAL_QUERY, NEIGHBORHOOD_QUERY, SEARCH_QUERY } from './queries.js';
import { renderDealCard, renderPartyCard } from './render-card.js';
import { renderNodeList } from './render-node-list.js';
import { renderShell } from './render-shell.js';
import type { Shell } from './render-shell.js';
import { resolveEntity } from './resolve-entity.js';
import { WidgetError } from './widget-error.js';

/** Above this many elements the view drops animation, curves and edge labels to stay fluid. */
const LARGE = 1500;
const MAX_FIT_ZOOM = 1.4;
const MIN_ZOOM = 0.03;
const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';
const EMPTY: Graph = { nodes: [], edges: [], truncated: false };

/** What the widget is doing, mirrored on the shadow root's `.root[data-state]` for styling and tests. */
export type ViewState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** `detail` of the `dealgraph-load` event, fired once a graph is drawn. */
export interface LoadDetail {
  rootId: string;
  nodes: number;
  edges: number;
  truncated: boolean;
  /** Milliseconds spent waiting for the gateway, laying out, and drawing the first frame. */
  timings: { fetch: number; layout: number; render: number };
}

/**
 * `<dealgraph-view endpoint="…/graphql" entity="Nokia" depth="2">`: the deal graph around a
 * company or person, read live from a dealgraph gateway.
 *
 * Attributes: `endpoint` (GraphQL URL), `entity` (id or name), `depth` (hops, default 1),
 * `limit` (most elements fetched, default 200), `theme` (`light`, `dark`, or unset to follow
 * the reader's system). Events: `dealgraph-load`, `dealgraph-expand`, `dealgraph-select`, `dealgraph-error`.
 */
export class DealgraphView extends HTMLElement {
  static readonly observedAttributes = ['endpoint', 'entity', 'depth', 'limit', 'theme'];

  readonly #shell: Shell;
  #cy: Core | undefined;
  #colors: ThemeColors | undefined;
  #graph: Graph = EMPTY;
  #rootId: string | undefined;
  #expanded = new Set<string>();
  #deals = new Map<string, DealDetail | null>();
  #kinds = new Set<DealKind>(DEAL_KINDS);
  #years: { min: number; max: number } | null = null;
  #selectedId: string | undefined;
  #cardId: string | undefined;
  #cardPinned = false;
  #load: AbortController | undefined;
  #loadScheduled = false;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;
  #searchHits: SearchHit[] = [];
  #resize: ResizeObserver | undefined;
  #direction: 'right' | 'down' = 'right';
  #large = false;
  #hidden: ReadonlySet<string> = new Set();
  #colorScheme: MediaQueryList | undefined;
  readonly #onSchemeChange = () => this.#restyle();

  constructor() {
    super();
    this.#shell = renderShell(this.attachShadow({ mode: 'open' }));
    this.#wireControls();
  }

  /** The GraphQL endpoint of a dealgraph gateway. */
  get endpoint(): string {
    return this.getAttribute('endpoint') ?? '';
  }
  set endpoint(value: string) {
    this.setAttribute('endpoint', value);
  }

  /** The company, person or deal at the centre: an id, or a name resolved by search. */
  get entity(): string {
    return this.getAttribute('entity') ?? '';
  }
  set entity(value: string) {
    this.setAttribute('entity', value);
  }

  /** Hops from the entity to load at first (party → deal → party counts as one). Default 1. */
  get depth(): number {
    return clampInt(this.getAttribute('depth'), 1, 1, 3);
  }
  set depth(value: number) {
    this.setAttribute('depth', String(value));
  }

  /** The most elements one request brings back. Default 200. */
  get limit(): number {
    return clampInt(this.getAttribute('limit'), 200, 1, 50_000);
  }
  set limit(value: number) {
    this.setAttribute('limit', String(value));
  }

  /** What the widget is doing right now. */
  get state(): ViewState {
    return (this.#shell.root.dataset.state as ViewState | undefined) ?? 'idle';
  }

  /** The cytoscape instance drawing the graph, for integrations that need more than the attributes. */
  get cy(): Core | undefined {
    return this.#cy;
  }

  /** The graph shown, as the gateway sent it (merged over expansions). */
  get graph(): Graph {
    return this.#graph;
  }

  connectedCallback(): void {
    this.#colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.#colorScheme.addEventListener('change', this.#onSchemeChange);
    this.#resize = new ResizeObserver(() => {
      this.#cy?.resize();
      if (this.#graph.nodes.length && this.#preferredDirection() !== this.#direction) this.#draw({ animate: false });
    });
    this.#resize.observe(this.#shell.main);
    this.#scheduleLoad();
  }

  disconnectedCallback(): void {
    this.#load?.abort();
    this.#colorScheme?.removeEventListener('change', this.#onSchemeChange);
    this.#resize?.disconnect();
    this.#cy?.destroy();
    this.#cy = undefined;
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#hoverTimer);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    if (name === 'theme') this.#restyle();
    else if (this.isConnected) this.#scheduleLoad();
  }

  /** Loads the neighbourhood of a node and adds it to the view. */
  async expand(id: string): Promise<void> {
    const node = this.#node(id);
    if (!node || this.#expanded.has(id)) return;
    const controller = this.#load;
    this.#announce(`Loading the neighbourhood of ${node.label}…`);
    try {
      const { neighborhood } = await fetchGraphQL<{ neighborhood: Graph }>(
        this.endpoint, NEIGHBORHOOD_QUERY, { id, depth: 1, limit: this.limit }, controller?.signal,
      );
      if (controller !== this.#load) return;
      this.#expanded.add(id);
      const before = this.#graph.nodes.length;
      this.#graph = mergeGraph(this.#graph, neighborhood);
      this.#draw({ animate: true });
      const added = this.#graph.nodes.length - before;
      this.#announce(`${node.label} expanded: ${added === 0 ? 'nothing new' : added === 1 ? '1 new node' : `${added} new nodes`}.`);
      this.dispatchEvent(new CustomEvent('dealgraph-expand', { detail: { id, added }, bubbles: true, composed: true }));
      if (this.#cardId === id) this.#showCard(id, this.#cardPinned);
    } catch (error) {
      if (controller?.signal.aborted) return;
      this.#announce(error instanceof Error ? error.message : String(error));
      this.#fail(error, false);
    }
  }

  /** Fits the whole graph into the view. */
  fit(): void {
    const cy = this.#cy;
    if (!cy) return;
    const positions = new Map(cy.nodes().map((node) => [node.id(), node.position()] as const));
    cy.animate(this.#fitTarget(positions), { duration: this.#animated() ? 250 : 0 });
  }

  /** The current view as a PNG, drawn at twice the screen's resolution on the theme's background. */
  async toPng(): Promise<Blob | undefined> {
    if (!this.#cy) return undefined;
    return this.#cy.png({ output: 'blob-promise', full: true, scale: 2, bg: this.#colors?.bg ?? '#ffffff' });
  }

  /** Downloads the current view as a PNG file. */
  async exportPng(): Promise<void> {
    const blob = await this.toPng();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const name = (this.#node(this.#rootId ?? '')?.label ?? 'graph').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
    const link = h('a', { href: url, download: `dealgraph-${name}.png`, hidden: true });
    this.#shell.root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ——— loading ———

  /** Several attributes usually change together; load once after all of them are set. */
  #scheduleLoad(): void {
    if (this.#loadScheduled) return;
    this.#loadScheduled = true;
    queueMicrotask(() => {
      this.#loadScheduled = false;
      if (this.isConnected) void this.#loadRoot();
    });
  }

  async #loadRoot(): Promise<void> {
    this.#load?.abort();
    const controller = new AbortController();
    this.#load = controller;
    const { endpoint, entity } = this;
    if (!endpoint) return this.#setStatus('error', 'No gateway to read from', 'Set the endpoint attribute to the /graphql URL of a dealgraph gateway.');
    if (!entity) return this.#setStatus('empty', 'Nothing to show yet', 'Set the entity attribute, or search for a company or person above.');
    this.#setStatus('loading', `Loading the graph around “${entity}”…`);
    const started = performance.now();
    try {
      const graph = await this.#fetchRoot(endpoint, entity, controller.signal);
      if (controller !== this.#load) return;
      const fetched = performance.now();
      this.#graph = graph.graph;
      this.#rootId = graph.rootId;
      this.#expanded = new Set([graph.rootId]);
      this.#deals.clear();
      this.#years = null;
      this.#selectedId = undefined;
      this.#hideCard();
      if (!graph.graph.nodes.length) {
        this.#clearCanvas();
        return this.#setStatus('empty', `No deals around “${graph.name}” yet`, 'The graph knows this name but holds no deals or roles around it.');
      }
      const timings = this.#draw({ animate: false });
      this.#setStatus('ready');
      await nextFrame();
      if (controller !== this.#load) return;
      const detail: LoadDetail = {
        rootId: graph.rootId,
        nodes: this.#graph.nodes.length,
        edges: this.#graph.edges.length,
        truncated: this.#graph.truncated,
        timings: { fetch: fetched - started, layout: timings.layout, render: performance.now() - fetched - timings.layout },
      };
      this.#announce(`Showing ${detail.nodes} nodes around ${graph.name}.`);
      this.dispatchEvent(new CustomEvent('dealgraph-load', { detail, bubbles: true, composed: true }));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#clearCanvas();
      this.#fail(error, true);
    }
  }

  /**
   * The entity may be an id or a name. Asking for it as an id and searching it as a name at
   * once costs no extra round trip; an id that answers with a graph wins.
   */
  async #fetchRoot(endpoint: string, entity: string, signal: AbortSignal): Promise<{ graph: Graph; rootId: string; name: string }> {
    const variables = { depth: this.depth, limit: this.limit };
    const asId = fetchGraphQL<{ neighborhood: Graph | null }>(endpoint, NEIGHBORHOOD_QUERY, { id: entity, ...variables }, signal)
      .then((data) => data.neighborhood)
      .catch((error: unknown) => {
        if (error instanceof WidgetError && (error.code === 'UNREACHABLE' || error.code === 'HTTP')) throw error;
        return null;
      });
    const asName = resolveEntity(endpoint, entity, signal).then(
      (hit) => ({ hit }),
      (error: unknown) => ({ error }),
    );
    const direct = await asId;
    const named = direct?.nodes.find((n) => n.id === entity);
    if (direct && named) return { graph: direct, rootId: entity, name: named.label };
    const resolved = await asName;
    if ('error' in resolved) throw resolved.error;
    const found = resolved.hit;
    const { neighborhood } = await fetchGraphQL<{ neighborhood: Graph }>(endpoint, NEIGHBORHOOD_QUERY, { id: found.id, ...variables }, signal);
    return { graph: neighborhood, rootId: found.id, name: found.name };
  }

  #fail(error: unknown, replaceView: boolean): void {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof WidgetError ? error.code : 'BAD_RESPONSE';
    if (replaceView) {
      const title = code === 'NOT_FOUND' ? 'Unknown entity' : code === 'UNREACHABLE' ? 'The gateway cannot be reached' : 'The gateway could not answer';
      this.#setStatus(code === 'NOT_FOUND' ? 'empty' : 'error', title, message, code === 'NOT_FOUND' ? undefined : () => void this.#loadRoot());
    }
    this.dispatchEvent(new CustomEvent('dealgraph-error', { detail: { code, message }, bubbles: true, composed: true }));
  }

  #setStatus(state: ViewState, title = '', detail = '', retry?: () => void): void {
    const { root, status } = this.#shell;
    root.dataset.state = state;
    status.dataset.kind = state;
    status.hidden = state === 'ready';
    status.replaceChildren(
      ...(state === 'loading' ? [h('div', { class: 'spinner', 'aria-hidden': 'true' })] : []),
      ...(title ? [h('strong', {}, title)] : []),
      ...(detail ? [h('div', { class: 'detail' }, detail)] : []),
    );
    if (retry) {
      const button = h('button', { type: 'button', class: 'tool' }, 'Try again');
      button.addEventListener('click', retry);
      status.append(button);
    }
  }

  // ——— drawing ———

  #draw({ animate }: { animate: boolean }): { layout: number } {
    const started = performance.now();
    this.#direction = this.#preferredDirection();
    const positions = layoutByTime(this.#graph, { direction: this.#direction });
    const layout = performance.now() - started;
    const large = this.#graph.nodes.length + this.#graph.edges.length > LARGE;
    const fresh = !this.#cy;
    const cy = this.#ensureCy(large);
    const elements = buildElements(this.#graph, positions);
    const smooth = animate && this.#animated();
    // Per-element calls add up at 10,000 elements: touch only what changed.
    cy.batch(() => {
      const present = new Set(cy.elements().map((e) => e.id()));
      const wanted = new Set(elements.map((e) => e.data.id as string));
      cy.elements().filter((e) => !wanted.has(e.id())).remove();
      cy.add(elements.filter((e) => !present.has(e.data.id as string)));
      for (const element of elements) {
        if (element.group !== 'nodes' || !present.has(element.data.id as string)) continue;
        const target = cy.getElementById(element.data.id as string);
        target.data(element.data);
        // Nodes already on screen glide to their new place below, unless motion is off.
        if (!smooth) target.position(element.position ?? { x: 0, y: 0 });
      }
      cy.nodes('.root, .expanded').removeClass('root expanded');
      if (this.#rootId) cy.getElementById(this.#rootId).addClass('root');
      for (const id of this.#expanded) cy.getElementById(id).addClass('expanded');
    });
    if (!fresh && large !== this.#large) cy.style(buildStylesheet(this.#theme(), large));
    this.#large = large;
    this.#syncYears();
    this.#renderList();
    this.#applyFilter();
    this.#renderNote();
    const target = this.#fitTarget(positions);
    if (smooth) {
      cy.nodes().forEach((node) => {
        const to = positions.get(node.id());
        if (to) node.animate({ position: to }, { duration: 350, easing: 'ease-in-out-cubic' });
      });
      cy.animate(target, { duration: 350, easing: 'ease-in-out-cubic' });
    } else {
      cy.viewport(target);
    }
    return { layout };
  }

  /** The viewport showing every node the filters leave visible, at most at reading zoom. */
  #fitTarget(positions: ReadonlyMap<string, Point>): Viewport {
    const cy = this.#cy;
    const visible = [...positions].filter(([id]) => !this.#hidden.has(id)).map(([, point]) => point);
    return fitViewport(visible, { width: cy?.width() ?? 0, height: cy?.height() ?? 0, padding: 24, minZoom: MIN_ZOOM, maxZoom: MAX_FIT_ZOOM });
  }

  #ensureCy(large: boolean): Core {
    if (this.#cy) return this.#cy;
    // Cytoscape puts a <style> into the page's <head> (position: relative for its containers).
    // It cannot reach into the shadow root, where .canvas is positioned already, so take it back
    // out unless the page had it before: the widget leaves no trace outside its element.
    const hadCytoscapeStyle = document.getElementById(CYTOSCAPE_STYLE_ID) !== null;
    const cy = cytoscape({
      container: this.#shell.canvas,
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      style: buildStylesheet(this.#theme(), large),
    });
    if (!hadCytoscapeStyle) document.getElementById(CYTOSCAPE_STYLE_ID)?.remove();
    cy.on('tap', 'node', (event: EventObject) => {
      const id = event.target.id() as string;
      this.#select(id, 'graph');
      this.#showCard(id, true);
      void this.expand(id);
    });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) this.#hideCard();
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      const id = event.target.id() as string;
      clearTimeout(this.#hoverTimer);
      if (!this.#cardPinned) this.#hoverTimer = setTimeout(() => this.#showCard(id, false), 120);
      this.#shell.canvas.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      clearTimeout(this.#hoverTimer);
      if (!this.#cardPinned) this.#hoverTimer = setTimeout(() => this.#hideCard(), 250);
      this.#shell.canvas.style.cursor = '';
    });
    this.#cy = cy;
    return cy;
  }

  #clearCanvas(): void {
    this.#graph = EMPTY;
    this.#cy?.elements().remove();
    this.#renderList();
    this.#renderNote();
  }

  #theme(): ThemeColors {
    this.#colors = readThemeColors(this.#shell.root);
    return this.#colors;
  }

  /** Theme colours come from CSS, so re-read them once the browser has applied the new styles. */
  #restyle(): void {
    requestAnimationFrame(() => {
      if (!this.#cy) return;
      this.#cy.style(buildStylesheet(this.#theme(), this.#graph.nodes.length + this.#graph.edges.length > LARGE));
    });
  }

  /** Time runs down the view when it is much taller than wide (a phone), across otherwise. */
  #preferredDirection(): 'right' | 'down' {
    const { width, height } = this.#shell.main.getBoundingClientRect();
    return width > 0 && width < 480 && height > width * 0.5 ? 'down' : 'right';
  }

  #animated(): boolean {
    return this.#graph.nodes.length < 600 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  #renderNote(): void {
    const { note } = this.#shell;
    const hidden = this.#cy?.nodes('.filtered').length ?? 0;
    const parts = [
      this.#graph.truncated ? `Showing the first ${this.limit} elements: raise the limit attribute to see more.` : '',
      hidden ? `${hidden} deal${hidden === 1 ? '' : 's'} hidden by filters.` : '',
    ].filter(Boolean);
    note.textContent = parts.join(' ');
    note.hidden = parts.length === 0;
  }

  // ——— filters ———

  #syncYears(): void {
    const span = yearSpan(this.#graph);
    const { fromYear, toYear, yearsGroup } = this.#shell;
    yearsGroup.hidden = !span;
    if (!span) return;
    const previous = this.#years;
    const atMin = !previous || Number(fromYear.value) <= previous.min;
    const atMax = !previous || Number(toYear.value) >= previous.max;
    for (const input of [fromYear, toYear]) {
      input.min = String(span.min);
      input.max = String(span.max);
      input.step = '1';
    }
    // A range the reader narrowed stays narrowed; one left open grows with the graph.
    fromYear.value = String(atMin ? span.min : Math.max(span.min, Number(fromYear.value)));
    toYear.value = String(atMax ? span.max : Math.min(span.max, Number(toYear.value)));
    this.#years = span;
    this.#renderYears();
  }

  #renderYears(): void {
    const { fromYear, toYear, fromOutput, toOutput } = this.#shell;
    fromOutput.value = fromYear.value;
    toOutput.value = toYear.value;
    // The accent bar between the thumbs: where each sits along the track, as a share of it.
    const share = (input: HTMLInputElement) => {
      const min = Number(input.min);
      const span = Number(input.max) - min;
      return span > 0 ? ((Number(input.value) - min) / span) * 100 : 0;
    };
    const range = fromYear.parentElement;
    range?.style.setProperty('--from', `calc(${share(fromYear)}% + ${8 - share(fromYear) * 0.16}px)`);
    range?.style.setProperty('--to', `calc(${share(toYear)}% + ${8 - share(toYear) * 0.16}px)`);
    fromYear.setAttribute('aria-valuetext', `from ${fromYear.value}`);
    toYear.setAttribute('aria-valuetext', `to ${toYear.value}`);
  }

  #applyFilter(): void {
    const cy = this.#cy;
    if (!cy) return;
    const { fromYear, toYear, list } = this.#shell;
    const hidden = (this.#hidden = hiddenDealIds(this.#graph, {
      kinds: this.#kinds,
      fromYear: this.#years ? Number(fromYear.value) : -Infinity,
      toYear: this.#years ? Number(toYear.value) : Infinity,
    }));
    cy.batch(() => {
      cy.nodes('.filtered').filter((node) => !hidden.has(node.id())).removeClass('filtered');
      for (const id of hidden) cy.getElementById(id).addClass('filtered');
    });
    for (const item of list.children as HTMLCollectionOf<HTMLLIElement>) item.hidden = hidden.has(item.dataset.id ?? '');
    if (this.#cardId && hidden.has(this.#cardId)) this.#hideCard();
    this.#renderNote();
  }

  // ——— the accessible mirror ———

  #renderList(): void {
    const { list, listHeading } = this.#shell;
    const items = renderNodeList(this.#graph, this.#rootId, this.#expanded);
    // Replacing the options would drop keyboard focus on the page body; carry it over.
    const hadFocus = list.contains(this.shadowRoot?.activeElement ?? null);
    list.replaceChildren(...items);
    listHeading.textContent = `Graph · ${this.#graph.nodes.length} nodes`;
    const active = items.find((item) => item.dataset.id === this.#selectedId) ?? items[0];
    if (active) active.tabIndex = 0;
    const selected = this.#selectedId ? this.#markSelected(this.#selectedId) : undefined;
    if (hadFocus) (selected ?? active)?.focus();
  }

  #option(id: string): HTMLLIElement | undefined {
    for (const item of this.#shell.list.children as HTMLCollectionOf<HTMLLIElement>) if (item.dataset.id === id) return item;
    return undefined;
  }

  #markSelected(id: string): HTMLLIElement | undefined {
    let found: HTMLLIElement | undefined;
    for (const item of this.#shell.list.children as HTMLCollectionOf<HTMLLIElement>) {
      const selected = item.dataset.id === id;
      item.setAttribute('aria-selected', String(selected));
      item.tabIndex = selected ? 0 : -1;
      if (selected) found = item;
    }
    return found;
  }

  /** One selection for canvas and list: selecting in either updates the other. */
  #select(id: string, from: 'graph' | 'list'): void {
    this.#selectedId = id;
    const cy = this.#cy;
    if (cy) {
      cy.elements('.active').removeClass('active');
      const node = cy.getElementById(id);
      node.addClass('active');
      node.connectedEdges().addClass('active');
      if (from === 'list' && node.nonempty()) {
        const box = node.renderedBoundingBox();
        const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
        if (!inView) cy.animate({ center: { eles: node } }, { duration: this.#animated() ? 200 : 0 });
      }
    }
    const option = this.#markSelected(id);
    if (from === 'graph') option?.scrollIntoView({ block: 'nearest' });
    const node = this.#node(id);
    this.dispatchEvent(new CustomEvent('dealgraph-select', { detail: { id, node }, bubbles: true, composed: true }));
  }

  #onListKey(event: KeyboardEvent): void {
    const visible = [...(this.#shell.list.children as HTMLCollectionOf<HTMLLIElement>)].filter((item) => !item.hidden);
    const current = event.target instanceof HTMLLIElement ? event.target : undefined;
    const at = current ? visible.indexOf(current) : -1;
    const move = (index: number) => {
      const item = visible[Math.max(0, Math.min(visible.length - 1, index))];
      if (!item?.dataset.id) return;
      this.#select(item.dataset.id, 'list');
      item.focus();
      if (this.#cardPinned || this.#cardId) this.#showCard(item.dataset.id, true);
    };
    const id = current?.dataset.id;
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(visible.length - 1);
        break;
      case 'Enter':
        if (id) void this.expand(id);
        break;
      case ' ':
        if (id) {
          if (this.#cardId === id) this.#hideCard();
          else this.#showCard(id, true);
        }
        break;
      case 'Escape':
        this.#hideCard();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // ——— the card ———

  #showCard(id: string, pinned: boolean): void {
    const node = this.#node(id);
    if (!node) return;
    clearTimeout(this.#hoverTimer);
    this.#cardId = id;
    this.#cardPinned = pinned;
    const { card } = this.#shell;
    const actions = {
      onClose: () => this.#hideCard(),
      onExpand: this.#expanded.has(id) ? undefined : () => void this.expand(id),
      onFocus: () => this.#cy?.animate({ center: { eles: this.#cy.getElementById(id) } }, { duration: 200 }),
    };
    if (node.type === 'DEAL') {
      const color = this.#kindColor(node);
      const known = this.#deals.get(id);
      const detail = known === undefined ? 'loading' : known;
      card.replaceChildren(...renderDealCard(node, detail, color, actions));
      if (known === undefined) void this.#loadDeal(id);
    } else {
      const deals = this.#graph.edges.filter((e) => e.target === id && e.type !== 'ROLE' && e.type !== 'UNIT_OF').length;
      card.replaceChildren(...renderPartyCard(node, deals, this.#expanded.has(id), actions));
    }
    // Keep the card on the side away from the node, so it never hides what it describes.
    const position = this.#cy?.getElementById(id).renderedPosition();
    card.classList.toggle('left', position !== undefined && position.x > (this.#cy?.width() ?? 0) / 2);
    card.hidden = false;
  }

  async #loadDeal(id: string): Promise<void> {
    try {
      const { deal } = await fetchGraphQL<{ deal: DealDetail | null }>(this.endpoint, DEAL_QUERY, { id }, this.#load?.signal);
      this.#deals.set(id, deal);
    } catch {
      this.#deals.set(id, null);
    }
    if (this.#cardId === id && !this.#shell.card.hidden) this.#showCard(id, this.#cardPinned);
  }

  #hideCard(): void {
    this.#cardId = undefined;
    this.#cardPinned = false;
    this.#shell.card.hidden = true;
    this.#shell.card.replaceChildren();
  }

  #kindColor(node: GraphNode): string {
    const colors = this.#colors ?? this.#theme();
    switch (node.kind) {
      case 'ACQUISITION':
        return colors.acquisition;
      case 'MERGER':
        return colors.merger;
      case 'STAKE':
        return colors.stake;
      case 'WRITE_DOWN':
        return colors.writeDown;
      default:
        return colors.muted;
    }
  }

  // ——— controls ———

  #wireControls(): void {
    const s = this.#shell;
    s.buttons.zoomIn.addEventListener('click', () => this.#zoomBy(1.3));
    s.buttons.zoomOut.addEventListener('click', () => this.#zoomBy(1 / 1.3));
    s.buttons.fit.addEventListener('click', () => this.fit());
    s.buttons.png.addEventListener('click', () => void this.exportPng());
    for (const input of s.kindInputs) {
      input.addEventListener('change', () => {
        const kind = input.value as DealKind;
        if (input.checked) this.#kinds.add(kind);
        else this.#kinds.delete(kind);
        this.#applyFilter();
      });
    }
    const onYears = (moved: HTMLInputElement) => {
      // The two thumbs may not cross: the one being dragged pushes the other.
      if (Number(s.fromYear.value) > Number(s.toYear.value)) {
        if (moved === s.fromYear) s.toYear.value = s.fromYear.value;
        else s.fromYear.value = s.toYear.value;
      }
      this.#renderYears();
      this.#applyFilter();
    };
    s.fromYear.addEventListener('input', () => onYears(s.fromYear));
    s.toYear.addEventListener('input', () => onYears(s.toYear));
    // A card opened by hovering stays while the pointer reads it.
    s.card.addEventListener('mouseenter', () => clearTimeout(this.#hoverTimer));
    s.card.addEventListener('mouseleave', () => {
      if (!this.#cardPinned) this.#hoverTimer = setTimeout(() => this.#hideCard(), 250);
    });
    s.list.addEventListener('keydown', (event) => this.#onListKey(event));
    s.list.addEventListener('click', (event) => {
      const item = (event.target as Element).closest('li');
      if (!item?.dataset.id) return;
      this.#select(item.dataset.id, 'list');
      this.#showCard(item.dataset.id, true);
    });
    s.list.addEventListener('dblclick', (event) => {
      const id = (event.target as Element).closest('li')?.dataset.id;
      if (id) void this.expand(id);
    });
    s.searchInput.addEventListener('input', () => {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = setTimeout(() => void this.#suggest(s.searchInput.value.trim()), 180);
    });
    s.searchInput.addEventListener('keydown', (event) => this.#onSearchKey(event));
    s.searchInput.addEventListener('blur', () => setTimeout(() => this.#closeSuggestions(), 150));
    s.searchInput.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const active = this.#activeSuggestion();
      const hit = this.#searchHits[active >= 0 ? active : 0];
      if (hit) this.#jumpTo(hit);
      else if (s.searchInput.value.trim()) this.entity = s.searchInput.value.trim();
    });
    s.suggestions.addEventListener('mousedown', (event) => {
      const index = Number((event.target as Element).closest('li')?.dataset.index);
      const hit = this.#searchHits[index];
      if (hit) {
        event.preventDefault();
        this.#jumpTo(hit);
      }
    });
  }

  #zoomBy(factor: number): void {
    const cy = this.#cy;
    if (!cy) return;
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  }

  async #suggest(text: string): Promise<void> {
    if (!text || !this.endpoint) return this.#closeSuggestions();
    try {
      const { search } = await fetchGraphQL<{ search: SearchHit[] }>(this.endpoint, SEARCH_QUERY, { text, first: 8 });
      if (this.#shell.searchInput.value.trim() !== text) return;
      this.#searchHits = search;
      const { suggestions, searchInput } = this.#shell;
      suggestions.replaceChildren(
        ...(search.length
          ? search.map((hit, index) => {
            const item = h('li', { role: 'option', id: `hit-${index}`, 'aria-selected': 'false', 'data-index': String(index) },
              h('span', { class: `icon ${hit.type}`, 'aria-hidden': 'true' }), hit.name);
            return item;
          })
          : [h('li', { role: 'option', 'aria-disabled': 'true' }, `Nothing called “${text}”`)]),
      );
      suggestions.hidden = false;
      searchInput.setAttribute('aria-expanded', 'true');
    } catch {
      this.#closeSuggestions();
    }
  }

  #activeSuggestion(): number {
    const active = this.#shell.suggestions.querySelector('[aria-selected="true"]');
    return active ? Number((active as HTMLElement).dataset.index) : -1;
  }

  #onSearchKey(event: KeyboardEvent): void {
    const { suggestions, searchInput } = this.#shell;
    const items = [...suggestions.querySelectorAll<HTMLLIElement>('li[data-index]')];
    if (event.key === 'Escape') {
      this.#closeSuggestions();
      return;
    }
    if (suggestions.hidden || !items.length || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const at = this.#activeSuggestion();
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items.forEach((item, index) => item.setAttribute('aria-selected', String(index === next)));
    searchInput.setAttribute('aria-activedescendant', items[next]?.id ?? '');
  }

  #closeSuggestions(): void {
    const { suggestions, searchInput } = this.#shell;
    suggestions.hidden = true;
    suggestions.replaceChildren();
    searchInput.setAttribute('aria-expanded', 'false');
    searchInput.removeAttribute('aria-activedescendant');
    this.#searchHits = [];
  }

  /** A match already on screen is selected and centred; any other becomes the new centre. */
  #jumpTo(hit: SearchHit): void {
    this.#closeSuggestions();
    this.#shell.searchInput.value = '';
    if (this.#node(hit.id)) {
      this.#select(hit.id, 'list');
      this.#showCard(hit.id, true);
      this.#cy?.animate({ center: { eles: this.#cy.getElementById(hit.id) } }, { duration: 200 });
      this.#option(hit.id)?.focus();
    } else {
      this.entity = hit.id;
    }
  }

  #node(id: string): GraphNode | undefined {
    return this.#graph.nodes.find((n) => n.id === id);
  }

  #announce(message: string): void {
    this.#shell.announcer.textContent = message;
  }
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(value) ? Math.max(min, Math.min(max, value)) : fallback;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
