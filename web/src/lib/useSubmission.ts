/** A form's submission: its errors, and `run`, which records what the API refused (by field) or clears them. */
import { useState } from 'react';
import { formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from './errors';

export function useSubmission() {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const run = async (request: () => Promise<unknown>): Promise<boolean> => {
    try {
      await request();
      setErrors(NO_ERRORS);
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };
  /** Refuses in the browser what would not pass (errors found before any request): false when there were some. */
  const check = (found: FormErrors): boolean => {
    setErrors(found);
    return !hasErrors(found);
  };
  return { errors, setErrors, run, check };
}
