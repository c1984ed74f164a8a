/**
 * Ids are a two-letter prefix and ID_BODY_LENGTH letters and digits. The policy issued from a quote
 * takes the quote's body: one quote can only ever become one policy, however often (or however
 * concurrently) it is issued, because creating a policy is conditional on its id being free.
 */
export const ID_PREFIXES = { quote: 'AQ', policy: 'AP', claim: 'AC' } as const;
export const ID_BODY_LENGTH = 20;

export const policyIdFor = (quoteId: string): string => `${ID_PREFIXES.policy}${quoteId.slice(ID_PREFIXES.quote.length)}`;
