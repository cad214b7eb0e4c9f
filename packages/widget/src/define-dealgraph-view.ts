import { DealgraphView } from './dealgraph-view.js';

/**
 * Registers the element under `tagName` (default `dealgraph-view`) unless that name is taken,
 * and returns the class registered there. Safe to call more than once, so two bundles on a page coexist.
 */
export function defineDealgraphView(tagName = 'dealgraph-view'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // A fresh subclass per name: one constructor may be registered under one name only.
  const element = tagName === 'dealgraph-view' ? DealgraphView : class extends DealgraphView {};
  customElements.define(tagName, element);
  return element;
}
