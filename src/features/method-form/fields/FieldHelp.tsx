import { InlineMarkdown } from '../../../ui/markdown/InlineMarkdown';

/**
 * A field's help as a tooltip: shown while its row is hovered or holds focus (CSS), always part of
 * the control's accessible description through `aria-describedby` (hidden text referenced that way still counts).
 */
export function FieldHelp({ id, text }: { id: string; text: string }) {
  return (
    <div id={id} role="tooltip" className="field-help">
      <InlineMarkdown text={text} />
    </div>
  );
}
