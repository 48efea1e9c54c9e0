import { useState } from 'react';
import * as z from 'zod/mini';
import { DEFAULT_INBOX_NAME, inboxNameProblem } from '../../core/webhooks/inbox-name';
import type { MethodValues } from '../../core/request/types';
import type { GuardedConnection } from '../../core/safety/decide';
import { readLocal, writeLocal } from '../../lib/session-store';
import { useClearInbox } from './api/clear-inbox';
import { findInboxWebhook } from './api/find-inbox-webhook';
import { reconnectInboxFeed, useInboxFeed } from './api/inbox-feed';
import { DeliveryList } from './DeliveryList';
import { InboxAddress, inboxUrl } from './InboxAddress';
import { eventFilterOptions, filterByEvent, shortBytes } from './inbox-view';
import { showDelivery, showView, useTabShows } from './selection';
import { CREATE_WEBHOOK_METHOD, GET_WEBHOOK_METHOD, sandboxWebhookValues } from './send-here';
import './webhooks.css';

const NAME_KEY = 'webhooks.inbox-name';

export interface InboxPanelProps {
  /** Opens (or switches to) the webhooks tab. */
  onOpenInbox: () => void;
  /** The sandbox is the active connection: only it can reach this computer's inbox. */
  sandbox: boolean;
  /** The active connection, asked whether a webhook already sends to this inbox before making another. */
  connection: GuardedConnection | undefined;
  /** Opens a catalog method with these values and sends it, in a tab of its own. */
  openMethodWith: (methodId: string, options: { values: MethodValues; send: boolean; newTab: boolean }) => void;
}

/**
 * The sidebar's Webhooks view: the inbox's address, one click to point the
 * sandbox's events at it, and its deliveries as they arrive, newest first.
 */
export function InboxPanel({ onOpenInbox, sandbox, connection, openMethodWith }: InboxPanelProps) {
  const feed = useInboxFeed();
  const shows = useTabShows();
  const clear = useClearInbox();
  const [name, setName] = useState(() => readLocal(NAME_KEY, z.string()) ?? DEFAULT_INBOX_NAME);
  const [event, setEvent] = useState('');
  const all = feed.snapshot?.deliveries ?? [];
  const options = eventFilterOptions(all);
  const shownEvent = options.some((o) => o.value === event) ? event : '';
  const deliveries = filterByEvent(all, shownEvent);
  const nameProblem = inboxNameProblem(name);
  const sendBlocked = !sandbox
    ? 'Switch to the Sandbox connection: a real account cannot reach this computer (see the Webhooks guide).'
    : nameProblem;
  const limits = feed.snapshot?.limits;
  const [checking, setChecking] = useState(false);
  /** The webhook found already sending to the inbox named `inbox` (a renamed inbox is another URL). */
  const [existing, setExisting] = useState<{ inbox: string; id: string; name: string }>();
  const shownExisting = existing?.inbox === name ? existing : undefined;

  const sendHere = async () => {
    const url = inboxUrl(name);
    setChecking(true);
    const found = connection ? await findInboxWebhook(connection, url) : undefined;
    setChecking(false);
    if (found) {
      setExisting({ inbox: name, ...found });
      return;
    }
    setExisting(undefined);
    openMethodWith(CREATE_WEBHOOK_METHOD, { values: sandboxWebhookValues(url, name), send: true, newTab: true });
  };

  return (
    <section className="inbox-panel" aria-label="Webhooks">
      <div className="inbox-panel__head">
        <h2 className="inbox-panel__title">Webhooks</h2>
        <span className="inbox-panel__count">
          {all.length} deliver{all.length === 1 ? 'y' : 'ies'}
        </span>
        <span className="inbox-panel__spacer" />
        <FeedStatus status={feed.status} />
      </div>
      <InboxAddress
        name={name}
        onName={(n) => {
          setName(n);
          if (!inboxNameProblem(n)) writeLocal(NAME_KEY, n);
        }}
      />
      <button
        type="button"
        className="primary small-button inbox-panel__send"
        disabled={sendBlocked !== undefined || checking}
        title={sendBlocked ?? 'Opens "Create a webhook" filled in for this inbox and sends it'}
        onClick={() => void sendHere()}
      >
        Send the sandbox’s events here
      </button>
      {shownExisting && (
        <p className="inbox-note" role="status">
          The sandbox already sends its events here: webhook {shownExisting.id}
          {shownExisting.name && ` (“${shownExisting.name}”)`}. A second one would deliver every event twice.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              openMethodWith(GET_WEBHOOK_METHOD, {
                values: { params: { id: shownExisting.id } },
                send: true,
                newTab: true,
              })
            }
          >
            Open webhook {shownExisting.id}
          </button>
        </p>
      )}
      {!sandbox && <p className="inbox-note">{sendBlocked}</p>}
      {feed.problem && <p className="inbox-note inbox-note--error">{feed.problem}</p>}
      <div className="inbox-panel__tools">
        <select aria-label="Filter by event" value={shownEvent} onChange={(e) => setEvent(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="small-button"
          disabled={all.length === 0 || clear.isPending}
          onClick={() => clear.mutate()}
        >
          Clear
        </button>
      </div>
      <p className="inbox-note" role="status">
        {clear.isError
          ? clear.error.message
          : clear.isSuccess
            ? `Cleared ${clear.data} deliver${clear.data === 1 ? 'y' : 'ies'}.`
            : ''}
      </p>
      {feed.snapshot && all.length === 0 && (
        <p className="inbox-empty">
          No deliveries yet.{' '}
          {sandbox ? 'Send the sandbox’s events here, then create a contact: ' : 'POST a form to the URL above: '}
          each delivery shows up here within a second.
        </p>
      )}
      {deliveries.length > 0 && (
        <DeliveryList
          deliveries={deliveries}
          openedId={shows.view === 'delivery' ? shows.id : undefined}
          onOpen={(id) => {
            showDelivery(id);
            onOpenInbox();
          }}
        />
      )}
      <div className="inbox-panel__foot">
        <button
          type="button"
          className="link-button small"
          onClick={() => {
            showView('paste');
            onOpenInbox();
          }}
        >
          Paste a delivery captured elsewhere
        </button>
        {limits && (
          <p className="inbox-note">
            {feed.snapshot?.persisted ? 'Kept in a file' : 'Memory only: gone on restart'} · last {limits.maxDeliveries}{' '}
            kept · bodies cut at {shortBytes(limits.maxBodyBytes)}
          </p>
        )}
      </div>
    </section>
  );
}

function FeedStatus({ status }: { status: ReturnType<typeof useInboxFeed>['status'] }) {
  if (status === 'stopped') {
    return (
      <span className="feed-status feed-status--stopped">
        Stopped{' '}
        <button type="button" className="small-button" onClick={reconnectInboxFeed}>
          Retry
        </button>
      </span>
    );
  }
  const label = { connecting: 'Connecting…', live: 'Live', retrying: 'Reconnecting…' }[status];
  return (
    <span className={`feed-status feed-status--${status}`} role="status">
      {label}
    </span>
  );
}
