/** An _id for a pair of strings that no other pair shares, whatever characters they contain. */
export const pairId = (first: string, second: string): string => JSON.stringify([first, second]);
