/** The home screen's data: one query per subgraph, each failing on its own. */
import { useQuery } from '@apollo/client/react';
import { HomeAccountsDocument, HomeInsuranceDocument, HomeLoansDocument, HomePixDocument } from '../../../../schema/operations/generated/graphql';

export type SectionData<T> = { readonly state: 'loading' } | { readonly state: 'unavailable' } | { readonly state: 'ready'; readonly data: T };

/** A section is unavailable when its service did not answer: no data, or the field it shows came back null. */
const section = <Data, T>(result: { loading: boolean; data?: Data | undefined }, pick: (data: Data) => T | null | undefined): SectionData<T> => {
  if (result.loading && result.data === undefined) return { state: 'loading' };
  const picked = result.data === undefined ? null : pick(result.data);
  return picked == null ? { state: 'unavailable' } : { state: 'ready', data: picked };
};

export function useHome() {
  const options = { errorPolicy: 'all', fetchPolicy: 'cache-and-network' } as const;
  const accounts = useQuery(HomeAccountsDocument, options);
  const pix = useQuery(HomePixDocument, options);
  const loans = useQuery(HomeLoansDocument, options);
  const insurance = useQuery(HomeInsuranceDocument, options);
  return {
    accounts: section(accounts, (data) => data.me?.accounts),
    pix: section(pix, (data) => data.me),
    loans: section(loans, (data) => data.me?.loans),
    policies: section(insurance, (data) => data.me?.autoPolicies.edges.map(({ node }) => node)),
  };
}
