import { targetPath } from '../../core/workspace/tab-target';
import type { MethodValues } from '../../core/request/types';
import { InlineMarkdown } from '../../ui/markdown/InlineMarkdown';
import type { GuideBlock } from './guide-format';
import { targetLabel } from './guide-targets';
import { TryIt } from './TryIt';

/**
 * A guide's blocks as an article body. Links (in text, "go" buttons, "See also") are real links to the
 * workspace's paths; the page opens them as tabs, so middle-click and "open in new tab" still work.
 */
export function GuideBlocks({
  blocks,
  onTry,
}: {
  blocks: readonly GuideBlock[];
  onTry: (methodId: string, values: MethodValues) => void;
}) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} onTry={onTry} />
      ))}
    </>
  );
}

function Block({ block, onTry }: { block: GuideBlock; onTry: (methodId: string, values: MethodValues) => void }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <InlineMarkdown text={block.text} />
        </p>
      );
    case 'heading':
      return (
        <h3>
          <InlineMarkdown text={block.text} />
        </h3>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineMarkdown text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'code':
      return (
        <figure className="guide-code">
          <figcaption>{block.caption}</figcaption>
          <pre tabIndex={0}>
            <code>{block.code}</code>
          </pre>
        </figure>
      );
    case 'callout':
      return (
        <aside className={`guide-callout guide-callout-${block.tone}`} aria-label={block.title}>
          <p className="guide-callout-title">
            <span className="guide-callout-icon" aria-hidden="true">
              {block.tone === 'warning' ? '!' : 'i'}
            </span>
            <InlineMarkdown text={block.title} />
          </p>
          <p>
            <InlineMarkdown text={block.text} />
          </p>
        </aside>
      );
    case 'table':
      return (
        <div className="guide-table-wrap" tabIndex={0} role="group" aria-label={block.caption}>
          <table className="guide-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th key={i} scope="col">
                    <InlineMarkdown text={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        <InlineMarkdown text={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <InlineMarkdown text={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'try':
      return <TryIt label={block.label} methodId={block.methodId} values={block.values} onTry={onTry} />;
    case 'go':
      return (
        <p className="guide-go">
          <a className={`guide-go-link guide-go-${block.target.kind}`} href={targetPath(block.target)}>
            {block.label}
            <span aria-hidden="true"> →</span>
          </a>
        </p>
      );
    case 'see':
      if (block.targets.length === 0) return null;
      return (
        <nav className="guide-see" aria-label="See also">
          <h3>See also</h3>
          <ul>
            {block.targets.map((target) => (
              <li key={targetPath(target)}>
                <a href={targetPath(target)}>
                  <span className={`learn-tag learn-${target.kind}`} aria-hidden="true">
                    {target.kind === 'webhooks' ? 'Hooks' : target.kind}
                  </span>
                  {targetLabel(target) ?? targetPath(target)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      );
  }
}
