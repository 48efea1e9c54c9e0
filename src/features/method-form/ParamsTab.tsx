import { memo, useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import type { MethodDef, ParamDef, Schema } from '../../core/catalog/types';
import { controlStarts } from '../../core/form-model/field-positions';
import { paramKey, type RawForm } from '../../core/form-model/raw-values';
import { orderedParams, setParams } from './params-order';
import { SchemaField } from './fields/SchemaField';
import { TableRowContext } from './fields/table-context';

/** Methods with more parameters than this get "Show only set". */
const SHOW_ONLY_SET_FROM = 8;

interface Props {
  method: MethodDef;
  /** Indexes of the parameters shown while "Show only set" is on (taken when it was switched on), else null. */
  onlySet: readonly number[] | null;
  onOnlySet: (indexes: readonly number[] | null) => void;
}

/**
 * Path, query and v1 form parameters as one compact table: a row per parameter (name with its
 * required mark, type, value), help on hover or focus, errors in the row.
 */
export const ParamsTab = memo(function ParamsTab({ method, onlySet, onOnlySet }: Props) {
  const { getValues } = useFormContext<RawForm>();
  const rows = useMemo(() => orderedParams(method), [method]);
  const starts = useMemo(
    () =>
      controlStarts(
        rows.map((r) => r.param.schema),
        0,
      ),
    [rows],
  );
  if (method.params.length === 0) {
    return <p className="muted empty-tab">This method takes no parameters. Send it with Ctrl/⌘ + Enter.</p>;
  }
  const shown = onlySet ? new Set(onlySet) : null;
  return (
    <>
      {method.params.length > SHOW_ONLY_SET_FROM && (
        <div className="params-toolbar">
          <label className="toggle-label">
            <input
              type="checkbox"
              checked={onlySet !== null}
              onChange={(e) => onOnlySet(e.target.checked ? setParams(method, getValues()) : null)}
            />
            Show only set
          </label>
          {shown && (
            <span className="muted small" role="status">
              {shown.size} of {method.params.length} shown
            </span>
          )}
        </div>
      )}
      <div role="table" aria-label="Parameters" className="params-table">
        <div role="row" className="params-head">
          <span role="columnheader">Name</span>
          <span role="columnheader">Type</span>
          <span role="columnheader">Value</span>
        </div>
        {rows.map(({ param, index }, i) =>
          shown && !shown.has(index) ? null : (
            <ParamRow key={param.name} param={param} index={index} at={starts[i] ?? 0} />
          ),
        )}
      </div>
    </>
  );
});

function ParamRow({ param, index, at }: { param: ParamDef; index: number; at: number }) {
  const name = `params.${paramKey(index)}`;
  const required = param.required ?? false;
  if (isScalar(param.schema)) {
    return (
      <TableRowContext.Provider value={true}>
        <SchemaField
          name={name}
          label={param.name}
          schema={param.schema}
          required={required}
          description={param.description}
          at={at}
        />
      </TableRowContext.Provider>
    );
  }
  // A compound value (list, key/value map, object) keeps its own group inside the value cell.
  return (
    <div role="row" className="field-row compound">
      <div role="rowheader" className="field-name">
        {param.name}
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      <div role="cell" className="field-type">
        {compoundType(param.schema)}
      </div>
      <div role="cell" className="field-value">
        <SchemaField
          name={name}
          label={param.name}
          schema={param.schema}
          required={required}
          description={param.description}
          at={at}
        />
      </div>
    </div>
  );
}

function isScalar(schema: Schema): boolean {
  return schema.type !== 'object' && schema.type !== 'array' && schema.type !== 'map';
}

function compoundType(schema: Schema): string {
  if (schema.type === 'map') return `${schema.keyLabel} → ${schema.value.type}`;
  if (schema.type === 'array') return `list of ${schema.items.type}`;
  return schema.type;
}
