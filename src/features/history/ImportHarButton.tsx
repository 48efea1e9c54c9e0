import { useRef } from 'react';

/** "Import HAR": a real button that opens the file picker (the file input itself stays out of sight and tab order). */
export function ImportHarButton({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="history-button" disabled={disabled} onClick={() => input.current?.click()}>
        Import HAR
      </button>
      <input
        ref={input}
        type="file"
        accept=".har,application/json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that picking the same file again (after fixing it) fires again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
