/** A form's submission: its errors, and `run`, which records what the API refused (by field) or clears them. */
import { useState } from 'react';
import { formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from './errors';

/** Runs a request: true when the API took it (errors cleared), false when it refused (its errors set, by field). */
export async function submitting(setErrors: (errors: FormErrors) => void, request: () => Promise<unknown>): Promise<boolean> {
  try {
    await request();
    setErrors(NO_ERRORS);
    return true;
  } catch (error) {
    setErrors(formErrorsOf(error));
    return false;
  }
}

export function useSubmission() {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  /** Refuses in the browser what would not pass (errors found before any request): false when there were some. */
  const check = (found: FormErrors): boolean => {
    setErrors(found);
    return !hasErrors(found);
  };
  return { errors, setErrors, run: (request: () => Promise<unknown>) => submitting(setErrors, request), check };
}
