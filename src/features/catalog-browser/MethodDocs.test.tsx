import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findMethod } from '../../core/catalog/registry';
import { MethodDocs } from './MethodDocs';

function docsOf(id: string): string {
  const method = findMethod(id);
  if (!method) throw new Error(`no method ${id}`);
  return renderToStaticMarkup(<MethodDocs method={method} />);
}

describe('MethodDocs', () => {
  it('says when a method is not in the published reference', () => {
    const html = docsOf('v3.contactTags.list');
    expect(html).toContain('role="note"');
    expect(html).toContain('Not in ActiveCampaign&#x27;s published reference');
  });

  it('says nothing of the kind for a published method', () => {
    expect(docsOf('v3.tags.list')).not.toContain('published reference');
  });
});
