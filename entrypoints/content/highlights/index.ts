/**
 * The reader's highlights on this page: making them from a selection (toolbar,
 * keyboard command, context menu), painting them, re-attaching them on every
 * visit, and their actions when clicked. Everything stops with `signal`.
 */
import { browser } from 'wxt/browser';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { describeRange } from '../../../core/anchoring/anchor';
import { newRecordId } from '../../../core/record-id';
import { sendToBackground } from '../../../messaging/channel';
import type { ArticleRef, PageAnalysis } from '../../../messaging/protocol';
import type { HighlightColor, HighlightRecord, HighlightUndoToken } from '../../../model';
import { HighlightAttacher, type AttachReport } from './attach';
import { HighlightPainter } from './painter';
import { SelectionToolbar, type ToolbarAction } from './toolbar';
import { caretAt } from '../caret';

const SELECTION_SETTLE_MS = 250;
const CANNOT_HIGHLIGHT = 'Newsmark cannot highlight this text: it is in a part of the page Newsmark cannot read yet.';

export interface HighlightsFeature {
  attachState: () => PageAnalysis['attach'];
  reload: () => Promise<void>;
  highlightSelection: (color?: HighlightColor) => Promise<boolean>;
  scrollTo: (id: string) => boolean;
  closeNote: () => void;
  /** Look at the selection now (the feature was loaded by the selection that is already there). */
  selectionChanged: () => void;
  /** Says whose a clicked painted claim is (unless the click opened a highlight's own actions). */
  showClaim: (at: { x: number; y: number }, info: { speaker: string; status: string }) => void;
  /** The focus-toolbar command: the toolbar for the current selection (or the one shown), with the keyboard on it. */
  focusToolbar: () => boolean;
}

/** Which article the page is, in the two ways the highlights need it. */
export interface ArticleSource {
  /** Its full reference, saved with a new highlight (may wait a moment for the page's analysis). */
  ref: () => Promise<ArticleRef>;
  /**
   * Its key alone, to list its highlights. Cheap on purpose: listing runs when
   * the content script starts, and asking for the full reference there would
   * run the whole analysis at once instead of in its idle callbacks.
   */
  key: () => string;
  /** The article's speakers as its analysis found them, offered when the reader adds a claim. */
  speakers?: () => Promise<string[]>;
}

