/**
 * The small toolbar next to a selection (or a clicked highlight), in a closed
 * shadow root: page CSS cannot break it and page scripts cannot reach it (no
 * `host.shadowRoot`), so they can neither read which highlight it is showing
 * nor press its buttons. Its buttons also act only on trusted events (a real
 * click, or Enter/Space on a focused button), so a synthetic click that finds
 * its way in does nothing. Assistive technology still reads a closed root.
 * Notes are typed in an extension page (note.html) framed inside that root,
 * whose keystrokes the page cannot observe and whose address it cannot read.
 */
import { HIGHLIGHT_COLORS, PALETTE_BY_ID, type HighlightColor } from '../../../model';

/**
 * The focus-toolbar command's key as suggested in wxt.config.ts, shown in the toolbar's tooltip. A
 * reader may rebind it (chrome://extensions/shortcuts), which a content script cannot read, so the
 * tooltip names the default and where to change it.
 */
export const FOCUS_TOOLBAR_KEY = 'Alt+Shift+K';
const TOOLTIP = `Newsmark: after selecting text, press ${FOCUS_TOOLBAR_KEY} to reach this toolbar from the keyboard (Tab moves, Enter presses, Escape closes)`;


const STYLE = `
:host { all: initial; }
.bar { position: fixed; z-index: 2147483647; display: flex; gap: 4px; align-items: center; padding: 4px 6px;
  background: #1d2025; color: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  font: 13px/1.2 system-ui, sans-serif; }
button { all: unset; cursor: pointer; padding: 4px 8px; border-radius: 5px; color: #fff; font: inherit; }
button:hover, button:focus-visible { background: rgba(255,255,255,.15); outline: 2px solid #7db7ea; outline-offset: -2px; }
button.swatch { width: 14px; height: 14px; padding: 0; border-radius: 50%; border: 2px solid rgba(255,255,255,.6); }
button.swatch[aria-pressed="true"] { border-color: #fff; box-shadow: 0 0 0 2px #7db7ea; }
.bar.keyboard button:focus { outline: 2px solid #7db7ea; outline-offset: 1px; }
.info { max-width: 420px; }
.info strong { font-weight: 600; }
iframe { position: fixed; z-index: 2147483647; width: 340px; height: 260px; border: 0; border-radius: 10px;
  box-shadow: 0 8px 30px rgba(0,0,0,.35); background: #fff; }
`;

export type ToolbarAction =
  | { kind: 'highlight'; color: HighlightColor; withNote: boolean }
  | { kind: 'recolor'; id: string; color: HighlightColor }
  | { kind: 'note'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'undo' }
  /** "Add claim…": the selection is a claim the analysis missed; a framed form asks whose. */
  | { kind: 'addClaim' };

export class SelectionToolbar {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private bar: HTMLDivElement | null = null;
  private frame: HTMLIFrameElement | null = null;

