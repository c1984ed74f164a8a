import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, visit, type SelectionSetNode } from 'graphql';
import { CreateCheckoutChargeDocument, type CreateCheckoutChargeMutationVariables } from '../../schema/operations/generated/graphql';

/** The checkout's mutation selecting only the txid (no QR image): what a server-to-server integration asks for. */
export const CreateMinimalChargeDocument = visit(CreateCheckoutChargeDocument, {
  Field: (field) =>
    field.name.value === 'charge'
      ? { ...field, selectionSet: (parse('{ txid }').definitions[0] as { selectionSet: SelectionSetNode }).selectionSet }
      : undefined,
}) as TypedDocumentNode<{ createPixCharge: { charge: { txid: string } } }, CreateCheckoutChargeMutationVariables>;
