import { use } from 'react';
import { findRecipeSummary } from '../../core/recipes/recipe-summaries';
import type { MethodValues } from '../../core/request/types';
import { targetPath } from '../../core/workspace/tab-target';
import { guideContent } from './guide-content';
import { nextGuide } from './guide-index';
import { GuideBlocks } from './GuideBlocks';

/** Where the last guide sends a reader: the recipe that uses most of what the guides taught. */
const LAST_STOP_RECIPE = 'onboard-contact';

/** A guide's text (suspends while its chunk loads), then the way on: the next guide, or a recipe after the last. */
export function GuideBody({
  guideId,
  onTry,
}: {
  guideId: string;
  onTry: (methodId: string, values: MethodValues) => void;
}) {
  const content = use(guideContent(guideId));
  const next = nextGuide(guideId);
  // "See also" leaves out the next guide: the footer already leads there.
  const blocks = content.blocks.map((b) =>
    b.kind === 'see' ? { ...b, targets: b.targets.filter((t) => !(t.kind === 'guide' && t.id === next?.id)) } : b,
  );
  return (
    <>
      <GuideBlocks blocks={blocks} onTry={onTry} />
      <footer className="guide-footer">
        {next ? (
          <a className="guide-next" href={targetPath({ kind: 'guide', id: next.id })}>
            <span className="guide-next-kicker">Next guide</span>
            <span className="guide-next-title">
              {next.title} <span aria-hidden="true">→</span>
            </span>
            <span className="guide-next-summary">{next.summary}</span>
          </a>
        ) : (
          <p className="guide-last">
            That was the last guide. Recipes put the lessons together, one step at a time:{' '}
            <a href={targetPath({ kind: 'recipe', id: LAST_STOP_RECIPE })}>
              {findRecipeSummary(LAST_STOP_RECIPE)?.title}
            </a>
            .
          </p>
        )}
      </footer>
    </>
  );
}