  constructor(
    signal: AbortSignal,
    private readonly onAction: (action: ToolbarAction) => void,
  ) {
    this.host = document.createElement('newsmark-ui');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.root.append(style);
    // Keep the page's selection through the click, and keep our events from
    // the page's own handlers (they would otherwise see clicks on "the page").
    for (const type of ['mousedown', 'pointerdown']) {
      this.root.addEventListener(type, (e) => {
        if (!(e.target instanceof HTMLIFrameElement)) e.preventDefault();
        e.stopPropagation();
      });
    }
    for (const type of ['mouseup', 'pointerup', 'click', 'keydown', 'keyup']) {
      this.root.addEventListener(type, (e) => e.stopPropagation());
    }
    signal.addEventListener('abort', () => this.host.remove());
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node) || node.getRootNode() === this.root);
  }

  get visible(): boolean {
    return this.bar !== null || this.frame !== null;
  }

  showForSelection(rect: DOMRect): void {
    this.render(rect, (bar) => {
      bar.append(this.button('Highlight', () => this.onAction({ kind: 'highlight', color: 'yellow', withNote: false })));
      for (const color of HIGHLIGHT_COLORS) {
        bar.append(this.swatch(color, false, () => this.onAction({ kind: 'highlight', color, withNote: false })));
      }
      bar.append(this.button('Add note', () => this.onAction({ kind: 'highlight', color: 'yellow', withNote: true })));
      bar.append(this.button('Add claim…', () => this.onAction({ kind: 'addClaim' })));
    });
  }

  showForHighlight(rect: DOMRect, id: string, color: HighlightColor): void {
    this.render(rect, (bar) => {
      for (const choice of HIGHLIGHT_COLORS) {
        bar.append(this.swatch(choice, choice === color, () => this.onAction({ kind: 'recolor', id, color: choice })));
      }
      bar.append(this.button('Note', () => this.onAction({ kind: 'note', id })));
      bar.append(this.button('Delete', () => this.onAction({ kind: 'delete', id })));
    });
  }

  showUndo(rect: DOMRect): void {
    this.render(rect, (bar) => {
      const label = document.createElement('span');
      label.textContent = 'Highlight deleted';
      bar.append(label, this.button('Undo', () => this.onAction({ kind: 'undo' })));
    });
  }

  /** Whose a painted claim is and the reader's verdict on it ("Show claims on page"). */
  showClaimInfo(rect: DOMRect, info: { speaker: string; status: string }): void {
    this.render(rect, (bar) => {
      const label = document.createElement('span');
      label.className = 'info';
      label.setAttribute('role', 'status');
      const who = document.createElement('strong');
      who.textContent = info.speaker;
      label.append('Claim by ', who, ` · ${info.status}`);
      bar.append(label, this.button('Close', () => this.hide()));
    });
  }

  /** Puts the keyboard on the toolbar's first button (the focus-toolbar command); false when none is shown. */
  focus(): boolean {
    const first = this.bar?.querySelector('button');
    if (!this.bar || !first) return false;
    this.bar.classList.add('keyboard');
    first.focus();
    return true;
  }

  /** A short message where the reader is looking (a refused or failed save). */
  showMessage(rect: DOMRect, text: string): void {
    this.render(rect, (bar) => {
      const label = document.createElement('span');
      label.setAttribute('role', 'alert');
      label.textContent = text;
      bar.append(label, this.button('OK', () => this.hide()));
    });
  }

  /** Opens the extension's note editor over the article. `url` names no record: the editor asks the background which. */
  openNoteEditor(url: string, rect: DOMRect, title = 'Newsmark note'): void {
    this.hide();
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = title;
    const top = Math.min(window.innerHeight - 270, rect.bottom + 8);
    frame.style.top = `${Math.max(8, top)}px`;
    frame.style.left = `${Math.max(8, Math.min(window.innerWidth - 350, rect.left))}px`;
    // The reader goes on typing where they pressed Note: the frame takes focus, the editor puts it in the note.
    frame.addEventListener('load', () => frame.focus(), { once: true });
    this.root.append(frame);
    this.frame = frame;
    this.mount();
  }

  hide(): void {
    this.bar?.remove();
    this.bar = null;
    this.frame?.remove();
    this.frame = null;
    this.host.remove();
  }

  private render(rect: DOMRect, fill: (bar: HTMLDivElement) => void): void {
    this.hide();
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Newsmark');
    bar.title = TOOLTIP;
    bar.addEventListener('keydown', (event) => this.onKey(event, bar));
    fill(bar);
    // Above the selection when there is room, else below; always on screen
    // (a keyboard selection can run past the viewport's edge).
    const top = rect.top > 48 ? rect.top - 42 : rect.bottom + 8;
    bar.style.top = `${Math.max(8, Math.min(window.innerHeight - 48, top))}px`;
    bar.style.left = `${Math.max(8, Math.min(window.innerWidth - 320, rect.left))}px`;
    this.root.append(bar);
    this.bar = bar;
    this.mount();
  }

  /** Escape closes; the arrow keys move between buttons as in any toolbar (Tab and Enter work as everywhere). */
  private onKey(event: KeyboardEvent, bar: HTMLDivElement): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.hide();
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = [...bar.querySelectorAll('button')];
    const at = buttons.indexOf(this.root.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length].focus();
  }

  private mount(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', (event) => {
      // Only the reader's own click or key press, never the page's dispatchEvent.
      if (event.isTrusted) onClick();
    });
    return button;
  }

  private swatch(color: HighlightColor, pressed: boolean, onClick: () => void): HTMLButtonElement {
    const button = this.button('', onClick);
    button.className = 'swatch';
    button.style.background = PALETTE_BY_ID[color].swatch;
    button.setAttribute('aria-label', PALETTE_BY_ID[color].label);
    button.setAttribute('aria-pressed', String(pressed));
    return button;
  }
}
