import type { Exchange } from '../../core/exchange/types';
import { bodyBlobOf } from '../../lib/proxy-client';
import { SplitPanes } from '../../ui/split/SplitPanes';
import { ParsedPane } from './ParsedPane';
import { RawPane } from './RawPane';
import { SummaryBar } from './SummaryBar';
import { useOpenedBody } from './use-opened-body';

/** Summary bar, then the raw response beside the parsed one. */
export function ResponseView({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  const contentType = res?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const body = useOpenedBody(res?.bodyText ?? '', contentType, res && bodyBlobOf(res));
  const ready = res && body.status === 'ready' ? body : undefined;

  return (
    <section className="response" aria-label="Response">
      <SummaryBar exchange={exchange} />
      <SplitPanes
        label="Resize the raw and parsed panes"
        left={<RawPane exchange={exchange} bodyLines={ready?.lineStarts} />}
        right={<ParsedPane res={res} body={res ? body : undefined} />}
      />
    </section>
  );
}
