import { Dialog } from '../../ui/dialog/Dialog';

const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['Ctrl/⌘ K', 'Command palette: methods and actions'],
  ['/', 'Search methods in the sidebar'],
  ['Ctrl/⌘ Enter', 'Send the request'],
  ['Esc', 'Back to the method search (closes a dialog first)'],
  ['Ctrl/⌘ click, middle-click', 'Open a method in a new tab'],
  ['Double-click a tab', 'Pin or unpin it'],
  ['← → on tabs, Delete', 'Move between tabs, close the focused one'],
  ['↑ ↓ ← → in the JSON tree', 'Move, collapse, expand; Enter copies the value'],
  ['O in the JSON tree', 'Open in…: the methods that take the id (or the method a link leads to)'],
  ['?', 'This list'],
];

/** The `?` dialog: every shortcut the workspace answers to. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
