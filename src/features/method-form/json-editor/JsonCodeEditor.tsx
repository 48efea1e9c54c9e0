import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, linter, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import { parseJsonText } from '../../../core/form-model/json-body';

export interface JsonCodeEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** The editable area's accessible name and description ids. */
  label: string;
  describedBy: string | undefined;
  invalid: boolean;
}

// Token colours from the design tokens, so both themes stay complete.
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--syntax-key, var(--accent))' },
  { tag: tags.string, color: 'var(--syntax-string, var(--success))' },
  { tag: tags.number, color: 'var(--syntax-number, var(--accent))' },
  { tag: [tags.bool, tags.null], color: 'var(--syntax-boolean, var(--warning))' },
  { tag: tags.invalid, color: 'var(--danger)' },
]);

/** Syntax errors as inline diagnostics, with the same "line L, column C" message the form shows. */
const jsonSyntax = linter(
  (view): Diagnostic[] => {
    const text = view.state.doc.toString();
    const parsed = parseJsonText(text);
    if (parsed.ok) return [];
    const line = view.state.doc.line(Math.min(Math.max(parsed.line, 1), view.state.doc.lines));
    const from = Math.min(line.from + Math.max(parsed.column - 1, 0), line.to);
    return [{ from, to: Math.min(from + 1, view.state.doc.length), severity: 'error', message: parsed.error }];
  },
  { delay: 150 },
);

/**
 * The raw JSON body in CodeMirror 6: highlighting, folding, bracket matching, line numbers and inline
 * syntax errors. Loaded on demand (the Body tab's raw mode), never in the first load.
 */
export default function JsonCodeEditor({ value, onChange, label, describedBy, invalid }: JsonCodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const attrs = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          foldGutter(),
          lintGutter(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          json(),
          jsonSyntax,
          syntaxHighlighting(highlight),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, indentWithTab]),
          EditorView.lineWrapping,
          attrs.current.of(EditorView.contentAttributes.of({})),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // Created once; `value` changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Text set from outside (Fill example, Reset): replace the document unless it already holds it.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: attrs.current.reconfigure(
        EditorView.contentAttributes.of({
          'aria-label': label,
          'aria-multiline': 'true',
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(invalid ? { 'aria-invalid': 'true' } : {}),
        }),
      ),
    });
  }, [label, describedBy, invalid]);

  return <div ref={host} className="json-code-editor" />;
}
