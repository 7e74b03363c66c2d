/**
 * Renders a component into a fresh element in the document, as the popup would; the element is unmounted and
 * removed after each test of the file that imports this.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let root: HTMLElement | null = null;

export function mount(node: ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root!));
  return root;
}

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});
