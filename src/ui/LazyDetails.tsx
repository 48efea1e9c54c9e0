import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose content is rendered only once it has been opened:
 * closed sections (parameter tables, examples) cost nothing on a page's first paint.
 */
export function LazyDetails({
  summary,
  children,
  className,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
