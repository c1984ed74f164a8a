import type { ReactNode } from 'react';

export const Loading = ({ what }: { readonly what: string }) => (
  <p className="loading" role="status">
    Carregando {what}…
  </p>
);

/** A section whose service did not answer: the rest of the screen still works. */
export const Unavailable = ({ what }: { readonly what: string }) => (
  <p className="unavailable" role="status">
    {what} indisponível no momento.
  </p>
);

export const Empty = ({ children }: { readonly children: ReactNode }) => <p className="empty">{children}</p>;

/** A screen's part: its title, then what it holds, is loading, or why it is missing. */
export function Section({
  title,
  state,
  children,
  id,
}: {
  readonly title: string;
  readonly state: 'loading' | 'unavailable' | 'ready';
  readonly children: ReactNode;
  readonly id?: string;
}) {
  return (
    <section className="card" aria-labelledby={`${id ?? title}-title`} data-state={state}>
      <h2 id={`${id ?? title}-title`}>{title}</h2>
      {state === 'loading' ? <Loading what={title.toLowerCase()} /> : state === 'unavailable' ? <Unavailable what={title} /> : children}
    </section>
  );
}
