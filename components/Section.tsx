import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface SectionProps {
  title: string;
  children: ComponentChildren;
  id?: string;
  /** Shown beside the title ("Claims 12"); left out where a count means nothing. */
  count?: number;
  /** Open or folded; when given, the caller keeps (and remembers) it. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}

/** A titled part of the popup that folds under a real button, so a long list can be put out of the way. */
export function Section(props: SectionProps) {
  const slug = props.id ?? props.title.toLowerCase().replace(/\W+/g, '-');
  const headingId = `section-${slug}`;
  const bodyId = `section-body-${slug}`;
  const [ownOpen, setOwnOpen] = useState(true);
  const open = props.open ?? ownOpen;
  const toggle = () => {
    setOwnOpen(!open);
    props.onToggle?.(!open);
  };
  return (
    <section class="nm-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button type="button" class="nm-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
          {props.title}
          {props.count !== undefined ? <span class="nm-section-count"> {props.count}</span> : null}
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
