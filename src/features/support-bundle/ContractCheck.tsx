import type { ContractDifference } from '../../core/contract/check-contract';

/** The actual response against the documented one, as a list the user can read before filing a ticket. */
export function ContractCheck({
  differences,
  status,
  onCheck,
}: {
  differences: ContractDifference[] | undefined;
  status?: number;
  /** Offered when the check of a large body waits to be asked for. */
  onCheck?: () => void;
}) {
  return (
    <section className="contract" aria-label="Contract check">
      <h3>Contract check</h3>
      {onCheck && (
        <p className="muted">
          Not checked yet: the body is large, so it is checked only when you ask (copied bundles always include it).{' '}
          <button type="button" onClick={onCheck}>
            Check against the documented shape
          </button>
        </p>
      )}
      {!onCheck && !differences && <p className="muted">Not checked: no HTTP answer from ActiveCampaign.</p>}
      {differences?.length === 0 && <p>The response matches the documented HTTP {status} shape.</p>}
      {differences && differences.length > 0 && (
        <ul>
          {differences.map((d) => (
            <li key={`${d.kind}-${d.path}`}>
              <span className="badge">{d.kind}</span> {d.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
