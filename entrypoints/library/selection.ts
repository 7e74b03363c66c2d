/** A set of chosen items (highlights for bulk tagging, articles for a collection), as a component's state. */
import { useState } from 'preact/hooks';

export interface Selection {
  ids: ReadonlySet<string>;
  has: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  return {
    ids,
    has: (id) => ids.has(id),
    toggle: (id, on) =>
      setIds((old) => {
        const next = new Set(old);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    clear: () => setIds(new Set()),
  };
}
