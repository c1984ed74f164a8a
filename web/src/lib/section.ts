/** What a query gives a screen's part: still loading, unavailable (its service did not answer), or its data. */
export type SectionData<T> = { readonly state: 'loading' } | { readonly state: 'unavailable' } | { readonly state: 'ready'; readonly data: T };

/** Unavailable when there is no data, or the field the part shows came back null (a nullable field of a service that failed). */
export const section = <Data, T>(result: { loading: boolean; data?: Data | null | undefined }, pick: (data: Data) => T | null | undefined): SectionData<T> => {
  if (result.loading && result.data == null) return { state: 'loading' };
  const picked = result.data == null ? null : pick(result.data);
  return picked == null ? { state: 'unavailable' } : { state: 'ready', data: picked };
};
