/** Why a send was refused, and server messages that match no field: under the bar, where the eye is after Send. */
export function RequestMessages({ notSent, unmatched }: { notSent: string | undefined; unmatched: readonly string[] }) {
  if (!notSent && unmatched.length === 0) return null;
  return (
    <div className="request-messages">
      {notSent && (
        <p className="field-error" role="alert">
          {notSent}
        </p>
      )}
      {unmatched.length > 0 && (
        <div className="server-errors" role="alert">
          <p>The API reported:</p>
          <ul>
            {unmatched.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
