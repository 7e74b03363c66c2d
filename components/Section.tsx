import type { ComponentChildren } from 'preact';

export function Section(props: { title: string; children: ComponentChildren; id?: string }) {
  const headingId = `section-${props.id ?? props.title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="nm-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}
