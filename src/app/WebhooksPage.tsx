import { useMemo, useState } from 'react';
import type { Delivery } from '../core/webhooks/inbox-wire';
import { readPastedDelivery } from '../core/webhooks/pasted-delivery';
import type { ConnectionState } from '../features/connection/use-connection';
import { DocumentView } from '../features/response-viewer/DocumentView';
import { useDelivery } from '../features/webhooks/api/use-delivery';
import { useInboxFeed } from '../features/webhooks/api/inbox-feed';
import { DeliveryMeta } from '../features/webhooks/DeliveryMeta';
import { decodePayload } from '../features/webhooks/inbox-view';
import { PasteBox } from '../features/webhooks/PasteBox';
import { ReplayCurl } from '../features/webhooks/ReplayCurl';
import { showView, useTabShows } from '../features/webhooks/selection';
import '../features/webhooks/webhooks.css';

/**
 * The webhooks tab: the delivery picked in the sidebar's Webhooks view (its
 * decoded payload beside the raw body and headers, "Copy as cURL"), or a
 * delivery pasted from elsewhere, decoded the same way.
 */
export function WebhooksPage({
  active,
  tabId,
}: {
  active: boolean;
  tabId: string;
  connection: ConnectionState;
  sideBySide: boolean;
}) {
  const shows = useTabShows();
  return (
    <div
      className="webhooks-page"
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <div className="webhooks-page__bar">
        <h2>{shows.view === 'paste' ? 'Paste a delivery' : 'Webhook delivery'}</h2>
        <span className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={shows.view === 'delivery'} onClick={() => showView('delivery')}>
            From the inbox
          </button>
          <button type="button" aria-pressed={shows.view === 'paste'} onClick={() => showView('paste')}>
            Paste a delivery
          </button>
        </span>
      </div>
      <div className="webhooks-page__body">
        {shows.view === 'paste' ? <PastedDelivery /> : <InboxDelivery id={shows.id} />}
      </div>
    </div>
  );
}

function InboxDelivery({ id }: { id: string | undefined }) {
  const feed = useInboxFeed();
  const kept = id !== undefined && feed.snapshot?.deliveries.some((d) => d.id === id);
  const delivery = useDelivery(kept === false ? undefined : id);
  if (id === undefined || (feed.snapshot && !kept)) {
    return (
      <div className="webhooks-page__empty">
        <p>
          {id === undefined
            ? 'No delivery picked.'
            : `Delivery #${id} is no longer kept: it was cleared, or dropped past the inbox's limit.`}{' '}
          Deliveries arrive in the sidebar’s <strong>Webhooks</strong> view; pick one to see it decoded here.
        </p>
        <p>
          Captured one elsewhere (a tunnel’s log, a request bin)?{' '}
          <button type="button" className="small-button" onClick={() => showView('paste')}>
            Paste it here
          </button>
        </p>
      </div>
    );
  }
  if (delivery.status === 'failed') {
    return (
      <p className="webhooks-page__empty" role="alert">
        {delivery.message}
      </p>
    );
  }
  if (delivery.status !== 'ready') return <p className="webhooks-page__empty muted">Loading delivery #{id}…</p>;
  return <DeliveryDocument delivery={delivery.delivery} maxBodyBytes={feed.snapshot?.limits.maxBodyBytes} />;
}

function DeliveryDocument({ delivery, maxBodyBytes }: { delivery: Delivery; maxBodyBytes: number | undefined }) {
  const payload = useMemo(() => decodePayload(delivery.body), [delivery.body]);
  const head = useMemo(
    () => [`POST ${delivery.target}`, ...delivery.headers.map((h) => `${h.name}: ${h.value}`)],
    [delivery],
  );
  const contentType = delivery.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  return (
    <>
      <div className="delivery-head">
        <DeliveryMeta delivery={delivery} maxBodyBytes={maxBodyBytes} />
        <ReplayCurl body={delivery.body} contentType={contentType} truncated={delivery.truncated} />
      </div>
      <DocumentView
        raw={{ title: 'Raw form body and headers', head, text: delivery.body }}
        parsed={{ title: 'Decoded payload', value: payload.value, treeLabel: 'Decoded payload', notes: payload.notes }}
      />
    </>
  );
}

function PastedDelivery() {
  const [text, setText] = useState('');
  const pasted = useMemo(() => readPastedDelivery(text), [text]);
  const payload = useMemo(() => decodePayload(pasted.body), [pasted.body]);
  const head = pasted.headers.map((h) => `${h.name}: ${h.value}`);
  return (
    <>
      <PasteBox text={text} onText={setText} notes={text === '' ? [] : pasted.notes} />
      {pasted.body.trim() !== '' && (
        <>
          <div className="delivery-head">
            <ReplayCurl body={pasted.body} contentType={pasted.contentType} truncated={pasted.truncated} />
          </div>
          <DocumentView
            raw={{ title: 'Raw form body and headers', head, text: pasted.body }}
            parsed={{
              title: 'Decoded payload',
              value: payload.value,
              treeLabel: 'Decoded payload',
              notes: payload.notes,
            }}
          />
        </>
      )}
    </>
  );
}
