import type { Exchange } from '../../core/exchange/types';
import { bodyBytesOf } from '../../lib/proxy-client';
import { SplitPanes } from '../../ui/split/SplitPanes';
import { ParsedPane } from './ParsedPane';
import { RawPane } from './RawPane';
import { SummaryBar } from './SummaryBar';
import { useLineStarts, useOpenedBody } from './use-opened-body';

/** Summary bar, then the raw response beside the parsed one. */
export function ResponseView({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  const contentType = res?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const body = useOpenedBody(res?.bodyText ?? '', contentType, res && bodyBytesOf(res));
  const lines = useLineStarts(body);

  return (
    <section className="response" aria-label="Response">
      <SummaryBar exchange={exchange} />
      <SplitPanes
        label="Resize the raw and parsed panes"
        left={<RawPane exchange={exchange} bodyLines={res ? lines : undefined} />}
        right={<ParsedPane res={res} body={res ? body : undefined} />}
      />
    </section>
  );
}
