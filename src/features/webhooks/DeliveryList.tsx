import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DeliverySummary } from '../../core/webhooks/inbox-wire';
import { nextActive } from '../../ui/list-keys';
import { clockTime, deliveryRowName, eventLabel } from './inbox-view';

/**
 * Deliveries as one ARIA listbox, newest first: a single tab stop,
 * ↑/↓/Home/End/PageUp/PageDown move, Enter or a click opens one.
 * Every string in a row comes from the sender and is rendered as text.
 */
export function DeliveryList({
  deliveries,
  openedId,
  onOpen,
}: {
  deliveries: readonly DeliverySummary[];
  openedId: string | undefined;
  onOpen: (id: string) => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | undefined>(openedId);
  // The active row must be one that is shown (filters, clearing and the cap remove rows).
  const active =
    deliveries.find((d) => d.id === activeId) ?? deliveries.find((d) => d.id === openedId) ?? deliveries[0];
  const optionId = (did: string) => `${id}-delivery-${did}`;
  // The inbox column says something only when the list mixes inboxes; the row's name always has it.
  const mixed = deliveries.some((d) => d.inbox !== deliveries[0]?.inbox);

  useEffect(() => {
    if (active && document.activeElement === ref.current)
      document.getElementById(optionId(active.id))?.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!active) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(active.id);
      return;
    }
    const next = nextActive(e.key, deliveries.indexOf(active), deliveries.length);
    if (next !== undefined) {
      e.preventDefault();
      setActiveId(deliveries[next]?.id);
    }
  }

  return (
    <div
      ref={ref}
      className="delivery-list"
      role="listbox"
      aria-label="Deliveries, newest first"
      tabIndex={deliveries.length ? 0 : -1}
      aria-activedescendant={active ? optionId(active.id) : undefined}
      onKeyDown={onKeyDown}
    >
      {deliveries.map((d) => (
        <div
          key={d.id}
          id={optionId(d.id)}
          role="option"
          className="delivery-row"
          aria-label={deliveryRowName(d)}
          aria-selected={d.id === openedId}
          data-active={d.id === active?.id || undefined}
          onClick={() => {
            setActiveId(d.id);
            onOpen(d.id);
          }}
        >
          <span className="delivery-row__event" title={eventLabel(d)}>
            {eventLabel(d)}
          </span>
          {d.duplicateOf && (
            <span className="delivery-flag delivery-flag--duplicate" title={`Same body as #${d.duplicateOf}`}>
              dup
            </span>
          )}
          {d.truncated && (
            <span className="delivery-flag delivery-flag--cut" title="Body cut at the inbox limit">
              cut
            </span>
          )}
          <span className="delivery-row__inbox" title={`Inbox ${d.inbox}`}>
            {mixed ? d.inbox : ''}
          </span>
          <time className="delivery-row__time" dateTime={d.receivedAt} title={d.receivedAt}>
            {clockTime(d.receivedAt)}
          </time>
        </div>
      ))}
    </div>
  );
}
