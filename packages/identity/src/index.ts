export {
  ANONYMOUS,
  canSee,
  isStaff,
  PRINCIPAL_HEADERS,
  principalHeaders,
  requireAuthenticated,
  verifyPrincipal,
  type AuthenticatedPrincipal,
  type Principal,
  type Role,
  type SignedOperation,
} from './principal';
export { ownedBy, visibleAmong, visibleTo } from './visibility';