export function startHighlights(signal: AbortSignal, article: ArticleSource): HighlightsFeature {
  const painter = new HighlightPainter(signal);
  const toolbar = new SelectionToolbar(signal, (action) => void onAction(action));
  let report: AttachReport = { state: 'attaching', attached: [], orphanIds: [] };
  let pendingRange: Range | null = null;
  let undoToken: HighlightUndoToken | null = null;
  let lastRect: DOMRect = new DOMRect(16, 16, 0, 0);
  let loadedOnce = false;

  const attacher = new HighlightAttacher(
    signal,
    (next) => {
      report = next;
      if (next.state === 'done') painter.paint(next.attached);
    },
    (node) => toolbar.contains(node),
  );

  async function reload(): Promise<void> {
    let records: HighlightRecord[];
    try {
      records = await sendToBackground('highlights.list', { articleKey: article.key() });
    } catch {
      // The background is unreachable (extension updated under the page): keep what is painted.
      loadedOnce = true;
      return;
    }
    loadedOnce = true;
    await attacher.attach(records);
  }

  /** Whether the reader's selection is still `range` (nothing new selected while it was being saved). */
  function stillSelected(range: Range): boolean {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return true;
    const current = selection.getRangeAt(0);
    try {
      return (
        current.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
        current.compareBoundaryPoints(Range.END_TO_END, range) === 0
      );
    } catch {
      return false; // in another document or detached: not the saved one
    }
  }

  /** A save under way: a second press meanwhile does nothing rather than store a duplicate. */
  let saving = false;

  async function create(range: Range, color: HighlightColor, withNote: boolean): Promise<boolean> {
    if (saving) return false;
    const index = BodyTextIndex.fromDocument(document);
    const selectors = describeRange(index, range);
    const rect = range.getBoundingClientRect();
    if (!selectors) {
      // Text Newsmark cannot point at again (inside a page component's shadow root, an embedded frame):
      // storing it would make a highlight that never shows. Say so where the reader is.
      toolbar.showMessage(rect.width || rect.height ? rect : lastRect, CANNOT_HIGHLIGHT);
      return false;
    }
    saving = true;
    try {
      const record = await sendToBackground('highlight.add', {
        // Made here, so a resend after a lost reply finds this highlight instead of adding another.
        id: newRecordId(),
        article: await article.ref(),
        selector: selectors.selectors,
        color,
      });
      // The reader may have selected something new while this was saved: that selection and its toolbar stay.
      if (stillSelected(range)) {
        document.getSelection()?.removeAllRanges();
        toolbar.hide();
      }
      await reload();
      if (withNote && record) await openNote(record.id, rect);
      return true;
    } catch (error) {
      // A refused or failed write (private window, full disk) is said where the reader is;
      // the selection stays, so nothing the reader did is lost.
      toolbar.showMessage(rect, error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      saving = false;
    }
  }

  /**
   * The note editor's address names no highlight (the page could read it from
   * the frame): the background is told which one, and the editor asks it.
   */
  async function openNote(id: string, rect: DOMRect): Promise<void> {
    await sendToBackground('note.open', { id });
    toolbar.openNoteEditor(browser.runtime.getURL('/note.html'), rect);
  }

  /**
   * "Add claim…": the selection's selectors (like a highlight's, so the claim anchors after a reload)
   * go to the background for the form framed over the article, which asks whose words they are and
   * stores the claim from the extension's origin. Its address names nothing, as with the note editor.
   */
  async function addClaim(): Promise<void> {
    const range = pendingRange;
    if (!range) return;
    const rect = range.getBoundingClientRect();
    const described = describeRange(BodyTextIndex.fromDocument(document), range);
    const quote = described?.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact.trim();
    if (!described || !quote) {
      toolbar.showMessage(rect.width || rect.height ? rect : lastRect, CANNOT_HIGHLIGHT.replace('highlight', 'add'));
      return;
    }
    const speakers = (await article.speakers?.().catch(() => [])) ?? [];
    await sendToBackground('claim.open', { article: await article.ref(), quote, selector: described.selectors, speakers });
    toolbar.openNoteEditor(browser.runtime.getURL('/claim.html'), rect, 'Newsmark: add a claim');
  }

  async function onAction(action: ToolbarAction): Promise<void> {
    try {
      switch (action.kind) {
        case 'highlight': {
          const range = pendingRange;
          if (!range) return;
          // Kept if the reader selected something else meanwhile: that is the next thing to save.
          if ((await create(range, action.color, action.withNote)) && pendingRange === range) pendingRange = null;
          return;
        }
        case 'recolor':
          await sendToBackground('highlight.update', { id: action.id, patch: { color: action.color } });
          toolbar.hide();
          return;
        case 'note':
          await openNote(action.id, lastRect);
          return;
        case 'delete':
          undoToken = await sendToBackground('highlight.delete', { id: action.id });
          if (undoToken) toolbar.showUndo(lastRect);
          else toolbar.hide();
          return;
        case 'addClaim':
          await addClaim();
          return;
        case 'undo': {
          const token = undoToken;
          undoToken = null;
          if (token) await sendToBackground('highlight.restore', token);
          toolbar.hide();
          return;
        }
      }
    } catch (error) {
      // Said where the reader is looking; the stored highlight is as it was.
      toolbar.showMessage(lastRect, error instanceof Error ? error.message : String(error));
    }
  }

  let settle: ReturnType<typeof setTimeout> | undefined;
  const onSelectionChange = () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
        if (toolbar.visible && pendingRange) toolbar.hide();
        pendingRange = null;
        return;
      }
      const range = selection.getRangeAt(0);
      if (toolbar.contains(range.commonAncestorContainer) || !range.toString().trim()) return;
      // The same selection with its toolbar already up (the keyboard may be on it): leave it be.
      if (toolbar.visible && pendingRange && sameRange(pendingRange, range)) return;
      // A copy: the page may change or clear its selection before the click lands.
      pendingRange = range.cloneRange();
      lastRect = range.getBoundingClientRect();
      toolbar.showForSelection(lastRect);
    }, SELECTION_SETTLE_MS);
  };
  document.addEventListener('selectionchange', onSelectionChange, { signal });

  document.addEventListener(
    'click',
    (event) => {
      // The page's synthetic clicks do not open a highlight's actions.
      if (!event.isTrusted || event.composedPath().includes(toolbar.host)) return;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const hit = caret ? painter.at(caret.node, caret.offset) : null;
      if (hit) {
        lastRect = new DOMRect(event.clientX, event.clientY, 0, 16);
        toolbar.showForHighlight(lastRect, hit.id, hit.color);
      } else if (toolbar.visible) {
        toolbar.hide();
      }
    },
    { signal },
  );

  signal.addEventListener('abort', () => clearTimeout(settle));

  return {
    attachState: () => {
      // As painted now: a highlight whose nodes the page replaced is not attached until it is repainted.
      const live = report.state === 'done' ? attacher.live() : report;
      return {
        state: !loadedOnce || live.state === 'attaching' ? 'attaching' : 'done',
        orphanIds: live.orphanIds,
        attachedIds: live.attached.map((h) => h.id),
      };
    },
    reload,
    highlightSelection: async (color = 'yellow') => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
      return create(selection.getRangeAt(0).cloneRange(), color, false);
    },
    scrollTo: (id) => {
      const range = painter.rangeOf(id);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    },
    closeNote: () => toolbar.hide(),
    selectionChanged: onSelectionChange,
    showClaim: (at, info) => {
      const caret = caretAt(at.x, at.y);
      if (caret && painter.at(caret.node, caret.offset)) return;
      lastRect = new DOMRect(at.x, at.y, 0, 16);
      toolbar.showClaimInfo(lastRect, info);
    },
    focusToolbar: () => {
      const selection = document.getSelection();
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
        const range = selection.getRangeAt(0);
        if (!toolbar.contains(range.commonAncestorContainer) && range.toString().trim() && !(toolbar.visible && pendingRange && sameRange(pendingRange, range))) {
          clearTimeout(settle);
          pendingRange = range.cloneRange();
          lastRect = range.getBoundingClientRect();
          toolbar.showForSelection(lastRect);
        }
      }
      return toolbar.focus();
    },
  };
}

function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false;
  }
}
