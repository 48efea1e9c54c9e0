import type { ReactNode } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { bodyBytesOf } from '../../lib/proxy-client';
import { ParsedPane } from './ParsedPane';
import { RawAndParsed } from './RawAndParsed';
import { RawPane } from './RawPane';
import './ResponseView.css';
import type { ResponseNavigation } from './response-navigation';
import { SummaryBar } from './SummaryBar';
import { useOpenIn } from './use-open-in';
import { useLineStarts, useOpenedBody } from './use-opened-body';

/**
 * The status line on top, then raw and parsed side by side when the pane is
 * wide enough and as tabs when not. Fills its container: put it in a box of
 * fixed height (a flex child with `min-height: 0`); each view scrolls on its own. With
 * `navigation`, ids and links in the tree open their methods and failures offer their fixes.
 */
export function ResponseView({
  exchange,
  actions,
  navigation,
}: {
  exchange: Exchange;
  actions?: ReactNode;
  navigation?: ResponseNavigation | undefined;
}) {
  const res = exchange.response;
  const contentType = res?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const body = useOpenedBody(res?.bodyText ?? '', contentType, res && bodyBytesOf(res));
  const lines = useLineStarts(body);
  const openIn = useOpenIn(exchange.methodId, navigation);

  const raw = <RawPane exchange={exchange} bodyLines={res ? lines : undefined} />;
  const parsed = <ParsedPane res={res} body={res ? body : undefined} rowActions={openIn.rowActions} />;
  return (
    <section className="response response-view" aria-label="Response">
      <SummaryBar exchange={exchange} actions={actions} navigation={navigation} />
      <RawAndParsed
        raw={raw}
        parsed={parsed}
        labels={{ raw: 'Raw', parsed: 'Parsed' }}
        group="Response views"
        splitLabel="Resize the raw and parsed panes"
      />
      {openIn.menu}
    </section>
  );
}
