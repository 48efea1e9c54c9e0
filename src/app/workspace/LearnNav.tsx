import { recipeSummaries } from '../../core/recipes/recipe-summaries';
import { targetPath, type TabTarget } from '../../core/workspace/tab-target';
import { guideIndex } from '../../features/guides/guide-index';

/** The sidebar's Guides view: short guides in reading order, then recipes (multi-step workflows you run). */
export function LearnNav({
  current,
  onOpen,
}: {
  current: TabTarget | undefined;
  onOpen: (target: TabTarget, options: { newTab: boolean }) => void;
}) {
  const sections: {
    heading: string;
    kind: 'guide' | 'recipe';
    items: readonly { id: string; title: string; summary: string }[];
  }[] = [
    { heading: 'Guides', kind: 'guide', items: guideIndex },
    { heading: 'Recipes', kind: 'recipe', items: recipeSummaries },
  ];
  return (
    <nav aria-label="Guides and recipes" className="method-nav-list learn-nav">
      {sections.map((s) => (
        <section key={s.kind} className="nav-group">
          <h2>{s.heading}</h2>
          <ul>
            {s.items.map((item) => {
              const target: TabTarget = { kind: s.kind, id: item.id };
              const here = current?.kind === s.kind && current.id === item.id;
              return (
                <li key={item.id}>
                  <a
                    href={targetPath(target)}
                    aria-current={here ? 'page' : undefined}
                    title={item.summary}
                    onClick={(e) => {
                      if (e.button > 1 || e.shiftKey || e.altKey) return;
                      e.preventDefault();
                      onOpen(target, { newTab: e.ctrlKey || e.metaKey || e.button === 1 });
                    }}
                    onAuxClick={(e) => {
                      if (e.button !== 1) return;
                      e.preventDefault();
                      onOpen(target, { newTab: true });
                    }}
                  >
                    <span className="nav-text">
                      <span className="nav-summary">{item.title}</span>
                      <span className="learn-summary">{item.summary}</span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
