import { memo, useMemo, type ReactNode } from 'react';
import { parseInline, type InlineToken } from './parse-inline';

function render(tokens: readonly InlineToken[], key = ''): ReactNode[] {
  return tokens.map((t, i) => {
    const k = `${key}${i}`;
    switch (t.type) {
      case 'text':
        return t.text;
      case 'code':
        return <code key={k}>{t.text}</code>;
      case 'strong':
        return <strong key={k}>{render(t.children, `${k}.`)}</strong>;
      case 'em':
        return <em key={k}>{render(t.children, `${k}.`)}</em>;
      case 'link': {
        const external = /^(https?:|mailto:)/i.test(t.href);
        return (
          <a key={k} href={t.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {render(t.children, `${k}.`)}
          </a>
        );
      }
    }
  });
}

/**
 * Inline Markdown from the catalog (code, links, emphasis) as React elements: text stays text, so no
 * description can inject markup. Renders a fragment; the caller chooses the element around it.
 */
export const InlineMarkdown = memo(function InlineMarkdown({ text }: { text: string }) {
  const nodes = useMemo(() => render(parseInline(text)), [text]);
  return <>{nodes}</>;
});
