import { memo, useContext } from 'react';
import type { Schema } from '../../../core/catalog/types';
import { ArrayField } from './ArrayField';
import { FirstScreenContext } from './first-screen';
import { MapField } from './MapField';
import { ObjectField } from './ObjectField';
import { ScalarField } from './ScalarField';

export interface SchemaFieldProps {
  name: string;
  label: string;
  schema: Schema;
  required: boolean;
  description?: string | undefined;
  /** Where the field starts, in controls from the form's top (see `controlStarts`). */
  at: number;
}

/**
 * Renders any schema, once its place in the form is due (see `FirstScreenContext`).
 * Memoised: props are plain and stable, so typing in one field re-renders that field only.
 */
export const SchemaField = memo(function SchemaField(props: SchemaFieldProps) {
  const shownUpTo = useContext(FirstScreenContext);
  // Below the first screen: rendered right after the form's first paint.
  if (props.at >= shownUpTo) return null;
  return <FieldByType {...props} />;
});

/** A lookup on type, recursing into objects and arrays; memoised apart, so revealing the rest skips it. */
const FieldByType = memo(function FieldByType(props: SchemaFieldProps) {
  const { schema } = props;
  const description = props.description ?? schema.description;
  switch (schema.type) {
    case 'object':
      return <ObjectField {...props} schema={schema} description={description} />;
    case 'array':
      return <ArrayField {...props} schema={schema} description={description} />;
    case 'map':
      return <MapField {...props} schema={schema} description={description} />;
    default:
      return <ScalarField {...props} schema={schema} description={description} />;
  }
});
