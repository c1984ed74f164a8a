import { useId, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { FormErrors } from '../lib/errors';

interface FieldProps {
  readonly label: string;
  /** The API's name of the input ("amount", "vehicle.plate"): errors naming it show under the field. */
  readonly name: string;
  readonly errors: FormErrors;
  readonly hint?: string;
}

/** A labelled control with its error beside it, announced to screen readers through aria-describedby. */
function FieldFrame({
  label,
  name,
  errors,
  hint,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
  const id = useId();
  const error = errors.fields[name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, invalid: error !== undefined, ...(describedBy ? { describedBy } : {}) })}
      {hint && (
        <small id={hintId} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function Field({ label, name, errors, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} name={name} errors={errors} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} aria-invalid={invalid} aria-describedby={describedBy} {...input} />}
    </FieldFrame>
  );
}

export function SelectField({ label, name, errors, hint, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} name={name} errors={errors} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-invalid={invalid} aria-describedby={describedBy} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ label, name, errors, hint, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} name={name} errors={errors} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => <textarea id={id} name={name} aria-invalid={invalid} aria-describedby={describedBy} {...textarea} />}
    </FieldFrame>
  );
}

/** An amount in reais as a person types it ("1.234,56"); the hook parses it with parseAmount. */
export function AmountField({
  label = 'Valor (R$)',
  ...input
}: Omit<FieldProps, 'label'> & { readonly label?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} inputMode="decimal" autoComplete="off" {...input} />;
}

/** A form's submit button: disabled and saying what it is doing while the request is in flight. */
export function SubmitButton({
  busy,
  busyLabel,
  children,
  type = 'submit',
  disabled = false,
  ...button
}: { readonly busy: boolean; readonly busyLabel: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type={type} disabled={busy || disabled} aria-busy={busy} {...button}>
      {busy ? busyLabel : children}
    </button>
  );
}

/** What the API refused without naming a field. */
export function FormAlert({ errors }: { readonly errors: FormErrors }) {
  if (errors.form.length === 0) return null;
  return (
    <div className="form-alert" role="alert">
      {errors.form.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
