/**
 * "Show claims on page": the page paints every claim in its speaker's colour
 * (entrypoints/content/claims-on-page.ts); the popup shows which colour is
 * whose. The page keeps the state (a reopened popup finds it on), so the
 * legend is asked of the page again when the popup opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClaimsLegend } from '../messaging/protocol';
import './workbench.css';

export interface ClaimsOnPageToggleProps {
  /** Whether the page paints its claims now. */
  shown: boolean;
  /** Asks the page to paint (true) or stop (false); resolves with the legend. */
  onShow: (show: boolean) => Promise<ClaimsLegend | null | undefined>;
  /** Changes whenever the reader's verdicts change: the page is told again while painting. */
  statusesVersion: string;
}

export function ClaimsOnPageToggle(props: ClaimsOnPageToggleProps) {
  const [legend, setLegend] = useState<ClaimsLegend | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const on = legend?.shown ?? props.shown;

  const ask = async (show: boolean) => {
    try {
      setProblem(null);
      setLegend((await props.onShow(show)) ?? { shown: false, speakers: [] });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  // Painting already (a reopened popup), or verdicts changed while painting: the page repaints and says the legend again.
  useEffect(() => {
    if (on) void ask(true);
  }, [props.statusesVersion]);

  return (
    <div class="nm-claims-on-page">
      <label class="nm-claims-toggle">
        <input type="checkbox" checked={on} onChange={(e) => void ask(e.currentTarget.checked)} />
        Show claims on page
      </label>
      {problem ? (
        <p class="nm-error" role="alert">
          {problem}
        </p>
      ) : null}
      {on && legend?.speakers.length ? (
        <ul class="nm-legend" aria-label="Colours of the speakers on the page">
          {legend.speakers.map((s) => (
            <li key={s.speakerId || s.name}>
              <span class="nm-legend-swatch" style={{ background: s.color }} aria-hidden="true" />
              <span dir="auto">{s.name}</span>
              <span class="nm-count">{s.claims}</span>
            </li>
          ))}
        </ul>
      ) : on && legend ? (
        <p class="nm-empty">No claim found on the page to paint.</p>
      ) : null}
    </div>
  );
}
