import { h } from './create-element.js';
import { formatEur, kindName, statusName } from './format-deal.js';
import type { DealDetail, GraphNode, PartyRef } from './graph-types.js';

export interface CardActions {
  onExpand?: () => void;
  onFocus?: () => void;
  onClose: () => void;
}

/** The card for a company or person: what it is and what can be done with it. */
export function renderPartyCard(node: GraphNode, dealCount: number, expanded: boolean, actions: CardActions): HTMLElement[] {
  return [
    closeButton(actions.onClose),
    h('h3', { id: 'card-title' }, node.label),
    h('div', { class: 'badges' }, h('span', { class: 'badge' }, node.type === 'PERSON' ? 'Person' : 'Company')),
    h('p', { class: 'muted' }, dealCount === 1 ? '1 deal shown.' : `${dealCount} deals shown.`, expanded ? ' Neighbourhood loaded.' : ''),
    h(
      'div',
      { class: 'actions' },
      !expanded && actions.onExpand ? button('Expand neighbourhood', actions.onExpand) : null,
      actions.onFocus ? button('Centre here', actions.onFocus) : null,
    ),
  ];
}

/** The card for a deal: facts first, then each evidence sentence with the article it comes from. */
export function renderDealCard(node: GraphNode, detail: DealDetail | null | 'loading', kindColor: string, actions: CardActions): HTMLElement[] {
  const kind = typeof detail === 'object' && detail?.kind ? detail.kind : node.kind;
  const status = typeof detail === 'object' && detail?.status ? detail.status : node.status;
  const parts: HTMLElement[] = [
    closeButton(actions.onClose),
    h('h3', { id: 'card-title' }, dealTitle(node, detail)),
    h(
      'div',
      { class: 'badges' },
      h('span', { class: 'badge kind', style: `background:${kindColor}` }, kindName(kind)),
      h('span', { class: 'badge' }, statusName(status)),
    ),
  ];
  if (detail === 'loading') {
    parts.push(h('p', { class: 'muted' }, 'Loading the deal’s sources…'));
    return parts;
  }
  const facts = h('dl', { class: 'facts' });
  const addFact = (term: string, value: string) => {
    if (value) facts.append(h('dt', {}, term), h('dd', {}, value));
  };
  addFact('Date', formatDate(detail, node));
  addFact('Amount', formatAmount(detail, node));
  if (detail) {
    addFact('Acquirer', names(detail.acquirer));
    addFact('Target', names(detail.target));
    addFact('Seller', names(detail.seller));
    addFact('Bidders', names(detail.bidders));
  }
  parts.push(facts);
  const sources = detail?.sources ?? [];
  if (sources.length) {
    parts.push(
      h('h4', { class: 'sr-only' }, 'Evidence'),
      h(
        'ul',
        { class: 'evidence' },
        ...sources.map((source) =>
          h(
            'li',
            {},
            source.evidence ? h('blockquote', { lang: source.lang ?? undefined }, `“${source.evidence}”`) : null,
            source.article?.url
              ? h('a', { href: source.article.url, target: '_blank', rel: 'noopener noreferrer' }, source.article.title || source.article.url)
              : h('span', { class: 'meta' }, source.article?.title ?? 'Source article'),
            source.article?.publishedAt ? h('span', { class: 'meta' }, ` · ${source.article.publishedAt}`) : null,
          ),
        ),
      ),
    );
  } else if (detail) {
    parts.push(h('p', { class: 'muted' }, 'No source sentences recorded for this deal.'));
  } else {
    parts.push(h('p', { class: 'muted' }, 'The gateway returned no details for this deal.'));
  }
  if (actions.onExpand) parts.push(h('div', { class: 'actions' }, button('Show all parties', actions.onExpand)));
  return parts;
}

function dealTitle(node: GraphNode, detail: DealDetail | null | 'loading'): string {
  if (typeof detail === 'object' && detail) {
    const acquirer = names(detail.acquirer);
    const target = names(detail.target);
    if (acquirer && target) return `${acquirer} → ${target}`;
  }
  return node.label;
}

function closeButton(onClose: () => void): HTMLElement {
  const close = h('button', { class: 'close', type: 'button', 'aria-label': 'Close card' }, '×');
  close.addEventListener('click', onClose);
  return close;
}

function button(label: string, onClick: () => void): HTMLElement {
  const element = h('button', { type: 'button' }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** The contract leaves a role's cardinality to the gateway; accept one party or several. */
function names(parties: PartyRef[] | PartyRef | null | undefined): string {
  if (!parties) return '';
  const list = Array.isArray(parties) ? parties : [parties];
  return list.map((p) => p.name).join(', ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(detail: DealDetail | null, node: GraphNode): string {
  const date = detail?.date;
  const year = date?.year ?? node.year;
  if (year == null) return '';
  const month = date?.month ? MONTHS[date.month - 1] : undefined;
  return [date?.day && month ? String(date.day) : '', month ?? '', String(year)].filter(Boolean).join(' ');
}

function formatAmount(detail: DealDetail | null, node: GraphNode): string {
  const amount = detail?.amount;
  const eur = amount?.eur ?? node.eur;
  if (!amount?.value && eur == null) return '';
  const prefix = amount?.upTo ? 'up to ' : amount?.approximate ? 'about ' : '';
  const original = amount?.value != null && amount.currency && amount.currency !== 'EUR'
    ? ` (${amount.value.toLocaleString('en')} ${amount.currency})`
    : '';
  return `${prefix}${eur != null ? formatEur(eur) : `${amount?.value} ${amount?.currency ?? ''}`}${original}`;
}
