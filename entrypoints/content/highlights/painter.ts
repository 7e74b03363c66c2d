/**
 * Paints highlights with the CSS Custom Highlight API only: one Highlight per
 * colour, styled by the manifest CSS, so nothing is added to the page's DOM.
 * The page can read the registry (which passages are highlighted) but never a
 * note or a tag: nothing but ranges goes in. If the page deletes or replaces
 * our entries, they are put back on the next check.
 */
import { HIGHLIGHT_NAME_PREFIX, type HighlightColor } from '../../../model';

export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  range: Range;
}

const PREFIX = HIGHLIGHT_NAME_PREFIX;
const RECHECK_MS = 2000;

export class HighlightPainter {
  private painted: PaintedHighlight[] = [];
  private registered = new Map<string, Highlight>();

  constructor(signal: AbortSignal) {
    const timer = setInterval(() => this.ensureRegistered(), RECHECK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      this.clear();
    });
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  paint(highlights: PaintedHighlight[]): void {
    this.painted = highlights;
    const byColor = new Map<string, Range[]>();
    for (const h of highlights) {
      const list = byColor.get(h.color) ?? [];
      list.push(h.range);
      byColor.set(h.color, list);
    }
    for (const [name] of this.registered) {
      if (!byColor.has(name.slice(PREFIX.length))) {
        CSS.highlights.delete(name);
        this.registered.delete(name);
      }
    }
    for (const [color, ranges] of byColor) {
      const highlight = new Highlight(...ranges);
      this.registered.set(PREFIX + color, highlight);
      CSS.highlights.set(PREFIX + color, highlight);
    }
  }

  /** The highlight under a point of the page (for click-to-edit). */
  at(node: Node, offset: number): PaintedHighlight | null {
    for (let i = this.painted.length - 1; i >= 0; i--) {
      const h = this.painted[i];
      try {
        if (h.range.isPointInRange(node, offset)) return h;
      } catch {
        // A point in another document or a detached node: not ours.
      }
    }
    return null;
  }

  rangeOf(id: string): Range | null {
    return this.painted.find((h) => h.id === id)?.range ?? null;
  }

  clear(): void {
    for (const name of this.registered.keys()) {
      if (CSS.highlights.get(name) === this.registered.get(name)) CSS.highlights.delete(name);
    }
    this.registered.clear();
    this.painted = [];
  }

  private ensureRegistered(): void {
    for (const [name, highlight] of this.registered) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }
}
